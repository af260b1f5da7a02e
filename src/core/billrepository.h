#pragma once

#include "records.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>

// Read queries. Functions return std::nullopt or an empty list when nothing
// matches, and set *error (when given) when a statement fails.
class BillRepository
{
public:
    explicit BillRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    std::optional<BillRecord> findById(qint64 id, QString *error = nullptr) const;
    std::optional<BillRecord> findByNumber(const QString &billNo, QString *error = nullptr) const;
    QList<BillRecord> billsOfCustomer(qint64 customerId, QString *error = nullptr) const;
    QList<BillLineRecord> linesOfBill(qint64 billId, QString *error = nullptr) const;

private:
    QSqlDatabase m_db;
};
