#include "recordpaymentcommand.h"

#include "addchargecommand.h"
#include "databasesession.h"
#include "helptext.h"
#include "installmentrepository.h"
#include "logging.h"
#include "paymentrequest.h"
#include "paymentservice.h"
#include "recordlookup.h"
#include "textlayout.h"
#include "uilanguage.h"

#include <QHash>
#include <QLocale>

namespace {

// Maximum width of a value quoted in a message, in terminal columns.
constexpr int QuotedValueWidth = 40;

// Parses a positive whole number; returns 0 for anything else.
qint64 positiveNumber(const QString &text)
{
    bool isNumber = false;
    const qint64 number = text.toLongLong(&isNumber);
    return isNumber && number > 0 ? number : 0;
}

} // namespace

QString RecordPaymentCommand::summary() const
{
    return tr("Review a payment of a bill, a charge or an installment, and record it with "
              "--confirm.");
}

QString RecordPaymentCommand::details() const
{
    const QStringList paragraphs = {
        tr("Give exactly one of --bill (the bill's own lines) and --charge. A charge with an "
           "installment plan is paid one installment at a time: add --installment with the "
           "installment's number, as plan-installments prints it."),
        tr("Without --confirm the command prints the confirmation summary (what is paid, the "
           "amount, the payment method and date, and the open amount and the customer's "
           "balance before and after) and writes nothing."),
        tr("With --confirm it runs the same checks again inside one transaction and writes the "
           "payment, the paid amounts of the charge, installment and bill, the customer's "
           "balance and an audit record together, then prints the new payment's ID and what "
           "is still open. A payment with the same --request-key as an earlier one is not written again: the "
           "command prints the earlier payment's ID and exits with 0."),
        tr("An amount larger than what is still open is rejected; the message names the open "
           "amount. To take back a payment, reverse it with reverse-payment."),
        tr("A payment that looks identical to a posted payment of the same customer (same "
           "bill, charge or installment, amount and payment date, or the same --reference "
           "whatever its date) is rejected with exit status 2 and a list of those payments, "
           "unless --acknowledge-duplicate gives a note saying why the new payment is real. "
           "Reversed payments do not count."),
    };
    return paragraphs.join(QLatin1String("\n\n"));
}

void RecordPaymentCommand::declareArguments(ArgumentParser &parser) const
{
    const QString noValue;
    parser.addOption({QStringLiteral("bill"), noValue, QStringLiteral("NO"),
                      tr("Number of the bill whose own lines are paid, e.g. 10643.")});
    parser.addOption({QStringLiteral("charge"), noValue, QStringLiteral("ID"),
                      tr("ID of the charge paid, as list-charges prints it.")});
    parser.addOption({QStringLiteral("installment"), noValue, QStringLiteral("SEQ"),
                      tr("Number of the installment paid in the charge's plan: 1 for the "
                         "first. Requires --charge.")});
    parser.addOption({QStringLiteral("amount"), noValue, QStringLiteral("AMOUNT"),
                      tr("Amount received in major units of the currency of what is paid, with "
                         "'.' as the decimal point, e.g. 250.00. More than 0 and at most the "
                         "open amount."),
                      true});
    parser.addOption({QStringLiteral("paid-on"), noValue, QStringLiteral("DATE"),
                      tr("Date the money arrived as YYYY-MM-DD; not after today."), true});
    parser.addOption({QStringLiteral("payment-method"), noValue, QStringLiteral("CODE"),
                      tr("Payment method code, e.g. BANK_TRANSFER, CORPORATE_TRANSFER, CASH, "
                         "WECHAT_PAY, ALIPAY, CHEQUE."),
                      true});
    parser.addOption({QStringLiteral("reference"), noValue, QStringLiteral("TEXT"),
                      tr("Bank or receipt reference, at most %1 characters.")
                          .arg(PaymentService::MaxReferenceLength)});
    parser.addOption({QStringLiteral("note"), noValue, QStringLiteral("TEXT"),
                      tr("Free-text note, at most %1 characters.")
                          .arg(PaymentService::MaxNoteLength)});
    parser.addOption({QStringLiteral("request-key"), noValue, QStringLiteral("KEY"),
                      tr("Key of this request, 8 to 100 characters. Running the command again "
                         "with the same key returns the first payment instead of writing "
                         "another, so a retry is safe. Default: a new random key.")});
    parser.addOption({QStringLiteral("acknowledge-duplicate"), noValue, QStringLiteral("NOTE"),
                      tr("Note saying why the payment is real although it looks identical to "
                         "a payment already recorded; required when there is one, at most %1 "
                         "characters, kept with the payment and in the audit log.")
                          .arg(PaymentService::MaxNoteLength)});
    parser.addOption({QStringLiteral("confirm"), noValue, QString(),
                      tr("Record the payment. Without it nothing is written.")});
}

