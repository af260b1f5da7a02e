#include "reportmenus.h"

#include "agingdialog.h"
#include "chargenoticedialog.h"
#include "chargereportdialog.h"
#include "companyprofiledialog.h"
#include "integritycheckdialog.h"
#include "reminderletterdialog.h"
#include "spendinganalysisdialog.h"
#include "statementdialog.h"

#include <QAction>
#include <QEvent>
#include <QMenu>
#include <QMenuBar>

ReportMenus::ReportMenus(QSqlDatabase db, QMenuBar *menuBar, QWidget *window)
    : QObject(window)
    , m_db(std::move(db))
    , m_window(window)
{
    m_reportsMenu = menuBar->addMenu(QString());
    m_reportsMenu->setObjectName(QStringLiteral("reportsMenu"));
    m_chargeReportAction = addAction(m_reportsMenu, "chargeReportAction",
                                     &ReportMenus::openChargeReport);
    m_statementAction = addAction(m_reportsMenu, "statementAction", &ReportMenus::openStatement);
    m_chargeNoticesAction = addAction(m_reportsMenu, "chargeNoticesAction",
                                      &ReportMenus::openChargeNotices);
    m_spendingAnalysisAction = addAction(m_reportsMenu, "spendingAnalysisAction",
                                         &ReportMenus::openSpendingAnalysis);
    m_agingAction = addAction(m_reportsMenu, "agingAction", &ReportMenus::openAging);
    m_reminderLettersAction = addAction(m_reportsMenu, "reminderLettersAction",
                                        &ReportMenus::openReminderLetters);
    m_reportsMenu->addSeparator();
    m_integrityAction = addAction(m_reportsMenu, "integrityAction",
                                  &ReportMenus::openIntegrityCheck);

    m_settingsMenu = menuBar->addMenu(QString());
    m_settingsMenu->setObjectName(QStringLiteral("settingsMenu"));
    m_companyProfileAction = addAction(m_settingsMenu, "companyProfileAction",
                                       &ReportMenus::openCompanyProfile);

    m_reportsMenu->installEventFilter(this);
    retranslateUi();
}

void ReportMenus::openChargeReport()
{
    ChargeReportDialog dialog(m_db, m_window);
    dialog.exec();
}

void ReportMenus::openStatement()
{
    StatementDialog dialog(m_db, 0, m_window);
    dialog.exec();
}

void ReportMenus::openChargeNotices()
{
    ChargeNoticeDialog dialog(m_db, m_window);
    dialog.exec();
}

void ReportMenus::openSpendingAnalysis()
{
    SpendingAnalysisDialog dialog(m_db, m_window);
    dialog.exec();
}

void ReportMenus::openAging()
{
    AgingDialog dialog(m_db, m_window);
    dialog.exec();
}

void ReportMenus::openReminderLetters()
{
    ReminderLetterDialog dialog(m_db, m_window);
    dialog.exec();
}

void ReportMenus::openIntegrityCheck()
{
    IntegrityCheckDialog dialog(m_db, m_window);
    dialog.exec();
}

void ReportMenus::openCompanyProfile()
{
    CompanyProfileDialog dialog(m_window);
    dialog.exec();
}

bool ReportMenus::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_reportsMenu && event->type() == QEvent::LanguageChange)
        retranslateUi();
    return QObject::eventFilter(watched, event);
}

QAction *ReportMenus::addAction(QMenu *menu, const char *objectName,
                                void (ReportMenus::*open)())
{
    QAction *action = menu->addAction(QString());
    action->setObjectName(QLatin1String(objectName));
    connect(action, &QAction::triggered, this, open);
    return action;
}

void ReportMenus::retranslateUi()
{
    m_reportsMenu->setTitle(tr("&Reports"));
    m_chargeReportAction->setText(tr("&Charge Report…"));
    m_chargeReportAction->setStatusTip(tr("List the charges of a period by customer, with "
                                          "subtotals by fee type and customer."));
    m_statementAction->setText(tr("Customer &Statement…"));
    m_statementAction->setStatusTip(tr("Show a customer's bills, charges and payments in a "
                                       "period, with the running balance."));
    m_chargeNoticesAction->setText(tr("Charge &Notices…"));
    m_chargeNoticesAction->setStatusTip(tr("Print a notice for each of a customer's posted "
                                           "charges, telling the customer what to pay and "
                                           "where."));
    m_spendingAnalysisAction->setText(tr("S&pending Analysis…"));
    m_spendingAnalysisAction->setStatusTip(tr("Chart the charges and payments of charges by "
                                              "month, fee type, reason and customer, with the "
                                              "share of billing errors."));
    m_agingAction->setText(tr("&Aged Receivables…"));
    m_agingAction->setStatusTip(tr("Show what each customer owes by how many days it is past "
                                   "due: not yet due, 1–30, 31–60, 61–90 and over 90 days."));
    m_reminderLettersAction->setText(tr("&Reminder Letters…"));
    m_reminderLettersAction->setStatusTip(tr("Print payment reminders to customers with overdue "
                                             "amounts and record them as sent."));
    m_integrityAction->setText(tr("Check &Data Integrity…"));
    m_integrityAction->setStatusTip(tr("Check that the audit log is unbroken, that charges and "
                                       "payments match their audit records, and that stored "
                                       "balances add up."));
    m_settingsMenu->setTitle(tr("&Settings"));
    m_companyProfileAction->setText(tr("&Company Details…"));
    m_companyProfileAction->setStatusTip(tr("Enter the company name, address and payment "
                                            "details printed on reports and notices."));
}
