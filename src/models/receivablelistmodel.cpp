#include "receivablelistmodel.h"

#include "dateformat.h"

#include <QBrush>
#include <QLocale>

ReceivableListModel::ReceivableListModel(QSqlDatabase db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(std::move(db))
{
}

void ReceivableListModel::setCustomer(qint64 customerId)
{
    m_customerId = customerId;
    refresh();
}

bool ReceivableListModel::refresh()
{
    beginResetModel();
    m_items.clear();
    m_lastError.clear();
    if (m_customerId != 0)
        m_items = ReceivableQuery(m_db).ofCustomer(m_customerId, &m_lastError);
    endResetModel();
    return m_lastError.isEmpty();
}

void ReceivableListModel::retranslate()
{
    // The fee type labels come from the query in the UI language.
    refresh();
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

Receivable ReceivableListModel::item(int row) const
{
    if (row < 0 || row >= m_items.size())
        return {};
    return m_items.at(row);
}

int ReceivableListModel::rowOf(qint64 billId, qint64 chargeId) const
{
    for (int row = 0; row < m_items.size(); ++row) {
        const Receivable &item = m_items.at(row);
        const bool match = chargeId != 0
                               ? item.chargeId == chargeId
                               : item.kind == Receivable::Kind::BillLines && item.billId == billId;
        if (match)
            return row;
    }
    return -1;
}

int ReceivableListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int ReceivableListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReceivableListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_items.size())
        return QVariant();

    const Receivable &item = m_items.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayText(item, column);
    case Qt::TextAlignmentRole:
        if (column == AmountColumn || column == PaidColumn || column == OpenColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant();
    case Qt::ForegroundRole:
        if (item.status() == ChargeStatus::Settled)
            return QBrush(Qt::gray);
        return QVariant();
    default:
        return QVariant();
    }
}

QVariant ReceivableListModel::displayText(const Receivable &item, int column) const
{
    const QLocale locale;
    switch (column) {
    case ItemColumn:
        return ReceivableQuery::describe(item);
    case DueColumn:
        return formatDate(item.dueDate, locale);
    case AmountColumn:
        return item.amount.format(locale);
    case PaidColumn:
        return item.paid.format(locale);
    case OpenColumn:
        return item.open().format(locale);
    case StatusColumn:
        return ChargeStatusText::label(item.status());
    case PlanColumn:
        //: Shown for a charge that is paid by an installment plan (分期).
        return item.hasActivePlan ? tr("Installments") : QString();
    default:
        return QVariant();
    }
}

QVariant ReceivableListModel::headerData(int section, Qt::Orientation orientation,
                                         int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);

    switch (section) {
    case ItemColumn:
        return tr("Item");
    case DueColumn:
        return tr("Due");
    case AmountColumn:
        return tr("Amount");
    case PaidColumn:
        return tr("Paid");
    case OpenColumn:
        return tr("Open");
    case StatusColumn:
        return tr("Status");
    case PlanColumn:
        return tr("Plan");
    default:
        return QVariant();
    }
}