ExitCode RecordPaymentCommand::run(const ArgumentParser &arguments, CliContext &context)
{
    const bool hasBill = arguments.isSet(QStringLiteral("bill"));
    const bool hasCharge = arguments.isSet(QStringLiteral("charge"));
    if (hasBill == hasCharge) {
        return context.fail(ExitCode::UsageError,
                            tr("Give either --bill or --charge to say what is paid.")
                                + QLatin1Char('\n') + HelpText::seeHelp(name()));
    }
    if (arguments.isSet(QStringLiteral("installment")) && !hasCharge) {
        return context.fail(ExitCode::UsageError,
                            tr("--installment needs --charge: give the charge whose "
                               "installment is paid.")
                                + QLatin1Char('\n') + HelpText::seeHelp(name()));
    }

    const QString paidOnText = arguments.value(QStringLiteral("paid-on"));
    const QDate paidOn = AddChargeCommand::parseIsoDate(paidOnText);
    if (!paidOn.isValid()) {
        return context.fail(ExitCode::Rejected,
                            tr("Invalid --paid-on “%1”: use a calendar date as YYYY-MM-DD, "
                               "e.g. 2024-07-31. Nothing was written.")
                                .arg(paidOnText));
    }

    DatabaseSession session(context.databasePath());
    if (!session.isOpen())
        return context.fail(ExitCode::DatabaseError, session.errorMessage());

    PaymentRequest request;
    const ExitCode resolved = resolveTarget(arguments, context, session.database(), &request);
    if (resolved != ExitCode::Success)
        return resolved;
    request.requestKey = arguments.isSet(QStringLiteral("request-key"))
                             ? arguments.value(QStringLiteral("request-key"))
                             : PaymentRequest::newRequestKey();
    request.amountText = arguments.value(QStringLiteral("amount"));
    request.amountLocale = QLocale::c();
    request.paidOn = paidOn;
    request.paymentMethodCode = arguments.value(QStringLiteral("payment-method"));
    request.reference = arguments.value(QStringLiteral("reference"));
    request.note = arguments.value(QStringLiteral("note"));
    request.duplicateAcknowledgement = arguments.value(QStringLiteral("acknowledge-duplicate"));

    PaymentService service(session.database(), currentActor(session.database()));
    const PaymentReview review = service.review(request);
    if (!review.failure.isEmpty())
        return context.fail(ExitCode::DatabaseError, review.failure);

    if (arguments.isSet(QStringLiteral("confirm")))
        return commit(service, request, review, arguments, context);

    if (!review.isValid())
        return context.fail(ExitCode::Rejected, errorsText(review, arguments));
    QTextStream &out = context.out();
    out << review.summary << '\n';
    if (review.needsAcknowledgement())
        out << '\n' << duplicatesText(review) << '\n';
    if (!review.canCommit(request.duplicateAcknowledgement)) {
        qCInfo(lcCli) << "Payment request" << request.requestKey << "looks identical to payments"
                      << review.duplicatePaymentIds() << "; no acknowledgement";
        return context.fail(ExitCode::Rejected, refusalText(review, arguments));
    }
    const QString unusedNote = unusedNoteText(review, arguments);
    if (!unusedNote.isEmpty())
        out << '\n' << unusedNote << '\n';
    if (review.existingPaymentId == 0) {
        out << '\n'
            << tr("Nothing was written. To record this payment, run the same command again "
                  "with --confirm.")
            << '\n';
    }
    return ExitCode::Success;
}

