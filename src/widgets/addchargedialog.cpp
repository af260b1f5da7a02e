#include "addchargedialog.h"
#include "ui_addchargedialog.h"

#include "billlinestable.h"
#include "billrepository.h"
#include "chargeconfirmdialog.h"
#include "chargeformdelegate.h"
#include "chargeservice.h"
#include "chargetablemodel.h"
#include "chargevalidator.h"
#include "computedchargedialog.h"
#include "customerrepository.h"
#include "dateformat.h"
#include "errorlabel.h"
#include "logging.h"
#include "lookuprepository.h"
#include "uilanguage.h"

#include <QDataWidgetMapper>
#include <QEvent>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSqlError>
#include <QSqlRecord>

AddChargeDialog::AddChargeDialog(QSqlDatabase db, qint64 customerId, QWidget *parent)
    : QDialog(parent)
    , ui(std::make_unique<Ui::AddChargeDialog>())
    , m_db(std::move(db))
    , m_customerId(customerId)
{
    ui->setupUi(this);
    ErrorLabel::style(ui->errorLabel);
    BillLinesTable::setUpTable(ui->billLinesView);

    loadCustomer();
    loadBills();
    setUpMapper();
    retranslateUi();

    connect(ui->billCombo, &BillComboBox::currentBillIdChanged, this,
            &AddChargeDialog::selectBill);
    connect(ui->noteEdit, &QPlainTextEdit::textChanged, this,
            &AddChargeDialog::updateNoteCounter);
    connect(ui->computeButton, &QPushButton::clicked, this, &AddChargeDialog::computeAmount);
    connect(ui->reviewButton, &QPushButton::clicked, this, &AddChargeDialog::review);
    connect(ui->cancelButton, &QPushButton::clicked, this, &QDialog::reject);

    showMessages();
    ui->billCombo->setFocus();
}

AddChargeDialog::~AddChargeDialog() = default;

void AddChargeDialog::reject()
{
    if (m_committedChargeId == 0 && hasTypedValues()) {
        QMessageBox question(QMessageBox::Question, tr("Discard Charge"),
                             tr("Discard this charge? The values you entered are not saved."),
                             QMessageBox::Discard | QMessageBox::Cancel, this);
        question.setDefaultButton(QMessageBox::Cancel);
        if (question.exec() != QMessageBox::Discard)
            return;
    }
    QDialog::reject();
}

bool AddChargeDialog::hasTypedValues() const
{
    return !ui->amountEdit->text().trimmed().isEmpty()
           || !ui->noteEdit->toPlainText().trimmed().isEmpty()
           || !ui->feeTypeCombo->currentCode().isEmpty()
           || !ui->reasonCombo->currentCode().isEmpty()
           || !ui->paymentMethodCombo->currentCode().isEmpty();
}

void AddChargeDialog::setBill(qint64 billId)
{
    ui->billCombo->setCurrentBillId(billId);
}

void AddChargeDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        ui->retranslateUi(this);
        retranslateUi();
    }
    QDialog::changeEvent(event);
}

void AddChargeDialog::loadCustomer()
{
    QString error;
    m_customer = CustomerRepository(m_db).findById(m_customerId, &error);
    if (!error.isEmpty())
        qCWarning(lcUi) << "Could not load customer" << m_customerId << ":" << error;
    m_customerLoadError = error;
    ui->currencyLabel->setText(m_customer ? m_customer->currency : QString());
}

void AddChargeDialog::loadBills()
{
    QString error;
    ui->billCombo->setBills(BillRepository(m_db).billsOfCustomer(m_customerId, &error));
    if (!error.isEmpty()) {
        qCWarning(lcUi) << "Could not load the bills of customer" << m_customerId << ":"
                        << error;
    }
    m_billsLoadError = error;
}

void AddChargeDialog::fillLookupCombos()
{
    const LookupRepository lookups(m_db);
    const UiLanguage language = currentUiLanguage();
    const std::tuple<LookupComboBox *, LookupRepository::Table, QString> combos[] = {
        {ui->feeTypeCombo, LookupRepository::Table::FeeTypes,
         tr("Could not load the list of fee types: %1")},
        {ui->reasonCombo, LookupRepository::Table::ChargeReasons,
         tr("Could not load the list of charge reasons: %1")},
        {ui->paymentMethodCombo, LookupRepository::Table::PaymentMethods,
         tr("Could not load the list of payment methods: %1")},
    };

    m_lookupErrors.clear();
    for (const auto &[combo, table, message] : combos) {
        QString error;
        combo->setEntries(lookups.entries(table, language, &error));
        if (!error.isEmpty()) {
            qCWarning(lcUi) << "Could not load" << LookupRepository::tableName(table) << ":"
                            << error;
            m_lookupErrors << message.arg(error);
        }
    }
}

