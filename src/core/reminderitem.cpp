#include "reminderitem.h"

ReminderItem ReminderItem::on(const OpenItem &item, const QDate &day)
{
    ReminderItem reminder;
    reminder.item = item;
    reminder.step = stepOn(item.dueDate, day);
    reminder.daysPastDue = item.daysPastDue(day);
    return reminder;
}

ReminderStep ReminderItem::stepOn(const QDate &dueDate, const QDate &day)
{
    if (dueDate > day)
        return ReminderStep::DueSoon;
    if (dueDate == day)
        return ReminderStep::DueToday;
    return ReminderStep::Overdue;
}

QString ReminderItem::stepName(ReminderStep step)
{
    switch (step) {
    case ReminderStep::DueSoon:
        return QStringLiteral("due_soon");
    case ReminderStep::DueToday:
        return QStringLiteral("due_today");
    case ReminderStep::Overdue:
        break;
    }
    return QStringLiteral("overdue");
}

QString ReminderItem::stepText() const
{
    switch (step) {
    case ReminderStep::DueSoon:
        return tr("Due in %n day(s)", nullptr, int(-daysPastDue));
    case ReminderStep::DueToday:
        return tr("Due today");
    case ReminderStep::Overdue:
        break;
    }
    return tr("Overdue %n day(s)", nullptr, int(daysPastDue));
}

QString ReminderItem::description() const
{
    const QString chargeId = QString::number(item.chargeId);
    if (item.kind == OpenItem::Kind::Installment) {
        //: Installment number, number of installments in the plan, charge
        //: id and fee type.
        return tr("Installment %1 of %2, charge %3, %4")
            .arg(QString::number(item.installmentSeq), QString::number(item.installmentCount),
                 chargeId, item.feeTypeLabel);
    }
    //: Charge id and fee type.
    return tr("Charge %1, %2").arg(chargeId, item.feeTypeLabel);
}
