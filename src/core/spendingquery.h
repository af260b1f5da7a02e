#pragma once

#include "spendingdata.h"
#include "spendingfilter.h"
#include "uilanguage.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QSqlDatabase>
#include <QStringList>
#include <QVariant>

class QSqlQuery;
class SpendingTally;

// Reads the spending analysis (消费分析) that a SpendingFilter selects:
// posted charges and posted payments of charges of one currency, added up
// by month, fee type, reason and customer, with the labels in one
// language. Runs on a connection of the calling thread.
//
// Charges are read one row at a time and added up here, because a
// charge's month is its entry day in the local time zone, which SQLite
// cannot compute the way Qt does. Payments are grouped by the database,
// because their payment day is a calendar date.
class SpendingQuery
{
    Q_DECLARE_TR_FUNCTIONS(SpendingQuery)

public:
    // The reason code whose share the analysis reports.
    static constexpr QLatin1String BillingErrorReason{"BILLING_ERROR"};

    SpendingQuery(QSqlDatabase db, UiLanguage language)
        : m_db(std::move(db)), m_language(language)
    {}

    // Validates filter and fills data. Returns false with a translated
    // message in *error when the filter is invalid, the customer is not
    // found, a statement fails or a total overflows.
    bool run(const SpendingFilter &filter, SpendingData *data, QString *error) const;

    // Returns the currencies an analysis of customerId (0 for all customers)
    // can choose from: those of the customers and of their posted charges,
    // the one with the most posted charges first, ties by code. Returns an
    // empty list with *error set when the statement fails.
    QStringList currencies(qint64 customerId, QString *error) const;

private:
    using BoundValues = QList<QPair<QString, QVariant>>;

    bool exec(QSqlQuery &query, const QString &statement, const BoundValues &values,
              QString *error) const;
    bool readCustomer(SpendingData *data, QString *error) const;
    bool readCharges(const SpendingFilter &filter, SpendingTally *tally, QString *error) const;
    bool readPayments(const SpendingFilter &filter, SpendingTally *tally, QString *error) const;

    QSqlDatabase m_db;
    UiLanguage m_language;
};
