#include "paymentvalidator.h"

#include "billlinesbalance.h"
#include "billrepository.h"
#include "chargerepository.h"
#include "chargevalidator.h"
#include "customerrepository.h"
#include "dateformat.h"
#include "installmentrepository.h"
#include "lookuprepository.h"
#include "paymentservice.h"

namespace {

// Whether text has an invisible formatting character (Unicode category Cf),
// such as a zero-width space.
bool hasFormatCharacter(const QString &text)
{
    for (const QChar character : text) {
        if (character.category() == QChar::Other_Format)
            return true;
    }
    return false;
}

void addError(PaymentReview *review, const char *field, const QString &message)
{
    review->errors << FieldError{QString::fromLatin1(field), message};
}

// Returns whether the target is resolved: a charge, or a bill's own lines.
bool hasTarget(const PaymentReview &review)
{
    return review.charge.id != 0 || review.bill.id != 0;
}

QString targetCurrency(const PaymentReview &review)
{
    return review.charge.id != 0 ? review.charge.amount.currency()
                                 : review.bill.linesTotal.currency();
}

} // namespace

bool PaymentValidator::validate(const PaymentRequest &request, PaymentReview *review,
                                QString *error) const
{
    if (request.requestKey.size() < 8 || request.requestKey.size() > 100) {
        addError(review, "request_key",
                 tr("The request key “%1” is invalid: it must have 8 to 100 characters.")
                     .arg(request.requestKey));
    }
    if (!validateCustomer(request, review, error))
        return false;

    if (review->customer.id != 0) {
        if (request.chargeId != 0) {
            if (!validateCharge(request, review, error))
                return false;
        } else if (request.installmentId != 0) {
            addError(review, "installment_id",
                     tr("Installment %1 was given without its charge. Choose the charge "
                        "first, then its installment.")
                         .arg(request.installmentId));
        } else if (request.billId != 0) {
            if (!validateBill(request, review, error))
                return false;
        } else {
            addError(review, "charge_id",
                     tr("Nothing to pay is selected. Choose a bill, a charge or an "
                        "installment."));
        }
    }

    if (hasTarget(*review)) {
        review->targetDescription = describeTarget(*review);
        if (review->existingPaymentId == 0 && !validateOpenTarget(review, error))
            return false;
        validateAmount(request, review);
    }
    if (!validateMethod(request, review, error))
        return false;
    validateTexts(request, review);
    validatePaidOn(request, review);
    return true;
}

bool PaymentValidator::validateCustomer(const PaymentRequest &request, PaymentReview *review,
                                        QString *error) const
{
    if (request.customerId <= 0) {
        addError(review, "customer_id", tr("No customer is selected. Choose a customer first."));
        return true;
    }

    QString queryError;
    const auto customer = CustomerRepository(m_db).findById(request.customerId, &queryError);
    if (!queryError.isEmpty()) {
        *error = queryError;
        return false;
    }
    if (!customer) {
        addError(review, "customer_id",
                 tr("Customer %1 does not exist. Choose an existing customer.")
                     .arg(request.customerId));
        return true;
    }
    review->customer = *customer;
    return true;
}

bool PaymentValidator::validateCharge(const PaymentRequest &request, PaymentReview *review,
                                      QString *error) const
{
    QString queryError;
    const auto charge = ChargeRepository(m_db).findById(request.chargeId, &queryError);
    if (!queryError.isEmpty()) {
        *error = queryError;
        return false;
    }
    if (!charge) {
        addError(review, "charge_id",
                 tr("Charge %1 does not exist. Check the charge number.").arg(request.chargeId));
        return true;
    }
    if (charge->customerId != review->customer.id) {
        addError(review, "charge_id",
                 tr("Charge %1 belongs to another customer, not to %2. Choose one of %2's "
                    "charges.")
                     .arg(QString::number(charge->id), review->customer.code));
        return true;
    }
    if (request.billId != 0 && request.billId != charge->billId) {
        addError(review, "bill_id",
                 tr("Charge %1 is not on bill %2. Leave the bill out to pay the charge.")
                     .arg(charge->id)
                     .arg(request.billId));
        return true;
    }
    if (charge->amount.currency() != review->customer.currency) {
        addError(review, "charge_id",
                 tr("Charge %1 is in %2 but the customer's balance is kept in %3, so its "
                    "payments cannot be recorded here.")
                     .arg(QString::number(charge->id), charge->amount.currency(),
                          review->customer.currency));
        return true;
    }

    if (charge->billId != 0) {
        const auto bill = BillRepository(m_db).findById(charge->billId, &queryError);
        if (!queryError.isEmpty()) {
            *error = queryError;
            return false;
        }
        if (bill)
            review->bill = *bill;
    }
    review->charge = *charge;

    if (request.installmentId != 0)
        return validateInstallment(request, review, error);
    return true;
}

