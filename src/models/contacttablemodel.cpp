#include "contacttablemodel.h"

#include "dateformat.h"

ContactTableModel::ContactTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ContactTableModel::setContacts(const QList<ContactRecord> &contacts)
{
    beginResetModel();
    m_contacts = contacts;
    endResetModel();
}

void ContactTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_contacts.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int ContactTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_contacts.size());
}

int ContactTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ContactTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_contacts.size())
        return {};
    const ContactRecord &contact = m_contacts.at(index.row());

    switch (role) {
    case Qt::DisplayRole:
        // A note may have several lines; the row shows the first and the
        // tooltip all of them.
        if (index.column() == NoteColumn)
            return contact.note.section(QLatin1Char('\n'), 0, 0);
        return displayText(contact, index.column());
    case Qt::ToolTipRole:
        if (index.column() == ByColumn) {
            return tr("Recorded by %1 on %2")
                .arg(contact.createdBy, formatDateTime(contact.createdAt.toLocalTime()));
        }
        return displayText(contact, index.column());
    default:
        return {};
    }
}

QVariant ContactTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);

    switch (section) {
    case DateColumn:
        return tr("Date");
    case ItemColumn:
        return tr("About");
    case NoteColumn:
        return tr("Note");
    case ByColumn:
        return tr("Recorded By");
    default:
        return {};
    }
}

QString ContactTableModel::displayText(const ContactRecord &contact, int column) const
{
    switch (column) {
    case DateColumn:
        return formatDate(contact.contactedOn);
    case ItemColumn:
        return contact.itemText();
    case NoteColumn:
        return contact.note;
    case ByColumn:
        return contact.createdBy;
    default:
        return {};
    }
}
