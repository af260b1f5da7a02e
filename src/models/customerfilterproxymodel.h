#pragma once

#include <QList>
#include <QSortFilterProxyModel>

// Filters the customer list as the user types: a row matches when any of
// the search columns contains the search text, ignoring case. Substrings of
// Chinese names match like any other text.
class CustomerFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit CustomerFilterProxyModel(QObject *parent = nullptr);

    // Columns of the source model the search text is looked for in.
    void setSearchColumns(const QList<int> &columns);

    // Shows only the rows that contain text, or every row when text is
    // empty. Leading and trailing spaces are ignored.
    void setSearchText(const QString &text);
    QString searchText() const { return m_searchText; }

    void setSourceModel(QAbstractItemModel *sourceModel) override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    void fetchAllSourceRows();

    QMetaObject::Connection m_sourceResetConnection;
    QList<int> m_searchColumns;
    QString m_searchText;
};
