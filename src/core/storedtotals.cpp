#include "storedtotals.h"

#include "sqlstatement.h"

#include <QSqlError>
#include <QSqlQuery>

bool StoredTotals::add(qint64 customerId, qint64 billId, qint64 delta, QString *error)
{
    if (billId != 0) {
        SqlStatement statement(m_db, QStringLiteral("UPDATE bills SET charges_total_minor = "
                                                    "charges_total_minor + :delta "
                                                    "WHERE id = :id"));
        QSqlQuery &query = *statement;
        if (!statement.isPrepared()) {
            *error = query.lastError().text();
            return false;
        }
        query.bindValue(QStringLiteral(":delta"), delta);
        query.bindValue(QStringLiteral(":id"), billId);
        if (!query.exec() || query.numRowsAffected() != 1) {
            *error = query.lastError().isValid() ? query.lastError().text()
                                                 : tr("bill %1 was not found").arg(billId);
            return false;
        }
    }

    SqlStatement statement(m_db, QStringLiteral("UPDATE customers SET balance_minor = "
                                                "balance_minor + :delta WHERE id = :id"));
    QSqlQuery &query = *statement;
    if (!statement.isPrepared()) {
        *error = query.lastError().text();
        return false;
    }
    query.bindValue(QStringLiteral(":delta"), delta);
    query.bindValue(QStringLiteral(":id"), customerId);
    if (!query.exec() || query.numRowsAffected() != 1) {
        *error = query.lastError().isValid() ? query.lastError().text()
                                             : tr("customer %1 was not found").arg(customerId);
        return false;
    }
    return true;
}
