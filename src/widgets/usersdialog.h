#pragma once

#include "userdirectory.h"
#include "usercontext.h"

#include <QDialog>
#include <QSqlDatabase>

class QComboBox;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

// 用户与角色 (Users and Roles): lists the users of the database with their
// roles, and lets an admin add users, change a role and deactivate or
// activate a user, through UserService. While no user is set up, the form
// proposes the own account as the first administrator. Other users see the
// list, and the disabled controls show why in their tooltips.
class UsersDialog : public QDialog
{
    Q_OBJECT

public:
    explicit UsersDialog(QSqlDatabase db, QWidget *parent = nullptr);
    ~UsersDialog() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void reload();
    void retranslateUi();
    void fillRoleCombo(QComboBox *combo);
    void updateActions();
    void addUser();
    void setRole();
    void toggleActive();

    // Returns the user of the selected row, std::nullopt when none.
    std::optional<UserRecord> selectedUser() const;

    // Shows the outcome of a change and reads the users again.
    void finishChange(const QString &errorMessage, const QString &login);

    QSqlDatabase m_db;
    UserContext m_user;
    QList<UserRecord> m_users;
    QString m_loadError;
    QString m_changeError;

    QLabel *m_introLabel = nullptr;
    QLabel *m_statusLabel = nullptr;
    QTableWidget *m_table = nullptr;
    QGroupBox *m_selectedGroup = nullptr;
    QLabel *m_roleTitle = nullptr;
    QComboBox *m_roleCombo = nullptr;
    QPushButton *m_setRoleButton = nullptr;
    QPushButton *m_activeButton = nullptr;
    QGroupBox *m_addGroup = nullptr;
    QLabel *m_loginTitle = nullptr;
    QLineEdit *m_loginEdit = nullptr;
    QLabel *m_nameTitle = nullptr;
    QLineEdit *m_nameEdit = nullptr;
    QLabel *m_newRoleTitle = nullptr;
    QComboBox *m_newRoleCombo = nullptr;
    QPushButton *m_addButton = nullptr;
    QLabel *m_errorLabel = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};
