#include "approvalscommand.h"

#include "chargerepository.h"
#include "databasesession.h"
#include "lookuprepository.h"
#include "texttable.h"

QString ApprovalsCommand::summary() const
{
    return tr("List the charges that wait for approval.");
}

QString ApprovalsCommand::details() const
{
    return tr("A charge of more than the approval threshold of its currency (see "
              "approval-threshold) waits for approval and counts in no balance, bill, "
              "reminder or statement until then. A finance user other than its author "
              "approves it with approve ID, or rejects it with reject ID --reason TEXT. "
              "Amounts are in the currency's major unit; times are local.");
}

void ApprovalsCommand::declareArguments(ArgumentParser &parser) const
{
    parser.addPositional({QStringLiteral("ACTION"), tr("list.")});
}

ExitCode ApprovalsCommand::run(const ArgumentParser &arguments, CliContext &context)
{
    const QString action = arguments.positionalArguments().constFirst();
    if (action != QLatin1String("list")) {
        return context.fail(ExitCode::UsageError,
                            tr("Unknown action “%1”: use list.").arg(action));
    }

    DatabaseSession session(context.databasePath());
    if (!session.isOpen())
        return context.fail(ExitCode::DatabaseError, session.errorMessage());

    QString error;
    const QList<ChargeRecord> charges = ChargeRepository(session.database()).pending(&error);
    if (!error.isEmpty()) {
        return context.fail(ExitCode::DatabaseError,
                            tr("Could not read the charges that wait for approval: %1")
                                .arg(error));
    }
    if (charges.isEmpty()) {
        context.out() << tr("No charge waits for approval.") << '\n';
        return ExitCode::Success;
    }

    const LookupRepository lookups(session.database());
    TextTable table({{tr("ID"), TextTable::Alignment::Right},
                     {tr("Customer")},
                     {tr("Bill")},
                     {tr("Fee type")},
                     {tr("Amount"), TextTable::Alignment::Right},
                     {tr("Currency")},
                     {tr("Due")},
                     {tr("Entered by")},
                     {tr("Entered at")}});
    for (const ChargeRecord &charge : charges) {
        table.addRow({QString::number(charge.id), charge.customerCode, charge.billNo,
                      lookups.label(LookupRepository::Table::FeeTypes, charge.feeTypeCode,
                                    m_language),
                      charge.amount.toPlainString(), charge.amount.currency(),
                      charge.dueDate.toString(Qt::ISODate), charge.createdBy,
                      charge.createdAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))});
    }
    table.write(context.out());
    return ExitCode::Success;
}
