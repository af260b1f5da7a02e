#pragma once

#include "chargereportfilter.h"

#include <QSqlDatabase>
#include <QString>

// Chooses the customers of a charge report with a given number of rows, so
// that reports of 1,000 and 10,000 charges come from one generated
// database. The report then runs with ChargeReportFilter::customerIds, as
// "report charges --customer ..." does.
class ChargeSelection
{
public:
    // Fills filter->customerIds with customers in id order whose posted and
    // void charges add up to rows: a customer is taken when its charges
    // still fit, and passed over when they would go past rows. Generated
    // ids alternate between Chinese and Western customers, so the report
    // prints both. Returns the
    // number of charges selected, which is rows unless the database has
    // fewer, or -1 with *error set when a statement failed.
    static qsizetype select(const QSqlDatabase &db, qsizetype rows, ChargeReportFilter *filter,
                            QString *error);
};
