#include "approvechargecommand.h"

#include "chargeservice.h"
#include "databasesession.h"
#include "logging.h"
#include "recordlookup.h"
#include "uilanguage.h"

QString ApproveChargeCommand::summary() const
{
    return m_reject ? tr("Reject a charge that waits for approval, with the reason.")
                    : tr("Approve a charge that waits for approval, so that it counts.");
}

QString ApproveChargeCommand::details() const
{
    if (m_reject) {
        return tr("Needs the role finance or admin. The charge stays on record with status "
                  "rejected, who rejected it, when and why, and never counts in any balance. "
                  "Its author may reject it too, which withdraws it.");
    }
    return tr("Needs the role finance or admin, and a user other than the one who entered the "
              "charge. The charge becomes posted: its amount is added to the bill and the "
              "customer's balance, and who approved it and when is recorded. A charge entered "
              "on or before the period lock date cannot be approved.");
}

void ApproveChargeCommand::declareArguments(ArgumentParser &parser) const
{
    parser.addPositional({QStringLiteral("ID"),
                          tr("The charge's ID, as approvals list and list-charges print it.")});
    if (m_reject) {
        parser.addOption({QStringLiteral("reason"), QString(), QStringLiteral("TEXT"),
                          tr("Why the charge is rejected; required, at most %1 characters.")
                              .arg(ChargeService::MaxNoteLength),
                          true});
    }
}

ExitCode ApproveChargeCommand::run(const ArgumentParser &arguments, CliContext &context)
{
    const QString idText = arguments.positionalArguments().constFirst();
    bool isNumber = false;
    const qint64 chargeId = idText.toLongLong(&isNumber);
    if (!isNumber || chargeId <= 0) {
        return context.fail(ExitCode::UsageError,
                            tr("Invalid charge ID “%1”: use the number that approvals list "
                               "shows in its ID column.")
                                .arg(idText));
    }

    DatabaseSession session(context.databasePath());
    if (!session.isOpen())
        return context.fail(ExitCode::DatabaseError, session.errorMessage());

    RecordLookup lookup(session.database(), context);
    if (!lookup.charge(chargeId))
        return lookup.failure();

    ChargeService service(session.database(), currentActor(session.database()));
    const ChargeService::ApprovalResult result
        = m_reject ? service.reject(chargeId, arguments.value(QStringLiteral("reason")))
                   : service.approve(chargeId);
    if (!result.ok) {
        return context.fail(result.databaseFailure ? ExitCode::DatabaseError : ExitCode::Rejected,
                            result.errorMessage);
    }

    qCInfo(lcCli) << (m_reject ? "Rejected charge" : "Approved charge") << chargeId;
    context.out() << (m_reject ? tr("Charge %1 is rejected.").arg(chargeId)
                               : tr("Charge %1 is approved and posted.").arg(chargeId))
                  << '\n';
    return ExitCode::Success;
}
