#pragma once

#include "generatedcustomer.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <vector>

// The rows that DataGenerator writes, built in memory by GenerationPlanner before
// anything is written: every customer, bill, bill line and charge with its
// final values and ids, and the stored totals that follow from them.
// Indexes into the lists are 32-bit and texts of bills and charges are
// indexes into short lists, so that a charge takes 80 bytes.
struct GenerationPlan
{
    struct Customer
    {
        qint64 id = 0;
        GeneratedCustomer values;
        qint64 createdAtMs = 0; // UTC, milliseconds since the epoch
        qint64 balanceMinor = 0;
    };

    struct BillLine
    {
        qint32 product = -1; // index into products, or -1 for freight
        qint32 carrier = -1; // index into carriers of the freight line
        qint32 quantity = 1;
        qint32 discountBasisPoints = 0;
        qint64 unitPriceMinor = 0;
        qint64 amountMinor = 0;
    };

    struct Bill
    {
        qint64 id = 0;
        qint32 customer = 0; // index into customers
        qint64 issueDay = 0; // Julian day
        qint64 dueDay = 0;
        qint64 createdAtMs = 0;
        qint32 firstLine = 0; // index into billLines
        qint32 lineCount = 0;
        qint64 linesTotalMinor = 0;
        qint64 chargesTotalMinor = 0; // posted charges
        qint64 paidMinor = 0;         // payments of the lines and of the charges
    };

    struct Charge
    {
        qint64 id = 0;
        qint32 customer = 0;
        qint32 bill = -1; // index into bills, or -1 for a charge on the account
        qint64 amountMinor = 0;
        qint64 dueDay = 0; // Julian day
        qint64 createdAtMs = 0;
        qint64 voidedAtMs = 0; // 0 unless the charge is voided
        qint8 feeType = 0;     // index into feeTypes
        qint8 reason = 0;      // index into reasons
        qint8 method = 0;      // index into paymentMethods
        qint8 author = 0;      // GeneratedTexts::staff()
        qint8 voider = 0;
        qint8 voidReason = 0;  // GeneratedTexts::voidReason()
        qint16 note = -1;      // GeneratedTexts::note(), or -1 for none
        bool pending = false;  // above the approval threshold of its currency
        quint32 requestKeyBits[4] = {}; // random bits of the request key
        qint64 paidMinor = 0;
    };

    struct Payment
    {
        qint64 id = 0;
        qint32 customer = 0;
        qint32 bill = -1;   // the bill paid or the charge's bill, or -1
        qint32 charge = -1; // the charge paid, or -1 for the bill's own lines
        qint64 amountMinor = 0;
        qint64 paidDay = 0; // Julian day
        qint64 createdAtMs = 0;
        qint8 method = 0;
        qint8 author = 0;
        quint32 requestKeyBits[4] = {};
    };

    // The active lookup codes, in sort order.
    QStringList feeTypes;
    QStringList reasons;
    QStringList paymentMethods;

    // Descriptions of the goods lines, and the Northwind shippers.
    QStringList products;
    QStringList shippers;

    std::vector<Customer> customers;
    std::vector<Bill> bills;       // in id order
    std::vector<BillLine> billLines;
    std::vector<Charge> charges;   // in id order, which is the order of created_at
    std::vector<Payment> payments; // in id order, which is the order of created_at
    qint64 voidedCharges = 0;
    qint64 pendingCharges = 0;

    // Returns a time as the timestamp columns store it: UTC ISO 8601 with
    // milliseconds, e.g. "2024-03-05T02:14:09.120Z".
    static QString timestampText(qint64 msSinceEpoch);

    // Returns a Julian day as the date columns store it: "2024-03-05".
    static QString dateText(qint64 julianDay);
};

// The rows written so far, for progress reports.
struct GenerationCounts
{
    qint64 customers = 0;
    qint64 bills = 0;
    qint64 billLines = 0;
    qint64 charges = 0;
    qint64 payments = 0;
    qint64 auditRecords = 0;
};
