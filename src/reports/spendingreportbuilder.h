#pragma once

#include "companyprofile.h"
#include "reportdocument.h"
#include "spendingdata.h"
#include "uilanguage.h"

#include <QCoreApplication>
#include <QImage>
#include <QLocale>

// The charts of a spending analysis as images, drawn by the window, which
// owns the chart code. A null image leaves its chart out of the document.
struct SpendingChartImages
{
    QImage monthly;
    QImage feeTypes;
    QImage reasons;
    QImage topCustomers;
};

// Builds the spending analysis (消费分析) document from a SpendingQuery
// result: the totals and the billing-error share, then a chart and a table
// of the same figures for each view. The views are by month, by fee type,
// by reason and, for all customers, the top customers. The tables keep the
// figures readable and searchable in the PDF, where a chart is a picture.
//
// Texts are translated by the installed translators (tr()). language sets
// the locale of amounts and months and the font variant, and should be the
// language the lookup labels in the data were read in.
class SpendingReportBuilder
{
    Q_DECLARE_TR_FUNCTIONS(SpendingReportBuilder)

public:
    SpendingReportBuilder(CompanyProfile company, UiLanguage language);

    // Returns the document; printedAt is the current time.
    ReportDocument build(const SpendingData &data, const SpendingChartImages &charts) const;

private:
    QList<ReportField> summaryFields(const SpendingData &data) const;
    ReportTable monthTable(const SpendingData &data) const;
    ReportTable sliceTable(const SpendingData &data, const QList<SpendingSlice> &slices,
                           const QString &title) const;
    ReportTable customerTable(const SpendingData &data) const;

    CompanyProfile m_company;
    UiLanguage m_language;
    QLocale m_locale;
};
