#pragma once

#include "agingdata.h"
#include "companyprofile.h"
#include "reportdocument.h"
#include "uilanguage.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

// Builds aged receivables (账龄分析) from an AgingQuery result: the open
// total and the overdue part per currency, then per currency a table with
// one row per customer, the amounts of each age bucket, and a total row.
// Zero amounts of a customer row are left blank; total rows show every
// amount. Landscape is chosen when the table does not fit across portrait.
//
// Texts are translated by the installed translators (tr()); language sets
// the locale of amounts and dates and the font variant.
class AgingReportBuilder
{
    Q_DECLARE_TR_FUNCTIONS(AgingReportBuilder)

public:
    AgingReportBuilder(CompanyProfile company, UiLanguage language);

    // Returns the document. The page header names the as-of day, then
    // filterLines, e.g. customersLine() of the customer filter. printedAt
    // is the current time.
    ReportDocument build(const AgingData &data, const QStringList &filterLines = {}) const;

    // Returns the translated column title of bucket, e.g. "31–60 days".
    static QString bucketTitle(AgingBucket bucket);

    // Returns the header line of a customer filter: "Customers: all" when
    // customers is empty, else the customers listed.
    static QString customersLine(const QStringList &customers, const QLocale &locale);

private:
    QList<ReportField> summaryFields(const AgingData &data) const;
    ReportTable currencyTable(const AgingData &data, const QString &currency) const;
    QStringList amountCells(const AgingRow &row, bool blankZeros) const;

    CompanyProfile m_company;
    UiLanguage m_language;
    QLocale m_locale;
};
