#include "reversepaymentcommand.h"

#include "databasesession.h"
#include "logging.h"
#include "paymentrepository.h"
#include "paymentservice.h"
#include "uilanguage.h"

QString ReversePaymentCommand::summary() const
{
    return tr("Reverse a payment, keeping it on record with the reason.");
}

QString ReversePaymentCommand::details() const
{
    return tr("The payment stays in show-customer with status reversed. Its amount is taken "
              "off the paid amounts of the charge, installment and bill and added back to the "
              "customer's balance. The operating system user is recorded as the one who "
              "reversed it.");
}

void ReversePaymentCommand::declareArguments(ArgumentParser &parser) const
{
    parser.addPositional({QStringLiteral("ID"),
                          tr("The payment's ID, as record-payment and show-customer print it.")});
    parser.addOption({QStringLiteral("reason"), QString(), QStringLiteral("TEXT"),
                      tr("Why the payment is reversed; required, at most %1 characters.")
                          .arg(PaymentService::MaxNoteLength),
                      true});
}

ExitCode ReversePaymentCommand::run(const ArgumentParser &arguments, CliContext &context)
{
    const QString idText = arguments.positionalArguments().constFirst();
    bool isNumber = false;
    const qint64 paymentId = idText.toLongLong(&isNumber);
    if (!isNumber || paymentId <= 0) {
        return context.fail(ExitCode::Rejected,
                            tr("Invalid payment ID “%1”: use the number that show-customer "
                               "shows in the ID column of its payments.")
                                .arg(idText));
    }

    DatabaseSession session(context.databasePath());
    if (!session.isOpen())
        return context.fail(ExitCode::DatabaseError, session.errorMessage());

    QString error;
    const PaymentRecord payment = PaymentRepository(session.database()).payment(paymentId,
                                                                              &error);
    if (!error.isEmpty()) {
        return context.fail(ExitCode::DatabaseError,
                            tr("Could not read payment %1 from the database: %2")
                                .arg(paymentId)
                                .arg(error));
    }
    if (payment.id == 0) {
        return context.fail(ExitCode::NotFound,
                            tr("Payment %1 not found. Run show-customer CODE to see a "
                               "customer's payments.")
                                .arg(paymentId));
    }

    PaymentService service(session.database(), currentActor(session.database()));
    const PaymentService::ReverseResult result
        = service.reversePayment(paymentId, arguments.value(QStringLiteral("reason")));
    if (!result.ok) {
        return context.fail(result.databaseFailure ? ExitCode::DatabaseError : ExitCode::Rejected,
                            result.errorMessage);
    }

    qCInfo(lcCli) << "Reversed payment" << paymentId;
    context.out() << tr("Payment %1 is reversed.").arg(paymentId) << '\n';
    return ExitCode::Success;
}
