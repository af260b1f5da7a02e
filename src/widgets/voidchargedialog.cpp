#include "voidchargedialog.h"
#include "ui_voidchargedialog.h"

#include "chargerepository.h"
#include "chargeservice.h"
#include "dateformat.h"
#include "errorlabel.h"
#include "logging.h"
#include "lookuprepository.h"
#include "uilanguage.h"

#include <QEvent>
#include <QGuiApplication>
#include <QLocale>
#include <QPushButton>
#include <QScopeGuard>
#include <QScopedValueRollback>

VoidChargeDialog::VoidChargeDialog(QSqlDatabase db, qint64 chargeId, QWidget *parent)
    : QDialog(parent)
    , ui(std::make_unique<Ui::VoidChargeDialog>())
    , m_db(std::move(db))
    , m_chargeId(chargeId)
{
    ui->setupUi(this);
    ErrorLabel::style(ui->errorLabel);

    connect(ui->reasonEdit, &QPlainTextEdit::textChanged, this,
            &VoidChargeDialog::updateVoidButton);
    connect(ui->voidButton, &QPushButton::clicked, this, &VoidChargeDialog::voidCharge);
    connect(ui->cancelButton, &QPushButton::clicked, this, &QDialog::reject);

    loadCharge();
    retranslateUi();
    ui->reasonEdit->setFocus();
}

VoidChargeDialog::~VoidChargeDialog() = default;

void VoidChargeDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        ui->retranslateUi(this);
        retranslateUi();
    }
    QDialog::changeEvent(event);
}

void VoidChargeDialog::loadCharge()
{
    m_loadError.clear();
    QString error;
    m_charge = ChargeRepository(m_db).findById(m_chargeId, &error);
    if (!error.isEmpty()) {
        qCWarning(lcUi) << "Could not load charge" << m_chargeId << ":" << error;
        m_loadError = error;
    }
}

void VoidChargeDialog::retranslateUi()
{
    const QLocale locale;
    QStringList problems;

    if (!m_charge) {
        ui->chargeLabel->setText(tr("No charge with id %1 was found.").arg(m_chargeId));
        ui->amountLabel->clear();
        ui->feeTypeLabel->clear();
        ui->dueDateLabel->clear();
        if (!m_loadError.isEmpty())
            problems << tr("Could not load the charge: %1").arg(m_loadError);
    } else {
        const ChargeRecord &charge = *m_charge;
        const QString id = QString::number(charge.id);
        ui->chargeLabel->setText(
            charge.billNo.isEmpty()
                //: Charge id and customer code of a charge that is not on a bill.
                ? tr("No. %1, customer %2, on the account").arg(id, charge.customerCode)
                //: Charge id, customer code and bill number.
                : tr("No. %1, customer %2, bill %3").arg(id, charge.customerCode, charge.billNo));
        ui->amountLabel->setText(charge.amount.format(locale));
        ui->feeTypeLabel->setText(LookupRepository(m_db).label(
            LookupRepository::Table::FeeTypes, charge.feeTypeCode, currentUiLanguage()));
        ui->dueDateLabel->setText(locale.toString(charge.dueDate, QLocale::LongFormat));
        if (charge.isVoid()) {
            problems << tr("This charge was voided already, by %1 on %2.")
                            .arg(charge.voidedBy, formatDateTime(charge.voidedAt, locale));
        }
    }

    // NOTE: the message of a failed void keeps the language it was written
    // in, because the service returns it as finished text.
    if (!m_voidError.isEmpty())
        problems << m_voidError;
    ErrorLabel::setMessages(ui->errorLabel, problems);
    updateVoidButton();
}

void VoidChargeDialog::updateVoidButton()
{
    const QString reason = ui->reasonEdit->toPlainText().trimmed();
    const qsizetype length = reason.toUcs4().size();
    ui->reasonCounterLabel->setText(tr("%1/%2").arg(length).arg(ChargeService::MaxNoteLength));
    ErrorLabel::setAlarm(ui->reasonCounterLabel, length > ChargeService::MaxNoteLength);

    const bool canVoid = !m_voiding && m_charge && !m_charge->isVoid() && length > 0
                         && length <= ChargeService::MaxNoteLength;
    ui->voidButton->setEnabled(canVoid);
}

void VoidChargeDialog::voidCharge()
{
    if (m_voiding)
        return;

    ChargeService::VoidResult result;
    {
        const QScopedValueRollback<bool> voiding(m_voiding, true);
        ui->voidButton->setEnabled(false);
        QGuiApplication::setOverrideCursor(Qt::WaitCursor);
        const auto restoreCursor = qScopeGuard([] { QGuiApplication::restoreOverrideCursor(); });

        ChargeService service(m_db, currentActor(m_db));
        result = service.voidCharge(m_chargeId, ui->reasonEdit->toPlainText().trimmed());
    }

    if (result.ok) {
        accept();
        return;
    }

    qCWarning(lcUi) << "Void of charge" << m_chargeId << "failed:" << result.errorMessage;
    m_voidError = result.errorMessage;

    // Another user may have voided the charge meanwhile; show its state now.
    loadCharge();
    retranslateUi();
}
