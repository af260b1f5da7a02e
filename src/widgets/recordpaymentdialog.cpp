#include "recordpaymentdialog.h"
#include "ui_recordpaymentdialog.h"

#include "customerrepository.h"
#include "dateformat.h"
#include "errorlabel.h"
#include "installmentrepository.h"
#include "logging.h"
#include "lookuprepository.h"
#include "paymentconfirmdialog.h"
#include "paymentservice.h"
#include "uilanguage.h"

#include <QEvent>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardItemModel>

RecordPaymentDialog::RecordPaymentDialog(QSqlDatabase db, qint64 customerId, QWidget *parent)
    : QDialog(parent)
    , ui(std::make_unique<Ui::RecordPaymentDialog>())
    , m_db(std::move(db))
    , m_customerId(customerId)
{
    ui->setupUi(this);
    for (QLabel *label : {ui->errorLabel, ui->targetErrorLabel, ui->installmentErrorLabel,
                          ui->amountErrorLabel, ui->paidOnErrorLabel,
                          ui->paymentMethodErrorLabel, ui->referenceErrorLabel,
                          ui->noteErrorLabel}) {
        ErrorLabel::style(label);
    }
    ui->paidOnEdit->setDate(QDate::currentDate());
    ui->noteEdit->setMaximumHeight(ui->noteEdit->fontMetrics().lineSpacing() * 5);

    loadCustomer();
    retranslateUi();

    connect(ui->installmentCombo, &QComboBox::currentIndexChanged, this,
            &RecordPaymentDialog::prefillAmount);
    connect(ui->noteEdit, &QPlainTextEdit::textChanged, this,
            &RecordPaymentDialog::updateNoteCounter);
    connect(ui->reviewButton, &QPushButton::clicked, this, &RecordPaymentDialog::review);
    connect(ui->cancelButton, &QPushButton::clicked, this, &QDialog::reject);

    ui->reviewButton->setEnabled(false);
    ui->amountEdit->setFocus();
}

RecordPaymentDialog::~RecordPaymentDialog() = default;

void RecordPaymentDialog::setBillLines(qint64 billId)
{
    m_targetLoadError.clear();
    m_target = ReceivableQuery(m_db).billLines(billId, &m_targetLoadError);
    if (m_target && m_target->customerId != m_customerId)
        m_target.reset();
    m_plan = InstallmentPlanRecord();
    fillInstallments(0);
    updateTargetLabel();
    prefillAmount();
}

void RecordPaymentDialog::setCharge(qint64 chargeId, qint64 installmentId)
{
    m_targetLoadError.clear();
    m_target = ReceivableQuery(m_db).charge(chargeId, &m_targetLoadError);
    if (m_target && m_target->customerId != m_customerId)
        m_target.reset();
    m_plan = InstallmentPlanRecord();
    if (m_target && m_target->hasActivePlan)
        m_plan = InstallmentRepository(m_db).activePlan(chargeId, &m_targetLoadError);
    fillInstallments(installmentId);
    updateTargetLabel();
    prefillAmount();
}

void RecordPaymentDialog::reject()
{
    if (m_committedPaymentId == 0
        && (!ui->referenceEdit->text().trimmed().isEmpty()
            || !ui->noteEdit->toPlainText().trimmed().isEmpty())) {
        QMessageBox question(QMessageBox::Question, tr("Discard Payment"),
                             tr("Discard this payment? The values you entered are not saved."),
                             QMessageBox::Discard | QMessageBox::Cancel, this);
        question.setDefaultButton(QMessageBox::Cancel);
        if (question.exec() != QMessageBox::Discard)
            return;
    }
    QDialog::reject();
}

void RecordPaymentDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        ui->retranslateUi(this);
        retranslateUi();
    }
    QDialog::changeEvent(event);
}

void RecordPaymentDialog::loadCustomer()
{
    QString error;
    m_customer = CustomerRepository(m_db).findById(m_customerId, &error);
    if (!error.isEmpty())
        qCWarning(lcUi) << "Could not load customer" << m_customerId << ":" << error;
    m_customerLoadError = error;
}

void RecordPaymentDialog::fillPaymentMethods()
{
    QString error;
    ui->paymentMethodCombo->setEntries(LookupRepository(m_db).entries(
        LookupRepository::Table::PaymentMethods, currentUiLanguage(), &error));
    if (!error.isEmpty())
        qCWarning(lcUi) << "Could not load the payment methods:" << error;
    m_methodsLoadError = error;
}

