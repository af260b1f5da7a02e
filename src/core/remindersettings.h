#pragma once

#include <QCoreApplication>
#include <QSettings>
#include <QString>

// The reminder preferences, stored in QSettings under "reminders/", which
// the window program and the command line share.
class ReminderSettings
{
    Q_DECLARE_TR_FUNCTIONS(ReminderSettings)

public:
    // Returns the reminder window in days (key "reminders/windowDays"):
    // ReminderQuery::DefaultWindowDays when the key is missing or not a
    // number, and a stored number out of range moved into 0 to
    // ReminderQuery::MaxWindowDays.
    static int windowDays();
    static int windowDays(const QSettings &settings);

    // Stores days, moved into range as windowDays() reads it. Returns false
    // with a translated message when the settings cannot be written.
    static bool setWindowDays(int days, QString *error = nullptr);
    static bool setWindowDays(QSettings &settings, int days, QString *error = nullptr);
};
