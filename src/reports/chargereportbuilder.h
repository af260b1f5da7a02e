#pragma once

#include "chargereportdata.h"
#include "companyprofile.h"
#include "reportdocument.h"
#include "uilanguage.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

// Builds the supplementary charge report (补费明细表) from the result of a
// ChargeReportQuery: a summary of counts and totals per currency, the
// charges grouped by customer with a subtotal per customer, and tables of
// subtotals by fee type and by customer. Void charges are listed with
// their status and their amount marked void, left out of every count and
// sum of amounts, and summed apart as voided amounts. A paragraph in the
// report states this rule.
//
// Texts are translated by the installed translators (tr()); language sets
// the locale of amounts and dates and the font variant, and should be the
// language the lookup labels in the data were read in.
class ChargeReportBuilder
{
    Q_DECLARE_TR_FUNCTIONS(ChargeReportBuilder)

public:
    ChargeReportBuilder(CompanyProfile company, UiLanguage language);

    // Returns the document. filterLines go to the page header; pass
    // ChargeReportFilter::describe() of the filter the data was read with.
    // printedAt is the current time.
    ReportDocument build(const ChargeReportData &data, const QStringList &filterLines) const;

private:
    QList<ReportField> summaryFields(const ChargeReportData &data) const;
    ReportTable chargeTable(const ChargeReportData &data) const;
    ReportTable feeTypeTable(const ChargeReportData &data) const;
    ReportTable customerTable(const ChargeReportData &data) const;
    QStringList chargeCells(const ChargeReportRow &row) const;
    QStringList sumCells(const QString &label, const ChargeReportSubtotal &sum) const;
    QString countText(const ChargeReportSubtotal &sum) const;

    CompanyProfile m_company;
    UiLanguage m_language;
    QLocale m_locale;
};
