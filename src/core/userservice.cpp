#include "userservice.h"

#include "auditedinsert.h"
#include "auditlog.h"
#include "chargevalidator.h"
#include "databasefault.h"
#include "databaseroles.h"
#include "logging.h"
#include "sqlstatement.h"
#include "sqlvalues.h"
#include "transaction.h"
#include "usercontext.h"

#include <QRegularExpression>
#include <QSqlError>

namespace {

bool hasWhitespace(const QString &text)
{
    static const QRegularExpression whitespace(QStringLiteral("\\s"));
    return text.contains(whitespace);
}

} // namespace

UserService::UserService(QSqlDatabase db, QString actor)
    : m_db(std::move(db))
    , m_actor(std::move(actor))
{
}

bool UserService::assignDatabaseRole(const QString &login, UserRole role, QString *notice,
                                     QString *error) const
{
    if (!DatabaseRoles::isPostgresql(m_db))
        return true;

    switch (DatabaseRoles::assign(m_db, login, role, error)) {
    case DatabaseRoles::Assignment::Assigned:
        return true;
    case DatabaseRoles::Assignment::NoSuchLogin:
        if (role == UserRole::None)
            return true;
        *notice = tr("The database server has no login “%1” yet, so ChargeDesk granted it no "
                     "database role. Ask the database administrator to create the login; "
                     "then deactivate and activate the user here, which grants its role.")
                      .arg(login);
        return true;
    case DatabaseRoles::Assignment::Failed:
        break;
    }
    return false;
}

QString UserService::refusal(bool addingFirstUser, const QString &login, UserRole role,
                             QString *error) const
{
    if (addingFirstUser) {
        if (login == m_actor && role == UserRole::Admin)
            return {};
        return tr("The first user must be your own account “%1” with the role %2, so that "
                  "someone can manage users once roles apply. Add yourself first.")
            .arg(m_actor, UserRoleText::label(UserRole::Admin));
    }
    return UserContext::resolve(m_db, m_actor, error).refusal(UserAction::ManageUsers);
}

