#pragma once

#include "reminderletter.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

// Records that reminder letters were sent: one reminder_letters row per
// letter, dated with the letter's date, and one reminder_letter_items row
// per item with its due date and the amount open when the letter was
// printed. A batch is written in one transaction with an audit record per
// letter, so either every letter of it is recorded or none is.
class LetterRecorder
{
    Q_DECLARE_TR_FUNCTIONS(LetterRecorder)

public:
    // actor is recorded as the author, as ChargeService records it.
    LetterRecorder(QSqlDatabase db, QString actor)
        : m_db(std::move(db)), m_actor(std::move(actor))
    {}

    // Records letters, as ReminderLetterQuery read them, and returns the
    // new letter ids in letterIds (when given) in the order of letters.
    // Fails, writing nothing, with a translated message when letters is
    // empty, a letter has no items, no customer or no date, or a write
    // fails.
    bool record(const QList<ReminderLetter> &letters, QList<qint64> *letterIds,
                QString *error) const;

private:
    bool check(const ReminderLetter &letter, QString *error) const;
    bool insertLetter(const ReminderLetter &letter, const QString &createdAt, qint64 *letterId,
                      QString *error) const;
    bool insertItems(const ReminderLetter &letter, qint64 letterId, QString *error) const;
    bool audit(const ReminderLetter &letter, qint64 letterId, QString *error) const;

    QSqlDatabase m_db;
    QString m_actor;
};
