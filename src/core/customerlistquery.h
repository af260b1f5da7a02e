#pragma once

#include "connectionstatements.h"

#include <QList>
#include <QSqlDatabase>
#include <QSqlError>
#include <QString>
#include <QVariant>

#include <optional>

class QSqlQuery;

// One customer as the customer list shows it.
struct CustomerListRow
{
    qint64 id = 0;
    QString code;
    QString companyName;
    QString contactName;
    QString phone;
    QString country;
    QString currency;
    qint64 balanceMinor = 0;
};

// The statements behind the customer list: how many customers match the
// search, one page of them in list order, and the position of one customer
// in that order. A page reads its own rows, not the rows before it, so
// showing one costs about the same with a hundred customers or a million.
// On SQLite the statements stay prepared on their connection
// (ConnectionStatements): every keystroke runs the same few again, and
// compiling one costs more than running it over an index. On PostgreSQL
// they do not (see the NOTE in connectionstatements.h).
//
// A search term matches a customer whose code, company name, contact name
// or phone contains it, ignoring case. Terms of three or more characters
// use the trigram index of schema version 6 (FTS5 on SQLite, pg_trgm on
// PostgreSQL). Shorter terms have no trigram. One or two characters with
// one outside ASCII, such as a Chinese name's, are looked up in
// customer_search_grams (schema version 7), an index of every such
// character and pair. Other short terms are looked for with ILIKE on
// PostgreSQL, and on SQLite with instr() in customer_search_text, a copy of
// the searched text of about 50 bytes per customer. Its A to Z are in lower
// case, so other letters match in their own case only.
//
// NOTE: sorting by the code or the company name walks an index; sorting by
// another column sorts every match for each page read. Text sorts by code
// point on SQLite and by the database's collation on PostgreSQL, so
// Chinese names are not in pinyin order.
class CustomerListQuery
{
public:
    // Above this many matches, SQLite reads a search's page by walking the
    // customers in list order and checking each against the search, which
    // stops at the page, instead of sorting every match to take one page.
    static constexpr int WalkInOrderAbove = 2000;

    // The columns the list shows, in order, and sorts by.
    enum Column { Code, CompanyName, ContactName, Phone, Country, Balance, ColumnCount };

    explicit CustomerListQuery(QSqlDatabase db);

    // Leading and trailing spaces are ignored; an empty text matches every
    // customer.
    void setSearchText(const QString &text);
    QString searchText() const { return m_searchText; }

    void setSort(Column column, Qt::SortOrder order);
    Column sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    // The stored field of column, such as "company_name", and the column of
    // a stored field, or -1 when the list does not show it.
    static QString fieldName(Column column);
    static int columnOf(const QString &field);

    // Returns the number of matching customers, or -1 with *error set. A cap
    // above 0 stops the count there when it would read every customer, as a
    // one- or two-character ASCII term or no term does. The result is then at most
    // cap. isCountCappable() returns whether the cap can apply.
    // With a cap that applied, *estimate (when given) is the number of
    // matches projected from how far into the customers the cap was
    // reached, as if they were spread evenly; otherwise the count.
    int count(QSqlError *error, int cap = 0, int *estimate = nullptr) const;
    bool isCountCappable() const;

    // Reads up to limit matching customers from position offset in list
    // order into *rows. matches is count(), which chooses how the page is
    // read. Returns false with *error set when the query failed.
    bool page(int offset, int limit, int matches, QList<CustomerListRow> *rows,
              QSqlError *error) const;

    // The position of customer id in list order, -1 when the search does not
    // match it or it does not exist (then *error is left empty).
    int position(qint64 id, QSqlError *error) const;

    // The statements the three reads run, with named placeholders: :term
    // for the search (see boundTerm()), :cap for a capped count, :limit and
    // :offset for a page, :id
    // for the customer and :value and :same_value for its sort value. They
    // are public so that their plans can be checked on each backend.
    QString countStatement(int cap = 0) const;
    QString pageStatement(int matches) const;
    QString sortValueStatement() const;
    QString precedingStatement() const;

    // The value bound to :term, or an invalid QVariant without a search.
    QVariant boundTerm() const;

private:
    enum class Strategy {
        All,           // no search text
        Trigram,       // three or more characters
        ShortGram,     // one or two characters, one of them outside ASCII
        ShortScan,     // one or two ASCII characters
    };

    Strategy strategy() const;
    bool isPostgresql() const;

    // The scope that keeps this connection's statements prepared, on
    // SQLite only.
    std::optional<ConnectionStatements::Use> keptStatements() const;

    // The condition on customers (aliased c) for the search, with the
    // placeholder :term, or empty for every customer. With walkInOrder,
    // SQLite checks the condition while it reads the customers in list
    // order, instead of sorting every match first.
    QString condition(bool walkInOrder = false) const;
    void bindTerm(QSqlQuery &query) const;
    QString orderBy() const;

    QSqlDatabase m_db;
    QString m_searchText;
    Column m_sortColumn = Code;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};
