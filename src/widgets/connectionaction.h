#pragma once

#include <QObject>
#include <QSqlDatabase>

class QAction;
class QMenu;
class QWidget;

// The action 数据库连接… (Database Connection) at the end of the Settings
// menu, after a separator. It opens ConnectionDialog, modal to the window.
class ConnectionAction : public QObject
{
    Q_OBJECT

public:
    // Appends the action to settingsMenu. window parents the dialog and
    // this object; db is the open database.
    ConnectionAction(QSqlDatabase db, QMenu *settingsMenu, QWidget *window);

    void openDialog();

protected:
    // Retranslates the action on QEvent::LanguageChange, which reaches the
    // menu but not this object.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslateUi();

    QSqlDatabase m_db;
    QWidget *m_window = nullptr;
    QMenu *m_settingsMenu = nullptr;
    QAction *m_action = nullptr;
};
