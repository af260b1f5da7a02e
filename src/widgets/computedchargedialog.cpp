#include "computedchargedialog.h"
#include "ui_computedchargedialog.h"

#include "dateformat.h"
#include "errorlabel.h"
#include "latefeecalculator.h"
#include "percentagerate.h"
#include "prorationcalculator.h"

#include <QEvent>
#include <QLocale>
#include <QPushButton>
#include <QSignalBlocker>

namespace {

// Reads the typed fields of a tab before its calculator runs. Text that
// does not parse becomes an error naming the field. An empty field is not
// an error yet, but leaves the tab incomplete. The calculator's messages
// about fields that were not read would repeat these, so merged() drops
// them.
struct FieldReader
{
    QList<FieldError> errors;
    QStringList unreadFields;
    bool incomplete = false;

    Money amount(const QLineEdit *edit, const char *field, const QString &caption,
                 const QString &currency, Money::Range range)
    {
        const QString text = edit->text();
        if (text.trimmed().isEmpty())
            return skip(field);

        QString message;
        const std::optional<Money> amount
            = Money::parse(text, currency, QLocale(), &message, range);
        if (!amount)
            return fail(field, ComputedChargeDialog::tr("%1: %2").arg(caption, message));
        return *amount;
    }

    PercentageRate rate(const QLineEdit *edit, const char *field, const QString &fieldName)
    {
        const QString text = edit->text();
        if (text.trimmed().isEmpty()) {
            skip(field);
            return PercentageRate();
        }

        QString message;
        const std::optional<PercentageRate> rate = PercentageRate::parse(
            text, QLocale(), fieldName, LateFeeCalculator::MaxPercent, &message);
        if (!rate) {
            fail(field, message);
            return PercentageRate();
        }
        return *rate;
    }

    Money skip(const char *field)
    {
        unreadFields << QLatin1String(field);
        incomplete = true;
        return Money();
    }

    Money fail(const char *field, const QString &message)
    {
        unreadFields << QLatin1String(field);
        errors << FieldError{QLatin1String(field), message};
        return Money();
    }

    ComputedCharge merged(ComputedCharge result) const
    {
        QList<FieldError> calculatorErrors;
        for (const FieldError &error : std::as_const(result.errors)) {
            if (!unreadFields.contains(error.field))
                calculatorErrors << error;
        }
        result.errors = errors + calculatorErrors;
        return result;
    }
};

} // namespace

ComputedChargeDialog::ComputedChargeDialog(const QString &currency, QWidget *parent)
    : QDialog(parent)
    , ui(std::make_unique<Ui::ComputedChargeDialog>())
    , m_currency(currency)
{
    ui->setupUi(this);
    ErrorLabel::style(ui->errorLabel);

    // The upgrade usually runs to the end of the current month.
    const QDate today = QDate::currentDate();
    ui->upgradeDateEdit->setDate(today);
    ui->periodEndEdit->setDate(QDate(today.year(), today.month(), today.daysInMonth()));
    ui->dueDateEdit->setDate(today);
    ui->asOfDateEdit->setDate(today);

    retranslateUi();
    updateOverdueFields();
    updateCapField();

    for (QLineEdit *edit : {ui->oldPriceEdit, ui->newPriceEdit, ui->baseAmountEdit, ui->rateEdit,
                            ui->capEdit}) {
        connect(edit, &QLineEdit::textChanged, this, &ComputedChargeDialog::updateResult);
    }
    for (QDateEdit *edit :
         {ui->upgradeDateEdit, ui->periodEndEdit, ui->dueDateEdit, ui->asOfDateEdit}) {
        connect(edit, &QDateEdit::dateChanged, this, &ComputedChargeDialog::updateResult);
    }
    connect(ui->daysSpin, &QSpinBox::valueChanged, this, &ComputedChargeDialog::updateResult);
    connect(ui->rateUnitCombo, &QComboBox::currentIndexChanged, this,
            &ComputedChargeDialog::updateResult);
    connect(ui->daysRadio, &QRadioButton::toggled, this,
            &ComputedChargeDialog::updateOverdueFields);
    connect(ui->capKindCombo, &QComboBox::currentIndexChanged, this,
            &ComputedChargeDialog::updateCapField);
    connect(ui->tabWidget, &QTabWidget::currentChanged, this,
            &ComputedChargeDialog::updateResult);
    connect(ui->buttonBox, &QDialogButtonBox::accepted, this,
            &ComputedChargeDialog::acceptIfValid);
    connect(ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);

    updateResult();
    ui->oldPriceEdit->setFocus();
}

