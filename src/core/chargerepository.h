#pragma once

#include "records.h"

#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <optional>

// Read queries on charges. Functions return std::nullopt or an empty list
// when nothing matches, and set *error (when given) when a statement fails.
class ChargeRepository
{
public:
    explicit ChargeRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    std::optional<ChargeRecord> findById(qint64 id, QString *error = nullptr) const;
    std::optional<ChargeRecord> findByRequestKey(const QString &key, QString *error = nullptr) const;

    // All charges, or those of one customer when customerId is not 0,
    // oldest first.
    QList<ChargeRecord> list(qint64 customerId = 0, QString *error = nullptr) const;

    // The charges that wait for approval, oldest first.
    QList<ChargeRecord> pending(QString *error = nullptr) const;

    // The SELECT ... FROM ... JOIN part that chargeFromQuery() reads; append
    // a WHERE clause with bound values.
    static QString selectClause();

    // Reads the current row of a query built on selectClause().
    static ChargeRecord chargeFromQuery(const QSqlQuery &query);

private:
    QSqlDatabase m_db;
};
