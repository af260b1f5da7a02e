#pragma once

#include "chargereportrow.h"
#include "reportcustomer.h"
#include "reportprogress.h"
#include "uilanguage.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

// What one charge notice (补费通知单) prints: the customer it is addressed
// to and the charge, with its bill and labels in one language.
struct ChargeNotice
{
    ReportCustomer customer;
    ChargeReportRow charge;
};

// Reads the notices for a list of charges. Runs in any thread on a
// connection of that thread.
class NoticeQuery
{
    Q_DECLARE_TR_FUNCTIONS(NoticeQuery)

public:
    NoticeQuery(QSqlDatabase db, UiLanguage language)
        : m_db(std::move(db)), m_language(language)
    {}

    // Fills notices with one notice per charge id (an id given twice gets
    // one), by customer code and then charge id, so that a batch keeps each
    // customer's notices together. Fails, with a translated message naming
    // the ids, when the list is empty or an id is unknown or void: a void
    // charge gets no notice.
    ReportQueryStatus run(const QList<qint64> &chargeIds, QList<ChargeNotice> *notices,
                          QString *error, const ReportProgress &progress = {}) const;

    // Sets ids to the customer's posted charges, oldest first. Returns
    // false with a translated message when the statement fails.
    bool postedChargeIds(qint64 customerId, QList<qint64> *ids, QString *error) const;

private:
    QSqlDatabase m_db;
    UiLanguage m_language;
};
