#include "rejectchargedialog.h"

#include "chargerepository.h"
#include "chargeservice.h"
#include "dateformat.h"
#include "logging.h"
#include "lookuprepository.h"
#include "uilanguage.h"

#include <QLabel>
#include <QLocale>

RejectChargeDialog::RejectChargeDialog(QSqlDatabase db, qint64 chargeId, QWidget *parent)
    : ReasonDialog(parent)
    , m_db(std::move(db))
    , m_chargeId(chargeId)
{
    setObjectName(QStringLiteral("RejectChargeDialog"));
    m_chargeLabel = addDetail(QStringLiteral("chargeLabel"));
    m_amountLabel = addDetail(QStringLiteral("amountLabel"));
    m_enteredLabel = addDetail(QStringLiteral("enteredLabel"));
    refreshTexts();
}

bool RejectChargeDialog::apply(const QString &reason, QString *error)
{
    const ChargeService::ApprovalResult result
        = ChargeService(m_db, currentActor(m_db)).reject(m_chargeId, reason);
    if (result.ok) {
        qCInfo(lcUi) << "Charge" << m_chargeId << "rejected";
        return true;
    }
    qCWarning(lcUi) << "Rejection of charge" << m_chargeId << "failed:" << result.errorMessage;
    *error = result.errorMessage;
    return false;
}

bool RejectChargeDialog::canApply() const
{
    return m_charge && m_charge->isPending();
}

int RejectChargeDialog::maxReasonLength() const
{
    return ChargeService::MaxNoteLength;
}

QStringList RejectChargeDialog::retranslateTexts()
{
    // Reread, so a charge another user decided on meanwhile shows as such.
    m_loadError.clear();
    m_charge = ChargeRepository(m_db).findById(m_chargeId, &m_loadError);

    setWindowTitle(tr("Reject Charge"));
    setIntro(tr("Rejecting keeps the charge on record with the reason, and it never counts in "
                "any balance. To charge the customer after all, enter the charge again."));
    setReasonCaption(tr("&Reason for rejecting (required):"));
    setApplyText(tr("&Reject Charge"));

    QStringList problems;
    if (!m_charge) {
        for (QLabel *label : {m_chargeLabel, m_amountLabel, m_enteredLabel})
            label->clear();
        problems << (m_loadError.isEmpty()
                         ? tr("No charge with id %1 was found.").arg(m_chargeId)
                         : tr("Could not load the charge: %1").arg(m_loadError));
        return problems;
    }

    const QLocale locale;
    const QString feeType = LookupRepository(m_db).label(LookupRepository::Table::FeeTypes,
                                                         m_charge->feeTypeCode,
                                                         currentUiLanguage());
    //: Charge id, fee type and customer code.
    setDetail(m_chargeLabel, tr("Charge:"),
              tr("No. %1, %2, customer %3")
                  .arg(QString::number(m_charge->id), feeType, m_charge->customerCode));
    setDetail(m_amountLabel, tr("Amount:"), m_charge->amount.format(locale));
    //: Who entered a charge (%1) and when (%2).
    setDetail(m_enteredLabel, tr("Entered:"),
              tr("by %1 on %2").arg(m_charge->createdBy,
                                    formatDateTime(m_charge->createdAt, locale)));
    if (!m_charge->isPending()) {
        problems << tr("This charge no longer waits for approval; its status is %1.")
                        .arg(ChargeStatusText::label(m_charge->paymentStatus()));
    }
    return problems;
}
