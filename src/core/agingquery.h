#pragma once

#include "agingdata.h"
#include "reportprogress.h"
#include "uilanguage.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSqlDatabase>

// Reads aged receivables (账龄分析) as of a day: the open items that
// OpenItemQuery lists, each counted in the bucket of its days past due on
// that day, summed per customer and currency and per currency.
//
// The as-of day only sets the age of each item. The open amounts are
// those stored now, so an as-of day in the past ages today's open items.
//
// Runs in any thread on a connection of that thread.
class AgingQuery
{
    Q_DECLARE_TR_FUNCTIONS(AgingQuery)

public:
    AgingQuery(QSqlDatabase db, UiLanguage language)
        : m_db(std::move(db)), m_language(language)
    {}

    // Fills data for the customers in customerIds, or for every customer
    // with open items when customerIds is empty. Customers without open
    // items get no row. Fails, with a translated message, when asOf is
    // invalid, a sum overflows or a statement fails.
    ReportQueryStatus run(const QDate &asOf, const QList<qint64> &customerIds, AgingData *data,
                          QString *error, const ReportProgress &progress = {}) const;

private:
    QSqlDatabase m_db;
    UiLanguage m_language;
};
