#include "billlinelistmodel.h"

#include "discountformat.h"
#include "records.h"

#include <QLocale>
#include <QSqlQuery>

BillLineListModel::BillLineListModel(QSqlDatabase db, QObject *parent)
    : SqlListModel(std::move(db), parent)
{
    setHiddenFields({QStringLiteral("id"), QStringLiteral("currency"), QStringLiteral("kind")});
    setMoneyFields({QStringLiteral("unit_price_minor"), QStringLiteral("amount_minor")});
    setNumberFields({QStringLiteral("line_no"), QStringLiteral("quantity"),
                     QStringLiteral("discount_bp")});
}

void BillLineListModel::setBill(qint64 billId)
{
    m_billId = billId;
    refresh();
}

void BillLineListModel::refresh()
{
    QSqlQuery query(database());
    const QString statement = QStringLiteral(
        "SELECT bill_lines.id AS id, bills.currency AS currency, "
        "bill_lines.line_no AS line_no, "
        "bill_lines.kind AS kind, "
        "bill_lines.description AS description, bill_lines.quantity AS quantity, "
        "bill_lines.unit_price_minor AS unit_price_minor, "
        "bill_lines.discount_bp AS discount_bp, bill_lines.amount_minor AS amount_minor "
        "FROM bill_lines JOIN bills ON bills.id = bill_lines.bill_id "
        "WHERE bill_lines.bill_id = :bill_id ORDER BY bill_lines.line_no");
    if (!prepare(query, statement))
        return;

    query.bindValue(QStringLiteral(":bill_id"), m_billId);
    execute(query);
}

QString BillLineListModel::columnTitle(const QString &field) const
{
    if (field == QLatin1String("line_no"))
        return tr("Line");
    if (field == QLatin1String("description"))
        return tr("Description");
    if (field == QLatin1String("quantity"))
        return tr("Quantity");
    if (field == QLatin1String("unit_price_minor"))
        return tr("Unit Price");
    if (field == QLatin1String("discount_bp"))
        return tr("Discount");
    if (field == QLatin1String("amount_minor"))
        return tr("Amount");
    return field;
}

QVariant BillLineListModel::displayText(int row, const QString &field) const
{
    if (field == QLatin1String("description")) {
        return BillLineRecord::displayDescription(fieldValue(row, QStringLiteral("kind")).toString(),
                                                  fieldValue(row, field).toString());
    }
    if (field != QLatin1String("discount_bp"))
        return QVariant();

    return formatDiscount(fieldValue(row, field).toLongLong());
}
