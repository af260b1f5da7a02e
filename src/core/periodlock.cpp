#include "periodlock.h"

#include "repositoryquery.h"
#include "sqlstatement.h"
#include "userdirectory.h"

#include <QLocale>

namespace {

QString isoDate(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

} // namespace

PeriodLockMove PeriodLock::current(QString *error) const
{
    const QList<PeriodLockMove> moves = select(QStringLiteral("ORDER BY id DESC LIMIT 1"), error);
    return moves.isEmpty() ? PeriodLockMove() : moves.constFirst();
}

QList<PeriodLockMove> PeriodLock::history(QString *error) const
{
    return select(QStringLiteral("ORDER BY id DESC"), error);
}

QList<PeriodLockMove> PeriodLock::select(const QString &tail, QString *error) const
{
    QList<PeriodLockMove> moves;
    SqlStatement query(m_db, QStringLiteral("SELECT id, lock_date, reason, moved_by, moved_at "
                                            "FROM period_locks ")
                                 + tail);
    if (!execSelect(query, {}, "Period lock", error))
        return moves;
    while (query->next()) {
        PeriodLockMove move;
        move.id = query->value(QStringLiteral("id")).toLongLong();
        move.lockDate = QDate::fromString(query->value(QStringLiteral("lock_date")).toString(),
                                          Qt::ISODate);
        move.reason = query->value(QStringLiteral("reason")).toString();
        move.movedBy = query->value(QStringLiteral("moved_by")).toString();
        move.movedAt = timestampFromColumn(query->value(QStringLiteral("moved_at")));
        moves << move;
    }
    return moves;
}

QString PeriodLock::refusal(Entry entry, const QDate &date, qint64 id, QString *error) const
{
    const PeriodLockMove lock = current(error);
    if (!error->isEmpty() || !lock.lockDate.isValid() || date > lock.lockDate)
        return {};

    const QString who = whoCanMove(error);
    const QString day = isoDate(date);
    const QString lockDay = isoDate(lock.lockDate);
    switch (entry) {
    case Entry::NewCharge:
        return tr("A charge entered today, %1, is on or before the period lock date %2, so it "
                  "cannot be saved. %3")
            .arg(day, lockDay, who);
    case Entry::ChargeVoid:
        return tr("Charge %1 was entered on %2, on or before the period lock date %3, so it "
                  "cannot be voided. %4")
            .arg(QString::number(id), day, lockDay, who);
    case Entry::ChargeApproval:
        return tr("Charge %1 was entered on %2, on or before the period lock date %3, so it "
                  "cannot be approved. Reject it, and its author can enter it again. %4")
            .arg(QString::number(id), day, lockDay, who);
    case Entry::NewPayment:
        return tr("The payment date %1 is on or before the period lock date %2. Enter a later "
                  "payment date. %3")
            .arg(day, lockDay, who);
    case Entry::PaymentReversal:
        return tr("Payment %1 is dated %2, on or before the period lock date %3, so it cannot "
                  "be reversed. %4")
            .arg(QString::number(id), day, lockDay, who);
    case Entry::PlanCreation:
        return tr("Today, %1, is on or before the period lock date %2, so no installment plan "
                  "can be made. %3")
            .arg(day, lockDay, who);
    case Entry::PlanCancellation:
        return tr("Today, %1, is on or before the period lock date %2, so installment plan %3 "
                  "cannot be cancelled. %4")
            .arg(day, lockDay, QString::number(id), who);
    }
    return {};
}

QString PeriodLock::whoCanMove(QString *error) const
{
    const UserDirectory directory(m_db);
    const int users = directory.count(error);
    if (users == 0) {
        return tr("While no users are set up, every user can move the lock date under "
                  "Settings › Period Lock.");
    }

    QStringList names;
    for (const UserRecord &admin : directory.activeAdmins(error))
        names << admin.nameForMessages();
    return tr("Only an administrator can move the lock date, under Settings › Period Lock. "
              "The administrator is %1.",
              nullptr, int(names.size()))
        .arg(QLocale().createSeparatedList(names));
}
