#pragma once

#include "chargereportrow.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

// The charges of one group in one currency. The posted charges are counted
// and summed in amount. The void ones are listed in the report, counted in
// voidCount and summed apart in voidAmount, which is never part of amount.
struct ChargeReportSubtotal
{
    QString key;   // fee type code or customer code; empty for a grand total
    QString label; // fee type label or company name
    int sortOrder = 0; // the fee type's sort order; 0 for customers and totals
    qsizetype postedCount = 0;
    qsizetype voidCount = 0;
    Money amount;     // sum of the posted amounts; its currency is the group's
    Money voidAmount; // sum of the void amounts, in the same currency

    QString currency() const { return amount.currency(); }
};

// The result of the charge report: the listed charges, subtotals by fee
// type and by customer, and grand totals. Every sum is per currency,
// because amounts in different currencies are never added.
class ChargeReportData
{
    Q_DECLARE_TR_FUNCTIONS(ChargeReportData)

public:
    // By customer code, then the date of the report's date basis, then id.
    QList<ChargeReportRow> rows;

    // By fee type sort order, then currency.
    QList<ChargeReportSubtotal> byFeeType;

    // By customer code, then currency.
    QList<ChargeReportSubtotal> byCustomer;

    // One per currency that occurs in rows, by currency code.
    QList<ChargeReportSubtotal> totals;

    // Appends row and adds it to its subtotals and total. Returns false,
    // with a translated message, when a sum would overflow.
    bool add(const ChargeReportRow &row, QString *error);

    // Sorts the subtotals and totals; call once after the last add().
    void finish();

    qsizetype postedCount() const;
    qsizetype voidCount() const;

private:
    static bool addTo(QList<ChargeReportSubtotal> &list, QHash<QString, qsizetype> &index,
                      const QString &key, const QString &label, int sortOrder,
                      const ChargeReportRow &row);

    QHash<QString, qsizetype> m_feeTypeIndex;
    QHash<QString, qsizetype> m_customerIndex;
    QHash<QString, qsizetype> m_totalIndex;
};
