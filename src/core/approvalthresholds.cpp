#include "approvalthresholds.h"

#include "repositoryquery.h"
#include "sqlstatement.h"

QList<ApprovalThreshold> ApprovalThresholds::all(QString *error) const
{
    return select(QString(), {}, error);
}

std::optional<ApprovalThreshold> ApprovalThresholds::find(const QString &currency,
                                                          QString *error) const
{
    const QList<ApprovalThreshold> found = select(QStringLiteral("WHERE currency = :currency"),
                                                  {{QStringLiteral(":currency"), currency}},
                                                  error);
    if (found.isEmpty())
        return std::nullopt;
    return found.constFirst();
}

QList<ApprovalThreshold> ApprovalThresholds::select(const QString &where,
                                                    const QVariantMap &values,
                                                    QString *error) const
{
    QList<ApprovalThreshold> thresholds;
    SqlStatement query(m_db, QStringLiteral("SELECT id, currency, amount_minor, updated_by, "
                                            "updated_at FROM approval_thresholds %1 "
                                            "ORDER BY currency")
                                 .arg(where));
    if (!execSelect(query, values, "Approval threshold", error))
        return thresholds;
    while (query->next()) {
        ApprovalThreshold threshold;
        threshold.id = query->value(QStringLiteral("id")).toLongLong();
        threshold.amount = Money(query->value(QStringLiteral("amount_minor")).toLongLong(),
                                 query->value(QStringLiteral("currency")).toString());
        threshold.updatedBy = query->value(QStringLiteral("updated_by")).toString();
        threshold.updatedAt = timestampFromColumn(query->value(QStringLiteral("updated_at")));
        thresholds << threshold;
    }
    return thresholds;
}
