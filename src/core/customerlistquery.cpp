#include "customerlistquery.h"

#include "logging.h"

#include <QSqlQuery>
#include <QSqlRecord>

#include <climits>

namespace {

// A term shorter than this has no trigram.
constexpr int TrigramLength = 3;


// The searched text of a customer on PostgreSQL: the four fields joined by
// line feeds, so a term typed in one line never matches across two of them.
// The index of postgresql_0006.sql is built on exactly this expression.
QString searchedText()
{
    return QStringLiteral("(c.code || chr(10) || c.company_name || chr(10) || c.contact_name "
                          "|| chr(10) || c.phone)");
}

// A to Z in lower case and every other character as it is, as SQLite's
// lower() stores customer_search_text.search_key.
QString asciiLower(const QString &text)
{
    QString lowered = text;
    for (QChar &character : lowered) {
        if (character >= QLatin1Char('A') && character <= QLatin1Char('Z'))
            character = QChar(character.unicode() + ('a' - 'A'));
    }
    return lowered;
}

// A LIKE pattern that finds text anywhere, with LIKE's wildcards in text
// taken literally (ESCAPE '\').
QString containsPattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    escaped.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    escaped.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

// An FTS5 phrase: the trigram tokenizer matches it as a substring.
QString ftsPhrase(const QString &text)
{
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

const char *const SelectedFields =
    "c.id, c.code, c.company_name, c.contact_name, c.phone, c.country, c.currency, "
    "c.balance_minor";

} // namespace

CustomerListQuery::CustomerListQuery(QSqlDatabase db)
    : m_db(std::move(db))
{
}

void CustomerListQuery::setSearchText(const QString &text)
{
    m_searchText = text.trimmed();
}

void CustomerListQuery::setSort(Column column, Qt::SortOrder order)
{
    m_sortColumn = column;
    m_sortOrder = order;
}

QString CustomerListQuery::fieldName(Column column)
{
    switch (column) {
    case Code:
        return QStringLiteral("code");
    case CompanyName:
        return QStringLiteral("company_name");
    case ContactName:
        return QStringLiteral("contact_name");
    case Phone:
        return QStringLiteral("phone");
    case Country:
        return QStringLiteral("country");
    case Balance:
    case ColumnCount:
        break;
    }
    return QStringLiteral("balance_minor");
}

int CustomerListQuery::columnOf(const QString &field)
{
    for (int column = 0; column < ColumnCount; ++column) {
        if (fieldName(Column(column)) == field)
            return column;
    }
    return -1;
}

int CustomerListQuery::count(QSqlError *error, int cap, int *estimate) const
{
    const bool capped = cap > 0 && isCountCappable();
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.prepare(countStatement(capped ? cap : 0))) {
        *error = query.lastError();
        return -1;
    }
    bindTerm(query);
    if (capped)
        query.bindValue(QStringLiteral(":cap"), cap);
    if (!query.exec() || !query.next()) {
        *error = query.lastError();
        return -1;
    }
    const int matches = query.value(QStringLiteral("matches")).toInt();
    if (estimate)
        *estimate = matches;
    if (!capped || matches < cap || !estimate)
        return matches;

    // The capped count read the search texts in id order up to last_id.
    const qint64 lastId = query.value(QStringLiteral("last_id")).toLongLong();
    query.finish();
    if (!query.exec(QStringLiteral("SELECT max(customer_id) AS top_id FROM customer_search_text"))
        || !query.next()) {
        *error = query.lastError();
        return -1;
    }
    const qint64 topId = query.value(QStringLiteral("top_id")).toLongLong();
    if (lastId > 0 && topId > lastId)
        *estimate = int(qMin<qint64>(qint64(matches) * topId / lastId, INT_MAX));
    return matches;
}

bool CustomerListQuery::page(int offset, int limit, int matches, QList<CustomerListRow> *rows,
                             QSqlError *error) const
{
    rows->clear();
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.prepare(pageStatement(matches))) {
        *error = query.lastError();
        return false;
    }
    bindTerm(query);
    query.bindValue(QStringLiteral(":limit"), limit);
    query.bindValue(QStringLiteral(":offset"), offset);
    if (!query.exec()) {
        *error = query.lastError();
        return false;
    }

    const QSqlRecord fields = query.record();
    const int idField = fields.indexOf(QStringLiteral("id"));
    const int codeField = fields.indexOf(QStringLiteral("code"));
    const int companyField = fields.indexOf(QStringLiteral("company_name"));
    const int contactField = fields.indexOf(QStringLiteral("contact_name"));
    const int phoneField = fields.indexOf(QStringLiteral("phone"));
    const int countryField = fields.indexOf(QStringLiteral("country"));
    const int currencyField = fields.indexOf(QStringLiteral("currency"));
    const int balanceField = fields.indexOf(QStringLiteral("balance_minor"));
    rows->reserve(limit);
    while (query.next()) {
        CustomerListRow row;
        row.id = query.value(idField).toLongLong();
        row.code = query.value(codeField).toString();
        row.companyName = query.value(companyField).toString();
        row.contactName = query.value(contactField).toString();
        row.phone = query.value(phoneField).toString();
        row.country = query.value(countryField).toString();
        row.currency = query.value(currencyField).toString();
        row.balanceMinor = query.value(balanceField).toLongLong();
        rows->append(row);
    }
    if (query.lastError().isValid()) {
        *error = query.lastError();
        return false;
    }
    return true;
}

