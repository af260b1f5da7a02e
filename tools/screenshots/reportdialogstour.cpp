#include "reportdialogstour.h"

#include "chargenoticedialog.h"
#include "chargereportdialog.h"
#include "companyprofiledialog.h"
#include "customercombobox.h"
#include "customerrepository.h"
#include "mainwindow.h"
#include "reportoutputcontroller.h"
#include "statementdialog.h"
#include "widgetinput.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPrintPreviewDialog>
#include <QPushButton>
#include <QTest>

using WidgetInput::closeIfOpen;
using WidgetInput::typeText;
using WidgetInput::whenModalOpens;

namespace {

// How long reading the charges or laying out the report may take; the
// first job also loads the report fonts.
constexpr int JobTimeoutMs = 60000;

} // namespace

ReportDialogsTour::ReportDialogsTour(MainWindow *window, QSqlDatabase db,
                                     const QString &customerCode, const QString &companyName,
                                     Save save)
    : m_window(window)
    , m_db(std::move(db))
    , m_customerCode(customerCode)
    , m_companyName(companyName)
    , m_save(std::move(save))
{
}

bool ReportDialogsTour::run()
{
    QString error;
    const auto customer = CustomerRepository(m_db).findByCode(m_customerCode, &error);
    if (!customer)
        return fail(QStringLiteral("Customer %1 not found. %2").arg(m_customerCode, error));
    m_customerId = customer->id;

    return openFromMenu<CompanyProfileDialog>("companyProfileAction",
                                              [this](CompanyProfileDialog *dialog) {
                                                  return driveCompanyDetails(dialog);
                                              })
           && openFromMenu<ChargeReportDialog>("chargeReportAction",
                                               [this](ChargeReportDialog *dialog) {
                                                   return driveChargeReport(dialog);
                                               })
           && openFromMenu<StatementDialog>("statementAction",
                                            [this](StatementDialog *dialog) {
                                                return driveStatement(dialog);
                                            })
           && openFromMenu<ChargeNoticeDialog>("chargeNoticesAction",
                                               [this](ChargeNoticeDialog *dialog) {
                                                   return driveNotices(dialog);
                                               });
}

template<typename T>
bool ReportDialogsTour::openFromMenu(const char *actionName, std::function<bool(T *)> drive)
{
    auto *action = m_window->findChild<QAction *>(QLatin1String(actionName));
    if (!action)
        return fail(QStringLiteral("The menus have no action %1.").arg(actionName));

    bool driven = false;
    whenModalOpens<T>(m_window, [&driven, drive](T *dialog) {
        driven = drive(dialog);
        closeIfOpen(dialog);
    });
    action->trigger();
    return driven;
}

bool ReportDialogsTour::driveCompanyDetails(CompanyProfileDialog *dialog)
{
    auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit"));
    auto *phone = dialog->findChild<QLineEdit *>(QStringLiteral("phoneEdit"));
    auto *email = dialog->findChild<QLineEdit *>(QStringLiteral("emailEdit"));
    auto *account = dialog->findChild<QLineEdit *>(QStringLiteral("bankAccountEdit"));
    auto *buttons = dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"));
    if (!name || !phone || !email || !account || !buttons)
        return fail(QStringLiteral("The company details dialog lacks a field."));

    name->clear();
    typeText(name, m_companyName);
    phone->setText(QStringLiteral("021-5555 0100"));
    account->setText(QStringLiteral("6222 0000 1234 5678"));

    // An address without a domain shows the message under the field.
    email->setText(QStringLiteral("billing@example"));
    if (!m_save(dialog, QStringLiteral("16-company-details")))
        return false;
    email->setText(QStringLiteral("billing@example.com"));

    QPushButton *save = buttons->button(QDialogButtonBox::Save);
    if (!save || !save->isEnabled())
        return fail(QStringLiteral("The company details could not be saved."));
    save->click();
    return dialog->result() == QDialog::Accepted
           || fail(QStringLiteral("The company details were not saved."));
}

bool ReportDialogsTour::driveChargeReport(ChargeReportDialog *dialog)
{
    if (!m_save(dialog, QStringLiteral("17-charge-report")))
        return false;

    auto *preview = dialog->findChild<QPushButton *>(QStringLiteral("previewButton"));
    if (!preview || !preview->isEnabled())
        return fail(QStringLiteral("The charge report cannot be previewed."));

    bool saved = false;
    whenModalOpens<QPrintPreviewDialog>(dialog, [this, &saved](QPrintPreviewDialog *window) {
        saved = m_save(window, QStringLiteral("18-report-preview"));
        window->reject();
    });
    preview->click();
    QTest::qWaitFor([dialog] { return !dialog->output()->isBusy(); }, JobTimeoutMs);
    return saved || fail(QStringLiteral("The print preview was not shown."));
}

bool ReportDialogsTour::driveStatement(StatementDialog *dialog)
{
    auto *customer = dialog->findChild<CustomerComboBox *>(QStringLiteral("customerCombo"));
    if (!customer)
        return fail(QStringLiteral("The statement dialog has no customer field."));
    customer->setCurrentCustomerId(m_customerId);
    if (dialog->customerId() != m_customerId)
        return fail(QStringLiteral("Customer %1 is not in the list.").arg(m_customerCode));
    return m_save(dialog, QStringLiteral("19-statement"));
}

bool ReportDialogsTour::driveNotices(ChargeNoticeDialog *dialog)
{
    auto *customer = dialog->findChild<CustomerComboBox *>(QStringLiteral("customerCombo"));
    if (!customer)
        return fail(QStringLiteral("The notice dialog has no customer field."));
    customer->setCurrentCustomerId(m_customerId);
    QTest::qWaitFor([dialog] { return !dialog->output()->isBusy(); }, JobTimeoutMs);
    if (dialog->listedChargeIds().isEmpty())
        return fail(QStringLiteral("Customer %1 has no posted charge.").arg(m_customerCode));

    auto *checkAll = dialog->findChild<QPushButton *>(QStringLiteral("checkAllButton"));
    if (checkAll)
        checkAll->click();
    return m_save(dialog, QStringLiteral("20-charge-notices"));
}

bool ReportDialogsTour::fail(const QString &message)
{
    if (m_error.isEmpty())
        m_error = message;
    return false;
}
