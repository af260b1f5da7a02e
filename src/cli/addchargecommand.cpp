#include "addchargecommand.h"

#include "chargerequest.h"
#include "chargereview.h"
#include "chargereviewreport.h"
#include "chargeservice.h"
#include "databasesession.h"
#include "logging.h"
#include "money.h"
#include "recordlookup.h"

#include <QLocale>

QString AddChargeCommand::summary() const
{
    return tr("Review a supplementary charge, and commit it with --confirm.");
}

QString AddChargeCommand::details() const
{
    const QStringList paragraphs = {
        tr("Without --confirm the command prints the confirmation summary (customer and bill, "
           "amount, fee type, reason, payment method, due date, and the balances before and "
           "after) and any duplicate findings, and writes nothing."),
        tr("With --confirm it runs the same checks again inside one transaction and writes the "
           "charge, the bill's and the customer's balances and an audit record together, then "
           "prints “Charge ID committed.”. A charge with the same --request-key as an earlier "
           "one is not written again: the command prints the earlier charge's ID and exits "
           "with 0."),
        tr("An exact duplicate (same customer, bill or no bill, fee type, amount and due date, "
           "not void) is rejected. A possible duplicate (same customer and amount due within "
           "%1 days, or same bill and fee type) is rejected unless --acknowledge-duplicate "
           "gives a note.")
            .arg(ChargeService::PossibleDuplicateWindowDays),
        tr("Charges are positive; to take back a charge, void it with void-charge."),
    };
    return paragraphs.join(QLatin1String("\n\n"));
}

void AddChargeCommand::declareArguments(ArgumentParser &parser) const
{
    const QString noValue;
    parser.addOption({QStringLiteral("customer"), noValue, QStringLiteral("CODE"),
                      tr("Customer code, e.g. ALFKI."), true});
    parser.addOption({QStringLiteral("bill"), noValue, QStringLiteral("NO"),
                      tr("Number of one of the customer's bills, e.g. 10643. Without it the "
                         "charge is on the customer's account.")});
    parser.addOption({QStringLiteral("fee-type"), noValue, QStringLiteral("CODE"),
                      tr("Fee type code, e.g. SERVICE, MATERIAL, FREIGHT, LATE_FEE, "
                         "UPGRADE_DIFF."),
                      true});
    parser.addOption({QStringLiteral("amount"), noValue, QStringLiteral("AMOUNT"),
                      tr("Amount in major units of the customer's currency, with '.' as the "
                         "decimal point and at most the currency's decimals, e.g. 1234.50 "
                         "for ¥1,234.50 or $1,234.50. Group separators (1,234.50) and the "
                         "currency's symbol are accepted. More than 0 and at most "
                         "1000000000000."),
                      true});
    parser.addOption({QStringLiteral("reason"), noValue, QStringLiteral("CODE"),
                      tr("Charge reason code, e.g. UNPAID, BILLING_ERROR, CONTRACT_CHANGE, "
                         "PLAN_UPGRADE, OTHER."),
                      true});
    parser.addOption({QStringLiteral("note"), noValue, QStringLiteral("TEXT"),
                      tr("Free-text note, at most %1 characters.")
                          .arg(ChargeService::MaxNoteLength)});
    parser.addOption({QStringLiteral("payment-method"), noValue, QStringLiteral("CODE"),
                      tr("Payment method code, e.g. BANK_TRANSFER, CORPORATE_TRANSFER, CASH, "
                         "WECHAT_PAY, ALIPAY, CHEQUE."),
                      true});
    parser.addOption({QStringLiteral("due"), noValue, QStringLiteral("DATE"),
                      tr("Payment due date as YYYY-MM-DD, not before the bill's issue date."),
                      true});
    parser.addOption({QStringLiteral("request-key"), noValue, QStringLiteral("KEY"),
                      tr("Key of this request, 8 to 100 characters. Running the command again "
                         "with the same key returns the first charge instead of writing "
                         "another, so a retry is safe. Default: a new random key.")});
    parser.addOption({QStringLiteral("acknowledge-duplicate"), noValue, QStringLiteral("NOTE"),
                      tr("Note saying why the charge is not a duplicate of the possible "
                         "duplicates found; required when there are any, at most %1 "
                         "characters, kept in the audit log.")
                          .arg(ChargeService::MaxNoteLength)});
    parser.addOption({QStringLiteral("confirm"), noValue, QString(),
                      tr("Commit the charge. Without it nothing is written.")});
}

