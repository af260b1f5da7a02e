#include "usersdialog.h"

#include "databaseroles.h"
#include "dateformat.h"
#include "errorlabel.h"
#include "logging.h"
#include "rolegate.h"
#include "uilanguage.h"
#include "userservice.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

enum UserColumn { LoginColumn, NameColumn, RoleColumn, StatusColumn, ChangedColumn, ColumnCount };

} // namespace

UsersDialog::UsersDialog(QSqlDatabase db, QWidget *parent)
    : QDialog(parent)
    , m_db(std::move(db))
{
    setObjectName(QStringLiteral("usersDialog"));

    m_introLabel = new QLabel(this);
    m_introLabel->setWordWrap(true);
    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));
    m_statusLabel->setWordWrap(true);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("usersTable"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);

    m_selectedGroup = new QGroupBox(this);
    m_roleTitle = new QLabel(m_selectedGroup);
    m_roleCombo = new QComboBox(m_selectedGroup);
    m_roleCombo->setObjectName(QStringLiteral("roleCombo"));
    m_roleTitle->setBuddy(m_roleCombo);
    m_setRoleButton = new QPushButton(m_selectedGroup);
    m_setRoleButton->setObjectName(QStringLiteral("setRoleButton"));
    m_activeButton = new QPushButton(m_selectedGroup);
    m_activeButton->setObjectName(QStringLiteral("activeButton"));
    auto *selectedLayout = new QHBoxLayout(m_selectedGroup);
    selectedLayout->addWidget(m_roleTitle);
    selectedLayout->addWidget(m_roleCombo);
    selectedLayout->addWidget(m_setRoleButton);
    selectedLayout->addStretch(1);
    selectedLayout->addWidget(m_activeButton);

    m_addGroup = new QGroupBox(this);
    m_loginTitle = new QLabel(m_addGroup);
    m_loginEdit = new QLineEdit(m_addGroup);
    m_loginEdit->setObjectName(QStringLiteral("loginEdit"));
    m_loginEdit->setMaxLength(UserService::MaxLoginLength);
    m_loginTitle->setBuddy(m_loginEdit);
    m_nameTitle = new QLabel(m_addGroup);
    m_nameEdit = new QLineEdit(m_addGroup);
    m_nameEdit->setObjectName(QStringLiteral("nameEdit"));
    m_nameEdit->setMaxLength(UserService::MaxDisplayNameLength);
    m_nameTitle->setBuddy(m_nameEdit);
    m_newRoleTitle = new QLabel(m_addGroup);
    m_newRoleCombo = new QComboBox(m_addGroup);
    m_newRoleCombo->setObjectName(QStringLiteral("newRoleCombo"));
    m_newRoleTitle->setBuddy(m_newRoleCombo);
    m_addButton = new QPushButton(m_addGroup);
    m_addButton->setObjectName(QStringLiteral("addUserButton"));
    auto *addForm = new QFormLayout;
    addForm->addRow(m_loginTitle, m_loginEdit);
    addForm->addRow(m_nameTitle, m_nameEdit);
    addForm->addRow(m_newRoleTitle, m_newRoleCombo);
    auto *addLayout = new QVBoxLayout(m_addGroup);
    addLayout->addLayout(addForm);
    addLayout->addWidget(m_addButton, 0, Qt::AlignRight);

    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    ErrorLabel::style(m_errorLabel);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_introLabel);
    layout->addWidget(m_statusLabel);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_selectedGroup);
    layout->addWidget(m_addGroup);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_buttons);

    connect(m_table, &QTableWidget::itemSelectionChanged, this, &UsersDialog::updateActions);
    connect(m_setRoleButton, &QPushButton::clicked, this, &UsersDialog::setRole);
    connect(m_activeButton, &QPushButton::clicked, this, &UsersDialog::toggleActive);
    connect(m_addButton, &QPushButton::clicked, this, &UsersDialog::addUser);
    connect(m_loginEdit, &QLineEdit::textChanged, this, &UsersDialog::updateActions);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    reload();
    retranslateUi();

    // The first user must be the own account as an administrator.
    if (m_user.standing() == UserContext::Standing::Unrestricted) {
        m_loginEdit->setText(currentActor(m_db));
        m_newRoleCombo->setCurrentIndex(m_newRoleCombo->findData(int(UserRole::Admin)));
    }
    resize(qMax(width(), 680), qMax(height(), 560));
}

