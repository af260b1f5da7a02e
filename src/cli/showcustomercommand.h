#pragma once

#include "clicommand.h"
#include "uilanguage.h"
#include "records.h"

#include <QCoreApplication>

// show-customer CODE: the customer's details, bills, charges and
// outstanding balance.
class ShowCustomerCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(ShowCustomerCommand)

public:
    explicit ShowCustomerCommand(UiLanguage language) : m_language(language) {}

    QString name() const override { return QStringLiteral("show-customer"); }
    QString summary() const override;
    QString details() const override;
    void declareArguments(ArgumentParser &parser) const override;
    ExitCode run(const ArgumentParser &arguments, CliContext &context) override;

private:
    void writeDetails(const CustomerRecord &customer, QTextStream &out) const;
    void writeBills(const QList<BillRecord> &bills, QTextStream &out) const;

    UiLanguage m_language;
};
