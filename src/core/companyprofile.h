#pragma once

#include <QCoreApplication>
#include <QSettings>
#include <QString>
#include <QStringList>

// The company that sends the documents: its name heads every report page,
// and a charge notice prints all of it, so that it names whom the customer
// pays and whom the customer contacts. Stored in QSettings under the group "company"; both
// programs set the organization and application name "ChargeDesk", so they
// read the same values.
//
// An empty name does not block printing. Documents print
// placeholderName() in its place, which is visible on every page, and
// missingForNotice() lets the caller warn before notices go out.
class CompanyProfile
{
    Q_DECLARE_TR_FUNCTIONS(CompanyProfile)

public:
    QString name;
    QString address;
    QString phone;
    QString email;
    QString contactPerson;

    // Payment instructions printed on notices: the bank, the account the
    // customer pays into, and free text such as "Quote the charge number".
    QString bankName;
    QString bankAccount;
    QString paymentNote;

    // Reads the profile from the "company" group of QSettings(); missing
    // keys read as empty.
    static CompanyProfile load();
    static CompanyProfile load(QSettings &settings);

    // Writes the profile to the "company" group. Returns false with a
    // translated message when the settings cannot be written.
    bool save(QString *error = nullptr) const;
    bool save(QSettings &settings, QString *error = nullptr) const;

    // Returns the name, or placeholderName() when it is empty.
    QString displayName() const;

    // The text documents print when the name is not set.
    static QString placeholderName();

    // Returns the translated names of the fields a notice needs and that
    // are empty: the company name, a way to pay (bank account or payment
    // note) and a way to ask (phone or email). Empty when notices are
    // complete.
    QStringList missingForNotice() const;
};