ComputedChargeDialog::~ComputedChargeDialog() = default;

void ComputedChargeDialog::setOverdueAmount(const Money &openAmount, const QDate &dueDate)
{
    if (openAmount.isValid() && !openAmount.isNegative() && !openAmount.isZero())
        ui->baseAmountEdit->setText(openAmount.format(QLocale()));
    if (dueDate.isValid()) {
        ui->dueDateEdit->setDate(dueDate);
        ui->datesRadio->setChecked(true);
    }
}

void ComputedChargeDialog::setKind(Kind kind)
{
    ui->tabWidget->setCurrentWidget(kind == Kind::LateFee ? ui->lateFeePage : ui->upgradePage);
}

ComputedChargeDialog::Kind ComputedChargeDialog::kind() const
{
    return ui->tabWidget->currentWidget() == ui->lateFeePage ? Kind::LateFee
                                                             : Kind::UpgradeDifference;
}

void ComputedChargeDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        ui->retranslateUi(this);
        retranslateUi();
        // Sets the cap's unit again and rewrites the formula, the steps and
        // the messages in the new language.
        updateCapField();
    }
    QDialog::changeEvent(event);
}

void ComputedChargeDialog::retranslateUi()
{
    const QLocale locale;
    for (QLabel *label : {ui->oldPriceCurrencyLabel, ui->newPriceCurrencyLabel,
                          ui->baseCurrencyLabel}) {
        label->setText(m_currency);
    }
    ui->rateEdit->setPlaceholderText(
        tr("e.g. %1").arg(PercentageRate::fromBasisPoints(5).format(locale)));
    ui->rateEdit->setToolTip(tr("The rate in percent, e.g. 0.05 for 0.05%, with at most %1 "
                                "decimals.")
                                 .arg(PercentageRate::MaxDecimals));
    updateDateFormats();
}

void ComputedChargeDialog::updateDateFormats()
{
    const QLocale locale;
    for (QDateEdit *edit :
         {ui->upgradeDateEdit, ui->periodEndEdit, ui->dueDateEdit, ui->asOfDateEdit}) {
        edit->setLocale(locale);
        edit->setDisplayFormat(dateDisplayFormat(locale));
    }
}

void ComputedChargeDialog::updateOverdueFields()
{
    const bool byDays = ui->daysRadio->isChecked();
    ui->daysSpin->setEnabled(byDays);
    ui->dueDateEdit->setEnabled(!byDays);
    ui->asOfDateEdit->setEnabled(!byDays);
    ui->asOfCaptionLabel->setEnabled(!byDays);
    updateResult();
}

void ComputedChargeDialog::updateCapField()
{
    const auto cap = LateFeeInput::Cap(ui->capKindCombo->currentIndex());
    ui->capEdit->setEnabled(cap != LateFeeInput::Cap::None);
    ui->capUnitLabel->setText(cap == LateFeeInput::Cap::PercentOfBase ? QLocale().percent()
                              : cap == LateFeeInput::Cap::Amount      ? m_currency
                                                                      : QString());
    updateResult();
}

ComputedCharge ComputedChargeDialog::computeUpgrade(bool *incomplete) const
{
    FieldReader reader;
    ProrationInput input;
    input.oldPrice = reader.amount(ui->oldPriceEdit, "old_price", tr("Old monthly price"),
                                   m_currency, Money::Range::NonNegative);
    input.newPrice = reader.amount(ui->newPriceEdit, "new_price", tr("New monthly price"),
                                   m_currency, Money::Range::Positive);
    input.upgradeDate = ui->upgradeDateEdit->date();
    input.periodEnd = ui->periodEndEdit->date();

    *incomplete = reader.incomplete;
    return reader.merged(ProrationCalculator().compute(input));
}

