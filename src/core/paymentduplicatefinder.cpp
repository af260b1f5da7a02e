#include "paymentduplicatefinder.h"

#include "chargevalidator.h"
#include "dateformat.h"
#include "logging.h"
#include "paymentrepository.h"
#include "paymentservice.h"

#include <QSet>

namespace {

// At most this many payments of each kind are listed, because more add
// nothing a reviewer can act on.
constexpr int MaxFindings = 20;

} // namespace

bool PaymentDuplicateFinder::check(const PaymentRequest &request, PaymentReview *review,
                                   QString *error) const
{
    const QString &acknowledgement = request.duplicateAcknowledgement;
    const int length = ChargeValidator::characterCount(acknowledgement.trimmed());
    if (length > PaymentService::MaxNoteLength) {
        review->errors << FieldError{QStringLiteral("duplicate_ack_note"),
                                     tr("The duplicate acknowledgement has %1 characters; at "
                                        "most %2 are allowed. Shorten it.")
                                         .arg(length)
                                         .arg(PaymentService::MaxNoteLength)};
        return true;
    }
    if (ChargeValidator::hasControlCharacter(acknowledgement)) {
        review->errors << FieldError{QStringLiteral("duplicate_ack_note"),
                                     tr("The duplicate acknowledgement contains invisible "
                                        "control characters. Retype it.")};
        return true;
    }

    // The bill identifies the item paid only for a bill's own lines.
    const Candidate candidate{
        review->customer.id,
        review->charge.id == 0 ? review->bill.id : 0,
        review->charge.id,
        review->installment.id,
        review->amount.minorUnits(),
        review->amount.currency(),
        request.paidOn,
        request.reference,
        request.requestKey,
    };
    return find(candidate, review, error);
}

QString PaymentDuplicateFinder::rejection(const PaymentRequest &request,
                                          const PaymentReview &current,
                                          const PaymentReview &confirmed)
{
    // Another window or program may have recorded the same payment between
    // the review and the commit's transaction.
    const QList<qint64> confirmedIds = confirmed.duplicatePaymentIds();
    for (qint64 id : current.duplicatePaymentIds()) {
        if (!confirmedIds.contains(id)) {
            return tr("Payment %1, which looks identical, was recorded since the review. "
                      "Look at it and confirm again.")
                .arg(id);
        }
    }
    if (!current.canCommit(request.duplicateAcknowledgement)) {
        return tr("This payment looks identical to a payment already recorded. If it is a "
                  "separate payment, write a note that says why.");
    }
    return {};
}

bool PaymentDuplicateFinder::find(const Candidate &candidate, PaymentReview *review,
                                  QString *error) const
{
    const PaymentRepository repository(m_db);
    const QString posted = QStringLiteral(
        "WHERE payments.customer_id = :customer AND payments.status = 'posted' "
        "AND payments.request_key <> :key ");

    // The item paid. A payment of a charge also stores the charge's bill, so
    // the charge and the installment identify it. A payment of a bill's own
    // lines has no charge.
    QVariantMap values = {
        {QStringLiteral(":customer"), candidate.customerId},
        {QStringLiteral(":key"), candidate.requestKey},
        {QStringLiteral(":amount"), candidate.amountMinor},
        {QStringLiteral(":currency"), candidate.currency},
        {QStringLiteral(":paid_on"), candidate.paidOn.toString(Qt::ISODate)},
    };
    QString identicalWhere = posted
        + QStringLiteral("AND payments.amount_minor = :amount AND payments.currency = :currency "
                         "AND payments.paid_on = :paid_on ");
    if (candidate.chargeId == 0) {
        identicalWhere += QStringLiteral("AND payments.charge_id IS NULL "
                                         "AND payments.bill_id = :bill");
        values.insert(QStringLiteral(":bill"), candidate.billId);
    } else {
        identicalWhere += QStringLiteral("AND payments.charge_id = :charge ");
        values.insert(QStringLiteral(":charge"), candidate.chargeId);
        if (candidate.installmentId == 0) {
            identicalWhere += QStringLiteral("AND payments.installment_id IS NULL");
        } else {
            identicalWhere += QStringLiteral("AND payments.installment_id = :installment");
            values.insert(QStringLiteral(":installment"), candidate.installmentId);
        }
    }
    QString queryError;
    const QList<PaymentRecord> identical = repository.list(identicalWhere, values, &queryError);
    if (!queryError.isEmpty()) {
        *error = queryError;
        qCWarning(lcPayment) << "Duplicate check of request key" << candidate.requestKey
                             << "failed:" << queryError;
        return false;
    }

    QList<PaymentRecord> sameReference;
    const QString reference = candidate.reference.trimmed();
    if (!reference.isEmpty()) {
        const QVariantMap referenceValues = {
            {QStringLiteral(":customer"), candidate.customerId},
            {QStringLiteral(":key"), candidate.requestKey},
            {QStringLiteral(":reference"), reference},
        };
        sameReference = repository.list(
            posted + QStringLiteral("AND payments.reference = :reference"), referenceValues,
            &queryError);
        if (!queryError.isEmpty()) {
            *error = queryError;
            qCWarning(lcPayment) << "Reference check of request key" << candidate.requestKey
                                 << "failed:" << queryError;
            return false;
        }
    }

    // Report each payment once, as identical when it is both.
    QSet<qint64> seen;
    using Kind = PaymentDuplicateFinding::Kind;
    for (const PaymentRecord &payment : identical.mid(0, MaxFindings)) {
        seen.insert(payment.id);
        review->duplicates << PaymentDuplicateFinding{Kind::Identical, payment,
                                                      describe(Kind::Identical, payment)};
    }
    int referenceCount = 0;
    for (const PaymentRecord &payment : std::as_const(sameReference)) {
        if (seen.contains(payment.id) || referenceCount == MaxFindings)
            continue;
        ++referenceCount;
        review->duplicates << PaymentDuplicateFinding{Kind::SameReference, payment,
                                                      describe(Kind::SameReference, payment)};
    }
    return true;
}

QString PaymentDuplicateFinder::describe(PaymentDuplicateFinding::Kind kind,
                                         const PaymentRecord &payment)
{
    const QString id = QString::number(payment.id);
    const QString amount = payment.amount.format();
    const QString paidOn = formatDate(payment.paidOn);
    const QString recordedAt = formatDateTime(payment.createdAt);

    if (kind == PaymentDuplicateFinding::Kind::SameReference) {
        return tr("Payment %1 has the same reference %2: %3 paid on %4, recorded by %5 on "
                  "%6.")
            .arg(id, payment.reference, amount, paidOn, payment.createdBy, recordedAt);
    }
    if (payment.reference.isEmpty()) {
        return tr("Payment %1 looks identical: %2 paid on %3 for the same item, without a "
                  "reference, recorded by %4 on %5.")
            .arg(id, amount, paidOn, payment.createdBy, recordedAt);
    }
    return tr("Payment %1 looks identical: %2 paid on %3 for the same item, reference %4, "
              "recorded by %5 on %6.")
        .arg(id, amount, paidOn, payment.reference, payment.createdBy, recordedAt);
}
