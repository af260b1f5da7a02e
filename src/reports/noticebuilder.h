#pragma once

#include "companyprofile.h"
#include "noticequery.h"
#include "reportdocument.h"
#include "uilanguage.h"

#include <QCoreApplication>
#include <QList>
#include <QLocale>

// Builds charge notices (补费通知单) addressed to customers, one per
// charge, each starting on a new page with its own page numbers: who sends
// it and to whom, what the charge is and why, the amount and the bill, how
// and by when to pay, and whom to ask. Company details that are not set
// are left out. A missing company name prints once, in the page header, as
// CompanyProfile::placeholderName(). The charge's note is printed as its
// explanation.
//
// Texts are translated by the installed translators (tr()); language sets
// the locale of amounts and dates and the font variant, and should be the
// language the lookup labels in the notices were read in.
class NoticeBuilder
{
    Q_DECLARE_TR_FUNCTIONS(NoticeBuilder)

public:
    NoticeBuilder(CompanyProfile company, UiLanguage language);

    // Returns one document with a section per notice, in the order given
    // (NoticeQuery sorts them by customer). printedAt is the current time.
    ReportDocument build(const QList<ChargeNotice> &notices) const;

private:
    void addNotice(ReportDocument &document, const ChargeNotice &notice) const;
    QList<ReportField> senderFields() const;
    QList<ReportField> recipientFields(const ReportCustomer &customer) const;
    QList<ReportField> chargeFields(const ChargeReportRow &charge) const;
    QList<ReportField> paymentFields(const ChargeReportRow &charge) const;
    QString contactSentence() const;

    CompanyProfile m_company;
    UiLanguage m_language;
    QLocale m_locale;
};
