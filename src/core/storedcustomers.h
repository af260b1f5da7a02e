#pragma once

#include <QHash>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

// The stored customers whose codes an import file names, read up front with
// one query per 100 codes, so that checking each line needs no query of its
// own.
class StoredCustomers
{
public:
    // A customer as stored: its id and the value of each column read, in
    // the order of the columns.
    struct Customer
    {
        qint64 id = 0;
        QStringList values;
    };

    // columns are literals of the caller, never input, and include code.
    StoredCustomers(QSqlDatabase db, QStringList columns);

    // Reads the customers with these codes. Codes without a customer are
    // left out. Returns false and sets *error when a query fails.
    bool read(const QStringList &codes, QString *error);

    // Returns the customer with code, or nullptr when none is stored.
    const Customer *find(const QString &code) const;

private:
    bool readChunk(const QStringList &codes, QString *error);

    QSqlDatabase m_db;
    QStringList m_columns;
    QHash<QString, Customer> m_byCode;
};
