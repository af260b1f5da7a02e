#pragma once

#include "uilanguage.h"

#include <QString>

// A customer of the follow-up tours, billed in CNY. The company names are
// Chinese in every language, as a customer's name is the same data
// whatever the interface language.
struct SampleCustomer
{
    QString code;
    QString companyName;
    QString contactName;
    QString address;
    QString city;
    QString postalCode;
    QString country;
    QString phone;
};

// The data that the tours of payments, reminders, computed charges and the
// follow-up reports type and enter, in the language of the screenshots.
// They are data a user types, not interface texts, so they do not go
// through tr().
struct FollowUpEntries
{
    // The currency of the four customers below.
    QString currency;

    // The customer of the Spending tab and the Compute… dialog, with charges
    // of five fee types.
    SampleCustomer regular;
    // The customer with the oldest overdue charge, the earlier reminder
    // letter and the contacts that the Contacts tab lists.
    SampleCustomer contacted;
    // A customer with a charge due on the tour's day.
    SampleCustomer dueToday;
    // A customer with one small overdue charge.
    SampleCustomer overdue;

    // A colleague of the tour's user who recorded earlier contacts and the
    // earlier reminder letter.
    QString colleagueName;

    // The notes of the contacts recorded before the tour, oldest first.
    QString statementSentNote;
    QString calledNote;
    QString agreementNote;

    // Typed in Mark Contacted…, Snooze… and Add Contact….
    QString contactedNote;
    QString snoozeNote;
    QString addContactNote;

    // Typed in Record Payment…, and the reference of the sample payments.
    QString paymentReference;
    // The reason of the sample reversal and the one typed in Reverse
    // Payment….
    QString returnedTransferReason;
    QString reversalReason;
    // Typed in Cancel Plan….
    QString cancelPlanReason;

    // The acknowledgement note of a second payment that looks identical to
    // the partly paid charge's payment.
    QString identicalPaymentNote;

    static FollowUpEntries forLanguage(UiLanguage language);
};
