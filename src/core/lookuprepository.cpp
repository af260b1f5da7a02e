#include "lookuprepository.h"

#include "logging.h"
#include "sqlstatement.h"

#include <QSqlError>
#include <QSqlQuery>

QString LookupRepository::tableName(Table table)
{
    switch (table) {
    case Table::FeeTypes:
        return QStringLiteral("fee_types");
    case Table::ChargeReasons:
        return QStringLiteral("charge_reasons");
    case Table::PaymentMethods:
        return QStringLiteral("payment_methods");
    }
    return {};
}

// The table and label column names come from fixed lists above, never from
// input, so they may be part of the statement text. Values are bound.
QList<LookupRepository::Entry> LookupRepository::entries(Table table, UiLanguage language,
                                                         QString *error) const
{
    QList<Entry> result;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    const QString statement = QStringLiteral("SELECT code, %1 AS label FROM %2 "
                                             "WHERE active = 1 ORDER BY sort_order, code")
                                  .arg(labelColumn(language), tableName(table));
    if (!query.prepare(statement) || !query.exec()) {
        if (error)
            *error = query.lastError().text();
        qCWarning(lcDatabase) << "Lookup query on" << tableName(table)
                              << "failed:" << query.lastError().text();
        return result;
    }
    while (query.next()) {
        result << Entry{query.value(QStringLiteral("code")).toString(),
                        query.value(QStringLiteral("label")).toString()};
    }
    return result;
}

bool LookupRepository::contains(Table table, const QString &code, QString *error) const
{
    SqlStatement query(m_db, QStringLiteral("SELECT 1 FROM %1 WHERE code = :code AND active = 1")
                                 .arg(tableName(table)));
    if (!query.isPrepared()) {
        if (error)
            *error = query->lastError().text();
        qCWarning(lcDatabase) << "Lookup query failed:" << query->lastError().text();
        return false;
    }
    query->bindValue(QStringLiteral(":code"), code);
    if (!query->exec()) {
        if (error)
            *error = query->lastError().text();
        qCWarning(lcDatabase) << "Lookup query failed:" << query->lastError().text();
        return false;
    }
    return query->next();
}

QString LookupRepository::label(Table table, const QString &code, UiLanguage language) const
{
    SqlStatement query(m_db, QStringLiteral("SELECT %1 AS label FROM %2 WHERE code = :code")
                                 .arg(labelColumn(language), tableName(table)));
    if (!query.isPrepared()) {
        qCWarning(lcDatabase) << "Lookup label query failed:" << query->lastError().text();
        return code;
    }
    query->bindValue(QStringLiteral(":code"), code);
    if (!query->exec() || !query->next()) {
        if (query->lastError().isValid())
            qCWarning(lcDatabase) << "Lookup label query failed:" << query->lastError().text();
        return code;
    }
    return query->value(QStringLiteral("label")).toString();
}