void AddChargeDialog::setUpMapper()
{
    m_model = new ChargeTableModel(this, m_db);

    // The pending row the form edits. It stays in the model's cache because
    // the model never writes. The service receives its values instead.
    m_model->insertRow(0);
    const auto setField = [this](const char *name, const QVariant &value) {
        m_model->setData(m_model->index(0, m_model->fieldIndex(QLatin1String(name))), value);
    };
    setField("customer_id", m_customerId);
    setField("currency", m_customer ? m_customer->currency : QString());
    setField("note", QString());
    setField("due_date", QDate::currentDate().toString(Qt::ISODate));
    setField("status", QStringLiteral("posted"));

    m_mapper = new QDataWidgetMapper(this);
    m_mapper->setModel(m_model);
    m_mapper->setItemDelegate(new ChargeFormDelegate(m_model, m_mapper));
    m_mapper->setSubmitPolicy(QDataWidgetMapper::AutoSubmit);
    const auto map = [this](QWidget *widget, const char *name) {
        m_mapper->addMapping(widget, m_model->fieldIndex(QLatin1String(name)));
    };
    map(ui->billCombo, "bill_id");
    map(ui->feeTypeCombo, "fee_type_code");
    map(ui->amountEdit, "amount_minor");
    map(ui->reasonCombo, "reason_code");
    map(ui->noteEdit, "note");
    map(ui->paymentMethodCombo, "payment_method_code");
    map(ui->dueDateEdit, "due_date");
    m_mapper->setCurrentIndex(0);
}

void AddChargeDialog::retranslateUi()
{
    updateCustomerLabel();
    ui->billCombo->retranslate();
    fillLookupCombos();
    const QString placeholder = tr("Select…");
    ui->feeTypeCombo->setPlaceholderText(placeholder);
    ui->reasonCombo->setPlaceholderText(placeholder);
    ui->paymentMethodCombo->setPlaceholderText(placeholder);
    ui->amountEdit->setPlaceholderText(tr("e.g. 1,234.50"));
    updateNoteCounter();
    updateDueDateFormat();
    BillLinesTable::setHeaders(ui->billLinesView);
    showBill(ui->billCombo->currentBillId());

    // Review messages are sentences from the service in the previous
    // language, so checking again writes them in the new one.
    if (!m_reviewProblems.isEmpty()) {
        ChargeService service(m_db, currentActor(m_db));
        showProblems(service.review(buildRequest()), false);
    }
}

void AddChargeDialog::updateCustomerLabel()
{
    if (!m_customer) {
        ui->customerLabel->setText(tr("No customer with id %1 was found.").arg(m_customerId));
        return;
    }
    //: Customer code, company name and the currency of the account.
    ui->customerLabel->setText(tr("%1 — %2 (%3)")
                                   .arg(m_customer->code, m_customer->companyName,
                                        m_customer->currency));
}

void AddChargeDialog::updateNoteCounter()
{
    // Counts code points, as the database's length() does.
    const qsizetype length = ui->noteEdit->toPlainText().toUcs4().size();
    ui->noteCounterLabel->setText(
        tr("%1/%2").arg(length).arg(ChargeService::MaxNoteLength));
    ErrorLabel::setAlarm(ui->noteCounterLabel, length > ChargeService::MaxNoteLength);
}

void AddChargeDialog::updateDueDateFormat()
{
    const QLocale locale;
    ui->dueDateEdit->setLocale(locale);
    ui->dueDateEdit->setDisplayFormat(dateDisplayFormat(locale));
}

void AddChargeDialog::selectBill(qint64 billId)
{
    showBill(billId);

    // A charge on a bill is usually due with the bill, but the default is
    // never a day already past. A charge on the account defaults to today.
    const BillRecord bill = ui->billCombo->bill(billId);
    const QDate today = QDate::currentDate();
    ui->dueDateEdit->setDate(bill.id != 0 ? std::max(bill.dueDate, today) : today);
}