UsersDialog::~UsersDialog() = default;

void UsersDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void UsersDialog::reload()
{
    m_loadError.clear();
    m_user = UserContext::resolve(m_db, currentActor(m_db), &m_loadError);
    if (m_loadError.isEmpty())
        m_users = UserDirectory(m_db).users(&m_loadError);
    if (!m_loadError.isEmpty())
        qCWarning(lcUi) << "Could not read the users:" << m_loadError;
}

void UsersDialog::fillRoleCombo(QComboBox *combo)
{
    const int selected = combo->currentData().isValid() ? combo->currentData().toInt()
                                                        : int(UserRole::Sales);
    combo->clear();
    for (UserRole role : UserRoleText::assignable())
        combo->addItem(UserRoleText::label(role), int(role));
    combo->setCurrentIndex(qMax(0, combo->findData(selected)));
}

void UsersDialog::retranslateUi()
{
    const QLocale locale;
    setWindowTitle(tr("Users and Roles"));
    // On PostgreSQL a user is the server login, which also carries the
    // role's grants; on SQLite it is the account that runs the program.
    const bool server = DatabaseRoles::isPostgresql(m_db);
    const QString roles = tr("Sales users add charges. Finance users also void charges, record "
                             "and reverse payments, make installment plans and approve charges. "
                             "Administrators also manage users, approval thresholds and the "
                             "period lock.");
    const QString who = server
        ? tr("Each user is a login of the database server with a role, which the server "
             "enforces too. A database administrator creates the logins.")
        : tr("Each user is an operating system account with a role.");
    //: Two sentences in a row; Chinese joins them without a space.
    m_introLabel->setText(tr("%1 %2").arg(who, roles));
    switch (m_user.standing()) {
    case UserContext::Standing::Unrestricted:
        m_statusLabel->setText(tr("No users are set up, so every account acts as an "
                                  "administrator. Add your own account “%1” as the first "
                                  "administrator to switch roles on; then add the others.")
                                   .arg(currentActor(m_db)));
        break;
    case UserContext::Standing::Registered:
        m_statusLabel->setText(tr("You are %1, with the role %2.")
                                   .arg(m_user.displayName(),
                                        UserRoleText::label(m_user.role())));
        break;
    case UserContext::Standing::Unknown:
    case UserContext::Standing::Inactive:
    case UserContext::Standing::NoDatabaseRole:
        m_statusLabel->setText(m_user.accessRefusal());
        break;
    }

    m_table->setHorizontalHeaderLabels(
        {tr("Login"), tr("Name"), tr("Role"), tr("Status"), tr("Last change")});
    m_table->setRowCount(int(m_users.size()));
    for (int row = 0; row < m_users.size(); ++row) {
        const UserRecord &user = m_users.at(row);
        const QDateTime changedAt = user.updatedAt.isValid() ? user.updatedAt : user.createdAt;
        const QString changedBy = user.updatedBy.isEmpty() ? user.createdBy : user.updatedBy;
        const QStringList cells = {
            user.login, user.displayName, UserRoleText::label(user.role),
            user.active ? tr("Active") : tr("Deactivated"),
            //: When a user was last changed, and by whom.
            tr("%1 by %2").arg(formatDateTime(changedAt, locale), changedBy)};
        for (int column = 0; column < ColumnCount; ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    m_table->resizeColumnsToContents();

    m_selectedGroup->setTitle(tr("Selected User"));
    m_roleTitle->setText(tr("&Role:"));
    fillRoleCombo(m_roleCombo);
    m_setRoleButton->setText(tr("&Set Role"));
    m_addGroup->setTitle(tr("Add a User"));
    m_loginTitle->setText(tr("&Login:"));
    m_loginEdit->setPlaceholderText(server ? tr("The server login, e.g. wangf")
                                           : tr("The operating system account, e.g. wangf"));
    m_nameTitle->setText(tr("&Name:"));
    m_nameEdit->setPlaceholderText(tr("As messages and lists show it, e.g. Wang Fang"));
    m_newRoleTitle->setText(tr("R&ole:"));
    fillRoleCombo(m_newRoleCombo);
    m_addButton->setText(tr("&Add User"));
    m_setRoleButton->setToolTip(tr("Give the selected user the chosen role."));
    m_addButton->setToolTip(tr("Add the account as a user with the chosen role."));

    // NOTE: a failed change's message keeps the language it was written in,
    // because the service returns it as finished text.
    QStringList problems;
    if (!m_loadError.isEmpty())
        problems << tr("Could not read the users: %1").arg(m_loadError);
    if (!m_changeError.isEmpty())
        problems << m_changeError;
    ErrorLabel::setMessages(m_errorLabel, problems);
    updateActions();
}

std::optional<UserRecord> UsersDialog::selectedUser() const
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_users.size() || m_table->selectedItems().isEmpty())
        return std::nullopt;
    return m_users.at(row);
}