int CustomerListQuery::position(qint64 id, QSqlError *error) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.prepare(sortValueStatement())) {
        *error = query.lastError();
        return -1;
    }
    query.bindValue(QStringLiteral(":id"), id);
    bindTerm(query);
    if (!query.exec()) {
        *error = query.lastError();
        return -1;
    }
    if (!query.next())
        return -1;
    const QVariant value = query.value(QStringLiteral("sort_value"));
    query.finish();

    if (!query.prepare(precedingStatement())) {
        *error = query.lastError();
        return -1;
    }
    query.bindValue(QStringLiteral(":value"), value);
    if (m_sortColumn != Code) {
        query.bindValue(QStringLiteral(":same_value"), value);
        query.bindValue(QStringLiteral(":id"), id);
    }
    bindTerm(query);
    if (!query.exec() || !query.next()) {
        *error = query.lastError();
        return -1;
    }
    return query.value(QStringLiteral("preceding")).toInt();
}

bool CustomerListQuery::isCountCappable() const
{
    return strategy() == Strategy::ShortScan && !isPostgresql();
}

QString CustomerListQuery::countStatement(int cap) const
{
    // The capped count stops at the capth matching search text.
    if (cap > 0 && isCountCappable()) {
        return QStringLiteral("SELECT count(*) AS matches, max(customer_id) AS last_id FROM "
                              "(SELECT customer_id FROM customer_search_text "
                              "WHERE instr(search_key, :term) > 0 LIMIT :cap)");
    }
    const QString where = condition();
    return QStringLiteral("SELECT count(*) AS matches FROM customers c")
           + (where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where);
}

QString CustomerListQuery::pageStatement(int matches) const
{
    const QString where = condition(matches > WalkInOrderAbove);
    return QStringLiteral("SELECT %1 FROM customers c").arg(QLatin1String(SelectedFields))
           + (where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where)
           + QStringLiteral(" ORDER BY ") + orderBy()
           + QStringLiteral(" LIMIT :limit OFFSET :offset");
}

QString CustomerListQuery::sortValueStatement() const
{
    const QString where = condition();
    return QStringLiteral("SELECT c.%1 AS sort_value FROM customers c WHERE c.id = :id")
               .arg(fieldName(m_sortColumn))
           + (where.isEmpty() ? QString() : QStringLiteral(" AND ") + where);
}

QString CustomerListQuery::precedingStatement() const
{
    // The customers before it in list order: a smaller sort value, or the
    // same value and a smaller id (larger for a descending list). Codes are
    // unique, so the id never decides between two codes.
    const QString field = QStringLiteral("c.") + fieldName(m_sortColumn);
    const QString before = m_sortOrder == Qt::AscendingOrder ? QStringLiteral("<")
                                                             : QStringLiteral(">");
    const QString precedes
        = m_sortColumn == Code
              ? QStringLiteral("%1 %2 :value").arg(field, before)
              : QStringLiteral("(%1 %2 :value OR (%1 = :same_value AND c.id %2 :id))")
                    .arg(field, before);
    const QString where = condition();
    return QStringLiteral("SELECT count(*) AS preceding FROM customers c WHERE ") + precedes
           + (where.isEmpty() ? QString() : QStringLiteral(" AND ") + where);
}

CustomerListQuery::Strategy CustomerListQuery::strategy() const
{
    if (m_searchText.isEmpty())
        return Strategy::All;
    // Characters, not UTF-16 code units: an emoji is one character.
    return m_searchText.toUcs4().size() >= TrigramLength ? Strategy::Trigram
                                                         : Strategy::ShortScan;
}

bool CustomerListQuery::isPostgresql() const
{
    return m_db.driverName() == QLatin1String("QPSQL");
}

QString CustomerListQuery::condition(bool walkInOrder) const
{
    const Strategy chosen = strategy();
    if (chosen == Strategy::All)
        return {};

    // PostgreSQL's trigram index serves ILIKE; its planner decides whether
    // to use it.
    if (isPostgresql())
        return searchedText() + QStringLiteral(" ILIKE :term ESCAPE '\\'");

    // The unary plus stops SQLite from looking the matches up by id and
    // sorting them all, so that it walks the list order instead. A short
    // term reads the whole search text table once per statement.
    const QString id = walkInOrder ? QStringLiteral("+c.id") : QStringLiteral("c.id");
    // A short term's many matches are checked one customer at a time while
    // the walk goes, so that it stops at the page without reading every
    // search text first.
    if (chosen == Strategy::ShortScan && walkInOrder) {
        return QStringLiteral("EXISTS (SELECT 1 FROM customer_search_text s "
                              "WHERE s.customer_id = c.id AND instr(s.search_key, :term) > 0)");
    }
    if (chosen == Strategy::ShortScan) {
        return id + QStringLiteral(" IN (SELECT customer_id FROM customer_search_text "
                                   "WHERE instr(search_key, :term) > 0)");
    }
    return id + QStringLiteral(" IN (SELECT rowid FROM customer_search "
                               "WHERE customer_search MATCH :term)");
}

QVariant CustomerListQuery::boundTerm() const
{
    switch (strategy()) {
    case Strategy::All:
        break;
    case Strategy::Trigram:
        return isPostgresql() ? containsPattern(m_searchText) : ftsPhrase(m_searchText);
    case Strategy::ShortScan:
        return isPostgresql() ? containsPattern(m_searchText) : asciiLower(m_searchText);
    }
    return {};
}

void CustomerListQuery::bindTerm(QSqlQuery &query) const
{
    const QVariant term = boundTerm();
    if (term.isValid())
        query.bindValue(QStringLiteral(":term"), term);
}

QString CustomerListQuery::orderBy() const
{
    const QString direction = m_sortOrder == Qt::AscendingOrder ? QStringLiteral(" ASC")
                                                                : QStringLiteral(" DESC");
    const QString sorted = QStringLiteral("c.") + fieldName(m_sortColumn) + direction;
    if (m_sortColumn == Code)
        return sorted;
    return sorted + QStringLiteral(", c.id") + direction;
}
