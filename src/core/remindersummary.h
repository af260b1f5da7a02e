#pragma once

#include "reminderitem.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

// The one-line summary of newly announced reminder items that the tray
// notification or the status bar shows, e.g. "2 items due today and 1
// overdue: Around the Horn, Ernst Handel".
class ReminderSummary
{
    Q_DECLARE_TR_FUNCTIONS(ReminderSummary)

public:
    // Customer names beyond this many are counted ("and 2 more").
    static constexpr int MaxNames = 3;

    // Returns the counts by step, due today first, then overdue and due
    // soon, e.g. "3 items due today, 1 overdue and 2 due soon". Empty for no
    // items.
    static QString countsText(const QList<ReminderItem> &items);

    // Returns the customers' names in the order of items, each once, up to
    // MaxNames, e.g. "Alfreds Futterkiste, Around the Horn and 2 more".
    static QString namesText(const QList<ReminderItem> &items);

    // Returns countsText() and namesText() in one line. Empty for no items.
    static QString text(const QList<ReminderItem> &items);
};
