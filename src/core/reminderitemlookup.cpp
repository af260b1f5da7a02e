#include "reminderitemlookup.h"

#include "logging.h"
#include "sqlstatement.h"

#include <QSqlError>

std::optional<ReminderItemLookup::Target> ReminderItemLookup::find(OpenItem::Kind kind,
                                                                   qint64 itemId,
                                                                   QString *error,
                                                                   bool *databaseFailure) const
{
    *databaseFailure = false;
    if (kind == OpenItem::Kind::Bill) {
        *error = tr("Reminders are kept for charges and installments, not for bill %1. "
                    "Choose a charge or an installment.")
                     .arg(itemId);
        return std::nullopt;
    }

    const bool installment = kind == OpenItem::Kind::Installment;
    SqlStatement query(m_db, installment
        ? QStringLiteral(
              "SELECT installments.id AS item_id, installments.charge_id AS charge_id, "
              "charges.customer_id AS customer_id, installments.seq AS installment_seq, "
              "installments.due_date AS due_date, charges.status AS status "
              "FROM installments JOIN charges ON charges.id = installments.charge_id "
              "WHERE installments.id = :id")
        : QStringLiteral(
              "SELECT charges.id AS item_id, charges.id AS charge_id, "
              "charges.customer_id AS customer_id, 0 AS installment_seq, "
              "charges.due_date AS due_date, charges.status AS status "
              "FROM charges WHERE charges.id = :id"));
    bool ok = query.isPrepared();
    if (ok) {
        query->bindValue(QStringLiteral(":id"), itemId);
        ok = query->exec();
    }
    if (!ok) {
        *databaseFailure = true;
        *error = query->lastError().text();
        qCWarning(lcDatabase) << "Looking up" << OpenItem::kindName(kind) << itemId
                              << "failed:" << query->lastError().text();
        return std::nullopt;
    }

    if (!query->next()) {
        *error = installment
            ? tr("Installment %1 does not exist. Check the installment.").arg(itemId)
            : tr("Charge %1 does not exist. Check the charge number.").arg(itemId);
        return std::nullopt;
    }

    Target target;
    target.kind = kind;
    target.itemId = query->value(QStringLiteral("item_id")).toLongLong();
    target.chargeId = query->value(QStringLiteral("charge_id")).toLongLong();
    target.customerId = query->value(QStringLiteral("customer_id")).toLongLong();
    target.installmentSeq = query->value(QStringLiteral("installment_seq")).toInt();
    target.dueDate = QDate::fromString(query->value(QStringLiteral("due_date")).toString(),
                                       Qt::ISODate);
    if (query->value(QStringLiteral("status")).toString() != QLatin1String("posted")) {
        *error = tr("Charge %1 is void, so there is nothing to remind the customer of.")
                     .arg(target.chargeId);
        return std::nullopt;
    }
    return target;
}
