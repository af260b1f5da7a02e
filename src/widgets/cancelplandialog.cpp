#include "cancelplandialog.h"

#include "dateformat.h"
#include "installmentrepository.h"
#include "installmentservice.h"
#include "logging.h"
#include "receivablequery.h"
#include "uilanguage.h"

#include <QLabel>
#include <QLocale>

CancelPlanDialog::CancelPlanDialog(QSqlDatabase db, qint64 planId, QWidget *parent)
    : ReasonDialog(parent)
    , m_db(std::move(db))
    , m_planId(planId)
{
    setObjectName(QStringLiteral("CancelPlanDialog"));
    m_chargeLabel = addDetail(QStringLiteral("chargeLabel"));
    m_installmentsLabel = addDetail(QStringLiteral("installmentsLabel"));
    refreshTexts();
}

bool CancelPlanDialog::apply(const QString &reason, QString *error)
{
    InstallmentService service(m_db, currentActor(m_db));
    const InstallmentService::Result result = service.cancelPlan(m_planId, reason);
    if (result.succeeded()) {
        qCInfo(lcUi) << "Installment plan" << m_planId << "cancelled";
        return true;
    }

    QStringList messages;
    if (!result.errorMessage.isEmpty())
        messages << result.errorMessage;
    for (const FieldError &fieldError : result.errors)
        messages << fieldError.message;
    qCWarning(lcUi) << "Cancelling installment plan" << m_planId << "failed:" << messages;
    *error = messages.join(QLatin1Char('\n'));
    return false;
}

bool CancelPlanDialog::canApply() const
{
    return m_plan.id != 0 && m_plan.isActive() && !hasPayments();
}

int CancelPlanDialog::maxReasonLength() const
{
    return InstallmentService::MaxReasonLength;
}

void CancelPlanDialog::loadPlan()
{
    m_loadError.clear();
    m_plan = InstallmentRepository(m_db).plan(m_planId, &m_loadError);
    m_chargeText.clear();
    if (m_plan.id != 0) {
        const std::optional<Receivable> charge =
            ReceivableQuery(m_db).charge(m_plan.chargeId, &m_loadError);
        m_chargeText = charge ? ReceivableQuery::describe(*charge)
                              : tr("Charge %1").arg(m_plan.chargeId);
    }
    if (!m_loadError.isEmpty())
        qCWarning(lcUi) << "Could not load installment plan" << m_planId << ":" << m_loadError;
}

bool CancelPlanDialog::hasPayments() const
{
    for (const InstallmentRecord &installment : m_plan.installments) {
        if (!installment.paid.isZero())
            return true;
    }
    return false;
}

QStringList CancelPlanDialog::retranslateTexts()
{
    // Reread, so a payment recorded meanwhile blocks the cancellation.
    loadPlan();

    setWindowTitle(tr("Cancel Installment Plan"));
    setIntro(tr("Cancelling keeps the plan on record, and the charge is due as a whole on "
                "its own due date again. A plan can be cancelled only while none of its "
                "installments has a payment."));
    setReasonCaption(tr("&Reason for cancelling (required):"));
    setApplyText(tr("Cancel &Plan"));
    // "Cancel" beside Cancel Plan would read as a second way to cancel it.
    setCloseText(tr("&Keep Plan"));

    QStringList problems;
    if (m_plan.id == 0) {
        m_chargeLabel->clear();
        m_installmentsLabel->clear();
        problems << (m_loadError.isEmpty()
                         ? tr("No installment plan with id %1 was found.").arg(m_planId)
                         : tr("Could not load the installment plan: %1").arg(m_loadError));
        return problems;
    }

    const QLocale locale;
    QStringList lines;
    for (const InstallmentRecord &installment : std::as_const(m_plan.installments)) {
        //: One installment: number, due date and amount.
        lines << tr("%1. due %2, %3")
                     .arg(installment.seq)
                     .arg(formatDate(installment.dueDate, locale),
                          installment.amount.format(locale));
    }
    setDetail(m_chargeLabel, tr("Charge:"), m_chargeText);
    setDetail(m_installmentsLabel, tr("Installments:"), lines.join(QLatin1Char('\n')));

    if (!m_plan.isActive()) {
        problems << tr("This plan was cancelled already, by %1 on %2.")
                        .arg(m_plan.cancelledBy, formatDateTime(m_plan.cancelledAt, locale));
    } else if (hasPayments()) {
        problems << tr("An installment of this plan has a payment, so the plan cannot be "
                       "cancelled. Reverse the payments first.");
    }
    return problems;
}
