#include "customertablemodel.h"

#include "databaserecovery.h"
#include "logging.h"
#include "money.h"
#include "transaction.h"

#include <QDateTime>
#include <QLocale>
#include <QSqlError>
#include <QSqlRecord>

namespace {

QString nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

} // namespace

CustomerTableModel::CustomerTableModel(QObject *parent, const QSqlDatabase &db)
    : QSqlTableModel(parent, db)
{
    setTable(QStringLiteral("customers"));
    setEditStrategy(QSqlTableModel::OnManualSubmit);
    setSort(fieldIndex(QStringLiteral("code")), Qt::AscendingOrder);
    m_balanceColumn = fieldIndex(QStringLiteral("balance_minor"));
    m_currencyColumn = fieldIndex(QStringLiteral("currency"));
    showCustomerFilter();
}

bool CustomerTableModel::showCustomer(qint64 id)
{
    m_customerId = id;
    showCustomerFilter();
    return refresh() && rowCount() == 1;
}

bool CustomerTableModel::refresh()
{
    // See SqlListModel::prepare(): a connection that QPSQL closed opens first.
    QSqlError connectError;
    if (!DatabaseRecovery::prepareForRead(database(), &connectError,
                                          DatabaseRecovery::Reader::View)) {
        qCWarning(lcUi) << "Cannot read the customers, the connection is closed:"
                        << connectError.text();
        return false;
    }

    if (!select()) {
        qCWarning(lcUi) << "Could not read customer" << m_customerId << ":"
                        << lastError().text();
        DatabaseRecovery::caught(database(), lastError());
        return false;
    }
    return true;
}

qint64 CustomerTableModel::customerId(int row) const
{
    return QSqlTableModel::data(index(row, fieldIndex(QStringLiteral("id")))).toLongLong();
}

int CustomerTableModel::rowOfCustomer(qint64 id)
{
    // Only another id selects: the reset of a select makes the detail form
    // ask again, for the customer it shows.
    if (id != m_customerId)
        showCustomer(id);
    return rowCount() == 1 && customerId(0) == id ? 0 : -1;
}

void CustomerTableModel::showCustomerFilter()
{
    // QSqlTableModel cannot bind a value to its filter; the id is a number
    // formatted here, never text from the user.
    setFilter(QStringLiteral("id = %1").arg(m_customerId));
}

bool CustomerTableModel::refreshRow(int row)
{
    if (!selectRow(row)) {
        qCWarning(lcUi) << "Could not reread customer" << customerId(row) << ":"
                        << lastError().text();
        return false;
    }
    return true;
}

bool CustomerTableModel::save(QString *error)
{
    if (!isDirty())
        return true;

    const auto fail = [this, error](const QString &message) {
        qCWarning(lcUi) << "Could not save the customers:" << message;
        if (error)
            *error = message;
        return false;
    };

    Transaction transaction(database());
    if (!transaction.begin())
        return fail(transaction.error().text());

    // submitAll() reselects the table on success, so the model reads the
    // stored values back inside the transaction.
    if (!submitAll()) {
        const QString message = lastError().text();
        transaction.rollback();
        revertAll();
        return fail(message);
    }

    // A partly read result would keep its snapshot open on the connection
    // after the commit, and once another program has written, SQLite
    // rejects the connection's next BEGIN IMMEDIATE at once with "database
    // is locked". The reselect reads one row, which finishes the read.
    while (canFetchMore())
        fetchMore();

    if (!transaction.commit()) {
        const QString message = transaction.error().text();
        refresh();
        return fail(message);
    }
    return true;
}

void CustomerTableModel::retranslate()
{
    if (columnCount() > 0)
        emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    if (rowCount() > 0 && m_balanceColumn >= 0)
        emit dataChanged(index(0, m_balanceColumn), index(rowCount() - 1, m_balanceColumn));
}

QVariant CustomerTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.column() != m_balanceColumn)
        return QSqlTableModel::data(index, role);

    if (role == Qt::TextAlignmentRole)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return QSqlTableModel::data(index, role);

    const qint64 minorUnits = QSqlTableModel::data(index, Qt::EditRole).toLongLong();
    const QString currency =
        QSqlTableModel::data(this->index(index.row(), m_currencyColumn)).toString();
    return Money(minorUnits, currency).format(QLocale());
}

QVariant CustomerTableModel::headerData(int section, Qt::Orientation orientation,
                                        int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole) {
        const QString field = record().fieldName(section);
        if (!field.isEmpty())
            return columnTitle(field);
    }
    return QSqlTableModel::headerData(section, orientation, role);
}

Qt::ItemFlags CustomerTableModel::flags(const QModelIndex &index) const
{
    const Qt::ItemFlags flags = QSqlTableModel::flags(index);
    static const QStringList readOnlyFields = {
        QStringLiteral("id"),       QStringLiteral("code"),
        QStringLiteral("currency"), QStringLiteral("balance_minor"),
        QStringLiteral("created_at"), QStringLiteral("updated_at"),
    };
    if (index.isValid() && readOnlyFields.contains(record().fieldName(index.column())))
        return flags & ~Qt::ItemIsEditable;
    return flags;
}

bool CustomerTableModel::updateRowInTable(int row, const QSqlRecord &values)
{
    QSqlRecord stamped = values;
    stamped.setValue(QStringLiteral("updated_at"), nowUtc());
    stamped.setGenerated(QStringLiteral("updated_at"), true);
    return QSqlTableModel::updateRowInTable(row, stamped);
}

bool CustomerTableModel::insertRowIntoTable(const QSqlRecord &values)
{
    QSqlRecord stamped = values;
    const QString now = nowUtc();
    for (const QString &field : {QStringLiteral("created_at"), QStringLiteral("updated_at")}) {
        stamped.setValue(field, now);
        stamped.setGenerated(field, true);
    }
    return QSqlTableModel::insertRowIntoTable(stamped);
}

QString CustomerTableModel::columnTitle(const QString &field)
{
    if (field == QLatin1String("code"))
        return tr("Code");
    if (field == QLatin1String("company_name"))
        return tr("Company Name");
    if (field == QLatin1String("contact_name"))
        return tr("Contact Name");
    if (field == QLatin1String("contact_title"))
        return tr("Contact Title");
    if (field == QLatin1String("address"))
        return tr("Address");
    if (field == QLatin1String("city"))
        return tr("City");
    if (field == QLatin1String("region"))
        return tr("Region");
    if (field == QLatin1String("postal_code"))
        return tr("Postal Code");
    if (field == QLatin1String("country"))
        return tr("Country");
    if (field == QLatin1String("phone"))
        return tr("Phone");
    if (field == QLatin1String("fax"))
        return tr("Fax");
    if (field == QLatin1String("currency"))
        return tr("Currency");
    if (field == QLatin1String("balance_minor"))
        return tr("Balance");
    if (field == QLatin1String("created_at"))
        return tr("Created");
    if (field == QLatin1String("updated_at"))
        return tr("Updated");
    return field;
}
