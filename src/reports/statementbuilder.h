#pragma once

#include "companyprofile.h"
#include "reportdocument.h"
#include "statementdata.h"
#include "uilanguage.h"

#include <QCoreApplication>
#include <QLocale>

// Builds the customer statement (客户对账单) from a StatementQuery result:
// the customer and the period, the opening balance, one row per movement
// with debit, credit and running balance, and the closing balance.
//
// Texts are translated by the installed translators (tr()); language sets
// the locale of amounts and dates and the font variant, and should be the
// language the lookup labels in the data were read in.
class StatementBuilder
{
    Q_DECLARE_TR_FUNCTIONS(StatementBuilder)

public:
    StatementBuilder(CompanyProfile company, UiLanguage language);

    // Returns the document; printedAt is the current time.
    ReportDocument build(const StatementData &data) const;

    // Returns the translated name of a movement kind, e.g. "Payment".
    static QString kindLabel(StatementEntry::Kind kind);

private:
    QList<ReportField> customerFields(const StatementData &data) const;
    QList<ReportField> balanceFields(const StatementData &data) const;
    ReportTable entryTable(const StatementData &data) const;
    QString reference(const StatementEntry &entry) const;
    QString description(const StatementEntry &entry) const;

    CompanyProfile m_company;
    UiLanguage m_language;
    QLocale m_locale;
};