ExitCode RecordPaymentCommand::resolveTarget(const ArgumentParser &arguments,
                                             CliContext &context, const QSqlDatabase &db,
                                             PaymentRequest *request) const
{
    RecordLookup lookup(db, context);
    if (arguments.isSet(QStringLiteral("bill"))) {
        const auto bill = lookup.bill(arguments.value(QStringLiteral("bill")));
        if (!bill)
            return lookup.failure();
        request->billId = bill->id;
        request->customerId = bill->customerId;
        return ExitCode::Success;
    }

    const QString chargeText = arguments.value(QStringLiteral("charge"));
    const qint64 chargeId = positiveNumber(chargeText);
    if (chargeId == 0) {
        return context.fail(ExitCode::Rejected,
                            tr("Invalid --charge “%1”: use the number that list-charges shows "
                               "in its ID column.")
                                .arg(chargeText));
    }
    const auto charge = lookup.charge(chargeId);
    if (!charge)
        return lookup.failure();
    request->chargeId = charge->id;
    request->customerId = charge->customerId;
    if (!arguments.isSet(QStringLiteral("installment")))
        return ExitCode::Success;

    const QString seqText = arguments.value(QStringLiteral("installment"));
    const qint64 seq = positiveNumber(seqText);
    if (seq == 0) {
        return context.fail(ExitCode::Rejected,
                            tr("Invalid --installment “%1”: use the installment's number in "
                               "the plan, 1 for the first.")
                                .arg(seqText));
    }
    QString error;
    const InstallmentPlanRecord plan = InstallmentRepository(db).activePlan(chargeId, &error);
    if (!error.isEmpty()) {
        return context.fail(ExitCode::DatabaseError,
                            tr("Could not read the installment plan of charge %1: %2")
                                .arg(chargeId)
                                .arg(error));
    }
    if (plan.id == 0) {
        return context.fail(ExitCode::NotFound,
                            tr("Charge %1 has no active installment plan. Leave out "
                               "--installment to pay the charge itself.")
                                .arg(chargeId));
    }
    for (const InstallmentRecord &installment : plan.installments) {
        if (installment.seq == seq) {
            request->installmentId = installment.id;
            return ExitCode::Success;
        }
    }
    return context.fail(ExitCode::NotFound,
                        tr("Charge %1 has no installment %2: its plan has installments 1 to "
                           "%3.")
                            .arg(chargeId)
                            .arg(seq)
                            .arg(plan.installments.size()));
}

QString RecordPaymentCommand::optionForField(const QString &field)
{
    static const QHash<QString, QString> options = {
        {QStringLiteral("bill_id"), QStringLiteral("--bill")},
        {QStringLiteral("charge_id"), QStringLiteral("--charge")},
        {QStringLiteral("installment_id"), QStringLiteral("--installment")},
        {QStringLiteral("amount_minor"), QStringLiteral("--amount")},
        {QStringLiteral("paid_on"), QStringLiteral("--paid-on")},
        {QStringLiteral("payment_method_code"), QStringLiteral("--payment-method")},
        {QStringLiteral("reference"), QStringLiteral("--reference")},
        {QStringLiteral("note"), QStringLiteral("--note")},
        {QStringLiteral("request_key"), QStringLiteral("--request-key")},
        {QStringLiteral("duplicate_ack_note"), QStringLiteral("--acknowledge-duplicate")},
    };
    return options.value(field);
}

QString RecordPaymentCommand::errorsText(const PaymentReview &review,
                                         const ArgumentParser &arguments)
{
    QStringList lines;
    for (const FieldError &error : review.errors) {
        const QString option = optionForField(error.field);
        if (option.isEmpty() || !arguments.isSet(option.mid(2))) {
            lines << error.message;
            continue;
        }
        const QString value = TextLayout::elided(
            TextLayout::withoutControlCharacters(arguments.value(option.mid(2))),
            QuotedValueWidth);
        lines << tr("Invalid %1 “%2”: %3").arg(option, value, error.message);
    }
    lines << tr("Nothing was written.");
    return lines.join(QLatin1Char('\n'));
}

