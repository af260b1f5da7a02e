#pragma once

#include "chargelistquery.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QSqlError>

// The charges of one customer, newest first, as a read-only table that
// contains only the pages the view shows. It counts the customer's charges
// and reads the first page at once, any other page when the view first
// requests one of its rows, and keeps the most recently used pages (see
// ChargeListQuery). Fee type, reason and payment method are labelled in
// the UI language. Each row shows the amount paid and the payment status
// (未付, 部分回款, 已结清 or 已作废), who entered the charge, when (local
// time) and the reason of a void. Void rows are shown greyed out.
class ChargeListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    // Rows read by one query, and pages kept at most.
    static constexpr int PageSize = 100;
    static constexpr int CachedPages = 20;

    // The columns, in the order shown.
    enum Column {
        Number,
        BillNo,
        FeeType,
        Amount,
        Paid,
        Status,
        Reason,
        Note,
        PaymentMethod,
        DueDate,
        EnteredBy,
        EnteredAt,
        VoidReason,
        ColumnCount
    };

    explicit ChargeListModel(QSqlDatabase db, QObject *parent = nullptr);

    // Shows the charges of customerId, or none when it is 0.
    void setCustomer(qint64 customerId);
    qint64 customerId() const { return m_customerId; }

    // Counts the charges again and drops the pages read, for example after
    // a charge was written. On failure the list is empty and lastError()
    // names the problem.
    void refresh();

    // Reads the labels again and re-titles the columns after the UI
    // language changed.
    void retranslate();

    // The last read failure, or an invalid error.
    QSqlError lastError() const { return m_lastError; }

    // Returns the id of the charge in row, or 0.
    qint64 chargeId(int row) const;

    // Returns the row of chargeId, or -1.
    int rowOfCharge(qint64 chargeId) const;

    // Returns true if the charge in row is posted, that is, may be voided.
    bool isPosted(int row) const;

    // Returns true if the charge in row is posted and not paid in full, so
    // a payment may be recorded for it.
    bool isOpen(int row) const;

    // Returns true if the charge in row has a posted payment, so it cannot
    // be voided until the payments are reversed.
    bool hasPayments(int row) const;

    // Rows held in memory, at most PageSize * CachedPages.
    int cachedRowCount() const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    // Returns the charge in row, reading its page when needed, or nullptr
    // when the page could not be read.
    const ChargeListRow *rowAt(int row) const;

    QVariant displayText(const ChargeListRow &charge, int column) const;
    QVariant storedValue(const ChargeListRow &charge, int column) const;
    QVariant toolTip(const ChargeListRow &charge, int column) const;
    void readFailed(const QSqlError &error) const;

    QSqlDatabase m_db;
    qint64 m_customerId = 0;
    int m_rowCount = 0;
    mutable QSqlError m_lastError;
    mutable QHash<int, QList<ChargeListRow>> m_pages;
    mutable QList<int> m_recentPages; // most recently used last
};
