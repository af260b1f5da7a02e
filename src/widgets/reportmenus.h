#pragma once

#include <QObject>
#include <QSqlDatabase>

class QAction;
class QMenu;
class QMenuBar;
class QWidget;

// The 报表 (Reports) menu, with 补费明细表… (Charge Report), 客户对账单…
// (Customer Statement), 补费通知单… (Charge Notices), 消费分析…
// (Spending Analysis), 账龄分析… (Aged Receivables), 催款通知… (Reminder
// Letters) and, after a separator, 数据一致性检查… (Check Data Integrity), and
// the 设置 (Settings) menu with 公司信息… (Company Details).
// Each action opens its dialog, modal to the window.
class ReportMenus : public QObject
{
    Q_OBJECT

public:
    // Appends both menus to menuBar. window parents the dialogs and this
    // object.
    ReportMenus(QSqlDatabase db, QMenuBar *menuBar, QWidget *window);

    void openChargeReport();
    void openStatement();
    void openChargeNotices();
    void openSpendingAnalysis();
    void openAging();
    void openReminderLetters();
    void openIntegrityCheck();
    void openCompanyProfile();

protected:
    // Retranslates the menus on QEvent::LanguageChange, which reaches the
    // menus but not this object.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QAction *addAction(QMenu *menu, const char *objectName, void (ReportMenus::*open)());
    void retranslateUi();

    QSqlDatabase m_db;
    QWidget *m_window = nullptr;
    QMenu *m_reportsMenu = nullptr;
    QMenu *m_settingsMenu = nullptr;
    QAction *m_chargeReportAction = nullptr;
    QAction *m_statementAction = nullptr;
    QAction *m_chargeNoticesAction = nullptr;
    QAction *m_spendingAnalysisAction = nullptr;
    QAction *m_agingAction = nullptr;
    QAction *m_reminderLettersAction = nullptr;
    QAction *m_integrityAction = nullptr;
    QAction *m_companyProfileAction = nullptr;
};
