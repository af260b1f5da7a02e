#pragma once

#include "clicommand.h"

#include <QCoreApplication>
#include <QSqlDatabase>

class PaymentService;
struct PaymentRequest;
struct PaymentReview;

// record-payment (--bill NO | --charge ID [--installment SEQ]) --amount ...:
// reviews a payment (回款) through the payment service and prints the
// confirmation summary and any payments that look identical. Only with
// --confirm does it commit, and then it prints the new payment's ID. A
// payment that looks identical needs --acknowledge-duplicate.
class RecordPaymentCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(RecordPaymentCommand)

public:
    QString name() const override { return QStringLiteral("record-payment"); }
    QString summary() const override;
    QString details() const override;
    void declareArguments(ArgumentParser &parser) const override;
    ExitCode run(const ArgumentParser &arguments, CliContext &context) override;

    // Returns the option that sets a payments column, e.g. "--amount" for
    // "amount_minor", or an empty string for a column without one.
    static QString optionForField(const QString &field);

private:
    // Fills the target and customer of request from --bill, or --charge and
    // --installment. Returns Success, or the status the command ends with
    // after writing the reason.
    ExitCode resolveTarget(const ArgumentParser &arguments, CliContext &context,
                           const QSqlDatabase &db, PaymentRequest *request) const;

    // One line per field error, each naming the option and the value typed.
    static QString errorsText(const PaymentReview &review, const ArgumentParser &arguments);

    // The payments that look identical, one line each, under a heading.
    static QString duplicatesText(const PaymentReview &review);

    // Says that nothing was written and which option records the payment,
    // or that the note given with --acknowledge-duplicate is blank.
    static QString refusalText(const PaymentReview &review, const ArgumentParser &arguments);

    // Says that --acknowledge-duplicate was given where no payment looks
    // identical, so its note is not kept; empty otherwise.
    static QString unusedNoteText(const PaymentReview &review, const ArgumentParser &arguments);

    ExitCode commit(PaymentService &service, const PaymentRequest &request,
                    const PaymentReview &review, const ArgumentParser &arguments,
                    CliContext &context) const;
};
