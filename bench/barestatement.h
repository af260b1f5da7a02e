#pragma once

#include <QString>
#include <QVariantHash>

struct sqlite3;
struct sqlite3_stmt;

// One statement prepared once through the sqlite3 C API, for baselines that
// run the same SQL as ChargeDesk without Qt in between.
class BareStatement
{
public:
    BareStatement() = default;
    ~BareStatement();

    BareStatement(const BareStatement &) = delete;
    BareStatement &operator=(const BareStatement &) = delete;

    bool prepare(sqlite3 *db, const QString &sql, QString *error);

    // Binds values to the parameters by name (":term", or "?1" for the
    // first positional one), steps through every row and reads each
    // column, as a view would read its cells. Returns the number of rows,
    // or -1 with *error set.
    int run(const QVariantHash &values, QString *error);

    // The first column of the last row that run() read, such as a count.
    qint64 firstValue() const { return m_firstValue; }

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    qint64 m_firstValue = 0;
};
