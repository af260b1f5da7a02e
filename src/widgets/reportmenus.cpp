#include "reportmenus.h"

#include "chargenoticedialog.h"
#include "chargereportdialog.h"
#include "companyprofiledialog.h"
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
    m_settingsMenu->setTitle(tr("&Settings"));
    m_companyProfileAction->setText(tr("&Company Details…"));
    m_companyProfileAction->setStatusTip(tr("Enter the company name, address and payment "
                                            "details printed on reports and notices."));
}