ComputedCharge ComputedChargeDialog::computeLateFee(bool *incomplete) const
{
    FieldReader reader;
    LateFeeInput input;
    input.base = reader.amount(ui->baseAmountEdit, "base_amount", tr("Base amount"), m_currency,
                               Money::Range::Positive);
    input.rate = reader.rate(ui->rateEdit, "rate", tr("The rate"));
    input.rateUnit = ui->rateUnitCombo->currentIndex() == 1 ? LateFeeInput::RateUnit::PerMonth
                                                            : LateFeeInput::RateUnit::PerDay;

    // A spin box cannot be empty, so 0 days means the days are not entered yet.
    if (ui->daysRadio->isChecked()) {
        input.daysOverdue = ui->daysSpin->value();
        if (input.daysOverdue == 0)
            reader.skip("days_overdue");
    } else {
        input.dueDate = ui->dueDateEdit->date();
        input.asOfDate = ui->asOfDateEdit->date();
    }

    input.cap = LateFeeInput::Cap(ui->capKindCombo->currentIndex());
    if (input.cap == LateFeeInput::Cap::Amount) {
        input.capAmount = reader.amount(ui->capEdit, "cap", tr("Cap"), m_currency,
                                        Money::Range::Positive);
    } else if (input.cap == LateFeeInput::Cap::PercentOfBase) {
        input.capPercent = reader.rate(ui->capEdit, "cap", tr("The cap"));
    }

    *incomplete = reader.incomplete;
    return reader.merged(LateFeeCalculator().compute(input));
}

void ComputedChargeDialog::updateResult()
{
    bool incomplete = false;
    m_result = kind() == Kind::LateFee ? computeLateFee(&incomplete)
                                       : computeUpgrade(&incomplete);
    showResult(incomplete);
}

void ComputedChargeDialog::showResult(bool incomplete)
{
    m_complete = !incomplete && m_result.isValid() && m_result.amount.isValid();

    const QList<QLabel *> captions = {
        ui->oldPriceCaptionLabel, ui->newPriceCaptionLabel, ui->upgradeDateCaptionLabel,
        ui->periodEndCaptionLabel, ui->baseAmountCaptionLabel, ui->rateCaptionLabel,
        ui->overdueCaptionLabel, ui->capCaptionLabel,
    };
    for (QLabel *caption : captions)
        ErrorLabel::setAlarm(caption, false);
    for (const FieldError &error : std::as_const(m_result.errors)) {
        if (QLabel *caption = captionForField(error.field))
            ErrorLabel::setAlarm(caption, true);
    }

    // The formula is bold, and the hint to fill in the fields is not.
    QFont formulaFont = ui->formulaLabel->font();
    formulaFont.setBold(m_complete);
    ui->formulaLabel->setFont(formulaFont);
    if (m_complete) {
        ui->formulaLabel->setText(m_result.formula);
        ui->stepsLabel->setText(m_result.steps.join(QLatin1Char('\n')));
    } else if (m_result.isValid()) {
        ui->formulaLabel->setText(kind() == Kind::LateFee
                                      ? tr("Enter the base amount, the rate and the days "
                                           "overdue to see the fee.")
                                      : tr("Enter both monthly prices to see the difference."));
        ui->stepsLabel->clear();
    } else {
        ui->formulaLabel->clear();
        ui->stepsLabel->setText(m_result.steps.join(QLatin1Char('\n')));
    }
    ui->stepsLabel->setVisible(!ui->stepsLabel->text().isEmpty());
    ErrorLabel::setMessages(ui->errorLabel, m_result.errorMessages());
    ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(m_complete);
}

void ComputedChargeDialog::acceptIfValid()
{
    if (m_complete)
        accept();
}

QLabel *ComputedChargeDialog::captionForField(const QString &field) const
{
    const std::pair<const char *, QLabel *> captions[] = {
        {"old_price", ui->oldPriceCaptionLabel},
        {"new_price", ui->newPriceCaptionLabel},
        {"upgrade_date", ui->upgradeDateCaptionLabel},
        {"period_end", ui->periodEndCaptionLabel},
        {"base_amount", ui->baseAmountCaptionLabel},
        {"rate", ui->rateCaptionLabel},
        {"days_overdue", ui->overdueCaptionLabel},
        {"due_date", ui->overdueCaptionLabel},
        {"as_of_date", ui->overdueCaptionLabel},
        {"cap", ui->capCaptionLabel},
    };
    for (const auto &[name, caption] : captions) {
        if (field == QLatin1String(name))
            return caption;
    }
    return nullptr;
}
