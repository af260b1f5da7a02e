#include "companyprofile.h"

#include "logging.h"

namespace {

const QString Group = QStringLiteral("company");

} // namespace

CompanyProfile CompanyProfile::load()
{
    QSettings settings;
    return load(settings);
}

CompanyProfile CompanyProfile::load(QSettings &settings)
{
    CompanyProfile profile;
    settings.beginGroup(Group);
    profile.name = settings.value(QStringLiteral("name")).toString().trimmed();
    profile.address = settings.value(QStringLiteral("address")).toString().trimmed();
    profile.phone = settings.value(QStringLiteral("phone")).toString().trimmed();
    profile.email = settings.value(QStringLiteral("email")).toString().trimmed();
    profile.contactPerson = settings.value(QStringLiteral("contact_person")).toString().trimmed();
    profile.bankName = settings.value(QStringLiteral("bank_name")).toString().trimmed();
    profile.bankAccount = settings.value(QStringLiteral("bank_account")).toString().trimmed();
    profile.paymentNote = settings.value(QStringLiteral("payment_note")).toString().trimmed();
    settings.endGroup();
    return profile;
}

bool CompanyProfile::save(QString *error) const
{
    QSettings settings;
    return save(settings, error);
}

bool CompanyProfile::save(QSettings &settings, QString *error) const
{
    settings.beginGroup(Group);
    settings.setValue(QStringLiteral("name"), name.trimmed());
    settings.setValue(QStringLiteral("address"), address.trimmed());
    settings.setValue(QStringLiteral("phone"), phone.trimmed());
    settings.setValue(QStringLiteral("email"), email.trimmed());
    settings.setValue(QStringLiteral("contact_person"), contactPerson.trimmed());
    settings.setValue(QStringLiteral("bank_name"), bankName.trimmed());
    settings.setValue(QStringLiteral("bank_account"), bankAccount.trimmed());
    settings.setValue(QStringLiteral("payment_note"), paymentNote.trimmed());
    settings.endGroup();

    // sync() reports errors that setValue() keeps to itself, such as a
    // read-only settings file.
    settings.sync();
    if (settings.status() != QSettings::NoError) {
        qCWarning(lcApp) << "Could not write the company profile to" << settings.fileName();
        if (error) {
            *error = tr("Could not save the company details to %1. Check that the file "
                        "can be written.")
                         .arg(settings.fileName());
        }
        return false;
    }
    return true;
}

QString CompanyProfile::displayName() const
{
    return name.trimmed().isEmpty() ? placeholderName() : name.trimmed();
}

QString CompanyProfile::placeholderName()
{
    return tr("(company name not set — Settings › Company Details)");
}

QStringList CompanyProfile::missingForNotice() const
{
    QStringList missing;
    if (name.trimmed().isEmpty())
        missing << tr("company name");
    if (bankAccount.trimmed().isEmpty() && paymentNote.trimmed().isEmpty())
        missing << tr("bank account or payment instructions");
    if (phone.trimmed().isEmpty() && email.trimmed().isEmpty())
        missing << tr("phone or email");
    return missing;
}
