#pragma once

#include "chargestatus.h"
#include "money.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

// Something of a customer that a payment (回款) can settle: the own lines of
// a bill, or a posted charge. The amounts are in the item's currency.
struct Receivable
{
    enum class Kind { BillLines, Charge };

    Kind kind = Kind::Charge;
    qint64 customerId = 0;
    qint64 billId = 0; // the bill, or the charge's bill; 0 for a charge on the account
    QString billNo;
    qint64 chargeId = 0; // 0 for a bill's own lines
    QString feeType;     // the charge's fee type in the UI language
    QDate dueDate;

    // For a bill the lines total and what the bill's payments paid on its
    // own lines, that is all payments on the bill less those of its charges.
    Money amount;
    Money paid;

    // Whether the charge has an active installment plan (回款计划).
    bool hasActivePlan = false;

    Money open() const { return Money(amount.minorUnits() - paid.minorUnits(), amount.currency()); }
    ChargeStatus status() const;
};

// Reads receivables with their open amounts, for the payments tab and the
// 登记回款 dialog. The open amounts follow the rules of PaymentService. A
// charge is open for its amount less its posted payments. A bill's own
// lines are open for the lines total less the bill's posted payments that
// did not pay one of its charges.
class ReceivableQuery
{
    Q_DECLARE_TR_FUNCTIONS(ReceivableQuery)

public:
    explicit ReceivableQuery(QSqlDatabase db) : m_db(std::move(db)) {}

    // The bills with lines and the posted charges of customerId: items with
    // an open amount first, earliest due first, then the settled ones.
    // Returns an empty list and sets *error when the query fails.
    QList<Receivable> ofCustomer(qint64 customerId, QString *error = nullptr) const;

    // The own lines of billId, or std::nullopt when there is no such bill.
    std::optional<Receivable> billLines(qint64 billId, QString *error = nullptr) const;

    // The posted charge chargeId, or std::nullopt when it is unknown or void.
    std::optional<Receivable> charge(qint64 chargeId, QString *error = nullptr) const;

    // Describes item for people, e.g. "Bill 10643, own lines", "Charge 12,
    // Service fee, bill 10643" or "Charge 13, Late fee" for a charge on the
    // account.
    static QString describe(const Receivable &item);

private:
    QList<Receivable> run(const QString &billFilter, const QString &chargeFilter,
                          qint64 id, QString *error) const;

    QSqlDatabase m_db;
};
