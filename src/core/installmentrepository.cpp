#include "installmentrepository.h"

#include "repositoryquery.h"
#include "sqlstatement.h"

namespace {

const char planColumns[] =
    "SELECT id, request_key, charge_id, status, created_by, created_at, cancelled_by, "
    "cancelled_at, cancel_reason FROM installment_plans ";

const char installmentColumns[] =
    "SELECT id, plan_id, charge_id, seq, due_date, amount_minor, currency, paid_minor "
    "FROM installments ";

InstallmentRecord installmentFromQuery(const QSqlQuery &query)
{
    InstallmentRecord installment;
    const QString currency = query.value(QStringLiteral("currency")).toString();
    installment.id = query.value(QStringLiteral("id")).toLongLong();
    installment.planId = query.value(QStringLiteral("plan_id")).toLongLong();
    installment.chargeId = query.value(QStringLiteral("charge_id")).toLongLong();
    installment.seq = query.value(QStringLiteral("seq")).toInt();
    installment.dueDate = QDate::fromString(query.value(QStringLiteral("due_date")).toString(),
                                            Qt::ISODate);
    installment.amount = Money(query.value(QStringLiteral("amount_minor")).toLongLong(), currency);
    installment.paid = Money(query.value(QStringLiteral("paid_minor")).toLongLong(), currency);
    return installment;
}

InstallmentPlanRecord planFromQuery(const QSqlQuery &query)
{
    InstallmentPlanRecord plan;
    plan.id = query.value(QStringLiteral("id")).toLongLong();
    plan.requestKey = query.value(QStringLiteral("request_key")).toString();
    plan.chargeId = query.value(QStringLiteral("charge_id")).toLongLong();
    plan.status = query.value(QStringLiteral("status")).toString();
    plan.createdBy = query.value(QStringLiteral("created_by")).toString();
    plan.createdAt = timestampFromColumn(query.value(QStringLiteral("created_at")));
    plan.cancelledBy = query.value(QStringLiteral("cancelled_by")).toString();
    plan.cancelledAt = timestampFromColumn(query.value(QStringLiteral("cancelled_at")));
    plan.cancelReason = query.value(QStringLiteral("cancel_reason")).toString();
    return plan;
}

} // namespace

InstallmentPlanRecord InstallmentRepository::readPlan(const QString &where,
                                                      const QVariantMap &values,
                                                      QString *error) const
{
    InstallmentPlanRecord plan;
    {
        SqlStatement query(m_db, QLatin1String(planColumns) + where);
        if (!execSelect(query, values, "Installment", error) || !query->next())
            return {};
        plan = planFromQuery(*query);
    }

    SqlStatement query(m_db, QLatin1String(installmentColumns)
                                 + QLatin1String("WHERE plan_id = :plan ORDER BY seq"));
    if (!execSelect(query, {{QStringLiteral(":plan"), plan.id}}, "Installment", error))
        return {};
    while (query->next())
        plan.installments << installmentFromQuery(*query);
    return plan;
}

InstallmentPlanRecord InstallmentRepository::activePlan(qint64 chargeId, QString *error) const
{
    return readPlan(QStringLiteral("WHERE charge_id = :charge AND status = 'active'"),
                    {{QStringLiteral(":charge"), chargeId}}, error);
}

InstallmentPlanRecord InstallmentRepository::plan(qint64 planId, QString *error) const
{
    return readPlan(QStringLiteral("WHERE id = :id"), {{QStringLiteral(":id"), planId}}, error);
}

std::optional<InstallmentPlanRecord>
InstallmentRepository::findByRequestKey(const QString &key, QString *error) const
{
    QString queryError;
    InstallmentPlanRecord found = readPlan(QStringLiteral("WHERE request_key = :key"),
                                           {{QStringLiteral(":key"), key}}, &queryError);
    if (error && !queryError.isEmpty())
        *error = queryError;
    if (found.id == 0)
        return std::nullopt;
    return found;
}

InstallmentRecord InstallmentRepository::installment(qint64 id, QString *error) const
{
    SqlStatement query(m_db, QLatin1String(installmentColumns) + QLatin1String("WHERE id = :id"));
    if (!execSelect(query, {{QStringLiteral(":id"), id}}, "Installment", error) || !query->next())
        return {};
    return installmentFromQuery(*query);
}
