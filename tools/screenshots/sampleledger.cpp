#include "sampleledger.h"

#include "billrepository.h"
#include "chargeservice.h"
#include "customerrepository.h"
#include "installmentplanner.h"
#include "installmentrepository.h"
#include "installmentservice.h"
#include "paymentservice.h"

#include <QStringList>

namespace {

const QString PaymentMethod = QStringLiteral("BANK_TRANSFER");

// Returns the messages of errors joined into one text.
QString joined(const QList<FieldError> &errors)
{
    QStringList messages;
    for (const FieldError &error : errors)
        messages << error.message;
    return messages.join(QLatin1Char(' '));
}

} // namespace

SampleLedger::SampleLedger(QSqlDatabase db, QString actor)
    : m_db(std::move(db))
    , m_actor(std::move(actor))
{
}

qint64 SampleLedger::customerId(const QString &code)
{
    QString error;
    const std::optional<CustomerRecord> customer = CustomerRepository(m_db).findByCode(code,
                                                                                       &error);
    if (!customer)
        return fail(QStringLiteral("Customer %1 not found. %2").arg(code, error));
    return customer->id;
}

qint64 SampleLedger::billId(const QString &billNo)
{
    QString error;
    const std::optional<BillRecord> bill = BillRepository(m_db).findByNumber(billNo, &error);
    if (!bill)
        return fail(QStringLiteral("Bill %1 not found. %2").arg(billNo, error));
    return bill->id;
}

qint64 SampleLedger::addCharge(qint64 customerId, qint64 billId, const QString &feeTypeCode,
                               const QString &amount, const QString &reasonCode, QDate dueDate)
{
    if (!ok())
        return 0;

    ChargeRequest request;
    request.requestKey = ChargeRequest::newRequestKey();
    request.customerId = customerId;
    request.billId = billId;
    request.feeTypeCode = feeTypeCode;
    request.amountText = amount;
    request.reasonCode = reasonCode;
    request.paymentMethodCode = PaymentMethod;
    request.dueDate = dueDate;

    ChargeService service(m_db, m_actor);
    const ChargeReview review = service.review(request);
    if (review.needsAcknowledgement() || review.hasExactDuplicate()) {
        return fail(QStringLiteral("The sample charge of %1 for customer %2 has a duplicate.")
                        .arg(amount)
                        .arg(customerId));
    }
    const ChargeService::CommitResult result = service.commit(request, review);
    if (!result.succeeded()) {
        return fail(QStringLiteral("The sample charge of %1 for customer %2 failed: %3")
                        .arg(amount)
                        .arg(customerId)
                        .arg(result.errorMessage));
    }
    return result.chargeId;
}

qint64 SampleLedger::payCharge(qint64 customerId, qint64 chargeId, qint64 installmentId,
                               const QString &amount, QDate paidOn, const QString &reference)
{
    return pay(customerId, 0, chargeId, installmentId, amount, paidOn, reference);
}

qint64 SampleLedger::payBillLines(qint64 customerId, qint64 billId, const QString &amount,
                                  QDate paidOn)
{
    return pay(customerId, billId, 0, 0, amount, paidOn, QString());
}

qint64 SampleLedger::pay(qint64 customerId, qint64 billId, qint64 chargeId,
                         qint64 installmentId, const QString &amount, QDate paidOn,
                         const QString &reference)
{
    if (!ok())
        return 0;

    PaymentRequest request;
    request.requestKey = PaymentRequest::newRequestKey();
    request.customerId = customerId;
    request.billId = billId;
    request.chargeId = chargeId;
    request.installmentId = installmentId;
    request.amountText = amount;
    request.paidOn = paidOn;
    request.paymentMethodCode = PaymentMethod;
    request.reference = reference;

    PaymentService service(m_db, m_actor);
    const PaymentService::CommitResult result = service.commit(request, service.review(request));
    if (!result.succeeded()) {
        return fail(QStringLiteral("The sample payment of %1 on bill %2, charge %3 failed: %4")
                        .arg(amount)
                        .arg(billId)
                        .arg(chargeId)
                        .arg(result.errorMessage));
    }
    return result.paymentId;
}

bool SampleLedger::reversePayment(qint64 paymentId, const QString &reason)
{
    if (!ok())
        return false;

    const PaymentService::ReverseResult result =
        PaymentService(m_db, m_actor).reversePayment(paymentId, reason);
    if (!result.ok) {
        fail(QStringLiteral("Reversing payment %1 failed: %2")
                 .arg(paymentId)
                 .arg(result.errorMessage));
    }
    return result.ok;
}

qint64 SampleLedger::addPlan(qint64 chargeId, const Money &amount, int count,
                             QDate firstDueDate)
{
    if (!ok())
        return 0;

    InstallmentPlanRequest request;
    request.requestKey = InstallmentPlanRequest::newRequestKey();
    request.chargeId = chargeId;
    const QList<Money> amounts = InstallmentPlanner::split(amount, count);
    const QList<QDate> dueDates = InstallmentPlanner::monthlyDueDates(firstDueDate, count);
    for (int i = 0; i < count; ++i)
        request.installments.append({dueDates.at(i), amounts.at(i)});

    const InstallmentService::Result result =
        InstallmentService(m_db, m_actor).createPlan(request);
    if (!result.succeeded()) {
        return fail(QStringLiteral("The sample plan of charge %1 failed: %2 %3")
                        .arg(chargeId)
                        .arg(result.errorMessage, joined(result.errors)));
    }
    return result.planId;
}

qint64 SampleLedger::installmentId(qint64 chargeId, int seq)
{
    if (!ok())
        return 0;

    QString error;
    const InstallmentPlanRecord plan = InstallmentRepository(m_db).activePlan(chargeId, &error);
    for (const InstallmentRecord &installment : plan.installments) {
        if (installment.seq == seq)
            return installment.id;
    }
    return fail(QStringLiteral("Charge %1 has no installment %2. %3")
                    .arg(chargeId)
                    .arg(seq)
                    .arg(error));
}

qint64 SampleLedger::fail(const QString &message)
{
    if (m_error.isEmpty())
        m_error = message;
    return 0;
}