void AddChargeDialog::showBill(qint64 billId)
{
    const bool hasBill = billId != 0;
    ui->noBillLabel->setVisible(!hasBill);
    ui->billLinesView->setVisible(hasBill);
    for (QLabel *label : {ui->linesTotalCaptionLabel, ui->linesTotalLabel,
                          ui->chargesTotalCaptionLabel, ui->chargesTotalLabel,
                          ui->paidCaptionLabel, ui->paidLabel, ui->balanceCaptionLabel,
                          ui->balanceLabel}) {
        label->setVisible(hasBill);
    }
    if (!hasBill) {
        ui->billLinesView->setRowCount(0);
        m_billErrors.clear();
        showMessages();
        return;
    }

    // Fresh from the database, so the totals include charges that other
    // users added since the dialog opened.
    const BillRepository bills(m_db);
    QString error;
    const std::optional<BillRecord> bill = bills.findById(billId, &error);
    const QList<BillLineRecord> lines = bills.linesOfBill(billId, &error);
    m_billErrors.clear();
    if (!error.isEmpty()) {
        qCWarning(lcUi) << "Could not load bill" << billId << ":" << error;
        m_billErrors << tr("Could not load the bill's lines: %1").arg(error);
    }
    showMessages();

    BillLinesTable::fillLines(ui->billLinesView, lines);
    const BillRecord shown = bill.value_or(ui->billCombo->bill(billId));
    const QLocale locale;
    ui->linesTotalLabel->setText(shown.linesTotal.format(locale));
    ui->chargesTotalLabel->setText(shown.chargesTotal.format(locale));
    ui->paidLabel->setText(shown.paid.format(locale));
    ui->balanceLabel->setText(shown.balance().format(locale));
}

void AddChargeDialog::computeAmount()
{
    if (!m_customer)
        return;

    // A late fee is usually charged on the selected bill's open amount, read
    // fresh so that payments since the dialog opened count.
    // NOTE: the open amount is the bill's whole balance, charges included.
    // A fee on the bill's own lines alone needs the base typed in.
    ComputedChargeDialog dialog(m_customer->currency, this);
    const qint64 billId = ui->billCombo->currentBillId();
    if (billId != 0) {
        QString error;
        const std::optional<BillRecord> bill = BillRepository(m_db).findById(billId, &error);
        if (bill) {
            dialog.setOverdueAmount(bill->balance(), bill->dueDate);
        } else {
            qCWarning(lcUi) << "Could not load bill" << billId << "to prefill a late fee:"
                            << error;
        }
    }
    if (ui->feeTypeCombo->currentCode() == QLatin1String("LATE_FEE"))
        dialog.setKind(ComputedChargeDialog::Kind::LateFee);

    if (dialog.exec() != QDialog::Accepted)
        return;
    applyComputedCharge(dialog.kind() == ComputedChargeDialog::Kind::LateFee, dialog.result());
}

void AddChargeDialog::applyComputedCharge(bool lateFee, const ComputedCharge &charge)
{
    // Formatted in the locale the amount is parsed in when the form is
    // reviewed.
    ui->amountEdit->setText(charge.amount.format(QLocale()));
    ui->feeTypeCombo->setCurrentCode(lateFee ? QStringLiteral("LATE_FEE")
                                             : QStringLiteral("UPGRADE_DIFF"));
    if (ui->reasonCombo->currentCode().isEmpty())
        ui->reasonCombo->setCurrentCode(lateFee ? QStringLiteral("UNPAID")
                                                : QStringLiteral("PLAN_UPGRADE"));

    const QString note = ComputedCharge::noteWithFormula(ui->noteEdit->toPlainText(),
                                                         charge.formula, m_computedFormula);
    const int noteLength = ChargeValidator::characterCount(note);
    m_computeMessages.clear();
    if (noteLength <= ChargeService::MaxNoteLength) {
        ui->noteEdit->setPlainText(note);
        m_computedFormula = charge.formula;
    } else {
        m_computeMessages << tr("The formula was not added to the note, because the note "
                                "would then have %1 characters; at most %2 are allowed. "
                                "Shorten the note and compute again.")
                                 .arg(noteLength)
                                 .arg(ChargeService::MaxNoteLength);
    }

    if (!m_mapper->submit())
        qCWarning(lcUi) << "Could not update the pending charge row:" << m_model->lastError();
    qCInfo(lcUi) << "Filled in a computed" << (lateFee ? "late fee" : "upgrade difference")
                 << "of" << charge.amount.toPlainString() << charge.amount.currency()
                 << "for customer" << m_customerId;
    showMessages();
}

