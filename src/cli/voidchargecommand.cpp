#include "voidchargecommand.h"

#include "chargeservice.h"
#include "databasesession.h"
#include "logging.h"
#include "recordlookup.h"
#include "uilanguage.h"

QString VoidChargeCommand::summary() const
{
    return tr("Void a charge, keeping it on record with the reason.");
}

QString VoidChargeCommand::details() const
{
    return tr("The charge stays in list-charges with status void, and its amount is taken "
              "off the bill and the customer's balance. The operating system user is recorded "
              "as the one who voided it.");
}

void VoidChargeCommand::declareArguments(ArgumentParser &parser) const
{
    parser.addPositional({QStringLiteral("ID"),
                          tr("The charge's ID, as add-charge and list-charges print it.")});
    parser.addOption({QStringLiteral("reason"), QString(), QStringLiteral("TEXT"),
                      tr("Why the charge is void; required, at most %1 characters.")
                          .arg(ChargeService::MaxNoteLength),
                      true});
}

ExitCode VoidChargeCommand::run(const ArgumentParser &arguments, CliContext &context)
{
    const QString idText = arguments.positionalArguments().constFirst();
    bool isNumber = false;
    const qint64 chargeId = idText.toLongLong(&isNumber);
    if (!isNumber || chargeId <= 0) {
        return context.fail(ExitCode::Rejected,
                            tr("Invalid charge ID “%1”: use the number that list-charges shows "
                               "in its ID column.")
                                .arg(idText));
    }

    DatabaseSession session(context.databasePath());
    if (!session.isOpen())
        return context.fail(ExitCode::DatabaseError, session.errorMessage());

    RecordLookup lookup(session.database(), context);
    const auto charge = lookup.charge(chargeId);
    if (!charge)
        return lookup.failure();

    ChargeService service(session.database(), currentActor(session.database()));
    const ChargeService::VoidResult result
        = service.voidCharge(chargeId, arguments.value(QStringLiteral("reason")));

    if (!result.ok) {
        return context.fail(result.databaseFailure ? ExitCode::DatabaseError : ExitCode::Rejected,
                            result.errorMessage);
    }

    qCInfo(lcCli) << "Voided charge" << chargeId;
    context.out() << tr("Charge %1 is void.").arg(chargeId) << '\n';
    return ExitCode::Success;
}
