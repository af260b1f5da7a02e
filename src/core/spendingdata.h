#pragma once

#include "money.h"
#include "spendingfilter.h"
#include "spendingshare.h"

#include <QDate>
#include <QList>
#include <QString>

// The charges and payments of one calendar month.
struct SpendingMonth
{
    QDate month;      // the first day of the month
    Money charges;    // posted charges entered in the month
    Money payments;   // posted payments of charges made in the month
    int chargeCount = 0;
    int paymentCount = 0;
};

// The posted charges of one fee type or one reason.
struct SpendingSlice
{
    QString code;
    QString label;     // in the language of the query
    int sortOrder = 0; // the lookup table's order
    Money amount;
    int chargeCount = 0;
};

// One customer's posted charges in the ranking of all customers.
struct SpendingCustomer
{
    qint64 id = 0;
    QString code;
    QString companyName;
    Money amount;
    int chargeCount = 0;
};

// The result of a SpendingQuery: charges and payments of one currency in a
// period, by month, by fee type, by reason and by customer.
//
// Charges count in the month in which they were entered (their local entry
// day), payments in the month of their payment day. Void charges and
// reversed payments count nowhere, whenever they were voided or reversed.
struct SpendingData
{
    SpendingFilter filter;

    // The customer analysed; empty when the filter covers all customers.
    QString customerCode;
    QString companyName;

    // Every month of the period in order, also those without charges.
    QList<SpendingMonth> months;

    // By amount, largest first; ties in the lookup table's order.
    QList<SpendingSlice> feeTypes;
    QList<SpendingSlice> reasons;

    // The customers with the most charges, at most filter.topCount, largest
    // first and ties by customer code. Empty for a single customer.
    QList<SpendingCustomer> topCustomers;

    Money chargesTotal;
    Money paymentsTotal;
    int chargeCount = 0;
    int paymentCount = 0;

    // Charges whose reason is BILLING_ERROR (账单遗漏或错误), by amount.
    SpendingShare billingErrorShare;
    int billingErrorCount = 0;

    // Returns the share of amount in chargesTotal.
    SpendingShare shareOfCharges(const Money &amount) const;

    // Returns true when the period has neither charges nor payments.
    bool isEmpty() const { return chargeCount == 0 && paymentCount == 0; }
};