QString RecordPaymentCommand::duplicatesText(const PaymentReview &review)
{
    QStringList lines{tr("Payments that look identical:")};
    for (const PaymentDuplicateFinding &finding : review.duplicates)
        lines << QStringLiteral("  - ") + finding.description;
    return lines.join(QLatin1Char('\n'));
}

QString RecordPaymentCommand::refusalText(const PaymentReview &review,
                                          const ArgumentParser &arguments)
{
    QStringList ids;
    for (qint64 id : review.duplicatePaymentIds())
        ids << QString::number(id);
    if (arguments.isSet(QStringLiteral("acknowledge-duplicate"))
        && arguments.value(QStringLiteral("acknowledge-duplicate")).trimmed().isEmpty()) {
        return tr("Rejected: the payment looks identical to payment %1, already recorded, and "
                  "the note given with --acknowledge-duplicate is blank. Nothing was written. "
                  "Run the command again with a note that says why this is a separate "
                  "payment, e.g. --acknowledge-duplicate \"Second installment paid in cash\".")
            .arg(QLocale().createSeparatedList(ids));
    }
    return tr("Rejected: the payment looks identical to payment %1, already recorded. Nothing "
              "was written. If this is a separate payment, run the command again with "
              "--acknowledge-duplicate NOTE saying why; the note is kept with the payment and "
              "in the audit log.")
        .arg(QLocale().createSeparatedList(ids));
}

QString RecordPaymentCommand::unusedNoteText(const PaymentReview &review,
                                             const ArgumentParser &arguments)
{
    if (review.needsAcknowledgement() || !arguments.isSet(QStringLiteral("acknowledge-duplicate")))
        return {};
    return tr("No recorded payment looks identical, so the note given with "
              "--acknowledge-duplicate is not needed and is not kept. Use --note for a note "
              "kept with the payment.");
}

ExitCode RecordPaymentCommand::commit(PaymentService &service, const PaymentRequest &request,
                                      const PaymentReview &review,
                                      const ArgumentParser &arguments, CliContext &context) const
{
    const PaymentService::CommitResult result = service.commit(request, review);

    switch (result.status) {
    case PaymentService::CommitResult::Status::Committed:
        qCInfo(lcCli) << "Recorded payment" << result.paymentId << "with request key"
                      << request.requestKey;
        if (const QString unusedNote = unusedNoteText(result.review, arguments);
            !unusedNote.isEmpty()) {
            context.out() << unusedNote << '\n';
        }
        if (result.review.openAfter.isZero()) {
            context.out() << tr("Payment %1 recorded; nothing is left to pay on %2.")
                                 .arg(QString::number(result.paymentId),
                                      result.review.targetDescription)
                          << '\n';
        } else {
            context.out() << tr("Payment %1 recorded; %2 is still open on %3.")
                                 .arg(QString::number(result.paymentId),
                                      result.review.openAfter.format(QLocale()),
                                      result.review.targetDescription)
                          << '\n';
        }
        return ExitCode::Success;

    case PaymentService::CommitResult::Status::Replayed:
        qCInfo(lcCli) << "Request key" << request.requestKey << "replayed payment"
                      << result.paymentId;
        context.out() << tr("Payment %1 already exists for request key “%2”. Nothing more "
                            "was written.")
                             .arg(result.paymentId)
                             .arg(request.requestKey)
                      << '\n';
        return ExitCode::Success;

    case PaymentService::CommitResult::Status::Rejected:
        if (!result.review.isValid())
            return context.fail(ExitCode::Rejected, errorsText(result.review, arguments));
        if (!result.review.canCommit(request.duplicateAcknowledgement)) {
            return context.fail(ExitCode::Rejected, duplicatesText(result.review)
                                                        + QLatin1Char('\n')
                                                        + refusalText(result.review,
                                                                      arguments));
        }
        return context.fail(ExitCode::Rejected, result.errorMessage);

    case PaymentService::CommitResult::Status::Failed:
        break;
    }
    // The service's message already states that nothing was written.
    return context.fail(ExitCode::DatabaseError, result.errorMessage);
}
