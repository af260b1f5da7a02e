#include "benchdatabase.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

bool BenchDatabase::copy(const QString &source, const QString &destination, QString *error)
{
    if (!QFileInfo::exists(source)) {
        *error = QStringLiteral("%1 does not exist; create it with chargedesk-cli generate")
                     .arg(source);
        return false;
    }
    const QFileInfo log(source + QStringLiteral("-wal"));
    if (log.exists() && log.size() > 0) {
        *error = QStringLiteral("%1 has unsaved changes in its -wal file; close the programs "
                                "that use it first")
                     .arg(source);
        return false;
    }
    QFile::remove(destination);
    if (!QFile::copy(source, destination)) {
        *error = QStringLiteral("could not copy %1 to %2").arg(source, destination);
        return false;
    }
    return true;
}

QList<BenchDatabase::Target> BenchDatabase::targets(const QSqlDatabase &db, int count,
                                                    QString *error)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    // One bill per customer: its newest.
    if (!query.prepare(QStringLiteral(
            "SELECT bills.customer_id AS customer_id, MAX(bills.id) AS bill_id, "
            "customers.currency AS currency FROM bills "
            "JOIN customers ON customers.id = bills.customer_id "
            "GROUP BY bills.customer_id, customers.currency "
            "ORDER BY bill_id DESC LIMIT :count"))) {
        *error = query.lastError().text();
        return {};
    }
    query.bindValue(QStringLiteral(":count"), count);
    if (!query.exec()) {
        *error = query.lastError().text();
        return {};
    }

    QList<Target> found;
    while (query.next()) {
        found.append({query.value(QStringLiteral("customer_id")).toLongLong(),
                      query.value(QStringLiteral("bill_id")).toLongLong(),
                      query.value(QStringLiteral("currency")).toString()});
    }
    if (query.lastError().isValid())
        *error = query.lastError().text();
    return found;
}

QString BenchDatabase::firstCode(const QSqlDatabase &db, const QString &table, QString *error)
{
    static const QStringList tables = {QStringLiteral("fee_types"),
                                       QStringLiteral("charge_reasons"),
                                       QStringLiteral("payment_methods")};
    if (!tables.contains(table)) {
        *error = QStringLiteral("unknown lookup table %1").arg(table);
        return {};
    }

    // The table name comes from the fixed list above, never from input.
    QSqlQuery query(db);
    if (!query.prepare(QStringLiteral("SELECT code FROM %1 WHERE active = 1 ORDER BY code")
                           .arg(table))
        || !query.exec()) {
        *error = query.lastError().text();
        return {};
    }
    if (!query.next()) {
        *error = QStringLiteral("%1 has no active code").arg(table);
        return {};
    }
    return query.value(QStringLiteral("code")).toString();
}
