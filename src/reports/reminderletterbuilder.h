#pragma once

#include "companyprofile.h"
#include "reminderletter.h"
#include "reportdocument.h"
#include "uilanguage.h"

#include <QCoreApplication>
#include <QList>
#include <QLocale>

// Builds reminder letters (催款通知), one per customer, each starting on a
// new page with its own page numbers. A letter has the recipient's address
// block, the sender and the date, a polite request to pay, and the table of
// overdue items with the open total per currency. The payment details and
// whom to contact follow. Company details that are not set are left out,
// as on charge notices.
//
// Texts are translated by the installed translators (tr()). language sets
// the locale of amounts and dates and the font variant, and should be the
// language the fee type labels in the letters were read in.
class ReminderLetterBuilder
{
    Q_DECLARE_TR_FUNCTIONS(ReminderLetterBuilder)

public:
    ReminderLetterBuilder(CompanyProfile company, UiLanguage language);

    // Returns one document with a section per letter, in the order given.
    // printedAt is the current time.
    ReportDocument build(const QList<ReminderLetter> &letters) const;

    // Returns what an item is, e.g. "Bill issued 3/1/2026", "Service fee,
    // on bill 10643" or "Service fee, installment 2 of 3".
    static QString description(const OpenItem &item, const QLocale &locale);

    // Returns the number that identifies an item to the customer: the bill
    // number for a bill, else the charge number.
    static QString reference(const OpenItem &item);

private:
    void addLetter(ReportDocument &document, const ReminderLetter &letter) const;
    QList<ReportField> recipientFields(const ReportCustomer &customer) const;
    QList<ReportField> senderFields(const ReminderLetter &letter) const;
    ReportTable itemTable(const ReminderLetter &letter) const;
    QList<ReportField> paymentFields(const ReminderLetter &letter) const;
    QString totalsText(const ReminderLetter &letter) const;
    QString contactSentence() const;

    CompanyProfile m_company;
    UiLanguage m_language;
    QLocale m_locale;
};
