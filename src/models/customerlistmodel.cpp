#include "customerlistmodel.h"

#include "customercounter.h"
#include "customertablemodel.h"
#include "databaserecovery.h"
#include "logging.h"
#include "money.h"

#include <QLocale>
#include <QTimer>

CustomerListModel::CustomerListModel(QSqlDatabase db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
    , m_query(db)
    , m_counter(new CustomerCounter(db, this))
{
    connect(m_counter, &CustomerCounter::counted, this, &CustomerListModel::completeCount);
}

void CustomerListModel::setSearchText(const QString &text)
{
    if (text.trimmed() == m_query.searchText())
        return;

    beginResetModel();
    m_query.setSearchText(text);
    m_pages.clear();
    m_recentPages.clear();
    count();
    endResetModel();
}

bool CustomerListModel::reload(FirstCount firstCount)
{
    beginResetModel();
    m_pages.clear();
    m_recentPages.clear();

    // See SqlListModel::prepare(): a connection that QPSQL closed opens first.
    QSqlError connectError;
    bool ok = DatabaseRecovery::prepareForRead(m_db, &connectError,
                                               DatabaseRecovery::Reader::View);
    if (!ok) {
        m_rowCount = 0;
        m_lastError = connectError.text();
        qCWarning(lcUi) << "Cannot read the customers, the connection is closed:" << m_lastError;
    } else {
        ok = count(firstCount);
    }
    endResetModel();
    return ok;
}

void CustomerListModel::refreshRows()
{
    m_pages.clear();
    m_recentPages.clear();
    if (m_rowCount > 0)
        emit dataChanged(index(0, 0), index(m_rowCount - 1, columnCount() - 1));
}

qint64 CustomerListModel::customerId(int row) const
{
    const CustomerListRow *customer = rowAt(row);
    return customer ? customer->id : 0;
}

int CustomerListModel::rowOfCustomer(qint64 id) const
{
    QSqlError error;
    const int row = m_query.position(id, &error);
    if (error.isValid())
        readFailed(error);
    return row < m_rowCount ? row : -1;
}

int CustomerListModel::cachedRowCount() const
{
    int rows = 0;
    for (const QList<CustomerListRow> &page : std::as_const(m_pages))
        rows += page.size();
    return rows;
}

void CustomerListModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    if (m_rowCount > 0) {
        emit dataChanged(index(0, CustomerListQuery::Balance),
                         index(m_rowCount - 1, CustomerListQuery::Balance));
    }
}

int CustomerListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rowCount;
}

int CustomerListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : CustomerListQuery::ColumnCount;
}

QVariant CustomerListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rowCount)
        return {};
    const bool balance = index.column() == CustomerListQuery::Balance;
    if (role == Qt::TextAlignmentRole)
        return balance ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    if (role != Qt::DisplayRole && role != Qt::EditRole && role != Qt::ToolTipRole)
        return {};

    const CustomerListRow *customer = rowAt(index.row());
    if (!customer)
        return {};
    switch (index.column()) {
    case CustomerListQuery::Code:
        return customer->code;
    case CustomerListQuery::CompanyName:
        return customer->companyName;
    case CustomerListQuery::ContactName:
        return customer->contactName;
    case CustomerListQuery::Phone:
        return customer->phone;
    case CustomerListQuery::Country:
        return customer->country;
    case CustomerListQuery::Balance:
        if (role == Qt::EditRole)
            return customer->balanceMinor;
        return Money(customer->balanceMinor, customer->currency).format(QLocale());
    default:
        return {};
    }
}

QVariant CustomerListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0
        && section < CustomerListQuery::ColumnCount) {
        return CustomerTableModel::columnTitle(
            CustomerListQuery::fieldName(CustomerListQuery::Column(section)));
    }
    return QAbstractTableModel::headerData(section, orientation, role);
}

void CustomerListModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= CustomerListQuery::ColumnCount)
        return;
    const auto sortColumn = CustomerListQuery::Column(column);
    if (sortColumn == m_query.sortColumn() && order == m_query.sortOrder())
        return;

    // A reset, not a layout change: the rows are read anew in the new order,
    // and the view sizes its columns again for them.
    beginResetModel();
    m_query.setSort(sortColumn, order);
    m_pages.clear();
    m_recentPages.clear();
    endResetModel();
}

const CustomerListRow *CustomerListModel::rowAt(int row) const
{
    if (row < 0 || row >= m_rowCount)
        return nullptr;

    const int pageNumber = row / PageSize;
    auto page = m_pages.constFind(pageNumber);
    if (page == m_pages.constEnd()) {
        QList<CustomerListRow> rows;
        QSqlError error;
        // Until the count is complete, the estimate chooses how the page is
        // read: a walk of the list order finds many matches soon, and a few
        // are quicker to look up and sort.
        const int matches = m_countComplete ? m_rowCount : m_estimatedMatches;
        if (!m_query.page(pageNumber * PageSize, PageSize, matches, &rows, &error)) {
            readFailed(error);
            return nullptr;
        }
        if (m_recentPages.size() >= CachedPages)
            m_pages.remove(m_recentPages.takeFirst());
        page = m_pages.insert(pageNumber, rows);
        m_recentPages.append(pageNumber);
    } else if (m_recentPages.constLast() != pageNumber) {
        m_recentPages.removeOne(pageNumber);
        m_recentPages.append(pageNumber);
    }

    const int offset = row % PageSize;
    return offset < page->size() ? &page->at(offset) : nullptr;
}

bool CustomerListModel::count(FirstCount firstCount)
{
    const int generation = ++m_countGeneration;
    m_countComplete = true;

    // Every customer is counted exactly unless asked otherwise: the index
    // is quick to read once it is cached, and the count does not flicker.
    const bool everyCustomer = m_query.searchText().isEmpty();
    const int cap = everyCustomer && firstCount == FirstCount::Exact ? 0 : FirstCountCap;
    QSqlError error;
    const int matches = m_query.count(&error, cap, &m_estimatedMatches);
    if (matches < 0) {
        m_rowCount = 0;
        readFailed(error);
        return false;
    }
    m_rowCount = matches;
    m_lastError.clear();

    // The full count reads every customer's search text or the whole index
    // of customers, so it runs in the background once typing pauses.
    if (cap > 0 && m_query.isCountCappable() && matches >= FirstCountCap) {
        m_countComplete = false;
        const QString searchText = m_query.searchText();
        QTimer::singleShot(CountDelayMs, this, [this, generation, searchText] {
            if (generation == m_countGeneration)
                m_counter->start(generation, searchText);
        });
    }
    return true;
}

void CustomerListModel::completeCount(int generation, int matches, const QString &error)
{
    if (generation != m_countGeneration || m_countComplete)
        return;

    // The background connection may fail where the window's works, for
    // example on an in-memory database, so the count falls back to it.
    if (matches < 0) {
        qCInfo(lcUi) << "Counting customers in the window after a background failure:" << error;
        QSqlError sqlError;
        matches = m_query.count(&sqlError);
        if (matches < 0) {
            m_countComplete = true;
            readFailed(sqlError);
            emit countCompleted();
            return;
        }
    }
    m_countComplete = true;
    if (matches > m_rowCount) {
        beginInsertRows(QModelIndex(), m_rowCount, matches - 1);
        m_rowCount = matches;
        endInsertRows();
    }
    emit countCompleted();
}

void CustomerListModel::readFailed(const QSqlError &error) const
{
    m_lastError = error.text();
    qCWarning(lcUi) << "Could not read the customer list:" << m_lastError;
    DatabaseRecovery::caught(m_db, error);
}
