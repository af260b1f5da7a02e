#pragma once

#include "customerlistmodel.h"
#include "customerlistquery.h"

#include <QAbstractListModel>
#include <QList>
#include <QSqlDatabase>

#include <functional>

// The first matches of a customer search, as a short list for a completer's
// pop-up. A CustomerListModel searches in SQL and reads only the first page,
// so a search costs the same with a hundred customers or a hundred thousand.
// Typing more narrows a search with more matches than MaxRows.
class CustomerSuggestionModel : public QAbstractListModel
{
    Q_OBJECT

public:
    // Rows listed at most: one page of the customer list.
    static constexpr int MaxRows = CustomerListModel::PageSize;

    enum Role {
        CustomerIdRole = Qt::UserRole,
        // The code, company name, contact name and phone, one per line: the
        // fields the search matched, for a completer to filter on.
        SearchTextRole,
    };

    // Lists customers of db by company name. Nothing is read until
    // setSearchText().
    explicit CustomerSuggestionModel(QSqlDatabase db, QObject *parent = nullptr);

    // Sets how a customer reads in the list (Qt::DisplayRole). Without it,
    // the list shows the company name.
    void setLabeler(std::function<QString(const CustomerListRow &)> labeler);

    // Lists the first customers whose code, company name, contact name or
    // phone contains text (every customer for an empty text). Returns false
    // when the database could not be read; the list is then empty and
    // lastError() names the problem.
    bool setSearchText(const QString &text);
    QString lastError() const { return m_lastError; }

    // Returns the customer in row, or one with id 0.
    CustomerListRow customer(int row) const;

    // The number of customers the search matches, of which rowCount() are
    // listed. A one- or two-letter search counts up to a cap at first (see
    // CustomerListModel::FirstCountCap).
    int matchCount() const;

    // Rows the search model keeps in memory, at most a page or two.
    int cachedRowCount() const;

    // Writes the labels again, e.g. after the UI language changed.
    void relabel();

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    CustomerListModel *m_customers = nullptr;
    std::function<QString(const CustomerListRow &)> m_labeler;
    QList<CustomerListRow> m_rows;
    QString m_lastError;
    bool m_searched = false;
};
