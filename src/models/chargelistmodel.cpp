#include "chargelistmodel.h"

#include "chargestatus.h"
#include "databaserecovery.h"
#include "dateformat.h"
#include "logging.h"
#include "money.h"

#include <QBrush>
#include <QDateTime>
#include <QLocale>

ChargeListModel::ChargeListModel(QSqlDatabase db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(std::move(db))
{
}

void ChargeListModel::setCustomer(qint64 customerId)
{
    m_customerId = customerId;
    refresh();
}

void ChargeListModel::refresh()
{
    beginResetModel();
    m_pages.clear();
    m_recentPages.clear();
    m_rowCount = 0;
    m_lastError = QSqlError();

    // See SqlListModel::prepare(): a connection that QPSQL closed opens first.
    QSqlError error;
    if (m_customerId != 0
        && !DatabaseRecovery::prepareForRead(m_db, &error, DatabaseRecovery::Reader::View)) {
        m_lastError = error;
        qCWarning(lcUi) << "Cannot read the charges of customer" << m_customerId
                        << ", the connection is closed:" << error.text();
    } else if (m_customerId != 0) {
        const int charges = ChargeListQuery(m_db, currentUiLanguage()).count(m_customerId, &error);
        if (charges < 0)
            readFailed(error);
        else
            m_rowCount = charges;
    }

    // The view requests the first rows as soon as it shows them, so they
    // are read with the count.
    if (m_rowCount > 0)
        rowAt(0);
    endResetModel();
}

void ChargeListModel::retranslate()
{
    refresh();
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

qint64 ChargeListModel::chargeId(int row) const
{
    const ChargeListRow *charge = rowAt(row);
    return charge ? charge->id : 0;
}

int ChargeListModel::rowOfCharge(qint64 chargeId) const
{
    if (m_customerId == 0 || chargeId == 0)
        return -1;
    QSqlError error;
    const int row = ChargeListQuery(m_db, currentUiLanguage())
                        .position(m_customerId, chargeId, &error);
    if (error.isValid())
        readFailed(error);
    return row < m_rowCount ? row : -1;
}

bool ChargeListModel::isPosted(int row) const
{
    const ChargeListRow *charge = rowAt(row);
    return charge && charge->status == QLatin1String("posted");
}

bool ChargeListModel::isOpen(int row) const
{
    const ChargeListRow *charge = rowAt(row);
    return charge && charge->status == QLatin1String("posted")
           && charge->paidMinor < charge->amountMinor;
}

bool ChargeListModel::hasPayments(int row) const
{
    const ChargeListRow *charge = rowAt(row);
    return charge && charge->paidMinor > 0;
}

int ChargeListModel::cachedRowCount() const
{
    int rows = 0;
    for (const QList<ChargeListRow> &page : std::as_const(m_pages))
        rows += page.size();
    return rows;
}

int ChargeListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rowCount;
}

int ChargeListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ChargeListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rowCount || index.column() >= ColumnCount)
        return {};

    const int column = index.column();
    if (role == Qt::TextAlignmentRole) {
        const bool money = column == Amount || column == Paid;
        return money ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    }
    if (role != Qt::DisplayRole && role != Qt::EditRole && role != Qt::ToolTipRole
        && role != Qt::ForegroundRole) {
        return {};
    }

    const ChargeListRow *charge = rowAt(index.row());
    if (!charge)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return displayText(*charge, column);
    case Qt::EditRole:
        return storedValue(*charge, column);
    case Qt::ToolTipRole:
        return toolTip(*charge, column);
    default:
        return charge->status == QLatin1String("posted") ? QVariant() : QBrush(Qt::gray);
    }
}

QVariant ChargeListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);

    switch (section) {
    case Number:
        return tr("No.");
    case BillNo:
        return tr("Bill No.");
    case FeeType:
        return tr("Fee Type");
    case Amount:
        return tr("Amount");
    case Paid:
        return tr("Paid");
    case Status:
        return tr("Status");
    case Reason:
        return tr("Reason");
    case Note:
        return tr("Note");
    case PaymentMethod:
        return tr("Payment Method");
    case DueDate:
        return tr("Due");
    case EnteredBy:
        return tr("Entered By");
    case EnteredAt:
        return tr("Entered At");
    case VoidReason:
        return tr("Void Reason");
    default:
        return QAbstractTableModel::headerData(section, orientation, role);
    }
}

