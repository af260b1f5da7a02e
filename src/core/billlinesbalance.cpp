#include "billlinesbalance.h"

#include "logging.h"
#include "sqlstatement.h"

#include <QSqlError>

std::optional<Money> BillLinesBalance::open(const BillRecord &bill, QString *error) const
{
    // Void charges have nothing paid, so summing every charge of the bill
    // equals summing its posted ones.
    SqlStatement query(m_db, QStringLiteral("SELECT COALESCE(SUM(paid_minor), 0) AS paid_minor "
                                            "FROM charges WHERE bill_id = :bill"));
    if (query.isPrepared()) {
        query->bindValue(QStringLiteral(":bill"), bill.id);
        if (query->exec() && query->next()) {
            const qint64 chargesPaid = query->value(QStringLiteral("paid_minor")).toLongLong();
            const qint64 linesPaid = bill.paid.minorUnits() - chargesPaid;
            return Money(bill.linesTotal.minorUnits() - linesPaid, bill.linesTotal.currency());
        }
    }
    *error = query->lastError().text();
    qCWarning(lcDatabase) << "Open amount of bill" << bill.id << "failed:" << *error;
    return std::nullopt;
}
