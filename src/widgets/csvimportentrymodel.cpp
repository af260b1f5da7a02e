#include "csvimportentrymodel.h"

#include "csvimporttexts.h"

CsvImportEntryModel::CsvImportEntryModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void CsvImportEntryModel::setEntries(CsvImportKind kind, bool dryRun,
                                     const QList<CsvImportSummary::Entry> &entries)
{
    beginResetModel();
    m_kind = kind;
    m_dryRun = dryRun;
    m_entries = entries;
    endResetModel();
}

void CsvImportEntryModel::clear()
{
    beginResetModel();
    m_entries.clear();
    endResetModel();
}

void CsvImportEntryModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_entries.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

QString CsvImportEntryModel::toTabSeparatedText() const
{
    QStringList lines;
    for (int row = -1; row < rowCount(); ++row)
        lines << rowTexts(row).join(QLatin1Char('\t'));
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QStringList CsvImportEntryModel::rowTexts(int row) const
{
    QStringList cells;
    for (int column = 0; column < ColumnCount; ++column) {
        const QVariant value = row < 0 ? headerData(column, Qt::Horizontal)
                                       : data(index(row, column));
        // A tab or line break inside a message would split its cell.
        cells << value.toString().simplified();
    }
    return cells;
}

int CsvImportEntryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int CsvImportEntryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CsvImportEntryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return QVariant();
    const CsvImportSummary::Entry &entry = m_entries.at(index.row());

    if (role == Qt::TextAlignmentRole && index.column() == LineColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == MessageColumn)
        return entry.message;
    if (role != Qt::DisplayRole)
        return QVariant();

    switch (index.column()) {
    case LineColumn:
        // Line 0 is a problem with the whole file. Line numbers are shown
        // without digit grouping, as editors show them.
        return entry.line > 0 ? QString::number(entry.line) : QString();
    case StatusColumn:
        return CsvImportTexts::status(entry.status, m_dryRun);
    case FieldColumn:
        return CsvImportTexts::fieldLabel(m_kind, entry.field);
    case MessageColumn:
        return entry.message;
    default:
        return QVariant();
    }
}

QVariant CsvImportEntryModel::headerData(int section, Qt::Orientation orientation,
                                         int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);

    switch (section) {
    case LineColumn:
        return tr("Line");
    case StatusColumn:
        return tr("Status");
    case FieldColumn:
        return tr("Field");
    case MessageColumn:
        return tr("Message");
    default:
        return QVariant();
    }
}
