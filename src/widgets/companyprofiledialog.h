#pragma once

#include "companyprofile.h"

#include <QDialog>

#include <memory>

namespace Ui {
class CompanyProfileDialog;
}

// The 公司信息 dialog: edits the CompanyProfile that heads every report and
// fills the sender and payment details of charge notices. The company name
// is required, and an email address, when given, must look like one. Each
// problem is shown under its field and keeps Save disabled.
//
// Save writes the profile to QSettings; exec() returns Accepted once it is
// written. Cancel or Escape after a change asks before discarding it.
class CompanyProfileDialog : public QDialog
{
    Q_OBJECT

public:
    // Opens with the profile stored in QSettings.
    explicit CompanyProfileDialog(QWidget *parent = nullptr);
    ~CompanyProfileDialog() override;

    // Returns the values in the form, trimmed.
    CompanyProfile profile() const;

    // Returns true for an address of the form name@domain.tld without
    // spaces. The check catches typing slips, not undeliverable addresses.
    static bool isPlausibleEmail(const QString &email);

public slots:
    // Saves the profile and closes, or keeps the dialog open with a message
    // box when the settings cannot be written.
    void accept() override;

    // Closes without saving, after asking when a field differs from the
    // stored profile.
    void reject() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void setProfile(const CompanyProfile &profile);

    // Returns true when a field differs from the profile the dialog opened
    // with.
    bool hasChanges() const;
    void retranslateUi();

    // Shows the problems next to their fields and enables Save when there
    // are none. Returns true when the form is valid.
    bool validate();

    std::unique_ptr<Ui::CompanyProfileDialog> ui;
    CompanyProfile m_stored;
};
