#pragma once

#include "records.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>

// Read queries. Functions return std::nullopt or an empty list when nothing
// matches, and set *error (when given) when a statement fails.
class CustomerRepository
{
public:
    explicit CustomerRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    std::optional<CustomerRecord> findById(qint64 id, QString *error = nullptr) const;
    std::optional<CustomerRecord> findByCode(const QString &code, QString *error = nullptr) const;
    // Whether any customer is stored, without counting them all; false with
    // *error set when the statement failed.
    bool hasAny(QString *error = nullptr) const;

private:
    QSqlDatabase m_db;
};
