#include "accessmenus.h"

#include "approvalsdialog.h"
#include "approvalthresholdsdialog.h"
#include "periodlockdialog.h"
#include "usersdialog.h"

#include <QAction>
#include <QEvent>
#include <QMenu>

AccessMenus::AccessMenus(QSqlDatabase db, QMenu *settingsMenu, QMenu *viewMenu,
                         QWidget *window)
    : QObject(window)
    , m_db(std::move(db))
    , m_window(window)
    , m_settingsMenu(settingsMenu)
{
    settingsMenu->addSeparator();
    m_periodLockAction = addAction(settingsMenu, "periodLockAction", &AccessMenus::openPeriodLock);
    m_usersAction = addAction(settingsMenu, "usersAction", &AccessMenus::openUsers);
    m_thresholdsAction = addAction(settingsMenu, "approvalThresholdsAction",
                                   &AccessMenus::openApprovalThresholds);
    viewMenu->addSeparator();
    m_approvalsAction = addAction(viewMenu, "approvalsAction", &AccessMenus::openApprovals);

    settingsMenu->installEventFilter(this);
    retranslateUi();
}

void AccessMenus::openPeriodLock()
{
    PeriodLockDialog dialog(m_db, m_window);
    dialog.exec();
}

void AccessMenus::openUsers()
{
    UsersDialog dialog(m_db, m_window);
    dialog.exec();
}

void AccessMenus::openApprovalThresholds()
{
    ApprovalThresholdsDialog dialog(m_db, m_window);
    dialog.exec();
}

void AccessMenus::openApprovals()
{
    ApprovalsDialog dialog(m_db, m_window);
    connect(&dialog, &ApprovalsDialog::chargesChanged, this, &AccessMenus::chargesChanged);
    dialog.exec();
}

bool AccessMenus::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_settingsMenu && event->type() == QEvent::LanguageChange)
        retranslateUi();
    return QObject::eventFilter(watched, event);
}

QAction *AccessMenus::addAction(QMenu *menu, const char *objectName,
                                void (AccessMenus::*open)())
{
    QAction *action = menu->addAction(QString());
    action->setObjectName(QLatin1String(objectName));
    connect(action, &QAction::triggered, this, open);
    return action;
}

void AccessMenus::retranslateUi()
{
    m_periodLockAction->setText(tr("Period &Lock…"));
    m_periodLockAction->setStatusTip(tr("Show or move the period lock date, on or before which "
                                        "nothing can be entered or changed."));
    m_usersAction->setText(tr("&Users and Roles…"));
    m_usersAction->setStatusTip(tr("Show the users of this database and what each may do; "
                                   "administrators add users and change roles."));
    m_thresholdsAction->setText(tr("Approval &Thresholds…"));
    m_thresholdsAction->setStatusTip(tr("Show or set the amount per currency above which a "
                                        "charge waits for a finance user's approval."));
    m_approvalsAction->setText(tr("&Approvals…"));
    m_approvalsAction->setStatusTip(tr("Approve or reject the charges that wait for approval."));
}
