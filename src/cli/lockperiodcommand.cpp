#include "lockperiodcommand.h"

#include "databasesession.h"
#include "logging.h"
#include "periodlock.h"
#include "periodlockservice.h"
#include "uilanguage.h"

QString LockPeriodCommand::summary() const
{
    return tr("Move the period lock date, on or before which nothing can be entered or "
              "changed.");
}

QString LockPeriodCommand::details() const
{
    return tr("No charge is entered, approved or voided, and no payment is recorded or "
              "reversed, that is dated on or before the period lock date. A charge is dated by "
              "the day it was entered, a payment by its payment date. Only an administrator may "
              "move the date, which cannot be after today. Moving it back reopens closed days "
              "and needs --reason. Each move is kept with who made it, when and why; "
              "show-settings lists them.");
}

void LockPeriodCommand::declareArguments(ArgumentParser &parser) const
{
    parser.addOption({QStringLiteral("date"), QString(), QStringLiteral("YYYY-MM-DD"),
                      tr("The new period lock date: the last closed day. Required."), true});
    parser.addOption({QStringLiteral("reason"), QString(), QStringLiteral("TEXT"),
                      tr("Why the date moves; required when it moves back, at most %1 "
                         "characters.")
                          .arg(PeriodLockService::MaxReasonLength)});
}

ExitCode LockPeriodCommand::run(const ArgumentParser &arguments, CliContext &context)
{
    const QString dateText = arguments.value(QStringLiteral("date"));
    const QDate date = QDate::fromString(dateText, Qt::ISODate);
    if (!date.isValid() || dateText.size() != 10) {
        return context.fail(ExitCode::UsageError,
                            tr("Invalid --date “%1”: use a date as YYYY-MM-DD, e.g. "
                               "2024-06-30.")
                                .arg(dateText));
    }

    DatabaseSession session(context.databasePath());
    if (!session.isOpen())
        return context.fail(ExitCode::DatabaseError, session.errorMessage());

    QString error;
    const QDate previous = PeriodLock(session.database()).current(&error).lockDate;
    const PeriodLockService::Result result
        = PeriodLockService(session.database(), currentActor(session.database()))
              .move(date, arguments.value(QStringLiteral("reason")));
    if (!result.succeeded()) {
        return context.fail(result.status == PeriodLockService::Result::Status::Failed
                                ? ExitCode::DatabaseError
                                : ExitCode::Rejected,
                            result.errorMessage);
    }

    qCInfo(lcCli) << "Moved the period lock date to" << date;
    if (previous.isValid()) {
        context.out() << tr("The period lock date is now %1; it was %2.")
                             .arg(date.toString(Qt::ISODate), previous.toString(Qt::ISODate))
                      << '\n';
    } else {
        context.out() << tr("The period lock date is now %1.").arg(date.toString(Qt::ISODate))
                      << '\n';
    }
    return ExitCode::Success;
}
