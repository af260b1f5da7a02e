#include "chargevalidator.h"

#include "billrepository.h"
#include "chargeservice.h"
#include "customerrepository.h"
#include "dateformat.h"
#include "lookuprepository.h"

namespace {

void addError(ChargeReview *review, const char *field, const QString &message)
{
    review->errors << FieldError{QString::fromLatin1(field), message};
}

} // namespace

int ChargeValidator::characterCount(const QString &text)
{
    return int(text.toUcs4().size());
}

bool ChargeValidator::hasControlCharacter(const QString &text)
{
    for (const QChar c : text) {
        if (c.category() == QChar::Other_Control && c != QLatin1Char('\n')
            && c != QLatin1Char('\t')) {
            return true;
        }
    }
    return false;
}

bool ChargeValidator::validate(const ChargeRequest &request, ChargeReview *review,
                               QString *error) const
{
    // The key is counted in code points, as the database's CHECK constraint
    // counts it. SQLite's length() also stops at a NUL, so a key with a
    // control character is rejected before the database fails on it.
    const int keyLength = characterCount(request.requestKey);
    if (keyLength < 8 || keyLength > 100) {
        addError(review, "request_key",
                 tr("The request key “%1” is invalid: it must have 8 to 100 characters.")
                     .arg(request.requestKey));
    } else if (hasControlCharacter(request.requestKey)) {
        addError(review, "request_key",
                 tr("The request key “%1” contains a control character, such as a NUL "
                    "byte. Remove it from the key.")
                     .arg(request.requestKey));
    }
    if (!validateCustomerAndBill(request, review, error))
        return false;
    if (!review->customer.currency.isEmpty())
        validateAmount(request, review);
    if (!validateCodes(request, review, error))
        return false;
    validateTexts(request, review);
    validateDueDate(request, review);
    return true;
}

bool ChargeValidator::validateCustomerAndBill(const ChargeRequest &request, ChargeReview *review,
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

    if (request.billId == 0)
        return true;

    const auto bill = BillRepository(m_db).findById(request.billId, &queryError);
    if (!queryError.isEmpty()) {
        *error = queryError;
        return false;
    }
    if (!bill) {
        addError(review, "bill_id",
                 tr("Bill %1 does not exist. Choose one of the customer's bills, or none.")
                     .arg(request.billId));
    } else if (bill->customerId != customer->id) {
        addError(review, "bill_id",
                 tr("Bill %1 belongs to another customer, not to %2. Choose one of %2's bills, "
                    "or none.")
                     .arg(bill->billNo, customer->code));
    } else if (bill->linesTotal.currency() != customer->currency) {
        addError(review, "bill_id",
                 tr("Bill %1 is in %2 but the customer's currency is %3. Charge the account "
                    "instead.")
                     .arg(bill->billNo, bill->linesTotal.currency(), customer->currency));
    } else {
        review->bill = *bill;
    }
    return true;
}

void ChargeValidator::validateAmount(const ChargeRequest &request, ChargeReview *review) const
{
    // Zero, negative and too large amounts all get the parser's one range
    // message, which quotes the input and shows the limits.
    QString message;
    const auto amount = Money::parse(request.amountText, review->customer.currency,
                                     request.amountLocale, &message, Money::Range::Positive);
    if (!amount) {
        const auto signedAmount = Money::parse(request.amountText, review->customer.currency,
                                               request.amountLocale);
        if (signedAmount && signedAmount->isNegative())
            message += QLatin1Char(' ') + tr("To take back a charge, void it.");
        addError(review, "amount_minor", message);
        return;
    }
    review->amount = *amount;
}

bool ChargeValidator::validateCodes(const ChargeRequest &request, ChargeReview *review,
                                    QString *error) const
{
    struct Check
    {
        LookupRepository::Table table;
        const char *field;
        QString code;
        QString missing;
        QString unknown;
    };
    const Check checks[] = {
        {LookupRepository::Table::FeeTypes, "fee_type_code", request.feeTypeCode,
         tr("No fee type is selected. Choose a fee type."),
         tr("The fee type “%1” is unknown. Choose one from the list.")},
        {LookupRepository::Table::ChargeReasons, "reason_code", request.reasonCode,
         tr("No reason is selected. Choose the reason for the charge."),
         tr("The reason “%1” is unknown. Choose one from the list.")},
        {LookupRepository::Table::PaymentMethods, "payment_method_code", request.paymentMethodCode,
         tr("No payment method is selected. Choose how the customer will pay."),
         tr("The payment method “%1” is unknown. Choose one from the list.")},
    };

    const LookupRepository lookups(m_db);
    for (const Check &check : checks) {
        if (check.code.trimmed().isEmpty()) {
            addError(review, check.field, check.missing);
            continue;
        }
        QString queryError;
        const bool known = lookups.contains(check.table, check.code, &queryError);
        if (!queryError.isEmpty()) {
            *error = queryError;
            return false;
        }
        if (!known)
            addError(review, check.field, check.unknown.arg(check.code));
    }
    return true;
}

void ChargeValidator::validateTexts(const ChargeRequest &request, ChargeReview *review) const
{
    const int maxLength = ChargeService::MaxNoteLength;

    const int noteLength = characterCount(request.note);
    if (noteLength > maxLength) {
        addError(review, "note",
                 tr("The note has %1 characters; at most %2 are allowed. Shorten it.")
                     .arg(noteLength)
                     .arg(maxLength));
    } else if (hasControlCharacter(request.note)) {
        addError(review, "note",
                 tr("The note contains invisible control characters. Retype it."));
    } else if (request.reasonCode == QLatin1String("OTHER") && request.note.trimmed().isEmpty()) {
        addError(review, "note",
                 tr("The reason “Other” needs a note that says what the charge is for."));
    }

    const int ackLength = characterCount(request.duplicateAcknowledgement);
    if (ackLength > maxLength) {
        addError(review, "duplicate_ack_note",
                 tr("The duplicate acknowledgement has %1 characters; at most %2 are allowed. "
                    "Shorten it.")
                     .arg(ackLength)
                     .arg(maxLength));
    } else if (hasControlCharacter(request.duplicateAcknowledgement)) {
        addError(review, "duplicate_ack_note",
                 tr("The duplicate acknowledgement contains invisible control characters. "
                    "Retype it."));
    }
}

void ChargeValidator::validateDueDate(const ChargeRequest &request, ChargeReview *review) const
{
    if (!request.dueDate.isValid()) {
        addError(review, "due_date", tr("The due date is missing or invalid. Enter a date."));
        return;
    }

    const QString due = formatDate(request.dueDate);
    if (review->bill.id != 0 && request.dueDate < review->bill.issueDate) {
        addError(review, "due_date",
                 tr("The due date %1 is before the bill's issue date %2. Choose a later date.")
                     .arg(due, formatDate(review->bill.issueDate)));
        return;
    }

    if (request.dueDate.year() < EarliestDueYear) {
        addError(review, "due_date",
                 tr("The due date %1 is before the year %2. Check the year.")
                     .arg(due)
                     .arg(EarliestDueYear));
        return;
    }

    const QDate latest = QDate::currentDate().addYears(MaxYearsAhead);
    if (request.dueDate > latest) {
        addError(review, "due_date",
                 tr("The due date %1 is more than %2 years ahead. Check the year.")
                     .arg(due)
                     .arg(MaxYearsAhead));
    }
}
