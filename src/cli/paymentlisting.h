#pragma once

#include "lookuprepository.h"
#include "records.h"

#include <QCoreApplication>
#include <QList>
#include <QTextStream>

// Writes a list of payments as an aligned table for people: what each
// payment paid, its amount and method in the UI language, and whether it
// is posted or reversed. Dates are YYYY-MM-DD, the form the commands accept.
class PaymentListing
{
    Q_DECLARE_TR_FUNCTIONS(PaymentListing)

public:
    // Maximum width of the reference column, in terminal columns.
    static constexpr int ReferenceWidth = 24;

    PaymentListing(QSqlDatabase db, UiLanguage language);

    void writeTable(const QList<PaymentRecord> &payments, QTextStream &out) const;

    // Returns what payment paid, e.g. "Bill 10643", "Charge 12" or
    // "Charge 12, installment 2", in the UI language.
    static QString targetText(const PaymentRecord &payment);

    // Returns "Posted" or "Reversed" in the UI language.
    static QString statusLabel(const PaymentRecord &payment);

private:
    LookupRepository m_lookups;
    UiLanguage m_language;
};
