#pragma once

#include "chargereportdata.h"
#include "chargereportfilter.h"
#include "reportprogress.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QSqlDatabase>
#include <QVariant>

// Reads the charges a ChargeReportFilter selects, with their labels in one
// language, and adds them up. Runs in any thread on a connection of that
// thread; rows are read forward-only and reported to the progress callback
// as they arrive.
class ChargeReportQuery
{
    Q_DECLARE_TR_FUNCTIONS(ChargeReportQuery)

public:
    // Name and value of each placeholder in a WHERE clause.
    using BoundValues = QList<QPair<QString, QVariant>>;

    ChargeReportQuery(QSqlDatabase db, UiLanguage language)
        : m_db(std::move(db)), m_language(language)
    {}

    // Validates filter and fills data. On Failed, *error contains a
    // translated message. On Canceled, data contains the rows read so far.
    ReportQueryStatus run(const ChargeReportFilter &filter, ChargeReportData *data,
                          QString *error, const ReportProgress &progress = {}) const;

    // Returns "WHERE ..." (or an empty string for no filters) on the columns
    // of the charges table, with one placeholder per value.
    static QString whereClause(const ChargeReportFilter &filter, BoundValues *values);

private:
    bool countRows(const QString &where, const BoundValues &values, qsizetype *count,
                   QString *error) const;

    QSqlDatabase m_db;
    UiLanguage m_language;
};
