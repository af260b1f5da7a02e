#include "installmentdraftmodel.h"

#include "dateformat.h"

#include <QBrush>
#include <QLocale>

InstallmentDraftModel::InstallmentDraftModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void InstallmentDraftModel::setInstallments(const QString &currency,
                                            const QList<QDate> &dueDates,
                                            const QList<Money> &amounts)
{
    Q_ASSERT(dueDates.size() == amounts.size());

    beginResetModel();
    m_currency = currency;
    m_rows.clear();
    for (qsizetype i = 0; i < dueDates.size() && i < amounts.size(); ++i)
        m_rows.append(Row{dueDates.at(i), amounts.at(i), QString(), QString()});
    endResetModel();
}

void InstallmentDraftModel::setDueDates(const QList<QDate> &dueDates)
{
    Q_ASSERT(dueDates.size() == m_rows.size());

    for (qsizetype i = 0; i < dueDates.size() && i < m_rows.size(); ++i)
        m_rows[i].dueDate = dueDates.at(i);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, DueDateColumn), index(int(m_rows.size()) - 1, DueDateColumn));
}

QDate InstallmentDraftModel::dueDate(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).dueDate : QDate();
}

std::optional<Money> InstallmentDraftModel::amount(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).amount : std::nullopt;
}

QString InstallmentDraftModel::amountError(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).error : QString();
}

std::optional<Money> InstallmentDraftModel::total() const
{
    Money sum(0, m_currency);
    for (const Row &row : m_rows) {
        if (!row.amount)
            return std::nullopt;
        const std::optional<Money> next = sum.plus(*row.amount);
        if (!next)
            return std::nullopt;
        sum = *next;
    }
    return sum;
}

void InstallmentDraftModel::retranslate()
{
    // An invalid text keeps what was typed, but its message is written
    // again in the new language.
    for (Row &row : m_rows) {
        if (!row.amount) {
            QString error;
            Money::parse(row.invalidText, m_currency, QLocale(), &error, Money::Range::Positive);
            row.error = error;
        }
    }
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

int InstallmentDraftModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int InstallmentDraftModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant InstallmentDraftModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return QVariant();

    const Row &row = m_rows.at(index.row());
    const QLocale locale;
    switch (index.column()) {
    case SeqColumn:
        if (role == Qt::DisplayRole)
            return locale.toString(index.row() + 1);
        if (role == Qt::TextAlignmentRole)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant();

    case DueDateColumn:
        // The edit role is a QDate, so the default delegate edits it with a
        // QDateEdit.
        if (role == Qt::DisplayRole)
            return formatDate(row.dueDate, locale);
        if (role == Qt::EditRole)
            return row.dueDate;
        return QVariant();

    case AmountColumn:
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return row.amount ? row.amount->format(locale) : row.invalidText;
        if (role == Qt::TextAlignmentRole)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        if (role == Qt::ForegroundRole && !row.amount)
            return QBrush(QColor(0xb0, 0x00, 0x20));
        if (role == Qt::ToolTipRole && !row.amount)
            return row.error;
        return QVariant();

    default:
        return QVariant();
    }
}

bool InstallmentDraftModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || index.row() >= m_rows.size() || role != Qt::EditRole)
        return false;

    Row &row = m_rows[index.row()];
    if (index.column() == DueDateColumn) {
        const QDate date = value.toDate();
        if (!date.isValid())
            return false;
        row.dueDate = date;
    } else if (index.column() == AmountColumn) {
        const QString text = value.toString();
        QString error;
        row.amount = Money::parse(text, m_currency, QLocale(), &error, Money::Range::Positive);
        row.invalidText = row.amount ? QString() : text;
        row.error = error;
    } else {
        return false;
    }
    emit dataChanged(index, index);
    return true;
}

Qt::ItemFlags InstallmentDraftModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == DueDateColumn || index.column() == AmountColumn)
        flags |= Qt::ItemIsEditable;
    return flags;
}

QVariant InstallmentDraftModel::headerData(int section, Qt::Orientation orientation,
                                           int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);

    switch (section) {
    case SeqColumn:
        return tr("No.");
    case DueDateColumn:
        return tr("Due Date");
    case AmountColumn:
        return tr("Amount");
    default:
        return QVariant();
    }
}
