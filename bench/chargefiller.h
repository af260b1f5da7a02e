#pragma once

#include <QSqlDatabase>
#include <QString>

// Gives a customer of a generated database a set number of charges, for
// the benchmarks that open a customer with many charges.
namespace ChargeFiller {

// A customer and the bill its new charges go on.
struct Customer
{
    qint64 id = 0;
    qint64 billId = 0;
    QString currency;
    int charges = 0; // charges it has now
};

// The customer with the highest id that has a bill, or the one before it
// (skip 1), and so on. Returns a customer with id 0 and *error set when
// there is none.
Customer pick(const QSqlDatabase &db, int skip, QString *error);

// The customer with the most charges, with its newest bill. Returns a
// customer with id 0 and *error set when there are no charges.
Customer biggest(const QSqlDatabase &db, QString *error);

// Commits charges through ChargeService until customer has count of them.
// Returns false with *error set when a commit fails.
bool fill(const QSqlDatabase &db, Customer *customer, int count, QString *error);

} // namespace ChargeFiller
