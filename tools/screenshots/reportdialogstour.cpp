#include "reportdialogstour.h"

#include "chargenoticedialog.h"
#include "chargereportdialog.h"
#include "choicelistfilter.h"
#include "companyprofiledialog.h"
#include "mainwindow.h"
#include "reportoutputcontroller.h"
#include "statementdialog.h"
#include "widgetinput.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPrintPreviewDialog>
#include <QPushButton>
#include <QTableView>

using WidgetInput::closeIfOpen;
using WidgetInput::typeText;
using WidgetInput::whenModalOpens;

ReportDialogsTour::ReportDialogsTour(MainWindow *window, QSqlDatabase db,
                                     const CompanyProfile &company, Save save,
                                     SavePdfPage savePdfPage)
    : m_window(window)
    , m_db(std::move(db))
    , m_company(company)
    , m_save(std::move(save))
    , m_savePdfPage(std::move(savePdfPage))
{
}

bool ReportDialogsTour::run()
{
    if (!m_pdfFolder.isValid())
        return fail(QStringLiteral("Could not create a temporary folder."));

    return openFromMenu<CompanyProfileDialog>("companyProfileAction",
                                              [this](CompanyProfileDialog *dialog) {
                                                  return driveCompanyDetails(dialog);
                                              })
           && openFromMenu<ChargeReportDialog>("chargeReportAction",
                                               [this](ChargeReportDialog *dialog) {
                                                   return driveChargeReport(dialog);
                                               })
           && openFromButton<StatementDialog>("statementButton",
                                              [this](StatementDialog *dialog) {
                                                  return driveStatement(dialog);
                                              })
           && selectAllCharges()
           && openFromButton<ChargeNoticeDialog>("chargeNoticeButton",
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

template<typename T>
bool ReportDialogsTour::openFromButton(const char *buttonName, std::function<bool(T *)> drive)
{
    auto *button = m_window->findChild<QPushButton *>(QLatin1String(buttonName));
    if (!button || !button->isVisible() || !button->isEnabled())
        return fail(QStringLiteral("The button %1 is missing or disabled.").arg(buttonName));

    bool driven = false;
    whenModalOpens<T>(m_window, [&driven, drive](T *dialog) {
        driven = drive(dialog);
        closeIfOpen(dialog);
    });
    button->click();
    return driven;
}

bool ReportDialogsTour::driveCompanyDetails(CompanyProfileDialog *dialog)
{
    const std::pair<const char *, QString> fields[] = {
        {"nameEdit", m_company.name},
        {"phoneEdit", m_company.phone},
        {"contactEdit", m_company.contactPerson},
        {"bankNameEdit", m_company.bankName},
        {"bankAccountEdit", m_company.bankAccount},
    };
    for (const auto &[name, value] : fields) {
        auto *edit = dialog->findChild<QLineEdit *>(QLatin1String(name));
        if (!edit)
            return fail(QStringLiteral("The company details dialog has no %1.").arg(name));
        // The settings keep the details of the previous run.
        edit->clear();
        edit->setFocus();
        typeText(edit, value);
    }

    auto *address = dialog->findChild<QPlainTextEdit *>(QStringLiteral("addressEdit"));
    auto *note = dialog->findChild<QPlainTextEdit *>(QStringLiteral("paymentNoteEdit"));
    auto *email = dialog->findChild<QLineEdit *>(QStringLiteral("emailEdit"));
    auto *buttons = dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"));
    if (!address || !note || !email || !buttons)
        return fail(QStringLiteral("The company details dialog lacks a field."));
    address->setPlainText(m_company.address);
    note->setPlainText(m_company.paymentNote);

    // An address without a domain shows the message under the field.
    email->clear();
    email->setFocus();
    typeText(email, m_company.email.section(QLatin1Char('.'), 0, -2));
    if (!m_save(dialog, QStringLiteral("16-company-details")))
        return false;
    email->setText(m_company.email);

    QPushButton *save = buttons->button(QDialogButtonBox::Save);
    if (!save || !save->isEnabled())
        return fail(QStringLiteral("The company details could not be saved."));
    save->click();
    return dialog->result() == QDialog::Accepted
           || fail(QStringLiteral("The company details were not saved."));
}

bool ReportDialogsTour::driveChargeReport(ChargeReportDialog *dialog)
{
    // The filter keeps the service and late fees, so the report leaves out
    // the installation fee of the imported charges.
    auto *feeTypes = dialog->findChild<ChoiceListFilter *>(QStringLiteral("feeTypeFilter"));
    if (!feeTypes)
        return fail(QStringLiteral("The charge report has no fee type filter."));
    feeTypes->setAll(false);
    feeTypes->setCheckedKeys({QStringLiteral("SERVICE"), QStringLiteral("LATE_FEE")});
    if (!dialog->problems().isEmpty())
        return fail(dialog->problems().join(QLatin1Char(' ')));
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
    if (!waitUntilIdle(dialog->output()))
        return false;
    if (!saved)
        return fail(QStringLiteral("The print preview was not shown."));
    return savePdf(dialog, dialog->output(), QStringLiteral("19-report-pdf"));
}

bool ReportDialogsTour::driveStatement(StatementDialog *dialog)
{
    if (dialog->customerId() == 0)
        return fail(QStringLiteral("The statement did not preselect the customer."));
    if (!dialog->problems().isEmpty())
        return fail(dialog->problems().join(QLatin1Char(' ')));
    return m_save(dialog, QStringLiteral("20-statement"))
           && savePdf(dialog, dialog->output(), QStringLiteral("21-statement-pdf"));
}

bool ReportDialogsTour::selectAllCharges()
{
    auto *charges = m_window->findChild<QTableView *>(QStringLiteral("chargeTable"));
    if (!charges || charges->model()->rowCount() < 2)
        return fail(QStringLiteral("The customer's charges are not listed."));
    charges->setFocus();
    charges->selectAll();
    return true;
}

bool ReportDialogsTour::driveNotices(ChargeNoticeDialog *dialog)
{
    if (!waitUntilIdle(dialog->output()))
        return false;
    if (dialog->checkedChargeIds().isEmpty())
        return fail(QStringLiteral("The notice dialog lists no posted charge."));
    return m_save(dialog, QStringLiteral("22-charge-notices"))
           && savePdf(dialog, dialog->output(), QStringLiteral("23-notice-pdf"));
}

bool ReportDialogsTour::savePdf(QWidget *dialog, ReportOutputController *output,
                                const QString &name)
{
    const QString path = m_pdfFolder.filePath(name + QStringLiteral(".pdf"));
    QString error;
    if (!WidgetInput::saveReportPdf(dialog, output, path, &error))
        return fail(error);
    return m_savePdfPage(path, name);
}

bool ReportDialogsTour::waitUntilIdle(ReportOutputController *output)
{
    QString error;
    return WidgetInput::waitUntilIdle(output, &error) || fail(error);
}

bool ReportDialogsTour::fail(const QString &message)
{
    if (m_error.isEmpty())
        m_error = message;
    return false;
}
