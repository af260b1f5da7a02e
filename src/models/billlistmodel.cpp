#include "billlistmodel.h"

#include <QSqlQuery>

BillListModel::BillListModel(QSqlDatabase db, QObject *parent)
    : SqlListModel(std::move(db), parent)
{
    setHiddenFields({QStringLiteral("id"), QStringLiteral("currency")});
    setDateFields({QStringLiteral("issue_date"), QStringLiteral("due_date")});
    setMoneyFields({QStringLiteral("lines_total_minor"), QStringLiteral("charges_total_minor"),
                    QStringLiteral("paid_minor"), QStringLiteral("balance_minor")});
}

void BillListModel::setCustomer(qint64 customerId)
{
    m_customerId = customerId;
    refresh();
}

void BillListModel::refresh()
{
    QSqlQuery query(database());
    const QString statement = QStringLiteral(
        "SELECT id, bill_no, issue_date, due_date, currency, lines_total_minor, "
        "charges_total_minor, paid_minor, "
        "lines_total_minor + charges_total_minor - paid_minor AS balance_minor "
        "FROM bills WHERE customer_id = :customer_id "
        "ORDER BY issue_date DESC, bill_no DESC");
    if (!prepare(query, statement))
        return;

    query.bindValue(QStringLiteral(":customer_id"), m_customerId);
    execute(query);
}

qint64 BillListModel::billId(int row) const
{
    return fieldValue(row, QStringLiteral("id")).toLongLong();
}

int BillListModel::rowOfBill(qint64 billId) const
{
    for (int row = 0; row < rowCount(); ++row) {
        if (this->billId(row) == billId)
            return row;
    }
    return -1;
}

QString BillListModel::columnTitle(const QString &field) const
{
    if (field == QLatin1String("bill_no"))
        return tr("Bill No.");
    if (field == QLatin1String("issue_date"))
        return tr("Issued");
    if (field == QLatin1String("due_date"))
        return tr("Due");
    if (field == QLatin1String("lines_total_minor"))
        return tr("Lines Total");
    if (field == QLatin1String("charges_total_minor"))
        return tr("Charges");
    if (field == QLatin1String("paid_minor"))
        return tr("Paid");
    if (field == QLatin1String("balance_minor"))
        return tr("Balance");
    return field;
}
