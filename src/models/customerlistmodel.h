#pragma once

#include "customerlistquery.h"

class CustomerCounter;

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

// The customer list (客户管理) as a read-only table that contains only the
// pages the view shows. It counts the customers the search matches, reads
// a page of them when the view first requests one of its rows, and keeps
// the most recently used pages. Sorting and searching happen in SQL (see
// CustomerListQuery). The detail form edits a customer through
// CustomerTableModel instead.
class CustomerListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    // Rows read by one query, and pages kept at most.
    static constexpr int PageSize = 100;
    static constexpr int CachedPages = 20;

    // The count of a one- or two-letter search stops here at first, so that
    // the first page paints without reading every customer. The exact count
    // runs in a thread of its own (CustomerCounter). It starts CountDelayMs
    // later, so that fast typing does not start a count per key. See
    // isCountComplete().
    static constexpr int FirstCountCap = PageSize + 1;
    static constexpr int CountDelayMs = 30;

    explicit CustomerListModel(QSqlDatabase db, QObject *parent = nullptr);

    // Shows the customers whose code, company name, contact name or phone
    // contains text, ignoring case; all customers for an empty text.
    void setSearchText(const QString &text);
    QString searchText() const { return m_query.searchText(); }

    // The count of every customer that reload() makes: exact, or up to
    // FirstCountCap with the exact count in the background, as for a short
    // search. A window's first paint needs the latter, because the exact
    // count reads a whole index from disk.
    enum class FirstCount { Exact, UpToCap };

    // Counts the customers again and drops the pages read, for example
    // after an import. Returns false when the database could not be read.
    // The list is then empty and lastError() names the problem.
    bool reload(FirstCount firstCount = FirstCount::Exact);
    QString lastError() const { return m_lastError; }

    // Forgets the pages read, so that a customer whose balance changed is
    // read again when shown. The number of rows stays.
    void refreshRows();

    // False while rowCount() is FirstCountCap and the exact count is still
    // to come; countCompleted() is emitted when it is known.
    bool isCountComplete() const { return m_countComplete; }

    // The id of the customer in row, or 0.
    qint64 customerId(int row) const;

    // The row of customer id, or -1 when the search does not show it.
    int rowOfCustomer(qint64 id) const;

    // Rows held in memory, at most PageSize * CachedPages.
    int cachedRowCount() const;

    // Re-titles the columns and reformats the balances after the UI language
    // changed.
    void retranslate();

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

signals:
    void countCompleted();

private:
    // The customer in row, reading its page when needed; nullptr when the
    // page could not be read.
    const CustomerListRow *rowAt(int row) const;

    // Counts the matches into m_rowCount, capped for a short term; reports a
    // failure.
    bool count(FirstCount firstCount = FirstCount::Exact);

    // Adds the rows past the cap when the full count of count() number
    // generation arrives, unless the search changed since. A failed count
    // in the background is done again here.
    void completeCount(int generation, int matches, const QString &error);
    void readFailed(const QSqlError &error) const;

    QSqlDatabase m_db;
    CustomerListQuery m_query;
    int m_rowCount = 0;
    bool m_countComplete = true;
    int m_estimatedMatches = 0; // while the count is not complete
    int m_countGeneration = 0;
    CustomerCounter *m_counter = nullptr;
    mutable QString m_lastError;
    mutable QHash<int, QList<CustomerListRow>> m_pages;
    mutable QList<int> m_recentPages; // most recently used last
};
