#pragma once

#include "paymentrequest.h"
#include "paymentreview.h"

#include <QCoreApplication>
#include <QSqlDatabase>

// Checks every field of a PaymentRequest against the rules and the database,
// and fills the review's customer, bill, charge, installment, amount, open
// amount and target description. Each problem becomes a FieldError with a
// message that names the field and the value, and what to do next. Reads
// only.
class PaymentValidator
{
    Q_DECLARE_TR_FUNCTIONS(PaymentValidator)

public:
    explicit PaymentValidator(QSqlDatabase db) : m_db(std::move(db)) {}

    // Returns false only when a query failed (*error contains the reason);
    // invalid input is reported in review->errors and still returns true.
    // When review->existingPaymentId is set, the request replays a payment
    // that is already counted, so the checks of what is still open (void
    // charge, plan, open amount) are skipped.
    bool validate(const PaymentRequest &request, PaymentReview *review, QString *error) const;

private:
    bool validateCustomer(const PaymentRequest &request, PaymentReview *review,
                          QString *error) const;
    bool validateCharge(const PaymentRequest &request, PaymentReview *review,
                        QString *error) const;
    bool validateInstallment(const PaymentRequest &request, PaymentReview *review,
                             QString *error) const;
    bool validateBill(const PaymentRequest &request, PaymentReview *review, QString *error) const;
    bool validateOpenTarget(PaymentReview *review, QString *error) const;
    void validateAmount(const PaymentRequest &request, PaymentReview *review) const;
    bool validateMethod(const PaymentRequest &request, PaymentReview *review,
                        QString *error) const;
    void validateTexts(const PaymentRequest &request, PaymentReview *review) const;
    void validatePaidOn(const PaymentRequest &request, PaymentReview *review) const;

    // Returns the translated description of what the review pays.
    QString describeTarget(const PaymentReview &review) const;

    QSqlDatabase m_db;
};
