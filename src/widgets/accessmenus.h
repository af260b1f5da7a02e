#pragma once

#include <QObject>
#include <QSqlDatabase>

class QAction;
class QMenu;
class QWidget;

// The actions about who may do what: 关账日期… (Period Lock), 用户与角色…
// (Users and Roles) and 审批金额… (Approval Thresholds) at the end of the
// Settings menu, and 待审批… (Approvals) in the View menu. Each opens its
// dialog, modal to the window.
class AccessMenus : public QObject
{
    Q_OBJECT

public:
    // Appends the actions to settingsMenu and viewMenu. window parents the
    // dialogs and this object.
    AccessMenus(QSqlDatabase db, QMenu *settingsMenu, QMenu *viewMenu, QWidget *window);

    void openPeriodLock();
    void openUsers();
    void openApprovalThresholds();
    void openApprovals();

signals:
    // A charge was approved or rejected, so balances and lists changed.
    void chargesChanged();

protected:
    // Retranslates the actions on QEvent::LanguageChange, which reaches the
    // menus but not this object.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QAction *addAction(QMenu *menu, const char *objectName, void (AccessMenus::*open)());
    void retranslateUi();

    QSqlDatabase m_db;
    QWidget *m_window = nullptr;
    QMenu *m_settingsMenu = nullptr;
    QAction *m_periodLockAction = nullptr;
    QAction *m_usersAction = nullptr;
    QAction *m_thresholdsAction = nullptr;
    QAction *m_approvalsAction = nullptr;
};
