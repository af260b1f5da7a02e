#include "paidamounts.h"

#include "sqlstatement.h"
#include "storedtotals.h"

#include <QSqlError>
#include <QSqlQuery>

bool PaidAmounts::add(const PaymentRecord &payment, qint64 delta, QString *error)
{
    if (payment.chargeId != 0 && !addPaid("charges", payment.chargeId, delta, error))
        return false;
    if (payment.installmentId != 0
        && !addPaid("installments", payment.installmentId, delta, error)) {
        return false;
    }
    if (payment.billId != 0 && !addPaid("bills", payment.billId, delta, error))
        return false;

    // The balance is what the customer owes, so a payment lowers it.
    return StoredTotals(m_db).add(payment.customerId, 0, -delta, error);
}

bool PaidAmounts::addPaid(const char *table, qint64 id, qint64 delta, QString *error)
{
    // The table name is one of three literals above, never user input.
    SqlStatement statement(m_db, QStringLiteral("UPDATE %1 SET paid_minor = paid_minor + :delta "
                                                "WHERE id = :id")
                                     .arg(QLatin1String(table)));
    QSqlQuery &query = *statement;
    if (!statement.isPrepared()) {
        *error = query.lastError().text();
        return false;
    }
    query.bindValue(QStringLiteral(":delta"), delta);
    query.bindValue(QStringLiteral(":id"), id);
    if (!query.exec() || query.numRowsAffected() != 1) {
        *error = query.lastError().isValid()
            ? query.lastError().text()
            : tr("row %1 of %2 was not found").arg(id).arg(QLatin1String(table));
        return false;
    }
    return true;
}