void UsersDialog::updateActions()
{
    const std::optional<UserRecord> selected = selectedUser();
    m_activeButton->setText(selected && !selected->active ? tr("A&ctivate")
                                                          : tr("&Deactivate"));
    m_activeButton->setToolTip(selected && !selected->active
                                   ? tr("Let the selected user use this database again.")
                                   : tr("Stop the selected user from using this database. "
                                        "The user stays named on what they entered."));
    if (selected && m_roleCombo->findData(int(selected->role)) >= 0
        && !m_roleCombo->hasFocus()) {
        m_roleCombo->setCurrentIndex(m_roleCombo->findData(int(selected->role)));
    }

    const bool readable = m_loadError.isEmpty();
    RoleGate::apply(m_roleCombo, m_user, UserAction::ManageUsers, readable && selected);
    RoleGate::apply(m_setRoleButton, m_user, UserAction::ManageUsers, readable && selected);
    RoleGate::apply(m_activeButton, m_user, UserAction::ManageUsers, readable && selected);
    RoleGate::apply(m_loginEdit, m_user, UserAction::ManageUsers, readable);
    RoleGate::apply(m_nameEdit, m_user, UserAction::ManageUsers, readable);
    RoleGate::apply(m_newRoleCombo, m_user, UserAction::ManageUsers, readable);
    RoleGate::apply(m_addButton, m_user, UserAction::ManageUsers,
                    readable && !m_loginEdit->text().trimmed().isEmpty());
}

void UsersDialog::addUser()
{
    const QString login = m_loginEdit->text().trimmed();
    const UserService::Result result
        = UserService(m_db, currentActor(m_db))
              .add(login, m_nameEdit->text(), UserRole(m_newRoleCombo->currentData().toInt()));
    if (result.succeeded()) {
        m_loginEdit->clear();
        m_nameEdit->clear();
    }
    finishChange(result.succeeded() ? result.notice : result.errorMessage, login);
}

void UsersDialog::setRole()
{
    const std::optional<UserRecord> selected = selectedUser();
    if (!selected)
        return;
    const UserService::Result result
        = UserService(m_db, currentActor(m_db))
              .setRole(selected->login, UserRole(m_roleCombo->currentData().toInt()));
    finishChange(result.succeeded() ? result.notice : result.errorMessage, selected->login);
}

void UsersDialog::toggleActive()
{
    const std::optional<UserRecord> selected = selectedUser();
    if (!selected)
        return;
    const UserService::Result result
        = UserService(m_db, currentActor(m_db)).setActive(selected->login, !selected->active);
    finishChange(result.succeeded() ? result.notice : result.errorMessage, selected->login);
}

void UsersDialog::finishChange(const QString &errorMessage, const QString &login)
{
    m_changeError = errorMessage;
    if (errorMessage.isEmpty())
        qCInfo(lcUi) << "Changed user" << login;
    reload();
    retranslateUi();
    for (int row = 0; row < m_users.size(); ++row) {
        if (m_users.at(row).login == login)
            m_table->selectRow(row);
    }
}
