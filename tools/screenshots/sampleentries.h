#pragma once

#include "companyprofile.h"
#include "uilanguage.h"

#include <QString>

// One charge as the tour enters it in the 新增费用 dialog. The codes select
// combo box entries, and the amount and the note are typed.
struct ChargeEntry
{
    QString feeTypeCode;
    QString amount;
    QString reasonCode;
    QString note;
    QString paymentMethodCode;
};

// The values the screenshot tour types and selects, with the notes and
// reasons in the language of the screenshots. They are data a user types,
// not interface texts, so they do not go through tr().
struct SampleEntries
{
    // The account name recorded as the author of the charges.
    QString userName;
    // Text typed into the customer search. It matches several contacts.
    QString search;
    // The customer opened from the search result.
    QString customerCode;
    // One of that customer's bills, selected on the 费用管理 tab.
    QString billNo;
    // An amount the dialog rejects, typed before the correct one.
    QString invalidAmount;
    ChargeEntry first;
    // Same bill and fee type as first, so the review lists first as a
    // possible duplicate.
    ChargeEntry second;
    QString acknowledgement;
    QString voidReason;
    // The company entered in the company details, a fictional one.
    CompanyProfile company;

    static SampleEntries forLanguage(UiLanguage language);
};
