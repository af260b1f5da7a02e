#include "chargelistmodel.h"

#include "chargestatus.h"
#include "uilanguage.h"

#include <QBrush>
#include <QSqlQuery>
#include <QSqlRecord>

ChargeListModel::ChargeListModel(QSqlDatabase db, QObject *parent)
    : SqlListModel(std::move(db), parent)
{
    setHiddenFields({QStringLiteral("currency"), QStringLiteral("duplicate_ack_note")});
    setMoneyFields({QStringLiteral("amount_minor"), QStringLiteral("paid_minor")});
    setTimestampFields({QStringLiteral("created_at")});
    setDateFields({QStringLiteral("due_date")});
}

void ChargeListModel::setCustomer(qint64 customerId)
{
    m_customerId = customerId;
    refresh();
}

void ChargeListModel::refresh()
{
    // The label column comes from labelColumn(), a fixed set of three
    // names, so it may be part of the statement text.
    const QString label = labelColumn(currentUiLanguage());
    const QString statement = QStringLiteral(
        "SELECT charges.id AS id, bills.bill_no AS bill_no, "
        "COALESCE(fee_types.%1, charges.fee_type_code) AS fee_type, "
        "charges.amount_minor AS amount_minor, charges.paid_minor AS paid_minor, "
        "charges.status AS status, charges.currency AS currency, "
        "COALESCE(charge_reasons.%1, charges.reason_code) AS reason, "
        "charges.note AS note, "
        "COALESCE(payment_methods.%1, charges.payment_method_code) AS payment_method, "
        "charges.due_date AS due_date, "
        "charges.created_by AS created_by, charges.created_at AS created_at, "
        "charges.void_reason AS void_reason, "
        "charges.duplicate_ack_note AS duplicate_ack_note "
        "FROM charges "
        "LEFT JOIN bills ON bills.id = charges.bill_id "
        "LEFT JOIN fee_types ON fee_types.code = charges.fee_type_code "
        "LEFT JOIN charge_reasons ON charge_reasons.code = charges.reason_code "
        "LEFT JOIN payment_methods ON payment_methods.code = charges.payment_method_code "
        "WHERE charges.customer_id = :customer_id "
        "ORDER BY charges.created_at DESC, charges.id DESC").arg(label);

    QSqlQuery query(database());
    if (!prepare(query, statement))
        return;

    query.bindValue(QStringLiteral(":customer_id"), m_customerId);
    execute(query);
}

qint64 ChargeListModel::chargeId(int row) const
{
    return fieldValue(row, QStringLiteral("id")).toLongLong();
}

int ChargeListModel::rowOfCharge(qint64 chargeId) const
{
    for (int row = 0; row < rowCount(); ++row) {
        if (this->chargeId(row) == chargeId)
            return row;
    }
    return -1;
}

bool ChargeListModel::isPosted(int row) const
{
    return fieldValue(row, QStringLiteral("status")).toString() == QLatin1String("posted");
}

bool ChargeListModel::isOpen(int row) const
{
    const qint64 amount = fieldValue(row, QStringLiteral("amount_minor")).toLongLong();
    const qint64 paid = fieldValue(row, QStringLiteral("paid_minor")).toLongLong();
    return isPosted(row) && paid < amount;
}

bool ChargeListModel::hasPayments(int row) const
{
    return fieldValue(row, QStringLiteral("paid_minor")).toLongLong() > 0;
}

QVariant ChargeListModel::data(const QModelIndex &index, int role) const
{
    if (index.isValid() && role == Qt::ForegroundRole && !isPosted(index.row()))
        return QBrush(Qt::gray);

    if (index.isValid() && role == Qt::ToolTipRole) {
        const QString field = record().fieldName(index.column());
        // Qt shows a tooltip that looks like HTML as rich text, so user text
        // is escaped inside a paragraph that keeps its spaces and line breaks.
        if (field == QLatin1String("note") || field == QLatin1String("void_reason")) {
            const auto paragraph = [](const QString &text) {
                return QStringLiteral("<p style=\"white-space:pre-wrap\">%1</p>")
                    .arg(text.toHtmlEscaped());
            };
            QString tooltip;
            const QString text = fieldValue(index.row(), field).toString();
            if (!text.isEmpty())
                tooltip += paragraph(text);

            // The note that acknowledged possible duplicates belongs with the
            // charge's own note.
            const QString acknowledgement =
                fieldValue(index.row(), QStringLiteral("duplicate_ack_note")).toString();
            if (field == QLatin1String("note") && !acknowledgement.isEmpty())
                tooltip += paragraph(tr("Duplicate acknowledgement: %1").arg(acknowledgement));

            return tooltip.isEmpty() ? QVariant() : QVariant(tooltip);
        }
    }
    return SqlListModel::data(index, role);
}

QString ChargeListModel::columnTitle(const QString &field) const
{
    if (field == QLatin1String("id"))
        return tr("No.");
    if (field == QLatin1String("bill_no"))
        return tr("Bill No.");
    if (field == QLatin1String("fee_type"))
        return tr("Fee Type");
    if (field == QLatin1String("amount_minor"))
        return tr("Amount");
    if (field == QLatin1String("paid_minor"))
        return tr("Paid");
    if (field == QLatin1String("reason"))
        return tr("Reason");
    if (field == QLatin1String("note"))
        return tr("Note");
    if (field == QLatin1String("payment_method"))
        return tr("Payment Method");
    if (field == QLatin1String("due_date"))
        return tr("Due");
    if (field == QLatin1String("status"))
        return tr("Status");
    if (field == QLatin1String("created_by"))
        return tr("Entered By");
    if (field == QLatin1String("created_at"))
        return tr("Entered At");
    if (field == QLatin1String("void_reason"))
        return tr("Void Reason");
    return field;
}

QVariant ChargeListModel::displayText(int row, const QString &field) const
{
    if (field == QLatin1String("status")) {
        const qint64 amount = fieldValue(row, QStringLiteral("amount_minor")).toLongLong();
        const qint64 paid = fieldValue(row, QStringLiteral("paid_minor")).toLongLong();
        const QString status = fieldValue(row, QStringLiteral("status")).toString();
        return ChargeStatusText::label(ChargeStatusText::of(amount, paid, status));
    }
    if (field == QLatin1String("bill_no") && fieldValue(row, field).isNull())
        return tr("On account");
    return QVariant();
}
