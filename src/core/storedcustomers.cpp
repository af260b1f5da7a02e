#include "storedcustomers.h"

#include "sqlstatement.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {

// Codes per query. Compiling a statement takes SQLite time growing with the
// square of its placeholders, and 100 keep that small.
constexpr qsizetype CodesPerQuery = 100;

} // namespace

StoredCustomers::StoredCustomers(QSqlDatabase db, QStringList columns)
    : m_db(std::move(db))
    , m_columns(std::move(columns))
{
}

bool StoredCustomers::read(const QStringList &codes, QString *error)
{
    for (qsizetype first = 0; first < codes.size(); first += CodesPerQuery) {
        if (!readChunk(codes.mid(first, CodesPerQuery), error))
            return false;
    }
    return true;
}

const StoredCustomers::Customer *StoredCustomers::find(const QString &code) const
{
    const auto found = m_byCode.constFind(code);
    return found == m_byCode.cend() ? nullptr : &found.value();
}

bool StoredCustomers::readChunk(const QStringList &codes, QString *error)
{
    QStringList marks;
    marks.fill(QStringLiteral("?"), codes.size());
    SqlStatement statement(m_db, QStringLiteral("SELECT id, %1 FROM customers "
                                                "WHERE code IN (%2)")
                                     .arg(m_columns.join(QStringLiteral(", ")),
                                          marks.join(QStringLiteral(", "))));
    QSqlQuery &query = *statement;
    if (!statement.isPrepared()) {
        *error = query.lastError().text();
        return false;
    }
    for (qsizetype i = 0; i < codes.size(); ++i)
        query.bindValue(int(i), codes.at(i));
    if (!query.exec()) {
        *error = query.lastError().text();
        return false;
    }
    while (query.next()) {
        Customer customer;
        customer.id = query.value(QStringLiteral("id")).toLongLong();
        for (const QString &column : std::as_const(m_columns))
            customer.values.append(query.value(column).toString());
        m_byCode.insert(query.value(QStringLiteral("code")).toString(), customer);
    }
    if (query.lastError().isValid()) {
        *error = query.lastError().text();
        return false;
    }
    return true;
}
