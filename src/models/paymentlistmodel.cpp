#include "paymentlistmodel.h"

#include "receivablequery.h"
#include "uilanguage.h"

#include <QBrush>
#include <QSqlQuery>
#include <QSqlRecord>

PaymentListModel::PaymentListModel(QSqlDatabase db, QObject *parent)
    : SqlListModel(std::move(db), parent)
{
    setHiddenFields({QStringLiteral("id"), QStringLiteral("currency"),
                     QStringLiteral("bill_no"), QStringLiteral("charge_id"),
                     QStringLiteral("fee_type"), QStringLiteral("installment_seq")});
    setMoneyFields({QStringLiteral("amount_minor")});
    setDateFields({QStringLiteral("paid_on")});
    setTimestampFields({QStringLiteral("created_at")});
}

void PaymentListModel::setCustomer(qint64 customerId)
{
    m_customerId = customerId;
    refresh();
}

void PaymentListModel::refresh()
{
    // The label column comes from labelColumn(), a fixed set of three
    // names, so it may be part of the statement text. The item column is
    // written by displayText() from the hidden columns after it.
    const QString label = labelColumn(currentUiLanguage());
    const QString statement = QStringLiteral(
        "SELECT payments.id AS id, payments.paid_on AS paid_on, NULL AS item, "
        "payments.amount_minor AS amount_minor, payments.currency AS currency, "
        "COALESCE(payment_methods.%1, payments.payment_method_code) AS payment_method, "
        "payments.reference AS reference, payments.status AS status, "
        "payments.reverse_reason AS reverse_reason, payments.note AS note, "
        "payments.created_by AS created_by, payments.created_at AS created_at, "
        "bills.bill_no AS bill_no, payments.charge_id AS charge_id, "
        "COALESCE(fee_types.%1, charges.fee_type_code) AS fee_type, "
        "installments.seq AS installment_seq "
        "FROM payments "
        "LEFT JOIN bills ON bills.id = payments.bill_id "
        "LEFT JOIN charges ON charges.id = payments.charge_id "
        "LEFT JOIN fee_types ON fee_types.code = charges.fee_type_code "
        "LEFT JOIN installments ON installments.id = payments.installment_id "
        "LEFT JOIN payment_methods ON payment_methods.code = payments.payment_method_code "
        "WHERE payments.customer_id = :customer_id "
        "ORDER BY payments.paid_on DESC, payments.id DESC").arg(label);

    QSqlQuery query(database());
    if (!prepare(query, statement))
        return;

    query.bindValue(QStringLiteral(":customer_id"), m_customerId);
    execute(query);
}

qint64 PaymentListModel::paymentId(int row) const
{
    return fieldValue(row, QStringLiteral("id")).toLongLong();
}

int PaymentListModel::rowOfPayment(qint64 paymentId) const
{
    for (int row = 0; row < rowCount(); ++row) {
        if (this->paymentId(row) == paymentId)
            return row;
    }
    return -1;
}

bool PaymentListModel::isPosted(int row) const
{
    return fieldValue(row, QStringLiteral("status")).toString() == QLatin1String("posted");
}

QString PaymentListModel::itemText(int row) const
{
    Receivable paid;
    paid.billNo = fieldValue(row, QStringLiteral("bill_no")).toString();
    paid.chargeId = fieldValue(row, QStringLiteral("charge_id")).toLongLong();
    paid.feeType = fieldValue(row, QStringLiteral("fee_type")).toString();
    paid.kind = paid.chargeId == 0 ? Receivable::Kind::BillLines : Receivable::Kind::Charge;
    const QString text = ReceivableQuery::describe(paid);

    const int seq = fieldValue(row, QStringLiteral("installment_seq")).toInt();
    if (seq == 0)
        return text;
    //: What a payment paid (%1) and the number of the installment (%2).
    return tr("%1, installment %2").arg(text).arg(seq);
}

QVariant PaymentListModel::data(const QModelIndex &index, int role) const
{
    if (index.isValid() && role == Qt::ForegroundRole && !isPosted(index.row()))
        return QBrush(Qt::gray);

    if (index.isValid() && role == Qt::ToolTipRole) {
        const QString field = record().fieldName(index.column());
        if (field == QLatin1String("note") || field == QLatin1String("reverse_reason")
            || field == QLatin1String("item")) {
            const QString text = field == QLatin1String("item")
                                     ? itemText(index.row())
                                     : fieldValue(index.row(), field).toString();
            if (text.isEmpty())
                return QVariant();
            // Qt shows a tooltip that looks like HTML as rich text, so user
            // text is escaped and keeps its line breaks.
            return QStringLiteral("<p style=\"white-space:pre-wrap\">%1</p>")
                .arg(text.toHtmlEscaped());
        }
    }
    return SqlListModel::data(index, role);
}

QString PaymentListModel::columnTitle(const QString &field) const
{
    if (field == QLatin1String("paid_on"))
        return tr("Paid On");
    if (field == QLatin1String("item"))
        return tr("Paid For");
    if (field == QLatin1String("amount_minor"))
        return tr("Amount");
    if (field == QLatin1String("payment_method"))
        return tr("Payment Method");
    if (field == QLatin1String("reference"))
        return tr("Reference");
    if (field == QLatin1String("status"))
        return tr("Status");
    if (field == QLatin1String("reverse_reason"))
        return tr("Reversal Reason");
    if (field == QLatin1String("note"))
        return tr("Note");
    if (field == QLatin1String("created_by"))
        return tr("Entered By");
    if (field == QLatin1String("created_at"))
        return tr("Entered At");
    return field;
}

QVariant PaymentListModel::displayText(int row, const QString &field) const
{
    if (field == QLatin1String("item"))
        return itemText(row);
    if (field == QLatin1String("status")) {
        //: Status of a payment: reversed is 已冲销.
        return isPosted(row) ? tr("Posted") : tr("Reversed");
    }
    return QVariant();
}