const ChargeListRow *ChargeListModel::rowAt(int row) const
{
    if (row < 0 || row >= m_rowCount)
        return nullptr;

    const int pageNumber = row / PageSize;
    auto page = m_pages.constFind(pageNumber);
    if (page == m_pages.constEnd()) {
        QList<ChargeListRow> rows;
        QSqlError error;
        if (!ChargeListQuery(m_db, currentUiLanguage())
                 .page(m_customerId, pageNumber * PageSize, PageSize, &rows, &error)) {
            readFailed(error);
            return nullptr;
        }
        if (m_recentPages.size() >= CachedPages)
            m_pages.remove(m_recentPages.takeFirst());
        page = m_pages.insert(pageNumber, rows);
        m_recentPages.append(pageNumber);
    } else if (m_recentPages.constLast() != pageNumber) {
        m_recentPages.removeOne(pageNumber);
        m_recentPages.append(pageNumber);
    }

    const int offset = row % PageSize;
    return offset < page->size() ? &page->at(offset) : nullptr;
}

QVariant ChargeListModel::displayText(const ChargeListRow &charge, int column) const
{
    switch (column) {
    case BillNo:
        return charge.billNo.isNull() ? tr("On account") : charge.billNo;
    case Amount:
        return Money(charge.amountMinor, charge.currency).format(QLocale());
    case Paid:
        return Money(charge.paidMinor, charge.currency).format(QLocale());
    case Status:
        return ChargeStatusText::label(
            ChargeStatusText::of(charge.amountMinor, charge.paidMinor, charge.status));
    case DueDate: {
        const QDate date = QDate::fromString(charge.dueDate, Qt::ISODate);
        return date.isValid() ? formatDate(date) : charge.dueDate;
    }
    case EnteredAt: {
        const QDateTime utc = QDateTime::fromString(charge.createdAt, Qt::ISODateWithMs);
        return utc.isValid() ? formatDateTime(utc) : charge.createdAt;
    }
    default:
        return storedValue(charge, column);
    }
}

QVariant ChargeListModel::storedValue(const ChargeListRow &charge, int column) const
{
    switch (column) {
    case Number:
        return charge.id;
    case BillNo:
        return charge.billNo;
    case FeeType:
        return charge.feeType;
    case Amount:
        return charge.amountMinor;
    case Paid:
        return charge.paidMinor;
    case Status:
        return charge.status;
    case Reason:
        return charge.reason;
    case Note:
        return charge.note;
    case PaymentMethod:
        return charge.paymentMethod;
    case DueDate:
        return charge.dueDate;
    case EnteredBy:
        return charge.createdBy;
    case EnteredAt:
        return charge.createdAt;
    case VoidReason:
        return charge.voidReason;
    default:
        return {};
    }
}

QVariant ChargeListModel::toolTip(const ChargeListRow &charge, int column) const
{
    if (column != Note && column != VoidReason)
        return {};

    // Qt shows a tooltip that looks like HTML as rich text, so user text is
    // escaped inside a paragraph that keeps its spaces and line breaks.
    const auto paragraph = [](const QString &text) {
        return QStringLiteral("<p style=\"white-space:pre-wrap\">%1</p>").arg(text.toHtmlEscaped());
    };
    QString tooltip;
    const QString &text = column == Note ? charge.note : charge.voidReason;
    if (!text.isEmpty())
        tooltip += paragraph(text);

    // The note that acknowledged possible duplicates belongs with the
    // charge's own note.
    if (column == Note && !charge.duplicateAcknowledgement.isEmpty()) {
        tooltip += paragraph(
            tr("Duplicate acknowledgement: %1").arg(charge.duplicateAcknowledgement));
    }
    return tooltip.isEmpty() ? QVariant() : QVariant(tooltip);
}

void ChargeListModel::readFailed(const QSqlError &error) const
{
    m_lastError = error;
    qCWarning(lcUi) << "Could not read the charges of customer" << m_customerId << ":"
                    << error.text();
    DatabaseRecovery::caught(m_db, error);
}
