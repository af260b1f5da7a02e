#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>

// Prepares the databases a benchmark works on: copies of a generated
// database (see "chargedesk-cli generate"), so that the original stays as
// it is and every run starts from the same data.
class BenchDatabase
{
public:
    // A bill a benchmark charges, with its customer and currency.
    struct Target
    {
        qint64 customerId = 0;
        qint64 billId = 0;
        QString currency;
    };

    // Copies the SQLite file source to destination. Refuses a source whose
    // write-ahead log still contains changes, because the copy would miss
    // them. Returns false and sets *error on failure.
    static bool copy(const QString &source, const QString &destination, QString *error);

    // Returns up to count bills of different customers, the newest first.
    static QList<Target> targets(const QSqlDatabase &db, int count, QString *error);

    // Returns the first active code of the lookup table table (fee_types,
    // charge_reasons or payment_methods), or an empty string.
    static QString firstCode(const QSqlDatabase &db, const QString &table, QString *error);
};