UserService::Result UserService::add(const QString &login, const QString &displayName,
                                     UserRole role)
{
    Result result;
    result.status = Result::Status::Rejected;
    const QString trimmedLogin = login.trimmed();
    const QString name = displayName.trimmed().isEmpty() ? trimmedLogin : displayName.trimmed();
    if (trimmedLogin.isEmpty() || hasWhitespace(trimmedLogin)
        || ChargeValidator::characterCount(trimmedLogin) > MaxLoginLength) {
        result.errorMessage = tr("Invalid login “%1”: enter the operating system account name, "
                                 "without spaces, at most %2 characters.")
                                  .arg(login)
                                  .arg(MaxLoginLength);
        return result;
    }

    // A login is quoted into GRANT statements, which cannot bind it, so
    // PostgreSQL takes only names that quote without surprises.
    if (DatabaseRoles::isPostgresql(m_db) && !DatabaseRoles::isValidLogin(trimmedLogin)) {
        result.errorMessage = tr("Invalid login “%1”: enter the name of a PostgreSQL login "
                                 "that starts with a letter or _ and has only letters, digits, "
                                 "_, @ and -, at most 63 characters.")
                                  .arg(login);
        return result;
    }

    // CREATE ROLE Bob makes the login bob: PostgreSQL folds a name written
    // without quotes to lower case, so a user "Bob" would match no login.
    if (DatabaseRoles::isPostgresql(m_db) && trimmedLogin != trimmedLogin.toLower()) {
        result.errorMessage = tr("Invalid login “%1”: PostgreSQL keeps a login created without "
                                 "quotes in lower case, as “%2”. Enter “%2”.")
                                  .arg(login, trimmedLogin.toLower());
        return result;
    }

    if (ChargeValidator::characterCount(name) > MaxDisplayNameLength) {
        result.errorMessage = tr("The name has %1 characters; at most %2 are allowed.")
                                  .arg(ChargeValidator::characterCount(name))
                                  .arg(MaxDisplayNameLength);
        return result;
    }
    if (role == UserRole::None) {
        result.errorMessage = tr("Choose a role for “%1”: %2, %3 or %4.")
                                  .arg(trimmedLogin, UserRoleText::label(UserRole::Sales),
                                       UserRoleText::label(UserRole::Finance),
                                       UserRoleText::label(UserRole::Admin));
        return result;
    }

    Transaction transaction(m_db);
    if (!transaction.begin()) {
        result.status = Result::Status::Failed;
        result.errorMessage = tr("The user was not added: the database could not start a "
                                 "transaction (%1). Try again.")
                                  .arg(transaction.error().text());
        return result;
    }

    QString error;
    const UserDirectory directory(m_db);
    const int count = directory.count(&error);
    std::optional<UserRecord> existing;
    QString refused;
    if (error.isEmpty())
        existing = directory.find(trimmedLogin, &error);
    if (error.isEmpty())
        refused = refusal(count == 0, trimmedLogin, role, &error);
    if (!error.isEmpty()) {
        result.status = Result::Status::Failed;
        result.errorMessage = tr("The user was not added: %1. Try again.").arg(error);
        qCWarning(lcService) << "User check failed:" << error;
        return result;
    }
    if (!refused.isEmpty()) {
        result.errorMessage = refused;
        return result;
    }
    if (existing) {
        result.errorMessage
            = (existing->active ? tr("“%1” is a user already, with the role %2. Change the role "
                                     "instead.")
                                : tr("“%1” is a user already, with the role %2, but "
                                     "deactivated. Activate the user instead."))
                  .arg(trimmedLogin, UserRoleText::label(existing->role));
        return result;
    }

    const QVariantMap details = {
        {QStringLiteral("login"), trimmedLogin},
        {QStringLiteral("display_name"), name},
        {QStringLiteral("role"), UserRoleText::code(role)},
    };
    const bool ok = AuditedInsert(m_db, m_actor)
                        .exec(QStringLiteral("INSERT INTO users (login, display_name, role, "
                                             "active, created_by, created_at) VALUES (:login, "
                                             ":display_name, :role, 1, :created_by, "
                                             ":created_at)"),
                              {{QStringLiteral(":login"), trimmedLogin},
                               {QStringLiteral(":display_name"), name},
                               {QStringLiteral(":role"), UserRoleText::code(role)}},
                              QStringLiteral("user.add"), QStringLiteral("user"), details,
                              QString(), &result.userId, &error);
    const bool granted = ok && assignDatabaseRole(trimmedLogin, role, &result.notice, &error);
    if (!granted || !transaction.commit()) {
        if (error.isEmpty())
            error = transaction.error().text();
        result.status = Result::Status::Failed;
        result.errorMessage = DatabaseFault::fromText(error, m_db)
                                  .message(tr("The user was not added."),
                                           tr("The user was not added: %1. Nothing was "
                                              "changed; try again.")
                                               .arg(error));
        qCWarning(lcService) << "Adding user" << trimmedLogin << "failed:" << error;
        return result;
    }

    result.status = Result::Status::Committed;
    qCInfo(lcService) << "Added user" << result.userId << trimmedLogin << "role"
                      << UserRoleText::code(role) << "by" << m_actor;
    return result;
}

UserService::Result UserService::setRole(const QString &login, UserRole role)
{
    if (role == UserRole::None) {
        Result result;
        result.status = Result::Status::Rejected;
        result.errorMessage = tr("Choose a role for “%1”: %2, %3 or %4.")
                                  .arg(login, UserRoleText::label(UserRole::Sales),
                                       UserRoleText::label(UserRole::Finance),
                                       UserRoleText::label(UserRole::Admin));
        return result;
    }
    return update({login, QStringLiteral("role"), UserRoleText::code(role),
                   UserRoleText::code(role)});
}

UserService::Result UserService::setDisplayName(const QString &login, const QString &displayName)
{
    const QString name = displayName.trimmed();
    if (name.isEmpty() || ChargeValidator::characterCount(name) > MaxDisplayNameLength) {
        Result result;
        result.status = Result::Status::Rejected;
        result.errorMessage = tr("Enter a name of 1 to %1 characters for “%2”.")
                                  .arg(QString::number(MaxDisplayNameLength), login);
        return result;
    }
    return update({login, QStringLiteral("display_name"), name, name});
}

UserService::Result UserService::setActive(const QString &login, bool active)
{
    return update({login, QStringLiteral("active"), active ? 1 : 0,
                   active ? QStringLiteral("true") : QStringLiteral("false")});
}

