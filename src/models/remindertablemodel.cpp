#include "remindertablemodel.h"

#include "dateformat.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

ReminderTableModel::ReminderTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ReminderTableModel::setItems(const QList<ReminderItem> &items)
{
    beginResetModel();
    m_items = items;
    endResetModel();
}

int ReminderTableModel::rowOf(OpenItem::Kind kind, qint64 id) const
{
    for (int row = 0; row < m_items.size(); ++row) {
        if (m_items.at(row).item.kind == kind && m_items.at(row).item.id == id)
            return row;
    }
    return -1;
}

void ReminderTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_items.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int ReminderTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int ReminderTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReminderTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_items.size())
        return {};
    const ReminderItem &item = m_items.at(index.row());

    switch (role) {
    case Qt::DisplayRole:
        return displayText(item, index.column());
    case Qt::ToolTipRole:
        if (index.column() == CustomerColumn)
            return tr("%1 (%2)").arg(item.item.customerName, item.item.customerCode);
        return displayText(item, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() == OpenAmountColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        // Dark red stays readable on the light and the alternate row colour.
        if (item.step == ReminderStep::Overdue && index.column() == StepColumn)
            return QBrush(QColor(0xb0, 0x1c, 0x1c));
        return {};
    default:
        return {};
    }
}

QVariant ReminderTableModel::headerData(int section, Qt::Orientation orientation,
                                        int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);

    switch (section) {
    case CustomerColumn:
        return tr("Customer");
    case ItemColumn:
        return tr("Item");
    case DueDateColumn:
        return tr("Due Date");
    case StepColumn:
        return tr("Status");
    case OpenAmountColumn:
        return tr("Open Amount");
    default:
        return {};
    }
}

QString ReminderTableModel::displayText(const ReminderItem &item, int column) const
{
    switch (column) {
    case CustomerColumn:
        return item.item.customerName;
    case ItemColumn:
        return item.description();
    case DueDateColumn:
        return formatDate(item.item.dueDate);
    case StepColumn:
        return item.stepText();
    case OpenAmountColumn:
        return item.item.open.format(QLocale());
    default:
        return {};
    }
}
