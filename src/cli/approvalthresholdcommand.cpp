#include "approvalthresholdcommand.h"

#include "approvalthresholdservice.h"
#include "currency.h"
#include "databasesession.h"
#include "logging.h"
#include "uilanguage.h"

QString ApprovalThresholdCommand::summary() const
{
    return tr("Set or remove the amount above which a charge waits for approval.");
}

QString ApprovalThresholdCommand::details() const
{
    return tr("Needs the role admin. A charge of more than the threshold of its currency is "
              "saved as waiting for approval and counts in no balance until a finance user "
              "other than its author approves it. A currency without a threshold needs no "
              "approval; --amount 0 makes every charge in the currency wait. show-settings "
              "lists the thresholds.");
}

void ApprovalThresholdCommand::declareArguments(ArgumentParser &parser) const
{
    parser.addOption({QStringLiteral("currency"), QString(), QStringLiteral("CODE"),
                      tr("ISO 4217 currency code, e.g. CNY. Required."), true});
    parser.addOption({QStringLiteral("amount"), QString(), QStringLiteral("AMOUNT"),
                      tr("The threshold in major units, e.g. 5000.00.")});
    parser.addOption({QStringLiteral("remove"), QString(), QString(),
                      tr("Remove the currency's threshold instead.")});
}

ExitCode ApprovalThresholdCommand::run(const ArgumentParser &arguments, CliContext &context)
{
    const QString currency = arguments.value(QStringLiteral("currency")).trimmed().toUpper();
    if (!Currency::find(currency)) {
        return context.fail(ExitCode::UsageError,
                            tr("Invalid --currency “%1”: use an ISO 4217 code such as CNY, "
                               "USD or EUR.")
                                .arg(arguments.value(QStringLiteral("currency"))));
    }
    const bool remove = arguments.isSet(QStringLiteral("remove"));
    if (remove == arguments.isSet(QStringLiteral("amount"))) {
        return context.fail(ExitCode::UsageError,
                            tr("Give either --amount AMOUNT or --remove."));
    }
    std::optional<Money> amount;
    if (!remove) {
        QString message;
        amount = Money::parse(arguments.value(QStringLiteral("amount")), currency, QLocale::c(),
                              &message, Money::Range::NonNegative);
        if (!amount)
            return context.fail(ExitCode::UsageError, tr("Invalid --amount: %1").arg(message));
    }

    DatabaseSession session(context.databasePath());
    if (!session.isOpen())
        return context.fail(ExitCode::DatabaseError, session.errorMessage());

    ApprovalThresholdService service(session.database(), currentActor(session.database()));
    const ApprovalThresholdService::Result result = remove ? service.remove(currency)
                                                           : service.set(*amount);
    if (!result.succeeded()) {
        return context.fail(result.status == ApprovalThresholdService::Result::Status::Failed
                                ? ExitCode::DatabaseError
                                : ExitCode::Rejected,
                            result.errorMessage);
    }

    qCInfo(lcCli) << "Approval threshold of" << currency << (remove ? "removed" : "set");
    context.out() << (remove ? tr("Charges in %1 need no approval now.").arg(currency)
                             : tr("Charges in %1 of more than %2 wait for approval now.")
                                   .arg(currency, amount->toPlainString()))
                  << '\n';
    return ExitCode::Success;
}
