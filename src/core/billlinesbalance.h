#pragma once

#include "records.h"

#include <QSqlDatabase>

#include <optional>

// The open amount of a bill's own lines, its goods and freight without its
// supplementary charges: the lines total minus what was paid on the bill
// beyond the payments of its charges. bills.paid_minor sums every posted
// payment on the bill, those of its charges included.
class BillLinesBalance
{
public:
    explicit BillLinesBalance(QSqlDatabase db) : m_db(std::move(db)) {}

    // Returns the open amount of bill's lines, or std::nullopt and *error
    // when the query fails.
    std::optional<Money> open(const BillRecord &bill, QString *error) const;

private:
    QSqlDatabase m_db;
};
