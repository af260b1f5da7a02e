#include "customerlistquery.h"

#include "connectionstatements.h"
#include "logging.h"
#include "searchtermformat.h"
#include "sqlstatement.h"

#include <QSqlQuery>
#include <QSqlRecord>

#include <climits>

namespace {

// A term shorter than this has no trigram.
constexpr int TrigramLength = 3;

// customer_search_grams covers this many leading characters of each search
// text (customer_search_positions of sqlite_0007.sql); the few longer texts
// are read whole. PostgreSQL's grams cover every character.
const char *const LongTextCondition = "length(s.search_key) > 2000";

// The searched text of a customer on PostgreSQL: the four fields joined by
// line feeds, so a term typed in one line never matches across two of them.
// The index of postgresql_0006.sql is built on exactly this expression.
QString searchedText()
{
    return QStringLiteral("(c.code || chr(10) || c.company_name || chr(10) || c.contact_name "
                          "|| chr(10) || c.phone)");
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
    const std::optional<ConnectionStatements::Use> statements = keptStatements();
    const bool capped = cap > 0 && isCountCappable();
    SqlStatement query(m_db, countStatement(capped ? cap : 0));
    if (!query.isPrepared()) {
        *error = query->lastError();
        return -1;
    }
    bindTerm(*query);
    if (capped)
        query->bindValue(QStringLiteral(":cap"), cap);
    if (!query->exec() || !query->next()) {
        *error = query->lastError();
        return -1;
    }
    const int matches = query->value(QStringLiteral("matches")).toInt();
    if (estimate)
        *estimate = matches;
    if (!capped || matches < cap || !estimate)
        return matches;

    // The capped count read the customers in id order up to last_id.
    const qint64 lastId = query->value(QStringLiteral("last_id")).toLongLong();
    SqlStatement top(m_db, QStringLiteral("SELECT max(id) AS top_id FROM customers"));
    if (!top.isPrepared() || !top->exec() || !top->next()) {
        *error = top->lastError();
        return -1;
    }
    const qint64 topId = top->value(QStringLiteral("top_id")).toLongLong();
    if (lastId > 0 && topId > lastId)
        *estimate = int(qMin<qint64>(qint64(matches) * topId / lastId, INT_MAX));
    return matches;
}

bool CustomerListQuery::page(int offset, int limit, int matches, QList<CustomerListRow> *rows,
                             QSqlError *error) const
{
    rows->clear();
    const std::optional<ConnectionStatements::Use> statements = keptStatements();
    SqlStatement statement(m_db, pageStatement(matches));
    QSqlQuery &query = *statement;
    if (!statement.isPrepared()) {
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
    const std::optional<ConnectionStatements::Use> statements = keptStatements();
    SqlStatement sortValue(m_db, sortValueStatement());
    if (!sortValue.isPrepared()) {
        *error = sortValue->lastError();
        return -1;
    }
    sortValue->bindValue(QStringLiteral(":id"), id);
    bindTerm(*sortValue);
    if (!sortValue->exec()) {
        *error = sortValue->lastError();
        return -1;
    }
    if (!sortValue->next())
        return -1;
    const QVariant value = sortValue->value(QStringLiteral("sort_value"));

    SqlStatement preceding(m_db, precedingStatement());
    if (!preceding.isPrepared()) {
        *error = preceding->lastError();
        return -1;
    }
    preceding->bindValue(QStringLiteral(":value"), value);
    if (m_sortColumn != Code) {
        preceding->bindValue(QStringLiteral(":same_value"), value);
        preceding->bindValue(QStringLiteral(":id"), id);
    }
    bindTerm(*preceding);
    if (!preceding->exec() || !preceding->next()) {
        *error = preceding->lastError();
        return -1;
    }
    return preceding->value(QStringLiteral("preceding")).toInt();
}

bool CustomerListQuery::isCountCappable() const
{
    return strategy() == Strategy::ShortScan || strategy() == Strategy::All;
}

QString CustomerListQuery::countStatement(int cap) const
{
    // The capped count stops at the capth match in id order. Every customer
    // and PostgreSQL's matches come from a walk of the primary key; SQLite's
    // search texts are in id order themselves.
    if (cap > 0 && strategy() == Strategy::All) {
        return QStringLiteral("SELECT count(*) AS matches, max(m.id) AS last_id FROM "
                              "(SELECT c.id FROM customers c ORDER BY c.id LIMIT :cap) m");
    }
    if (cap > 0 && isCountCappable() && isPostgresql()) {
        return QStringLiteral("SELECT count(*) AS matches, max(m.id) AS last_id FROM "
                              "(SELECT c.id FROM customers c WHERE %1 ORDER BY c.id "
                              "LIMIT :cap) m")
            .arg(condition());
    }
    if (cap > 0 && isCountCappable()) {
        return QStringLiteral("SELECT count(*) AS matches, max(customer_id) AS last_id FROM "
                              "(SELECT customer_id FROM customer_search_text "
                              "WHERE instr(search_key, :term) > 0 LIMIT :cap)");
    }
    // Every gram belongs to a stored customer, so counting the grams counts
    // the customers without reading them. A long text's customer counts once,
    // whether its grams or its whole text hold the term.
    if (strategy() == Strategy::ShortGram && isPostgresql()) {
        return QStringLiteral("SELECT count(*) AS matches FROM customer_search_grams g "
                              "WHERE g.gram = lower(:term)");
    }
    if (strategy() == Strategy::ShortGram) {
        return QStringLiteral(
                   "SELECT (SELECT count(*) FROM customer_search_grams g WHERE g.gram = :term) "
                   "+ (SELECT count(*) FROM customer_search_text s WHERE %1 "
                   "AND instr(s.search_key, :term) > 0 AND NOT EXISTS (SELECT 1 FROM "
                   "customer_search_grams g WHERE g.gram = :term AND g.customer_id = "
                   "s.customer_id)) AS matches")
            .arg(QLatin1String(LongTextCondition));
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
    if (m_searchText.toUcs4().size() >= TrigramLength)
        return Strategy::Trigram;
    for (const QChar character : m_searchText) {
        if (character.unicode() > 127)
            return Strategy::ShortGram;
    }
    return Strategy::ShortScan;
}

std::optional<ConnectionStatements::Use> CustomerListQuery::keptStatements() const
{
    if (isPostgresql())
        return std::nullopt;
    return std::optional<ConnectionStatements::Use>(std::in_place, m_db);
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
    if (isPostgresql() && chosen == Strategy::ShortGram) {
        return QStringLiteral("c.id IN (SELECT g.customer_id FROM customer_search_grams g "
                              "WHERE g.gram = lower(:term))");
    }
    if (isPostgresql())
        return searchedText() + QStringLiteral(" ILIKE :term ESCAPE '\\'");

    // The unary plus stops SQLite from looking the matches up by id and
    // sorting them all, so that it walks the list order instead.
    const QString id = walkInOrder ? QStringLiteral("+c.id") : QStringLiteral("c.id");

    // A Chinese term is one lookup in the grams. The few search texts too
    // long for the grams are found through their partial index and read
    // whole. While the walk goes, each customer costs one lookup.
    const QString longTexts
        = QStringLiteral("SELECT s.customer_id FROM customer_search_text s WHERE %1 "
                         "AND instr(s.search_key, :term) > 0")
              .arg(QLatin1String(LongTextCondition));
    if (chosen == Strategy::ShortGram && walkInOrder) {
        return QStringLiteral("(EXISTS (SELECT 1 FROM customer_search_grams g "
                              "WHERE g.gram = :term AND g.customer_id = c.id) "
                              "OR +c.id IN (%1))")
            .arg(longTexts);
    }
    if (chosen == Strategy::ShortGram) {
        return QStringLiteral("c.id IN (SELECT g.customer_id FROM customer_search_grams g "
                              "WHERE g.gram = :term UNION ALL %1)")
            .arg(longTexts);
    }

    // A short Latin term reads the whole search text table once per
    // statement. While the walk goes, its many matches are checked one
    // customer at a time, so that it stops at the page without reading every
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
        return isPostgresql() ? SearchTermFormat::containsPattern(m_searchText)
                              : SearchTermFormat::ftsPhrase(m_searchText);
    case Strategy::ShortGram:
        return isPostgresql() ? m_searchText : SearchTermFormat::asciiLower(m_searchText);
    case Strategy::ShortScan:
        return isPostgresql() ? SearchTermFormat::containsPattern(m_searchText)
                              : SearchTermFormat::asciiLower(m_searchText);
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