ExitCode AddChargeCommand::run(const ArgumentParser &arguments, CliContext &context)
{
    const QString dueText = arguments.value(QStringLiteral("due"));
    const QDate dueDate = parseIsoDate(dueText);
    if (!dueDate.isValid()) {
        return context.fail(ExitCode::Rejected,
                            tr("Invalid --due “%1”: use a calendar date as YYYY-MM-DD, "
                               "e.g. 2024-07-31. Nothing was written.")
                                .arg(dueText));
    }

    DatabaseSession session(context.databasePath());
    if (!session.isOpen())
        return context.fail(ExitCode::DatabaseError, session.errorMessage());

    RecordLookup lookup(session.database(), context);
    const auto customer = lookup.customer(arguments.value(QStringLiteral("customer")));
    if (!customer)
        return lookup.failure();

    qint64 billId = 0;
    if (arguments.isSet(QStringLiteral("bill"))) {
        const auto bill = lookup.bill(arguments.value(QStringLiteral("bill")));
        if (!bill)
            return lookup.failure();
        if (bill->customerId != customer->id) {
            return context.fail(ExitCode::Rejected,
                                tr("Invalid --bill “%1”: the bill belongs to another customer, "
                                   "not to %2. Run show-customer %2 to list its bills. "
                                   "Nothing was written.")
                                    .arg(bill->billNo, customer->code));
        }
        billId = bill->id;
    }

    ChargeRequest request;
    request.requestKey = arguments.isSet(QStringLiteral("request-key"))
                             ? arguments.value(QStringLiteral("request-key"))
                             : ChargeRequest::newRequestKey();
    request.customerId = customer->id;
    request.billId = billId;
    request.feeTypeCode = arguments.value(QStringLiteral("fee-type"));
    request.amountText = arguments.value(QStringLiteral("amount"));
    request.amountLocale = QLocale::c();
    request.reasonCode = arguments.value(QStringLiteral("reason"));
    request.note = arguments.value(QStringLiteral("note"));
    request.paymentMethodCode = arguments.value(QStringLiteral("payment-method"));
    request.dueDate = dueDate;
    request.duplicateAcknowledgement = arguments.value(QStringLiteral("acknowledge-duplicate"));

    ChargeService service(session.database(), currentActor(session.database()));
    const ChargeReview review = service.review(request);
    if (!review.failure.isEmpty())
        return context.fail(ExitCode::DatabaseError, review.failure);
    const ChargeReviewReport report(session.database(), m_language, arguments);

    if (arguments.isSet(QStringLiteral("confirm")))
        return commit(service, request, review, report, context);
    return preview(request, review, report, context);
}

QDate AddChargeCommand::parseIsoDate(const QString &text)
{
    return QDate::fromString(text, QStringLiteral("yyyy-MM-dd"));
}

ExitCode AddChargeCommand::preview(const ChargeRequest &request, const ChargeReview &review,
                                   const ChargeReviewReport &report, CliContext &context) const
{
    if (!review.isValid())
        return context.fail(ExitCode::Rejected, report.errorsText(review));

    // The duplicate check leaves out the charge of the same request key, so
    // a replay is reported here rather than as a duplicate.
    if (review.existingChargeId != 0) {
        context.out() << tr("Request key “%1” was already used for charge %2. With --confirm "
                            "the command prints that charge's ID and writes nothing if the "
                            "values are the same, and rejects the request otherwise.")
                             .arg(request.requestKey)
                             .arg(review.existingChargeId)
                      << '\n';
        return ExitCode::Success;
    }

    QTextStream &out = context.out();
    out << review.summary << '\n';
    const QString findings = report.findingsText(review);
    if (!findings.isEmpty())
        out << '\n' << findings << '\n';

    if (!review.canCommit(request.duplicateAcknowledgement))
        return context.fail(ExitCode::Rejected,
                            report.refusalText(review, request.duplicateAcknowledgement));

    out << '\n'
        << tr("Nothing was written. To commit this charge, run the same command again "
              "with --confirm.")
        << '\n';
    return ExitCode::Success;
}

ExitCode AddChargeCommand::commit(ChargeService &service, const ChargeRequest &request,
                                  const ChargeReview &review, const ChargeReviewReport &report,
                                  CliContext &context) const
{
    // The service re-runs every check inside its transaction and handles a
    // replayed request key first, so even a review with findings goes to it.
    const ChargeService::CommitResult result = service.commit(request, review);

    switch (result.status) {
    case ChargeService::CommitResult::Status::Committed:
        qCInfo(lcCli) << "Committed charge" << result.chargeId << "with request key"
                      << request.requestKey;
        if (result.review.needsApproval) {
            context.out() << tr("Charge %1 saved. It waits for approval by a finance user "
                                "other than you and counts nowhere until then.")
                                 .arg(result.chargeId)
                          << '\n';
        } else {
            context.out() << tr("Charge %1 committed.").arg(result.chargeId) << '\n';
        }
        return ExitCode::Success;

    case ChargeService::CommitResult::Status::Replayed:
        qCInfo(lcCli) << "Request key" << request.requestKey << "replayed charge"
                      << result.chargeId;
        context.out() << tr("Charge %1 already exists for request key “%2”. Nothing more "
                            "was written.")
                             .arg(result.chargeId)
                             .arg(request.requestKey)
                      << '\n';
        return ExitCode::Success;

    case ChargeService::CommitResult::Status::Rejected: {
        const ChargeReview &checked = result.review;
        if (!checked.isValid())
            return context.fail(ExitCode::Rejected, report.errorsText(checked));

        // A request key used before for other values is reported before any
        // duplicate, as the service checks it first.
        if (checked.existingChargeId != 0)
            return context.fail(ExitCode::Rejected, result.errorMessage);

        const QString refusal = report.refusalText(checked, request.duplicateAcknowledgement);
        if (refusal.isEmpty())
            return context.fail(ExitCode::Rejected, result.errorMessage);
        return context.fail(ExitCode::Rejected, report.findingsText(checked) + QLatin1Char('\n')
                                                    + refusal);
    }

    case ChargeService::CommitResult::Status::Failed:
        break;
    }
    // The service's message already states that nothing was written.
    return context.fail(ExitCode::DatabaseError, result.errorMessage);
}
