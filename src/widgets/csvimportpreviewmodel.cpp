#include "csvimportpreviewmodel.h"

#include "csvimporttexts.h"

CsvImportPreviewModel::CsvImportPreviewModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void CsvImportPreviewModel::setPreview(const CsvImportPreview &preview)
{
    beginResetModel();
    m_kind = preview.mapping.kind();
    m_targets.clear();
    m_fileColumns.clear();
    for (const CsvColumnMapping::Target &target : CsvColumnMapping::targets(m_kind)) {
        if (preview.mapping.isMapped(target.name)) {
            m_targets << target.name;
            m_fileColumns << preview.mapping.column(target.name);
        }
    }
    m_rows = preview.rows;
    endResetModel();
}

void CsvImportPreviewModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
}

int CsvImportPreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CsvImportPreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_targets.size()) + 1;
}

QVariant CsvImportPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return QVariant();
    const CsvImportFile::Row &row = m_rows.at(index.row());

    if (index.column() == 0) {
        if (role == Qt::TextAlignmentRole)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return role == Qt::DisplayRole ? QString::number(row.line) : QVariant();
    }

    // A long value is elided in its cell and shown whole in the tooltip.
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return QVariant();
    return row.fields.value(m_fileColumns.value(index.column() - 1, -1));
}

QVariant CsvImportPreviewModel::headerData(int section, Qt::Orientation orientation,
                                           int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == 0)
        return tr("Line");
    return CsvImportTexts::fieldLabel(m_kind, m_targets.value(section - 1));
}
