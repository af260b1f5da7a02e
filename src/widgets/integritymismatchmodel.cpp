#include "integritymismatchmodel.h"

#include "auditchain.h"

namespace {

// Hex digits of a hash that the table shows; the tooltip and the sentence
// below the table have all 64.
constexpr int ShownHashDigits = 16;

// Returns value for a table cell: a hash cut short, any other value as
// IntegrityMismatch::displayValue() writes it.
QString cellValue(const IntegrityMismatch &mismatch, const QString &value)
{
    if (AuditChain::isHash(value))
        return value.left(ShownHashDigits) + QStringLiteral("…");
    return mismatch.displayValue(value);
}

} // namespace

IntegrityMismatchModel::IntegrityMismatchModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void IntegrityMismatchModel::setMismatches(const QList<IntegrityMismatch> &mismatches)
{
    beginResetModel();
    m_mismatches = mismatches;
    endResetModel();
}

void IntegrityMismatchModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_mismatches.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int IntegrityMismatchModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_mismatches.size());
}

int IntegrityMismatchModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant IntegrityMismatchModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_mismatches.size())
        return QVariant();
    const IntegrityMismatch &mismatch = m_mismatches.at(index.row());

    if (role == Qt::ToolTipRole)
        return mismatch.description();
    if (role != Qt::DisplayRole)
        return QVariant();

    switch (Column(index.column())) {
    case ProblemColumn:
        return IntegrityMismatch::kindLabel(mismatch.kind);
    case RowColumn:
        return mismatch.rowLabel();
    case FieldColumn:
        return mismatch.column;
    case StoredColumn:
        return cellValue(mismatch, mismatch.stored);
    case ExpectedColumn:
        return cellValue(mismatch, mismatch.expected);
    case AuditColumn:
        return mismatch.auditId == 0 ? QString() : QString::number(mismatch.auditId);
    case ColumnCount:
        break;
    }
    return QVariant();
}

QVariant IntegrityMismatchModel::headerData(int section, Qt::Orientation orientation,
                                            int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);

    switch (Column(section)) {
    case ProblemColumn:
        return tr("Problem");
    case RowColumn:
        return tr("Record");
    case FieldColumn:
        return tr("Column");
    case StoredColumn:
        return tr("Stored Value");
    case ExpectedColumn:
        return tr("Expected Value");
    case AuditColumn:
        return tr("Audit Record");
    case ColumnCount:
        break;
    }
    return QVariant();
}
