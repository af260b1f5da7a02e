#include "remindersettings.h"

#include "logging.h"
#include "reminderquery.h"

namespace {

const char WindowDaysKey[] = "reminders/windowDays";

int boundedDays(int days)
{
    return qBound(0, days, int(ReminderQuery::MaxWindowDays));
}

} // namespace

int ReminderSettings::windowDays()
{
    const QSettings settings;
    return windowDays(settings);
}

int ReminderSettings::windowDays(const QSettings &settings)
{
    bool ok = false;
    const int days = settings.value(QLatin1String(WindowDaysKey)).toInt(&ok);
    return ok ? boundedDays(days) : int(ReminderQuery::DefaultWindowDays);
}

bool ReminderSettings::setWindowDays(int days, QString *error)
{
    QSettings settings;
    return setWindowDays(settings, days, error);
}

bool ReminderSettings::setWindowDays(QSettings &settings, int days, QString *error)
{
    settings.setValue(QLatin1String(WindowDaysKey), boundedDays(days));
    settings.sync();
    if (settings.status() == QSettings::NoError)
        return true;

    if (error) {
        *error = tr("The reminder window could not be saved in %1. Check that the file can "
                    "be written.")
                     .arg(settings.fileName());
    }
    qCWarning(lcUi) << "Could not save the reminder window in" << settings.fileName();
    return false;
}
