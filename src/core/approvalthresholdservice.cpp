#include "approvalthresholdservice.h"

#include "approvalthresholds.h"
#include "auditlog.h"
#include "currency.h"
#include "logging.h"
#include "sqlstatement.h"
#include "sqlvalues.h"
#include "transaction.h"
#include "usercontext.h"

#include <QSqlError>

ApprovalThresholdService::ApprovalThresholdService(QSqlDatabase db, QString actor)
    : m_db(std::move(db))
    , m_actor(std::move(actor))
{
}

ApprovalThresholdService::Result ApprovalThresholdService::set(const Money &amount)
{
    if (!amount.isValid() || !Currency::find(amount.currency()) || amount.minorUnits() < 0
        || amount.minorUnits() > Money::maxMinorUnits(amount.currency())) {
        Result result;
        result.status = Result::Status::Rejected;
        result.errorMessage = tr("Enter an approval threshold of 0 or more in a known currency, "
                                 "e.g. 5000.00 CNY.");
        return result;
    }
    return write(amount.currency(),
                 QStringLiteral("INSERT INTO approval_thresholds (currency, amount_minor, "
                                "updated_by, updated_at) VALUES (:currency, :amount_minor, :by, "
                                ":at) ON CONFLICT (currency) DO UPDATE SET amount_minor = "
                                "excluded.amount_minor, updated_by = excluded.updated_by, "
                                "updated_at = excluded.updated_at"),
                 {{QStringLiteral(":currency"), amount.currency()},
                  {QStringLiteral(":amount_minor"), amount.minorUnits()}},
                 QStringLiteral("approval_threshold.set"), amount);
}

ApprovalThresholdService::Result ApprovalThresholdService::remove(const QString &currency)
{
    return write(currency,
                 QStringLiteral("DELETE FROM approval_thresholds WHERE currency = :currency"),
                 {{QStringLiteral(":currency"), currency}},
                 QStringLiteral("approval_threshold.remove"), Money());
}

ApprovalThresholdService::Result
ApprovalThresholdService::write(const QString &currency, const QString &statement,
                                const QVariantMap &values, const QString &action,
                                const Money &newAmount)
{
    Result result;
    Transaction transaction(m_db);
    if (!transaction.begin()) {
        result.errorMessage = tr("The approval threshold of %1 was not changed: the database "
                                 "could not start a transaction (%2). Try again.")
                                  .arg(currency, transaction.error().text());
        return result;
    }

    QString error;
    const QString refusal = UserContext::resolve(m_db, m_actor, &error)
                                .refusal(UserAction::SetApprovalThresholds);
    std::optional<ApprovalThreshold> old;
    if (error.isEmpty())
        old = ApprovalThresholds(m_db).find(currency, &error);
    if (!error.isEmpty()) {
        result.errorMessage = tr("The approval threshold of %1 was not changed: %2. Try again.")
                                  .arg(currency, error);
        qCWarning(lcService) << "Approval threshold check failed:" << error;
        return result;
    }

    result.status = Result::Status::Rejected;
    if (!refusal.isEmpty()) {
        result.errorMessage = refusal;
        return result;
    }
    if (!newAmount.isValid() && !old) {
        result.errorMessage = tr("%1 has no approval threshold to remove.").arg(currency);
        return result;
    }

    SqlStatement query(m_db, statement);
    bool ok = query.isPrepared();
    if (ok) {
        for (auto it = values.cbegin(); it != values.cend(); ++it)
            query->bindValue(it.key(), it.value());
        if (newAmount.isValid()) {
            query->bindValue(QStringLiteral(":by"), m_actor);
            query->bindValue(QStringLiteral(":at"), utcTimestampNow());
        }
        ok = query->exec() && query->numRowsAffected() == 1;
    }
    if (!ok)
        error = query->lastError().text();

    qint64 rowId = old ? old->id : 0;
    if (ok && !old) {
        const std::optional<ApprovalThreshold> added = ApprovalThresholds(m_db).find(currency,
                                                                                     &error);
        ok = added.has_value();
        rowId = added ? added->id : 0;
    }
    const QVariantMap details = {
        {QStringLiteral("currency"), currency},
        {QStringLiteral("old_amount_minor"),
         old ? QVariant(old->amount.minorUnits()) : QVariant()},
        {QStringLiteral("new_amount_minor"),
         newAmount.isValid() ? QVariant(newAmount.minorUnits()) : QVariant()},
    };
    if (ok) {
        ok = AuditLog(m_db).append(m_actor, action, QStringLiteral("approval_threshold"), rowId,
                                   details, QString(), &error);
    }
    if (ok && !transaction.commit()) {
        ok = false;
        error = transaction.error().text();
    }
    if (!ok) {
        result.status = Result::Status::Failed;
        result.errorMessage = tr("The approval threshold of %1 was not changed: %2. Nothing was "
                                 "changed; try again.")
                                  .arg(currency, error);
        qCWarning(lcService) << "Approval threshold of" << currency << "failed:" << error;
        return result;
    }

    result.status = Result::Status::Committed;
    qCInfo(lcService) << "Committed" << action << currency
                      << (newAmount.isValid() ? newAmount.minorUnits() : -1) << "by" << m_actor;
    return result;
}
