#include "reversepaymentdialog.h"

#include "dateformat.h"
#include "logging.h"
#include "lookuprepository.h"
#include "paymentrepository.h"
#include "paymentservice.h"
#include "receivablequery.h"
#include "uilanguage.h"

#include <QLabel>
#include <QLocale>

ReversePaymentDialog::ReversePaymentDialog(QSqlDatabase db, qint64 paymentId, QWidget *parent)
    : ReasonDialog(parent)
    , m_db(std::move(db))
    , m_paymentId(paymentId)
{
    setObjectName(QStringLiteral("ReversePaymentDialog"));
    m_paymentLabel = addDetail(QStringLiteral("paymentLabel"));
    m_paidForLabel = addDetail(QStringLiteral("paidForLabel"));
    m_amountLabel = addDetail(QStringLiteral("amountLabel"));
    m_methodLabel = addDetail(QStringLiteral("paymentMethodLabel"));
    m_referenceLabel = addDetail(QStringLiteral("referenceLabel"));
    refreshTexts();
}

bool ReversePaymentDialog::apply(const QString &reason, QString *error)
{
    PaymentService service(m_db, currentActor(m_db));
    const PaymentService::ReverseResult result = service.reversePayment(m_paymentId, reason);
    if (result.ok) {
        qCInfo(lcUi) << "Payment" << m_paymentId << "reversed";
        return true;
    }
    qCWarning(lcUi) << "Reversal of payment" << m_paymentId << "failed:" << result.errorMessage;
    *error = result.errorMessage;
    return false;
}

bool ReversePaymentDialog::canApply() const
{
    return m_payment.id != 0 && !m_payment.isReversed();
}

int ReversePaymentDialog::maxReasonLength() const
{
    return PaymentService::MaxNoteLength;
}

void ReversePaymentDialog::loadPayment()
{
    m_loadError.clear();
    m_payment = PaymentRepository(m_db).payment(m_paymentId, &m_loadError);
    if (!m_loadError.isEmpty())
        qCWarning(lcUi) << "Could not load payment" << m_paymentId << ":" << m_loadError;
}

QString ReversePaymentDialog::paidForText() const
{
    Receivable paid;
    paid.billNo = m_payment.billNo;
    paid.chargeId = m_payment.chargeId;
    paid.kind = paid.chargeId == 0 ? Receivable::Kind::BillLines : Receivable::Kind::Charge;
    if (paid.chargeId != 0) {
        // The fee type names the charge for people; a failed read leaves it
        // out rather than blocking the reversal.
        const std::optional<Receivable> charge = ReceivableQuery(m_db).charge(paid.chargeId);
        if (charge)
            paid.feeType = charge->feeType;
    }
    const QString text = ReceivableQuery::describe(paid);
    if (m_payment.installmentSeq == 0)
        return text;
    //: What a payment paid (%1) and the number of the installment (%2).
    return tr("%1, installment %2").arg(text).arg(m_payment.installmentSeq);
}

QStringList ReversePaymentDialog::retranslateTexts()
{
    // Reread, so a payment another user reversed meanwhile shows as such.
    loadPayment();

    setWindowTitle(tr("Reverse Payment"));
    setIntro(tr("Reversing keeps the payment on record but takes its amount off what "
                "it paid, so that amount is open again and the customer's balance rises. It "
                "cannot be undone."));
    setReasonCaption(tr("&Reason for the reversal (required):"));
    setApplyText(tr("Re&verse Payment"));

    QStringList problems;
    const QLocale locale;
    if (m_payment.id == 0) {
        for (QLabel *label : {m_paymentLabel, m_paidForLabel, m_amountLabel, m_methodLabel,
                              m_referenceLabel}) {
            label->clear();
        }
        problems << (m_loadError.isEmpty()
                         ? tr("No payment with id %1 was found.").arg(m_paymentId)
                         : tr("Could not load the payment: %1").arg(m_loadError));
        return problems;
    }

    //: Payment id and the date it was paid.
    setDetail(m_paymentLabel, tr("Payment:"),
              tr("No. %1, paid on %2")
                  .arg(QString::number(m_payment.id), formatDate(m_payment.paidOn, locale)));
    setDetail(m_paidForLabel, tr("Paid for:"), paidForText());
    setDetail(m_amountLabel, tr("Amount:"), m_payment.amount.format(locale));
    setDetail(m_methodLabel, tr("Payment method:"),
              LookupRepository(m_db).label(LookupRepository::Table::PaymentMethods,
                                           m_payment.paymentMethodCode, currentUiLanguage()));
    setDetail(m_referenceLabel, tr("Reference:"), m_payment.reference);

    if (m_payment.isReversed()) {
        problems << tr("This payment was reversed already, by %1 on %2.")
                        .arg(m_payment.reversedBy, formatDateTime(m_payment.reversedAt, locale));
    }
    return problems;
}
