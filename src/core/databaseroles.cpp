#include "databaseroles.h"

#include "logging.h"

#include <QHash>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

namespace {

// The names that migration writes to database_roles; checked again before
// they are quoted into a statement.
bool isValidRoleName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z_][a-z0-9_]{0,62}$"));
    return pattern.match(name).hasMatch();
}

QString quoted(const QSqlDatabase &db, const QString &identifier)
{
    return db.driver()->escapeIdentifier(identifier, QSqlDriver::TableName);
}

} // namespace

bool DatabaseRoles::isPostgresql(const QSqlDatabase &db)
{
    return db.driverName() == QLatin1String("QPSQL");
}

std::optional<DatabaseRoles::Session> DatabaseRoles::session(const QSqlDatabase &db,
                                                              QString *error)
{
    // has_table_privilege() resolves "users" through the search path, as
    // the program's own queries do.
    QSqlQuery query(db);
    const bool ok = query.exec(QStringLiteral(
                        "SELECT session_user AS login, pg_get_userbyid(d.datdba) AS owner, "
                        "(r.rolsuper OR pg_has_role(session_user, d.datdba, 'MEMBER')) "
                        "AS bypasses_grants, "
                        "has_table_privilege(session_user, 'users', 'SELECT') AS reads_users "
                        "FROM pg_database d, pg_roles r "
                        "WHERE d.datname = current_database() AND r.rolname = session_user"))
                    && query.next();
    if (!ok) {
        *error = query.lastError().isValid() ? query.lastError().text()
                                             : tr("the login of the connection was not found");
        qCWarning(lcDatabase) << "Could not read the session's login:" << *error;
        return std::nullopt;
    }

    Session session;
    session.login = query.value(QStringLiteral("login")).toString();
    session.owner = query.value(QStringLiteral("owner")).toString();
    session.bypassesGrants = query.value(QStringLiteral("bypasses_grants")).toBool();
    session.readsUsers = query.value(QStringLiteral("reads_users")).toBool();
    return session;
}

bool DatabaseRoles::isValidLogin(const QString &login)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z_][A-Za-z0-9_@-]{0,62}$"));
    return pattern.match(login).hasMatch();
}

QString DatabaseRoles::roleName(const QSqlDatabase &db, UserRole role, QString *error)
{
    QSqlQuery query(db);
    if (!query.prepare(QStringLiteral("SELECT role_name FROM database_roles WHERE role = :role"))) {
        *error = query.lastError().text();
        return {};
    }
    query.bindValue(QStringLiteral(":role"), UserRoleText::code(role));
    if (!query.exec() || !query.next()) {
        *error = query.lastError().isValid()
                     ? query.lastError().text()
                     : tr("the table database_roles names no role for %1")
                           .arg(UserRoleText::code(role));
        return {};
    }
    const QString name = query.value(QStringLiteral("role_name")).toString();
    if (!isValidRoleName(name)) {
        *error = tr("the table database_roles holds the invalid role name “%1”").arg(name);
        return {};
    }
    return name;
}

DatabaseRoles::Assignment DatabaseRoles::assign(const QSqlDatabase &db, const QString &login,
                                                UserRole role, QString *error)
{
    if (!isValidLogin(login)) {
        *error = tr("the login “%1” cannot be named in a grant").arg(login);
        return Assignment::Failed;
    }

    QSqlQuery query(db);
    bool ok = query.prepare(
        QStringLiteral("SELECT COUNT(*) AS n FROM pg_roles WHERE rolname = :login"));
    if (ok) {
        query.bindValue(QStringLiteral(":login"), login);
        ok = query.exec() && query.next();
    }
    if (!ok) {
        *error = query.lastError().text();
        return Assignment::Failed;
    }
    if (query.value(QStringLiteral("n")).toInt() == 0) {
        qCWarning(lcService) << "No database login" << login << "; no role granted";
        return Assignment::NoSuchLogin;
    }

    // The ChargeDesk roles the login is a direct member of, and whether it
    // may grant each.
    QHash<QString, bool> adminOptionByRole;
    if (!query.prepare(QStringLiteral(
            "SELECT r.rolname AS role_name, m.admin_option AS admin_option "
            "FROM pg_auth_members m JOIN pg_roles r ON r.oid = m.roleid "
            "JOIN pg_roles u ON u.oid = m.member "
            "WHERE u.rolname = :login AND r.rolname IN (SELECT role_name FROM database_roles)"))) {
        *error = query.lastError().text();
        return Assignment::Failed;
    }
    query.bindValue(QStringLiteral(":login"), login);
    if (!query.exec()) {
        *error = query.lastError().text();
        return Assignment::Failed;
    }
    while (query.next()) {
        adminOptionByRole.insert(query.value(QStringLiteral("role_name")).toString(),
                                 query.value(QStringLiteral("admin_option")).toBool());
    }
    query.finish();

    for (const UserRole each : UserRoleText::assignable()) {
        const QString name = roleName(db, each, error);
        if (name.isEmpty())
            return Assignment::Failed;

        const bool wanted = each == role;
        const bool member = adminOptionByRole.contains(name);
        const bool adminOption = each == UserRole::Admin;
        QString statement;
        // NOTE: tested on PostgreSQL 15, where REVOKE removes a membership
        // whoever granted it. PostgreSQL 16 removes only the grants of the
        // revoking role, so there a second admin may need GRANTED BY.
        if (member && !wanted) {
            statement = QStringLiteral("REVOKE %1 FROM %2");
        } else if (wanted && (!member || adminOptionByRole.value(name) != adminOption)) {
            // Granting again with ADMIN OPTION adds the option; REVOKE
            // ADMIN OPTION FOR removes it and keeps the membership.
            statement = adminOption ? QStringLiteral("GRANT %1 TO %2 WITH ADMIN OPTION")
                        : member    ? QStringLiteral("REVOKE ADMIN OPTION FOR %1 FROM %2")
                                    : QStringLiteral("GRANT %1 TO %2");
        }
        if (statement.isEmpty())
            continue;
        if (!exec(db, statement.arg(quoted(db, name), quoted(db, login)), error))
            return Assignment::Failed;
    }
    qCInfo(lcService) << "Database login" << login << "has the role"
                      << (role == UserRole::None ? QStringLiteral("none")
                                                 : UserRoleText::code(role));
    return Assignment::Assigned;
}

bool DatabaseRoles::exec(const QSqlDatabase &db, const QString &statement, QString *error)
{
    QSqlQuery query(db);
    if (query.exec(statement))
        return true;
    *error = query.lastError().text();
    qCWarning(lcService) << statement << "failed:" << *error;
    return false;
}
