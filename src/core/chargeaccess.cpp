#include "chargeaccess.h"

#include "periodlock.h"
#include "usercontext.h"

ChargeAccess::ChargeAccess(QSqlDatabase db, QString actor)
    : m_db(std::move(db))
    , m_actor(std::move(actor))
{
}

QString ChargeAccess::addRefusal(QString *error) const
{
    const QString refusal
        = UserContext::resolve(m_db, m_actor, error).refusal(UserAction::AddCharge);
    if (!error->isEmpty() || !refusal.isEmpty())
        return refusal;

    // A charge is dated by the local day of its created_at, which is now.
    return PeriodLock(m_db).refusal(PeriodLock::Entry::NewCharge, QDate::currentDate(), 0,
                                    error);
}

QString ChargeAccess::changeRefusal(UserAction action, const ChargeRecord &charge,
                                    QString *error) const
{
    const QString refusal = UserContext::resolve(m_db, m_actor, error).refusal(action);
    if (!error->isEmpty() || !refusal.isEmpty() || action == UserAction::RejectCharge)
        return refusal;

    if (action == UserAction::VoidCharge && charge.isPending()) {
        return tr("Charge %1 waits for approval, so it cannot be voided. A finance user can "
                  "reject it with a reason instead.")
            .arg(charge.id);
    }
    if (action == UserAction::VoidCharge && charge.isRejected()) {
        return tr("Charge %1 was rejected by %2 on %3 and counts nowhere, so it cannot be "
                  "voided.")
            .arg(QString::number(charge.id), charge.voidedBy,
                 charge.voidedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    }

    const PeriodLock::Entry entry = action == UserAction::ApproveCharge
                                        ? PeriodLock::Entry::ChargeApproval
                                        : PeriodLock::Entry::ChargeVoid;
    return PeriodLock(m_db).refusal(entry, charge.createdAt.toLocalTime().date(), charge.id,
                                    error);
}
