#include "chargetablemodel.h"

#include "dateformat.h"
#include "logging.h"
#include "lookuprepository.h"
#include "money.h"

#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlRecord>

namespace {

// Sets *table to the lookup table behind a code column. Returns false for a
// column without lookup codes.
bool lookupTableOf(const QString &column, LookupRepository::Table *table)
{
    if (column == QLatin1String("fee_type_code")) {
        *table = LookupRepository::Table::FeeTypes;
        return true;
    }
    if (column == QLatin1String("reason_code")) {
        *table = LookupRepository::Table::ChargeReasons;
        return true;
    }
    if (column == QLatin1String("payment_method_code")) {
        *table = LookupRepository::Table::PaymentMethods;
        return true;
    }
    return false;
}

QString formatTimestamp(const QVariant &value)
{
    const QDateTime utc = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    if (!utc.isValid())
        return value.toString();
    return formatDateTime(utc);
}

} // namespace

ChargeTableModel::ChargeTableModel(QObject *parent, const QSqlDatabase &db)
    : QSqlTableModel(parent, db)
{
    setEditStrategy(QSqlTableModel::OnManualSubmit);
    setTable(QStringLiteral("charges"));
}

void ChargeTableModel::setCustomerFilter(qint64 customerId)
{
    if (customerId == 0) {
        setFilter(QString());
        return;
    }

    // QSqlTableModel takes its filter as SQL text, so no value can be bound.
    // The only value here is an integer formatted by QString::arg(), which
    // cannot carry SQL.
    const QString column = database().driver()->escapeIdentifier(
        QStringLiteral("customer_id"), QSqlDriver::FieldName);
    setFilter(QStringLiteral("%1 = %2").arg(column).arg(customerId));
}

QVariant ChargeTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};

    const QString column = record().fieldName(index.column());
    if (role == Qt::TextAlignmentRole && column == QLatin1String("amount_minor"))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::DisplayRole)
        return displayValue(index);
    return QSqlTableModel::data(index, role);
}

QVariant ChargeTableModel::displayValue(const QModelIndex &index) const
{
    const QVariant value = QSqlTableModel::data(index, Qt::EditRole);
    if (value.isNull())
        return value;

    const QString column = record().fieldName(index.column());
    if (column == QLatin1String("amount_minor")) {
        const int currencyColumn = fieldIndex(QStringLiteral("currency"));
        const QString currency = QSqlTableModel::data(index.siblingAtColumn(currencyColumn),
                                                      Qt::EditRole).toString();
        if (currency.isEmpty())
            return value;
        return Money(value.toLongLong(), currency).format(QLocale());
    }

    LookupRepository::Table table;
    if (lookupTableOf(column, &table))
        return lookupLabel(table, value.toString());

    if (column == QLatin1String("status")) {
        const QString status = value.toString();
        if (status == QLatin1String("posted"))
            return tr("Posted");
        if (status == QLatin1String("void"))
            return tr("Void");
        return status;
    }

    if (column == QLatin1String("due_date")) {
        const QDate date = QDate::fromString(value.toString(), Qt::ISODate);
        return date.isValid() ? formatDate(date) : value.toString();
    }

    if (column == QLatin1String("created_at") || column == QLatin1String("voided_at"))
        return formatTimestamp(value);

    return value;
}

QString ChargeTableModel::lookupLabel(LookupRepository::Table table, const QString &code) const
{
    const UiLanguage language = currentUiLanguage();
    if (!m_labelsLoaded || language != m_labelLanguage)
        loadLabels(language);

    QHash<QString, QString> &labels = m_labels[int(table)];
    const auto found = labels.constFind(code);
    if (found != labels.constEnd())
        return found.value();

    // Inactive codes are missing from entries() but may still label old
    // charges; LookupRepository::label() falls back to the code itself.
    const QString label = LookupRepository(database()).label(table, code, language);
    labels.insert(code, label);
    return label;
}

void ChargeTableModel::loadLabels(UiLanguage language) const
{
    m_labels.clear();
    m_labelLanguage = language;
    m_labelsLoaded = true;

    // One query per lookup table and language instead of one per cell.
    const LookupRepository repository(database());
    const LookupRepository::Table tables[] = {LookupRepository::Table::FeeTypes,
                                              LookupRepository::Table::ChargeReasons,
                                              LookupRepository::Table::PaymentMethods};
    for (const LookupRepository::Table table : tables) {
        QString error;
        const QList<LookupRepository::Entry> entries = repository.entries(table, language, &error);
        if (!error.isEmpty()) {
            qCWarning(lcUi) << "Could not load the labels of" << LookupRepository::tableName(table)
                            << ":" << error << "; showing codes";
        }
        QHash<QString, QString> &labels = m_labels[int(table)];
        for (const LookupRepository::Entry &entry : entries)
            labels.insert(entry.code, entry.label);
    }
}

QVariant ChargeTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QSqlTableModel::headerData(section, orientation, role);

    const QString column = record().fieldName(section);
    if (column == QLatin1String("id"))
        return tr("ID");
    if (column == QLatin1String("request_key"))
        return tr("Request key");
    if (column == QLatin1String("customer_id"))
        return tr("Customer");
    if (column == QLatin1String("bill_id"))
        return tr("Bill");
    if (column == QLatin1String("fee_type_code"))
        return tr("Fee type");
    if (column == QLatin1String("amount_minor"))
        return tr("Amount");
    if (column == QLatin1String("currency"))
        return tr("Currency");
    if (column == QLatin1String("reason_code"))
        return tr("Reason");
    if (column == QLatin1String("note"))
        return tr("Note");
    if (column == QLatin1String("payment_method_code"))
        return tr("Payment method");
    if (column == QLatin1String("due_date"))
        return tr("Due date");
    if (column == QLatin1String("status"))
        return tr("Status");
    if (column == QLatin1String("duplicate_ack_note"))
        return tr("Duplicate acknowledgement");
    if (column == QLatin1String("created_by"))
        return tr("Entered by");
    if (column == QLatin1String("created_at"))
        return tr("Entered at");
    if (column == QLatin1String("voided_by"))
        return tr("Voided by");
    if (column == QLatin1String("voided_at"))
        return tr("Voided at");
    if (column == QLatin1String("void_reason"))
        return tr("Void reason");
    return QSqlTableModel::headerData(section, orientation, role);
}

void ChargeTableModel::retranslate()
{
    m_labelsLoaded = false;

    const int columns = columnCount();
    if (columns > 0)
        emit headerDataChanged(Qt::Horizontal, 0, columns - 1);
    if (rowCount() > 0 && columns > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columns - 1), {Qt::DisplayRole});
}

bool ChargeTableModel::insertRowIntoTable(const QSqlRecord &values)
{
    Q_UNUSED(values)
    rejectWrite("insert");
    return false;
}

bool ChargeTableModel::updateRowInTable(int row, const QSqlRecord &values)
{
    Q_UNUSED(row)
    Q_UNUSED(values)
    rejectWrite("update");
    return false;
}

bool ChargeTableModel::deleteRowFromTable(int row)
{
    Q_UNUSED(row)
    rejectWrite("delete");
    return false;
}

void ChargeTableModel::rejectWrite(const char *operation)
{
    qCWarning(lcUi) << "Rejected a direct" << operation
                    << "on the charges table model; charges are written only through the "
                       "charge service";
    setLastError(QSqlError(QString(),
                           tr("Charges are written only through the charge service, which "
                              "checks them for errors and duplicates. Nothing was saved."),
                           QSqlError::StatementError));
}
