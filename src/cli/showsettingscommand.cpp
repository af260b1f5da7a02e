#include "showsettingscommand.h"

#include "approvalthresholds.h"
#include "databasesession.h"
#include "periodlock.h"
#include "texttable.h"
#include "uilanguage.h"
#include "usercontext.h"

#include <QLocale>

QString ShowSettingsCommand::summary() const
{
    return tr("Show your role, the period lock date and the approval thresholds.");
}

QString ShowSettingsCommand::details() const
{
    return tr("Lists your login and its role, the period lock date with "
              "every move of it (newest first), and the amount per currency above which a "
              "charge waits for approval. Dates and times are local; amounts are in the "
              "currency's major unit.");
}

void ShowSettingsCommand::declareArguments(ArgumentParser &) const {}

ExitCode ShowSettingsCommand::run(const ArgumentParser &, CliContext &context)
{
    DatabaseSession session(context.databasePath());
    if (!session.isOpen())
        return context.fail(ExitCode::DatabaseError, session.errorMessage());

    QString error;
    const UserContext user
        = UserContext::resolve(session.database(), currentActor(session.database()), &error);
    const QList<PeriodLockMove> moves = error.isEmpty()
                                            ? PeriodLock(session.database()).history(&error)
                                            : QList<PeriodLockMove>();
    const QList<ApprovalThreshold> thresholds
        = error.isEmpty() ? ApprovalThresholds(session.database()).all(&error)
                          : QList<ApprovalThreshold>();
    if (!error.isEmpty()) {
        return context.fail(ExitCode::DatabaseError,
                            tr("Could not read the settings from the database: %1").arg(error));
    }

    QTextStream &out = context.out();
    if (user.standing() == UserContext::Standing::Unrestricted) {
        out << tr("Account: %1, acting as %2 because no users are set up.")
                   .arg(user.login(), UserRoleText::label(user.role()))
            << '\n';
    } else {
        out << tr("Account: %1 (%2), role: %3.")
                   .arg(user.login(), user.displayName(), UserRoleText::label(user.role()))
            << '\n';
    }

    if (thresholds.isEmpty()) {
        out << tr("Approval thresholds: none; no charge waits for approval.") << '\n';
    } else {
        QStringList amounts;
        for (const ApprovalThreshold &threshold : thresholds) {
            amounts << tr("%1 above %2")
                           .arg(threshold.amount.currency(), threshold.amount.toPlainString());
        }
        out << tr("Approval thresholds: charges in %1 wait for approval.")
                   .arg(QLocale().createSeparatedList(amounts))
            << '\n';
    }

    if (moves.isEmpty()) {
        out << tr("Period lock date: none; every date is open.") << '\n';
        return ExitCode::Success;
    }
    out << tr("Period lock date: %1. Nothing dated on or before it can be entered or changed.")
               .arg(moves.constFirst().lockDate.toString(Qt::ISODate))
        << "\n\n";

    TextTable table({{tr("Lock date")}, {tr("Moved by")}, {tr("Moved at")}, {tr("Reason")}});
    for (const PeriodLockMove &move : moves) {
        table.addRow({move.lockDate.toString(Qt::ISODate), move.movedBy,
                      move.movedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                      move.reason});
    }
    table.write(out);
    return ExitCode::Success;
}
