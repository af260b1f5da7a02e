#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

// The values that report filters offer besides the lookup tables: every
// customer, and every user who entered a charge. Functions return an empty
// list and set *error (when given) when a statement fails.
class FilterChoiceRepository
{
public:
    struct Customer
    {
        qint64 id = 0;
        QString code;
        QString companyName;
    };

    explicit FilterChoiceRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    // Every customer, by company name.
    //
    // NOTE: the report, aging, statement and notice dialogs fill their
    // customer lists from this, so they open slowly with a hundred thousand
    // customers. A picker that searches through CustomerListQuery as the
    // user types, like the customer list, would read only what it shows.
    QList<Customer> customers(QString *error = nullptr) const;

    // The distinct charges.created_by values, sorted.
    QStringList chargeAuthors(QString *error = nullptr) const;

private:
    QSqlDatabase m_db;
};
