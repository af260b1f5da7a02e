#include "installmentlistmodel.h"

#include "chargestatus.h"

#include <QBrush>
#include <QSqlQuery>

InstallmentListModel::InstallmentListModel(QSqlDatabase db, QObject *parent)
    : SqlListModel(std::move(db), parent)
{
    setHiddenFields({QStringLiteral("id"), QStringLiteral("plan_id"), QStringLiteral("currency")});
    setMoneyFields({QStringLiteral("amount_minor"), QStringLiteral("paid_minor"),
                    QStringLiteral("open_minor")});
    setNumberFields({QStringLiteral("seq")});
    setDateFields({QStringLiteral("due_date")});
}

void InstallmentListModel::setCharge(qint64 chargeId)
{
    m_chargeId = chargeId;
    refresh();
}

void InstallmentListModel::refresh()
{
    // The status column is written by displayText() from the amounts.
    const QString statement = QStringLiteral(
        "SELECT installments.id AS id, installments.plan_id AS plan_id, "
        "installments.seq AS seq, installments.due_date AS due_date, "
        "installments.amount_minor AS amount_minor, installments.paid_minor AS paid_minor, "
        "installments.amount_minor - installments.paid_minor AS open_minor, "
        "NULL AS status, installments.currency AS currency "
        "FROM installments "
        "JOIN installment_plans ON installment_plans.id = installments.plan_id "
        "WHERE installments.charge_id = :charge_id AND installment_plans.status = 'active' "
        "ORDER BY installments.seq");

    QSqlQuery query(database());
    if (!prepare(query, statement))
        return;

    query.bindValue(QStringLiteral(":charge_id"), m_chargeId);
    execute(query);
}

qint64 InstallmentListModel::planId() const
{
    return fieldValue(0, QStringLiteral("plan_id")).toLongLong();
}

qint64 InstallmentListModel::installmentId(int row) const
{
    return fieldValue(row, QStringLiteral("id")).toLongLong();
}

int InstallmentListModel::rowOfInstallment(qint64 installmentId) const
{
    for (int row = 0; row < rowCount(); ++row) {
        if (this->installmentId(row) == installmentId)
            return row;
    }
    return -1;
}

bool InstallmentListModel::hasPayments() const
{
    for (int row = 0; row < rowCount(); ++row) {
        if (fieldValue(row, QStringLiteral("paid_minor")).toLongLong() > 0)
            return true;
    }
    return false;
}

QVariant InstallmentListModel::data(const QModelIndex &index, int role) const
{
    if (index.isValid() && role == Qt::ForegroundRole && isSettled(index.row()))
        return QBrush(Qt::gray);
    return SqlListModel::data(index, role);
}

QString InstallmentListModel::columnTitle(const QString &field) const
{
    if (field == QLatin1String("seq"))
        return tr("No.");
    if (field == QLatin1String("due_date"))
        return tr("Due");
    if (field == QLatin1String("amount_minor"))
        return tr("Amount");
    if (field == QLatin1String("paid_minor"))
        return tr("Paid");
    if (field == QLatin1String("open_minor"))
        return tr("Open");
    if (field == QLatin1String("status"))
        return tr("Status");
    return field;
}

QVariant InstallmentListModel::displayText(int row, const QString &field) const
{
    if (field != QLatin1String("status"))
        return QVariant();
    const qint64 amount = fieldValue(row, QStringLiteral("amount_minor")).toLongLong();
    const qint64 paid = fieldValue(row, QStringLiteral("paid_minor")).toLongLong();
    return ChargeStatusText::label(ChargeStatusText::of(amount, paid, false));
}

bool InstallmentListModel::isSettled(int row) const
{
    return fieldValue(row, QStringLiteral("open_minor")).toLongLong() == 0;
}
