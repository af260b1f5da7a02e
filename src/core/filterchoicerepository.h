#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

// The values that report filters offer besides the lookup tables: every
// user who entered a charge. The customer filters search instead
// (CustomerListQuery), because a list of every customer is too long to read
// when a dialog opens. Functions return an empty list and set *error (when
// given) when a statement fails.
class FilterChoiceRepository
{
public:
    explicit FilterChoiceRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    // The distinct charges.created_by values, sorted.
    QStringList chargeAuthors(QString *error = nullptr) const;

private:
    QSqlDatabase m_db;
};