void RecordPaymentDialog::fillInstallments(qint64 installmentId)
{
    const qint64 selected = installmentId != 0
                                ? installmentId
                                : ui->installmentCombo->currentData().toLongLong();
    const QLocale locale;

    // A QStandardItemModel, so settled installments are listed but cannot
    // be chosen.
    auto *items = new QStandardItemModel(ui->installmentCombo);
    int selectedRow = -1;
    int firstOpenRow = -1;
    for (const InstallmentRecord &installment : std::as_const(m_plan.installments)) {
        const bool open = installment.open().minorUnits() > 0;
        //: An installment: its number, due date and the amount still open.
        auto *item = new QStandardItem(tr("No. %1, due %2, open %3")
                                           .arg(installment.seq)
                                           .arg(formatDate(installment.dueDate, locale),
                                                installment.open().format(locale)));
        item->setData(installment.id, Qt::UserRole);
        item->setEnabled(open);
        items->appendRow(item);
        const int row = items->rowCount() - 1;
        if (open && firstOpenRow < 0)
            firstOpenRow = row;
        if (open && installment.id == selected)
            selectedRow = row;
    }

    {
        const QSignalBlocker blocker(ui->installmentCombo);
        ui->installmentCombo->setModel(items);
        ui->installmentCombo->setCurrentIndex(selectedRow >= 0 ? selectedRow : firstOpenRow);
    }
    // Showing the row shows every widget in it, the error label too.
    ui->formLayout->setRowVisible(ui->installmentLayout, m_plan.id != 0);
    ErrorLabel::setMessages(ui->installmentErrorLabel,
                            m_fieldProblems.value(QStringLiteral("installment_id")));
}

void RecordPaymentDialog::retranslateUi()
{
    updateCustomerLabel();
    updateTargetLabel();
    fillPaymentMethods();
    fillInstallments(0);
    ui->paymentMethodCombo->setPlaceholderText(tr("Select…"));
    updateNoteCounter();
    updatePaidOnFormat();

    // Review messages are sentences from the service in the previous
    // language, so checking again writes them in the new one.
    if (!m_fieldProblems.isEmpty() || !m_otherProblems.isEmpty()) {
        PaymentService service(m_db, currentActor(m_db));
        showProblems(service.review(buildRequest()), false);
    } else {
        showMessages();
    }
}

void RecordPaymentDialog::updateCustomerLabel()
{
    if (!m_customer) {
        ui->customerLabel->setText(tr("No customer with id %1 was found.").arg(m_customerId));
        ui->currencyLabel->clear();
        return;
    }
    //: Customer code and company name.
    ui->customerLabel->setText(tr("%1 — %2").arg(m_customer->code, m_customer->companyName));
}

void RecordPaymentDialog::updateTargetLabel()
{
    ui->reviewButton->setEnabled(m_target.has_value());
    if (!m_target) {
        ui->targetLabel->setText(tr("Nothing to pay was found. Close the dialog and choose a "
                                    "bill or a posted charge of this customer."));
        ui->currencyLabel->clear();
        return;
    }

    const QLocale locale;
    const Receivable &target = *m_target;
    //: What is paid (%1), its open amount (%2) and its whole amount (%3).
    ui->targetLabel->setText(tr("%1\nOpen: %2 of %3")
                                 .arg(ReceivableQuery::describe(target),
                                      target.open().format(locale),
                                      target.amount.format(locale)));
    ui->currencyLabel->setText(target.amount.currency());
}

void RecordPaymentDialog::updateNoteCounter()
{
    // Counts code points, as the database's length() does.
    const qsizetype length = ui->noteEdit->toPlainText().toUcs4().size();
    ui->noteCounterLabel->setText(tr("%1/%2").arg(length).arg(PaymentService::MaxNoteLength));
    ErrorLabel::setAlarm(ui->noteCounterLabel, length > PaymentService::MaxNoteLength);
}

void RecordPaymentDialog::updatePaidOnFormat()
{
    const QLocale locale;
    ui->paidOnEdit->setLocale(locale);
    ui->paidOnEdit->setDisplayFormat(dateDisplayFormat(locale));
}

void RecordPaymentDialog::prefillAmount()
{
    // An amount the user typed stays; only the last pre-filled one is
    // replaced.
    if (ui->amountEdit->text() != m_prefilledAmount)
        return;

    Money open;
    if (m_target)
        open = m_target->open();
    const qint64 installmentId = ui->installmentCombo->currentData().toLongLong();
    for (const InstallmentRecord &installment : std::as_const(m_plan.installments)) {
        if (installment.id == installmentId)
            open = installment.open();
    }

    // Without the currency symbol, which the label beside the field shows.
    m_prefilledAmount = open.isValid() && open.minorUnits() > 0 ? open.toPlainString()
                                                                : QString();
    ui->amountEdit->setText(m_prefilledAmount);
}

