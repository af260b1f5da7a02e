#pragma once

#include "clicommand.h"
#include "installmentplanrequest.h"
#include "records.h"

#include <QCoreApplication>

// plan-installments --charge ID (--count N --first-due DATE | --due DATE:AMOUNT ...):
// reviews an installment plan (分期) of a charge through the installment
// service and prints the plan table. Only with --confirm does it create the
// plan.
class PlanInstallmentsCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(PlanInstallmentsCommand)

public:
    QString name() const override { return QStringLiteral("plan-installments"); }
    QString summary() const override;
    QString details() const override;
    void declareArguments(ArgumentParser &parser) const override;
    ExitCode run(const ArgumentParser &arguments, CliContext &context) override;

private:
    // Fills request's installments from --count and --first-due, or from the
    // --due values. Returns an empty string, or why the options are invalid.
    QString draftInstallments(const ArgumentParser &arguments, const ChargeRecord &charge,
                              InstallmentPlanRequest *request) const;

    // Writes the plan as a table: number, due date and amount, and a total.
    static void writeTable(const InstallmentPlanRequest &request, QTextStream &out);
};
