#include "sqllistmodel.h"

#include "databaserecovery.h"
#include "dateformat.h"
#include "logging.h"
#include "money.h"

#include <QDateTime>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

SqlListModel::SqlListModel(QSqlDatabase db, QObject *parent)
    : QSqlQueryModel(parent)
    , m_db(std::move(db))
{
}

void SqlListModel::retranslate()
{
    refresh();
    if (columnCount() > 0)
        emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
}

QList<int> SqlListModel::hiddenColumns() const
{
    QList<int> columns;
    const QSqlRecord fields = record();
    for (const QString &field : m_hiddenFields) {
        const int column = fields.indexOf(field);
        if (column >= 0)
            columns.append(column);
    }
    return columns;
}

QVariant SqlListModel::fieldValue(int row, const QString &field) const
{
    const int column = record().indexOf(field);
    if (row < 0 || row >= rowCount() || column < 0)
        return QVariant();
    return QSqlQueryModel::data(index(row, column), Qt::EditRole);
}

QVariant SqlListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return QVariant();

    const QString field = record().fieldName(index.column());
    const bool numeric = m_moneyFields.contains(field) || m_numberFields.contains(field);

    if (role == Qt::TextAlignmentRole && numeric)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);

    if (role != Qt::DisplayRole)
        return QSqlQueryModel::data(index, role);

    const QVariant special = displayText(index.row(), field);
    if (special.isValid())
        return special;

    const QVariant value = QSqlQueryModel::data(index, Qt::EditRole);
    if (m_moneyFields.contains(field) && !value.isNull()) {
        const QString currency = fieldValue(index.row(), QStringLiteral("currency")).toString();
        return Money(value.toLongLong(), currency).format(QLocale());
    }
    if (m_numberFields.contains(field) && !value.isNull())
        return QLocale().toString(value.toLongLong());
    if (m_timestampFields.contains(field) && !value.isNull()) {
        const QDateTime utc = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
        if (utc.isValid())
            return formatDateTime(utc);
    }
    if (m_dateFields.contains(field) && !value.isNull()) {
        const QDate date = QDate::fromString(value.toString(), Qt::ISODate);
        if (date.isValid())
            return formatDate(date);
    }
    return value;
}

QVariant SqlListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole) {
        const QString field = record().fieldName(section);
        if (!field.isEmpty())
            return columnTitle(field);
    }
    return QSqlQueryModel::headerData(section, orientation, role);
}

QVariant SqlListModel::displayText(int row, const QString &field) const
{
    Q_UNUSED(row)
    Q_UNUSED(field)
    return QVariant();
}

bool SqlListModel::prepare(QSqlQuery &query, const QString &statement)
{
    // QPSQL fails every query on a connection that it closed after the
    // server ended it, without an error text, so it is opened again first.
    QSqlError connectError;
    if (!DatabaseRecovery::prepareForRead(m_db, &connectError,
                                          DatabaseRecovery::Reader::View)) {
        qCWarning(lcUi) << metaObject()->className() << "cannot read, the connection is closed:"
                        << connectError.text();
        clear();
        setLastError(connectError);
        return false;
    }

    if (query.prepare(statement))
        return true;

    qCWarning(lcUi) << metaObject()->className() << "could not prepare its query:"
                    << query.lastError().text();
    clear();
    setLastError(query.lastError());

    // A lost connection is opened again at once. ConnectionReopenNotifier
    // announces that, and the window reads its lists again.
    DatabaseRecovery::caught(m_db, query.lastError());
    return false;
}

bool SqlListModel::execute(QSqlQuery &query)
{
    if (!query.exec()) {
        qCWarning(lcUi) << metaObject()->className() << "query failed:"
                        << query.lastError().text();
        clear();
        setLastError(query.lastError());
        DatabaseRecovery::caught(m_db, query.lastError());
        return false;
    }
    setQuery(std::move(query));

    // Reading every row lets SQLite finish and reset the statement, so the
    // shared connection keeps no read snapshot open while the service writes.
    while (canFetchMore())
        fetchMore();
    return true;
}

void SqlListModel::setMoneyFields(const QStringList &fields)
{
    m_moneyFields = QSet<QString>(fields.cbegin(), fields.cend());
}

void SqlListModel::setNumberFields(const QStringList &fields)
{
    m_numberFields = QSet<QString>(fields.cbegin(), fields.cend());
}

void SqlListModel::setTimestampFields(const QStringList &fields)
{
    m_timestampFields = QSet<QString>(fields.cbegin(), fields.cend());
}

void SqlListModel::setDateFields(const QStringList &fields)
{
    m_dateFields = QSet<QString>(fields.cbegin(), fields.cend());
}
