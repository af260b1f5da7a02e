#pragma once

#include "spendingdata.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QString>

// Adds up the charges and payments of a spending analysis into a
// SpendingData, one charge or one month of payments at a time, and then
// sorts the breakdowns and picks the top customers. Every sum is checked
// for overflow.
class SpendingTally
{
    Q_DECLARE_TR_FUNCTIONS(SpendingTally)

public:
    // One posted charge as the query reads it.
    struct Charge
    {
        QDate entryDay; // local calendar day of the entry
        qint64 customerId = 0;
        QString customerCode;
        QString companyName;
        QString feeTypeCode;
        QString feeTypeLabel;
        int feeTypeSortOrder = 0;
        QString reasonCode;
        QString reasonLabel;
        int reasonSortOrder = 0;
        qint64 amountMinor = 0;
    };

    // Starts data over: one zero month for every month of data->filter,
    // zero totals in its currency. data must outlive the tally.
    explicit SpendingTally(SpendingData *data);

    // Adds charge to its month, fee type, reason and customer. A charge
    // outside the period is ignored. Returns false with a translated
    // *error when a sum overflows.
    bool addCharge(const Charge &charge, QString *error);

    // Adds count payments of amountMinor in total to the month of day.
    bool addPayments(const QDate &day, qint64 amountMinor, int count, QString *error);

    // Sorts the fee types and reasons, ranks the customers (all customers
    // only) and computes the billing-error share.
    void finish();

private:
    // Returns the index in data->months of the month of day, or -1.
    qsizetype monthIndex(const QDate &day) const;

    bool add(Money *total, qint64 amountMinor, QString *error) const;
    SpendingSlice *slice(QList<SpendingSlice> *slices, QHash<QString, qsizetype> *index,
                         const QString &code, const QString &label, int sortOrder);

    SpendingData *m_data;
    QString m_currency;
    QHash<QString, qsizetype> m_feeTypeIndex;
    QHash<QString, qsizetype> m_reasonIndex;
    QHash<qint64, SpendingCustomer> m_customers;
    Money m_billingErrors;
};