UserService::Result UserService::update(const Change &change)
{
    Result result;
    Transaction transaction(m_db);
    if (!transaction.begin()) {
        result.errorMessage = tr("The user “%1” was not changed: the database could not start "
                                 "a transaction (%2). Try again.")
                                  .arg(change.login, transaction.error().text());
        return result;
    }

    QString error;
    const UserDirectory directory(m_db);
    const QString refused = refusal(false, change.login, UserRole::None, &error);
    std::optional<UserRecord> user;
    QList<UserRecord> admins;
    if (error.isEmpty())
        user = directory.find(change.login, &error);
    if (error.isEmpty())
        admins = directory.activeAdmins(&error);
    if (!error.isEmpty()) {
        result.errorMessage = tr("The user “%1” was not changed: %2. Try again.")
                                  .arg(change.login, error);
        qCWarning(lcService) << "User check failed:" << error;
        return result;
    }

    result.status = Result::Status::Rejected;
    if (!refused.isEmpty()) {
        result.errorMessage = refused;
        return result;
    }
    if (!user) {
        result.errorMessage = tr("“%1” is not a user. Check the login, or add the user first.")
                                  .arg(change.login);
        return result;
    }
    result.userId = user->id;

    const QVariantMap before = {
        {QStringLiteral("role"), UserRoleText::code(user->role)},
        {QStringLiteral("display_name"), user->displayName},
        {QStringLiteral("active"), user->active ? QStringLiteral("true")
                                                : QStringLiteral("false")},
    };
    const QString oldValue = before.value(change.column).toString();
    if (oldValue == change.auditValue) {
        result.errorMessage = tr("Nothing to change: “%1” has that value already.")
                                  .arg(change.login);
        return result;
    }

    // The trigger users_keep_an_admin refuses the same, with a less helpful
    // message.
    const bool losesAdmin = user->role == UserRole::Admin && user->active
                            && ((change.column == QLatin1String("role")
                                 && change.auditValue != UserRoleText::code(UserRole::Admin))
                                || (change.column == QLatin1String("active")
                                    && !change.value.toBool()));
    if (losesAdmin && admins.size() <= 1) {
        result.errorMessage = tr("%1 is the last active administrator. Make another user an "
                                 "administrator first, so that someone can still manage users.")
                                  .arg(user->nameForMessages());
        return result;
    }

    SqlStatement statement(m_db, QStringLiteral("UPDATE users SET %1 = :value, updated_by = "
                                                ":by, updated_at = :at WHERE id = :id")
                                     .arg(change.column));
    bool ok = statement.isPrepared();
    if (ok) {
        statement->bindValue(QStringLiteral(":value"), change.value);
        statement->bindValue(QStringLiteral(":by"), m_actor);
        statement->bindValue(QStringLiteral(":at"), utcTimestampNow());
        statement->bindValue(QStringLiteral(":id"), user->id);
        ok = statement->exec() && statement->numRowsAffected() == 1;
    }
    if (!ok)
        error = statement->lastError().text();

    const QVariantMap details = {
        {QStringLiteral("login"), user->login},
        {QStringLiteral("field"), change.column},
        {QStringLiteral("old_value"), oldValue},
        {QStringLiteral("new_value"), change.auditValue},
    };
    if (ok) {
        ok = AuditLog(m_db).append(m_actor, QStringLiteral("user.update"), QStringLiteral("user"),
                                   user->id, details, QString(), &error);
    }

    // The login keeps the database role of its role while it is active.
    const bool active = change.column == QLatin1String("active") ? change.value.toBool()
                                                                 : user->active;
    const UserRole role = change.column == QLatin1String("role")
                              ? UserRoleText::fromCode(change.auditValue).value_or(UserRole::None)
                              : user->role;
    if (ok && change.column != QLatin1String("display_name")) {
        ok = assignDatabaseRole(user->login, active ? role : UserRole::None, &result.notice,
                                &error);
    }
    if (ok && !transaction.commit()) {
        ok = false;
        error = transaction.error().text();
    }
    if (!ok) {
        result.status = Result::Status::Failed;
        result.errorMessage = DatabaseFault::fromText(error, m_db)
                                  .message(tr("The user “%1” was not changed.").arg(change.login),
                                           tr("The user “%1” was not changed: %2. Nothing was "
                                              "changed; try again.")
                                               .arg(change.login, error));
        qCWarning(lcService) << "Change of user" << change.login << "failed:" << error;
        return result;
    }

    result.status = Result::Status::Committed;
    qCInfo(lcService) << "Changed user" << user->id << change.login << change.column << "from"
                      << oldValue << "to" << change.auditValue << "by" << m_actor;
    return result;
}
