#include "remindersummary.h"

#include <QLocale>
#include <QStringList>

QString ReminderSummary::countsText(const QList<ReminderItem> &items)
{
    int dueToday = 0;
    int overdue = 0;
    int dueSoon = 0;
    for (const ReminderItem &item : items) {
        switch (item.step) {
        case ReminderStep::DueToday:
            ++dueToday;
            break;
        case ReminderStep::Overdue:
            ++overdue;
            break;
        case ReminderStep::DueSoon:
            ++dueSoon;
            break;
        }
    }

    // The first count names what is counted ("3 items due today"), and the
    // later ones leave it out ("1 overdue").
    QStringList parts;
    if (dueToday > 0)
        parts << tr("%n item(s) due today", nullptr, dueToday);
    if (overdue > 0) {
        parts << (parts.isEmpty() ? tr("%n item(s) overdue", nullptr, overdue)
                                  : tr("%n overdue", nullptr, overdue));
    }
    if (dueSoon > 0) {
        parts << (parts.isEmpty() ? tr("%n item(s) due soon", nullptr, dueSoon)
                                  : tr("%n due soon", nullptr, dueSoon));
    }
    return QLocale().createSeparatedList(parts);
}

QString ReminderSummary::namesText(const QList<ReminderItem> &items)
{
    QStringList names;
    for (const ReminderItem &item : items) {
        if (!names.contains(item.item.customerName))
            names << item.item.customerName;
    }

    const int more = int(names.size()) - MaxNames;
    if (more > 0) {
        names = names.mid(0, MaxNames);
        //: Ends a list of customer names, e.g. "Alfreds, Around the Horn and 2 more".
        names << tr("%n more", nullptr, more);
    }
    return QLocale().createSeparatedList(names);
}

QString ReminderSummary::text(const QList<ReminderItem> &items)
{
    if (items.isEmpty())
        return {};
    //: Counts of reminder items, then the names of their customers.
    return tr("%1: %2").arg(countsText(items), namesText(items));
}