bool PaymentValidator::validateInstallment(const PaymentRequest &request, PaymentReview *review,
                                           QString *error) const
{
    const InstallmentRepository installments(m_db);
    QString queryError;
    const InstallmentRecord installment
        = installments.installment(request.installmentId, &queryError);
    if (!queryError.isEmpty()) {
        *error = queryError;
        return false;
    }
    if (installment.id == 0) {
        addError(review, "installment_id",
                 tr("Installment %1 does not exist. Choose one of the installments of charge "
                    "%2.")
                     .arg(request.installmentId)
                     .arg(request.chargeId));
        return true;
    }
    if (installment.chargeId != review->charge.id) {
        addError(review, "installment_id",
                 tr("Installment %1 belongs to charge %2, not to charge %3. Choose one of "
                    "charge %3's installments.")
                     .arg(installment.id)
                     .arg(installment.chargeId)
                     .arg(review->charge.id));
        return true;
    }
    review->installment = installment;
    return true;
}

bool PaymentValidator::validateBill(const PaymentRequest &request, PaymentReview *review,
                                    QString *error) const
{
    QString queryError;
    const auto bill = BillRepository(m_db).findById(request.billId, &queryError);
    if (!queryError.isEmpty()) {
        *error = queryError;
        return false;
    }
    if (!bill) {
        addError(review, "bill_id",
                 tr("Bill %1 does not exist. Choose one of the customer's bills.")
                     .arg(request.billId));
    } else if (bill->customerId != review->customer.id) {
        addError(review, "bill_id",
                 tr("Bill %1 belongs to another customer, not to %2. Choose one of %2's bills.")
                     .arg(bill->billNo, review->customer.code));
    } else if (bill->linesTotal.currency() != review->customer.currency) {
        addError(review, "bill_id",
                 tr("Bill %1 is in %2 but the customer's balance is kept in %3, so its "
                    "payments cannot be recorded here.")
                     .arg(bill->billNo, bill->linesTotal.currency(), review->customer.currency));
    } else {
        review->bill = *bill;
    }
    return true;
}

bool PaymentValidator::validateOpenTarget(PaymentReview *review, QString *error) const
{
    const ChargeRecord &charge = review->charge;
    if (charge.id == 0) {
        const auto open = BillLinesBalance(m_db).open(review->bill, error);
        if (!open)
            return false;
        review->openBefore = *open;
    } else if (charge.isVoid()) {
        addError(review, "charge_id",
                 tr("Charge %1 is void, so it cannot be paid.").arg(charge.id));
        return true;
    } else if (!charge.isPosted()) {
        addError(review, "charge_id",
                 charge.isPending()
                     ? tr("Charge %1 waits for approval, so it cannot be paid until a finance "
                          "user approves it.")
                           .arg(charge.id)
                     : tr("Charge %1 was rejected, so it cannot be paid.").arg(charge.id));
        return true;
    } else if (review->installment.id != 0) {
        QString queryError;
        const InstallmentPlanRecord plan
            = InstallmentRepository(m_db).plan(review->installment.planId, &queryError);
        if (!queryError.isEmpty()) {
            *error = queryError;
            return false;
        }
        if (!plan.isActive()) {
            addError(review, "installment_id",
                     tr("Installment %1 belongs to installment plan %2 of charge %3, which was "
                        "cancelled. Pay the charge or an installment of its current plan.")
                         .arg(review->installment.seq)
                         .arg(plan.id)
                         .arg(charge.id));
            return true;
        }
        review->openBefore = review->installment.open();
    } else {
        QString queryError;
        const InstallmentPlanRecord plan
            = InstallmentRepository(m_db).activePlan(charge.id, &queryError);
        if (!queryError.isEmpty()) {
            *error = queryError;
            return false;
        }
        if (plan.id != 0) {
            QString firstOpen;
            for (const InstallmentRecord &installment : plan.installments) {
                if (installment.open().minorUnits() > 0) {
                    firstOpen = tr("The first open installment is number %1: %2 due %3.")
                                    .arg(installment.seq)
                                    .arg(installment.open().format(),
                                         formatDate(installment.dueDate));
                    break;
                }
            }
            addError(review, "installment_id",
                     tr("Charge %1 is paid in installments, so record the payment against one "
                        "installment.")
                             .arg(charge.id)
                         + QLatin1Char(' ') + firstOpen);
            return true;
        }
        review->openBefore = charge.open();
    }

    if (review->openBefore.minorUnits() <= 0) {
        addError(review, "amount_minor",
                 tr("Nothing is left to pay on %1.").arg(review->targetDescription));
    }
    return true;
}

