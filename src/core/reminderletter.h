#pragma once

#include "money.h"
#include "openitem.h"
#include "reportcustomer.h"

#include <QDate>
#include <QList>

// A reminder letter (催款通知) to one customer: the items overdue on the
// letter's date and what is open in each currency.
struct ReminderLetter
{
    ReportCustomer customer;

    // The as-of day: items due before it are overdue, and the letter is
    // dated and recorded with it.
    QDate date;

    // Overdue items, oldest due date first; at least one.
    QList<OpenItem> items;

    // The open amount of items per currency, by currency code. Each is the
    // sum of its items' open amounts.
    QList<Money> totals;

    // The date of the latest letter recorded for the customer before this
    // one was read, or an invalid date when none was.
    QDate previousLetterDate;

    // Returns the most days any item is overdue on date.
    qint64 maxDaysOverdue() const;
};
