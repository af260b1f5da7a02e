#include "installmentplanvalidator.h"

#include "chargerepository.h"
#include "chargevalidator.h"
#include "dateformat.h"
#include "installmentplanner.h"
#include "installmentrepository.h"

#include <QtNumeric>

namespace {

void addError(QList<FieldError> *errors, const char *field, const QString &message)
{
    *errors << FieldError{QString::fromLatin1(field), message};
}

} // namespace

bool InstallmentPlanValidator::validate(const InstallmentPlanRequest &request,
                                        QList<FieldError> *errors, ChargeRecord *charge,
                                        QString *error) const
{
    if (request.requestKey.size() < 8 || request.requestKey.size() > 100) {
        addError(errors, "request_key",
                 tr("The request key “%1” is invalid: it must have 8 to 100 characters.")
                     .arg(request.requestKey));
    }

    const int count = int(request.installments.size());
    if (count < InstallmentPlanner::MinCount || count > InstallmentPlanner::MaxCount) {
        addError(errors, "installments",
                 tr("A plan has %1 to %2 installments, not %3. Change the number of "
                    "installments.")
                     .arg(InstallmentPlanner::MinCount)
                     .arg(InstallmentPlanner::MaxCount)
                     .arg(count));
    }

    if (request.chargeId <= 0) {
        addError(errors, "charge_id",
                 tr("No charge is selected. Choose the charge to pay in installments."));
        return true;
    }
    const auto found = ChargeRepository(m_db).findById(request.chargeId, error);
    if (!error->isEmpty())
        return false;
    if (!found) {
        addError(errors, "charge_id",
                 tr("Charge %1 does not exist. Check the charge number.").arg(request.chargeId));
        return true;
    }
    *charge = *found;

    if (charge->isVoid()) {
        addError(errors, "charge_id",
                 tr("Charge %1 is void, so it cannot be paid in installments.").arg(charge->id));
        return true;
    }
    if (!charge->isPosted()) {
        addError(errors, "charge_id",
                 charge->isPending()
                     ? tr("Charge %1 waits for approval, so it cannot be paid in installments "
                          "until a finance user approves it.")
                           .arg(charge->id)
                     : tr("Charge %1 was rejected, so it cannot be paid in installments.")
                           .arg(charge->id));
        return true;
    }
    if (charge->paid.minorUnits() > 0) {
        addError(errors, "charge_id",
                 tr("%1 of charge %2 is paid already. A plan can only be made while nothing is "
                    "paid on the charge; reverse the payments first.")
                     .arg(charge->paid.format(), QString::number(charge->id)));
        return true;
    }
    const InstallmentPlanRecord active = InstallmentRepository(m_db).activePlan(charge->id, error);
    if (!error->isEmpty())
        return false;
    if (active.id != 0) {
        addError(errors, "charge_id",
                 tr("Charge %1 already has installment plan %2. Cancel that plan first to make "
                    "a new one.")
                     .arg(charge->id)
                     .arg(active.id));
        return true;
    }

    if (count >= InstallmentPlanner::MinCount && count <= InstallmentPlanner::MaxCount) {
        validateAmounts(request, *charge, errors);
        validateDueDates(request, *charge, errors);
    }
    return true;
}

void InstallmentPlanValidator::validateAmounts(const InstallmentPlanRequest &request,
                                               const ChargeRecord &charge,
                                               QList<FieldError> *errors) const
{
    const QString currency = charge.amount.currency();
    qint64 sum = 0;
    bool summable = true;
    for (int i = 0; i < request.installments.size(); ++i) {
        const Money &amount = request.installments.at(i).amount;
        const int seq = i + 1;
        if (amount.currency() != currency) {
            addError(errors, "amount_minor",
                     tr("Installment %1 has no amount in %2, the currency of charge %3. Enter "
                        "an amount.")
                         .arg(QString::number(seq), currency, QString::number(charge.id)));
            summable = false;
        } else if (amount.minorUnits() <= 0) {
            addError(errors, "amount_minor",
                     tr("Installment %1 has the amount %2. Each installment must be more than "
                        "zero.")
                         .arg(QString::number(seq), amount.format()));
            summable = false;
        } else if (qAddOverflow(sum, amount.minorUnits(), &sum)) {
            summable = false;
        }
    }
    if (!summable)
        return;

    const Money total(sum, currency);
    const qint64 difference = charge.amount.minorUnits() - sum;
    if (difference > 0) {
        addError(errors, "amount_minor",
                 tr("The installments add up to %1, which is %2 less than the %3 of charge %4. "
                    "Change the amounts so that they add up to %3 exactly.")
                     .arg(total.format(), Money(difference, currency).format(),
                          charge.amount.format(), QString::number(charge.id)));
    } else if (difference < 0) {
        addError(errors, "amount_minor",
                 tr("The installments add up to %1, which is %2 more than the %3 of charge %4. "
                    "Change the amounts so that they add up to %3 exactly.")
                     .arg(total.format(), Money(-difference, currency).format(),
                          charge.amount.format(), QString::number(charge.id)));
    }
}

void InstallmentPlanValidator::validateDueDates(const InstallmentPlanRequest &request,
                                                const ChargeRecord &charge,
                                                QList<FieldError> *errors) const
{
    const QDate entered = charge.createdAt.toLocalTime().date();
    QDate previous;
    for (int i = 0; i < request.installments.size(); ++i) {
        const QDate due = request.installments.at(i).dueDate;
        const int seq = i + 1;
        if (!due.isValid()) {
            addError(errors, "due_date",
                     tr("Installment %1 has no valid due date. Enter a date.").arg(seq));
            previous = QDate();
            continue;
        }
        if (due < entered) {
            addError(errors, "due_date",
                     tr("Installment %1 is due on %2, before charge %3 was entered on %4. "
                        "Choose a later date.")
                         .arg(QString::number(seq), formatDate(due), QString::number(charge.id),
                              formatDate(entered)));
        } else if (due > QDate::currentDate().addYears(ChargeValidator::MaxYearsAhead)) {
            addError(errors, "due_date",
                     tr("Installment %1 is due on %2, more than %3 years ahead. Check the year.")
                         .arg(QString::number(seq), formatDate(due),
                              QString::number(ChargeValidator::MaxYearsAhead)));
        } else if (previous.isValid() && due <= previous) {
            addError(errors, "due_date",
                     tr("Installment %1 is due on %2, not after installment %3 on %4. Each "
                        "installment must fall due after the one before.")
                         .arg(QString::number(seq), formatDate(due), QString::number(seq - 1),
                              formatDate(previous)));
        }
        previous = due;
    }
}
