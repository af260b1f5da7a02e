#pragma once

#include "openitem.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlDatabase>

#include <optional>

// Finds the charge or installment that a contact or a snooze is about, and
// checks that reminders can apply to it: the charge, or the installment's
// charge, exists and is posted.
class ReminderItemLookup
{
    Q_DECLARE_TR_FUNCTIONS(ReminderItemLookup)

public:
    // The item found.
    struct Target
    {
        OpenItem::Kind kind = OpenItem::Kind::Charge;
        qint64 itemId = 0;
        qint64 chargeId = 0;
        qint64 customerId = 0;
        int installmentSeq = 0; // 0 for a charge
        QDate dueDate;
    };

    explicit ReminderItemLookup(QSqlDatabase db) : m_db(std::move(db)) {}

    // Returns the item of kind with itemId. On failure returns std::nullopt
    // with a translated *error naming the item and what to do, and sets
    // *databaseFailure when a statement failed rather than the item being
    // unknown, void or a bill.
    std::optional<Target> find(OpenItem::Kind kind, qint64 itemId, QString *error,
                               bool *databaseFailure) const;

private:
    QSqlDatabase m_db;
};
