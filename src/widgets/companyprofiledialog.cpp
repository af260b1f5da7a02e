#include "companyprofiledialog.h"
#include "ui_companyprofiledialog.h"

#include "errorlabel.h"
#include "logging.h"

#include <QEvent>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>

CompanyProfileDialog::CompanyProfileDialog(QWidget *parent)
    : QDialog(parent)
    , ui(std::make_unique<Ui::CompanyProfileDialog>())
{
    ui->setupUi(this);
    ErrorLabel::style(ui->nameErrorLabel);
    ErrorLabel::style(ui->emailErrorLabel);
    m_stored = CompanyProfile::load();
    setProfile(m_stored);

    for (QLineEdit *edit : {ui->nameEdit, ui->phoneEdit, ui->emailEdit, ui->bankAccountEdit})
        connect(edit, &QLineEdit::textChanged, this, &CompanyProfileDialog::validate);
    connect(ui->paymentNoteEdit, &QPlainTextEdit::textChanged, this,
            &CompanyProfileDialog::validate);
    connect(ui->buttonBox, &QDialogButtonBox::accepted, this, &CompanyProfileDialog::accept);
    connect(ui->buttonBox, &QDialogButtonBox::rejected, this, &CompanyProfileDialog::reject);

    retranslateUi();
    ui->nameEdit->setFocus();
}

CompanyProfileDialog::~CompanyProfileDialog() = default;

CompanyProfile CompanyProfileDialog::profile() const
{
    CompanyProfile profile;
    profile.name = ui->nameEdit->text().trimmed();
    profile.address = ui->addressEdit->toPlainText().trimmed();
    profile.phone = ui->phoneEdit->text().trimmed();
    profile.email = ui->emailEdit->text().trimmed();
    profile.contactPerson = ui->contactEdit->text().trimmed();
    profile.bankName = ui->bankNameEdit->text().trimmed();
    profile.bankAccount = ui->bankAccountEdit->text().trimmed();
    profile.paymentNote = ui->paymentNoteEdit->toPlainText().trimmed();
    return profile;
}

bool CompanyProfileDialog::isPlausibleEmail(const QString &email)
{
    static const QRegularExpression pattern(
        QStringLiteral("^[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+$"));
    return pattern.match(email).hasMatch();
}

void CompanyProfileDialog::accept()
{
    if (!validate())
        return;

    QString error;
    if (!profile().save(&error)) {
        qCWarning(lcUi) << "Could not save the company details:" << error;
        QMessageBox box(QMessageBox::Warning, tr("Could Not Save"), error, QMessageBox::Ok,
                        this);
        box.setTextFormat(Qt::PlainText);
        box.exec();
        return;
    }
    qCInfo(lcUi) << "Company details saved";
    QDialog::accept();
}

void CompanyProfileDialog::reject()
{
    if (hasChanges()) {
        QMessageBox question(QMessageBox::Question, tr("Discard Changes"),
                             tr("Discard the changes to the company details? They are not "
                                "saved."),
                             QMessageBox::Discard | QMessageBox::Cancel, this);
        question.setDefaultButton(QMessageBox::Cancel);
        if (question.exec() != QMessageBox::Discard)
            return;
    }
    QDialog::reject();
}

bool CompanyProfileDialog::hasChanges() const
{
    // Compared trimmed, as they are saved.
    const CompanyProfile typed = profile();
    const auto fields = [](const CompanyProfile &profile) {
        return QStringList{profile.name.trimmed(),          profile.address.trimmed(),
                           profile.phone.trimmed(),         profile.email.trimmed(),
                           profile.contactPerson.trimmed(), profile.bankName.trimmed(),
                           profile.bankAccount.trimmed(),   profile.paymentNote.trimmed()};
    };
    return fields(typed) != fields(m_stored);
}

void CompanyProfileDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        ui->retranslateUi(this);
        retranslateUi();
    }
    QDialog::changeEvent(event);
}

void CompanyProfileDialog::setProfile(const CompanyProfile &profile)
{
    ui->nameEdit->setText(profile.name);
    ui->addressEdit->setPlainText(profile.address);
    ui->phoneEdit->setText(profile.phone);
    ui->emailEdit->setText(profile.email);
    ui->contactEdit->setText(profile.contactPerson);
    ui->bankNameEdit->setText(profile.bankName);
    ui->bankAccountEdit->setText(profile.bankAccount);
    ui->paymentNoteEdit->setPlainText(profile.paymentNote);
}

void CompanyProfileDialog::retranslateUi()
{
    ui->emailEdit->setPlaceholderText(tr("e.g. billing@example.com"));
    ui->paymentNoteEdit->setPlaceholderText(tr("e.g. Quote the notice number with your "
                                               "payment."));
    validate();
}

bool CompanyProfileDialog::validate()
{
    const CompanyProfile values = profile();

    QStringList nameErrors;
    if (values.name.isEmpty())
        nameErrors << tr("The company name is required. Enter the name printed on reports.");
    ErrorLabel::setMessages(ui->nameErrorLabel, nameErrors);

    QStringList emailErrors;
    if (!values.email.isEmpty() && !isPlausibleEmail(values.email)) {
        emailErrors << tr("“%1” is not an email address. Enter an address such as "
                          "billing@example.com, or leave the field empty.")
                           .arg(values.email);
    }
    ErrorLabel::setMessages(ui->emailErrorLabel, emailErrors);

    // Incomplete payment details do not block saving, because reports and
    // statements do not need them; notices print what there is. An invalid
    // email address cannot be saved, so it does not count as a way to reach
    // the company, and the line keeps listing what the notices would lack.
    CompanyProfile saveable = values;
    if (!emailErrors.isEmpty())
        saveable.email.clear();
    const QStringList missing = saveable.missingForNotice();
    ui->noticeHintLabel->setText(
        missing.isEmpty() ? QString()
                          : tr("Charge notices will lack: %1.").arg(missing.join(tr(", "))));
    ui->noticeHintLabel->setVisible(!missing.isEmpty());

    const bool valid = nameErrors.isEmpty() && emailErrors.isEmpty();
    ui->buttonBox->button(QDialogButtonBox::Save)->setEnabled(valid);
    return valid;
}