ChargeRequest AddChargeDialog::buildRequest()
{
    // Text typed into a field and confirmed with Enter reaches the row only
    // through a queued commit, after the default button has already run, so
    // the row is brought up to date here first.
    if (!m_mapper->submit())
        qCWarning(lcUi) << "Could not update the pending charge row:" << m_model->lastError();

    const QSqlRecord row = m_model->record(0);
    ChargeRequest request;
    request.requestKey = m_requestKey;
    request.customerId = row.value(QStringLiteral("customer_id")).toLongLong();
    request.billId = row.value(QStringLiteral("bill_id")).toLongLong();
    request.feeTypeCode = row.value(QStringLiteral("fee_type_code")).toString();
    request.amountText = ui->amountEdit->text();
    request.amountLocale = QLocale();
    request.reasonCode = row.value(QStringLiteral("reason_code")).toString();
    request.note = row.value(QStringLiteral("note")).toString();
    request.paymentMethodCode = row.value(QStringLiteral("payment_method_code")).toString();
    request.dueDate = QDate::fromString(row.value(QStringLiteral("due_date")).toString(),
                                        Qt::ISODate);
    request.duplicateAcknowledgement = m_acknowledgement;
    return request;
}

void AddChargeDialog::review()
{
    const ChargeRequest request = buildRequest();
    ChargeService service(m_db, currentActor(m_db));
    const ChargeReview review = service.review(request);
    if (!showProblems(review, true))
        return;

    ChargeConfirmDialog confirmDialog(m_db, request, review, this);
    const int result = confirmDialog.exec();
    m_acknowledgement = confirmDialog.acknowledgement();
    if (result != QDialog::Accepted || confirmDialog.committedChargeId() == 0)
        return;

    m_committedChargeId = confirmDialog.committedChargeId();
    accept();
}

bool AddChargeDialog::showProblems(const ChargeReview &review, bool moveFocus)
{
    m_reviewProblems.clear();
    if (!review.failure.isEmpty())
        m_reviewProblems << review.failure;
    QWidget *firstWrong = nullptr;
    for (const FieldError &error : review.errors) {
        m_reviewProblems << error.message;
        if (!firstWrong)
            firstWrong = widgetForField(error.field);
    }

    if (review.isValid() && review.hasExactDuplicate()) {
        for (const DuplicateFinding &finding : review.exactDuplicates)
            m_reviewProblems << finding.description;
        m_reviewProblems << tr("Change the charge, or cancel if it was entered already.");
    }
    showMessages();

    if (moveFocus && firstWrong) {
        firstWrong->setFocus(Qt::OtherFocusReason);
        if (auto *edit = qobject_cast<QLineEdit *>(firstWrong))
            edit->selectAll();
    }
    return m_reviewProblems.isEmpty();
}

void AddChargeDialog::showMessages()
{
    // The load errors are worded here, so they follow a language change.
    QStringList loadErrors;
    if (!m_customerLoadError.isEmpty())
        loadErrors << tr("Could not load the customer: %1").arg(m_customerLoadError);
    if (!m_billsLoadError.isEmpty())
        loadErrors << tr("Could not load the customer's bills: %1").arg(m_billsLoadError);

    ErrorLabel::setMessages(ui->errorLabel,
                            loadErrors + m_lookupErrors + m_billErrors + m_reviewProblems
                                + m_computeMessages);
}

QWidget *AddChargeDialog::widgetForField(const QString &field) const
{
    const std::pair<const char *, QWidget *> widgets[] = {
        {"bill_id", ui->billCombo},
        {"fee_type_code", ui->feeTypeCombo},
        {"amount_minor", ui->amountEdit},
        {"reason_code", ui->reasonCombo},
        {"note", ui->noteEdit},
        {"payment_method_code", ui->paymentMethodCombo},
        {"due_date", ui->dueDateEdit},
    };
    for (const auto &[name, widget] : widgets) {
        if (field == QLatin1String(name))
            return widget;
    }
    return nullptr;
}
