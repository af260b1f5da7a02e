#pragma once

#include "chargereview.h"
#include "installmentplanrequest.h"
#include "periodlock.h"
#include "records.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

// The only code that creates or cancels an installment plan (回款计划) of a
// charge. A plan may be made for a posted charge with nothing paid and no
// active plan; its installments sum exactly to the charge's amount. A plan
// is cancelled with a reason while none of its installments has a payment.
// Each write happens in one transaction with its audit record, or not at
// all. Making or cancelling a plan needs the finance role, and is refused
// while today is on or before the period lock date.
class InstallmentService
{
    Q_DECLARE_TR_FUNCTIONS(InstallmentService)

public:
    // Maximum length of a cancel reason, in characters.
    static constexpr int MaxReasonLength = 500;

    struct Result
    {
        enum class Status {
            Committed, // the plan was written or cancelled
            Replayed,  // the request key was used before; nothing was written
            Rejected,  // invalid request, explained by errors or errorMessage
            Failed,    // the database failed; nothing was written
        };

        Status status = Status::Failed;
        qint64 planId = 0;           // the new, earlier or cancelled plan
        QString errorMessage;        // translated, for Rejected and Failed
        QList<FieldError> errors;    // field: charge_id, installments, due_date,
                                     // amount_minor, request_key, cancel_reason

        bool succeeded() const
        {
            return status == Status::Committed || status == Status::Replayed;
        }
    };

    // actor is recorded as the author of every write; see currentActor().
    InstallmentService(QSqlDatabase db, QString actor);

    // Checks request against the rules and the charge. Writes nothing.
    // Returns an empty list for a valid request; a failed query is reported
    // as an error on charge_id.
    QList<FieldError> validate(const InstallmentPlanRequest &request) const;

    // Returns full sentences for the confirmation step, translated: the
    // charge, the number of installments, and each installment's due date
    // and amount. request must be valid.
    QString summary(const InstallmentPlanRequest &request) const;

    // Validates request again inside one transaction and writes the plan,
    // its installments and an audit record.
    Result createPlan(const InstallmentPlanRequest &request);

    // Cancels an active plan with a reason, keeping its rows. Runs as a
    // savepoint when the caller has a transaction open (voiding a charge).
    Result cancelPlan(qint64 planId, const QString &reason);

private:
    // Returns why the actor may not make or cancel a plan today (entry),
    // translated; empty when allowed. Sets *error when a query fails.
    QString accessRefusal(PeriodLock::Entry entry, qint64 planId, QString *error) const;

    // Writes the plan, its installments and the audit record; the caller
    // owns the transaction.
    bool insertPlan(const InstallmentPlanRequest &request, const ChargeRecord &charge,
                    qint64 *planId, QString *error);

    // Returns why plan (read for planId) cannot be cancelled, empty if it can.
    QString cancelRejection(const InstallmentPlanRecord &plan, qint64 planId) const;

    // Marks plan cancelled and writes the audit record; the caller owns the
    // transaction.
    bool writeCancel(const InstallmentPlanRecord &plan, const QString &reason, QString *error);

    QSqlDatabase m_db;
    QString m_actor;
};
