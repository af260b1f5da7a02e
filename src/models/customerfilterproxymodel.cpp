#include "customerfilterproxymodel.h"

CustomerFilterProxyModel::CustomerFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    // Sort by the stored values, so the balance sorts as a number.
    setSortRole(Qt::EditRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
}

void CustomerFilterProxyModel::setSearchColumns(const QList<int> &columns)
{
    m_searchColumns = columns;
    invalidateFilter();
}

void CustomerFilterProxyModel::setSearchText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_searchText)
        return;

    m_searchText = trimmed;
    fetchAllSourceRows();
    invalidateFilter();
}

void CustomerFilterProxyModel::setSourceModel(QAbstractItemModel *sourceModel)
{
    disconnect(m_sourceResetConnection);

    QSortFilterProxyModel::setSourceModel(sourceModel);
    if (sourceModel) {
        m_sourceResetConnection = connect(sourceModel, &QAbstractItemModel::modelReset,
                                          this, &CustomerFilterProxyModel::fetchAllSourceRows);
    }
    fetchAllSourceRows();
}

bool CustomerFilterProxyModel::filterAcceptsRow(int sourceRow,
                                                const QModelIndex &sourceParent) const
{
    if (m_searchText.isEmpty())
        return true;

    for (int column : m_searchColumns) {
        const QModelIndex index = sourceModel()->index(sourceRow, column, sourceParent);
        if (index.data(Qt::EditRole).toString().contains(m_searchText, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

// NOTE: the search runs in memory over every customer, so it fetches every
// row of the source model first. A large database needs an indexed search
// in SQL instead (for example an SQLite FTS5 table).
void CustomerFilterProxyModel::fetchAllSourceRows()
{
    QAbstractItemModel *source = sourceModel();
    if (!source)
        return;

    while (source->canFetchMore(QModelIndex()))
        source->fetchMore(QModelIndex());
}