void PaymentValidator::validateAmount(const PaymentRequest &request, PaymentReview *review) const
{
    QString message;
    const auto amount = Money::parse(request.amountText, targetCurrency(*review),
                                     request.amountLocale, &message, Money::Range::Positive);
    if (!amount) {
        addError(review, "amount_minor", message);
        return;
    }
    review->amount = *amount;

    // The open amount is unknown for a replay, and when the target was
    // rejected, in which case the errors above give the reason.
    const Money &open = review->openBefore;
    if (!open.isValid() || open.minorUnits() <= 0)
        return;
    if (amount->minorUnits() > open.minorUnits()) {
        addError(review, "amount_minor",
                 tr("The amount %1 is more than the %2 still open on %3. Enter at most %2; an "
                    "overpayment cannot be recorded.")
                     .arg(amount->format(), open.format(), review->targetDescription));
    }
}

bool PaymentValidator::validateMethod(const PaymentRequest &request, PaymentReview *review,
                                      QString *error) const
{
    if (request.paymentMethodCode.trimmed().isEmpty()) {
        addError(review, "payment_method_code",
                 tr("No payment method is selected. Choose how the customer paid."));
        return true;
    }
    QString queryError;
    const bool known = LookupRepository(m_db).contains(LookupRepository::Table::PaymentMethods,
                                                       request.paymentMethodCode, &queryError);
    if (!queryError.isEmpty()) {
        *error = queryError;
        return false;
    }
    if (!known) {
        addError(review, "payment_method_code",
                 tr("The payment method “%1” is unknown or no longer in use. Choose one from "
                    "the list.")
                     .arg(request.paymentMethodCode));
    }
    return true;
}

void PaymentValidator::validateTexts(const PaymentRequest &request, PaymentReview *review) const
{
    const int referenceLength = ChargeValidator::characterCount(request.reference.trimmed());
    if (referenceLength > PaymentService::MaxReferenceLength) {
        addError(review, "reference",
                 tr("The reference has %1 characters; at most %2 are allowed. Shorten it.")
                     .arg(referenceLength)
                     .arg(PaymentService::MaxReferenceLength));
    } else if (ChargeValidator::hasControlCharacter(request.reference)
               || hasFormatCharacter(request.reference)) {
        // A zero-width space would make a copied reference differ from the
        // stored one unseen, and pass the same-reference duplicate check.
        addError(review, "reference",
                 tr("The reference contains invisible control characters. Retype it."));
    }

    const int noteLength = ChargeValidator::characterCount(request.note.trimmed());
    if (noteLength > PaymentService::MaxNoteLength) {
        addError(review, "note",
                 tr("The note has %1 characters; at most %2 are allowed. Shorten it.")
                     .arg(noteLength)
                     .arg(PaymentService::MaxNoteLength));
    } else if (ChargeValidator::hasControlCharacter(request.note)) {
        addError(review, "note", tr("The note contains invisible control characters. Retype it."));
    }
}

void PaymentValidator::validatePaidOn(const PaymentRequest &request, PaymentReview *review) const
{
    if (!request.paidOn.isValid()) {
        addError(review, "paid_on",
                 tr("The payment date is missing or invalid. Enter the date the money "
                    "arrived."));
        return;
    }

    const QString paidOn = formatDate(request.paidOn);
    const QDate today = QDate::currentDate();
    if (request.paidOn > today) {
        addError(review, "paid_on",
                 tr("The payment date %1 is after today, %2. Enter the date the money "
                    "arrived.")
                     .arg(paidOn, formatDate(today)));
        return;
    }

    // A payment cannot precede what it pays: the bill's issue date, or the
    // local calendar day the charge was entered.
    if (review->bill.id != 0 && request.paidOn < review->bill.issueDate) {
        addError(review, "paid_on",
                 tr("The payment date %1 is before the issue date %2 of bill %3. Check the "
                    "date.")
                     .arg(paidOn, formatDate(review->bill.issueDate), review->bill.billNo));
        return;
    }
    if (review->charge.id != 0) {
        const QDate entered = review->charge.createdAt.toLocalTime().date();
        if (request.paidOn < entered) {
            addError(review, "paid_on",
                     tr("The payment date %1 is before %2, the day charge %3 was entered. "
                        "Check the date.")
                         .arg(paidOn, formatDate(entered), QString::number(review->charge.id)));
        }
    }
}

QString PaymentValidator::describeTarget(const PaymentReview &review) const
{
    const ChargeRecord &charge = review.charge;
    if (charge.id == 0) {
        //: What a payment pays: the goods and freight lines of a bill.
        return tr("the lines of bill %1 (due %2)")
            .arg(review.bill.billNo, formatDate(review.bill.dueDate));
    }

    const QString feeType = LookupRepository(m_db).label(LookupRepository::Table::FeeTypes,
                                                         charge.feeTypeCode, currentUiLanguage());
    if (review.installment.id != 0) {
        //: What a payment pays: %1 is the installment's number in its plan.
        return tr("installment %1 of charge %2 (%3, due %4)")
            .arg(QString::number(review.installment.seq), QString::number(charge.id), feeType,
                 formatDate(review.installment.dueDate));
    }
    //: What a payment pays.
    return tr("charge %1 (%2, due %3)")
        .arg(QString::number(charge.id), feeType, formatDate(charge.dueDate));
}