PaymentRequest RecordPaymentDialog::buildRequest() const
{
    PaymentRequest request;
    request.requestKey = m_requestKey;
    request.customerId = m_customerId;
    if (m_target) {
        request.billId = m_target->kind == Receivable::Kind::BillLines ? m_target->billId : 0;
        request.chargeId = m_target->chargeId;
    }
    if (m_plan.id != 0)
        request.installmentId = ui->installmentCombo->currentData().toLongLong();
    request.amountText = ui->amountEdit->text();
    request.amountLocale = QLocale();
    request.paidOn = ui->paidOnEdit->date();
    request.paymentMethodCode = ui->paymentMethodCombo->currentCode();
    request.reference = ui->referenceEdit->text();
    request.note = ui->noteEdit->toPlainText();
    request.duplicateAcknowledgement = m_duplicateAcknowledgement;
    return request;
}

void RecordPaymentDialog::review()
{
    const PaymentRequest request = buildRequest();
    PaymentService service(m_db, currentActor(m_db));
    const PaymentReview review = service.review(request);
    if (!showProblems(review, true))
        return;

    PaymentConfirmDialog confirmDialog(m_db, request, review, this);
    const int outcome = confirmDialog.exec();
    m_duplicateAcknowledgement = confirmDialog.acknowledgement();
    if (outcome != QDialog::Accepted || confirmDialog.committedPaymentId() == 0)
        return;

    m_committedPaymentId = confirmDialog.committedPaymentId();
    accept();
}

bool RecordPaymentDialog::showProblems(const PaymentReview &review, bool moveFocus)
{
    m_fieldProblems.clear();
    m_otherProblems.clear();
    if (!review.failure.isEmpty())
        m_otherProblems << review.failure;

    QWidget *firstWrong = nullptr;
    for (const FieldError &error : review.errors) {
        if (errorLabelForField(error.field))
            m_fieldProblems[error.field] << error.message;
        else
            m_otherProblems << error.message;
        if (!firstWrong)
            firstWrong = widgetForField(error.field);
    }
    showMessages();

    if (moveFocus && firstWrong) {
        firstWrong->setFocus(Qt::OtherFocusReason);
        if (auto *edit = qobject_cast<QLineEdit *>(firstWrong))
            edit->selectAll();
    }
    return m_fieldProblems.isEmpty() && m_otherProblems.isEmpty();
}

void RecordPaymentDialog::showMessages()
{
    // The load errors are worded here, so they follow a language change.
    QStringList general;
    if (!m_customerLoadError.isEmpty())
        general << tr("Could not load the customer: %1").arg(m_customerLoadError);
    if (!m_targetLoadError.isEmpty())
        general << tr("Could not load what is paid: %1").arg(m_targetLoadError);
    if (!m_methodsLoadError.isEmpty())
        general << tr("Could not load the list of payment methods: %1").arg(m_methodsLoadError);
    ErrorLabel::setMessages(ui->errorLabel, general + m_otherProblems);

    const QStringList fields = {
        QStringLiteral("charge_id"), QStringLiteral("installment_id"),
        QStringLiteral("amount_minor"), QStringLiteral("paid_on"),
        QStringLiteral("payment_method_code"), QStringLiteral("reference"),
        QStringLiteral("note"),
    };
    // bill_id and customer_id share the label of charge_id, under what is
    // paid, so they are added to its messages.
    QStringList targetMessages = m_fieldProblems.value(QStringLiteral("customer_id"))
                                 + m_fieldProblems.value(QStringLiteral("bill_id"));
    for (const QString &field : fields) {
        QStringList messages = m_fieldProblems.value(field);
        if (field == QLatin1String("charge_id"))
            messages = targetMessages + messages;
        ErrorLabel::setMessages(errorLabelForField(field), messages);
    }
}

QLabel *RecordPaymentDialog::errorLabelForField(const QString &field) const
{
    const std::pair<const char *, QLabel *> labels[] = {
        {"customer_id", ui->targetErrorLabel},
        {"bill_id", ui->targetErrorLabel},
        {"charge_id", ui->targetErrorLabel},
        {"installment_id", ui->installmentErrorLabel},
        {"amount_minor", ui->amountErrorLabel},
        {"paid_on", ui->paidOnErrorLabel},
        {"payment_method_code", ui->paymentMethodErrorLabel},
        {"reference", ui->referenceErrorLabel},
        {"note", ui->noteErrorLabel},
    };
    for (const auto &[name, label] : labels) {
        if (field == QLatin1String(name))
            return label;
    }
    return nullptr;
}

QWidget *RecordPaymentDialog::widgetForField(const QString &field) const
{
    const std::pair<const char *, QWidget *> widgets[] = {
        {"installment_id", ui->installmentCombo},
        {"amount_minor", ui->amountEdit},
        {"paid_on", ui->paidOnEdit},
        {"payment_method_code", ui->paymentMethodCombo},
        {"reference", ui->referenceEdit},
        {"note", ui->noteEdit},
    };
    for (const auto &[name, widget] : widgets) {
        if (field == QLatin1String(name))
            return widget;
    }
    return nullptr;
}
