#include "databaserolemigration.h"

#include "logging.h"

#include <QCryptographicHash>
#include <QHash>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

namespace {

QString quoted(const QSqlDatabase &db, const QString &identifier)
{
    return db.driver()->escapeIdentifier(identifier, QSqlDriver::TableName);
}

bool run(QSqlQuery &query, const QString &statement, QString *error)
{
    if (query.exec(statement))
        return true;
    *error = query.lastError().text();
    qCWarning(lcDatabase) << "Role migration statement failed:" << *error << statement;
    return false;
}

} // namespace

QString DatabaseRoleMigration::roleName(const QString &database, UserRole role)
{
    static const QRegularExpression other(QStringLiteral("[^a-z0-9_]"));
    const QString prefix = QStringLiteral("chargedesk_");
    // "_finance" is the longest suffix; every role of a database shares the
    // same database part.
    const int room = MaxRoleNameLength - int(prefix.size()) - int(qstrlen("_finance"));

    QString part = database.toLower();
    part.replace(other, QStringLiteral("_"));
    if (part != database || part.size() > room) {
        const QByteArray digest
            = QCryptographicHash::hash(database.toUtf8(), QCryptographicHash::Md5).toHex();
        part = part.left(room - 9) + QLatin1Char('_') + QString::fromLatin1(digest.left(8));
    }
    return prefix + part + QLatin1Char('_') + UserRoleText::code(role);
}

bool DatabaseRoleMigration::createRoles(const QSqlDatabase &db, QString *error)
{
    QSqlQuery query(db);
    if (!run(query,
             QStringLiteral("SELECT current_database() AS database_name, current_user AS account, "
                            "(rolsuper OR rolcreaterole) AS creates_roles FROM pg_roles "
                            "WHERE rolname = current_user"),
             error)
        || !query.next()) {
        if (error->isEmpty())
            *error = tr("the migrating account was not found among the roles");
        return false;
    }
    const QString database = query.value(QStringLiteral("database_name")).toString();
    const QString account = query.value(QStringLiteral("account")).toString();
    const bool createsRoles = query.value(QStringLiteral("creates_roles")).toBool();

    QHash<UserRole, QString> names;
    for (const UserRole role : UserRoleText::assignable())
        names.insert(role, roleName(database, role));

    // The roles that exist already, and whether the account may grant each.
    QHash<QString, bool> grantableByName;
    bool ok = query.prepare(QStringLiteral(
        "SELECT rolname AS role_name, "
        "pg_has_role(current_user, oid, 'MEMBER WITH ADMIN OPTION') AS grantable "
        "FROM pg_roles WHERE rolname IN (:sales, :finance, :admin)"));
    if (ok) {
        query.bindValue(QStringLiteral(":sales"), names.value(UserRole::Sales));
        query.bindValue(QStringLiteral(":finance"), names.value(UserRole::Finance));
        query.bindValue(QStringLiteral(":admin"), names.value(UserRole::Admin));
        ok = query.exec();
    }
    if (!ok) {
        *error = query.lastError().text();
        return false;
    }
    while (query.next()) {
        grantableByName.insert(query.value(QStringLiteral("role_name")).toString(),
                               query.value(QStringLiteral("grantable")).toBool());
    }

    // Without CREATEROLE the account must find every role made, and hold
    // ADMIN OPTION on it to nest the roles and grant them to logins.
    QStringList missing;
    bool grantable = true;
    for (const UserRole role : UserRoleText::assignable()) {
        const QString name = names.value(role);
        if (!grantableByName.contains(name))
            missing << name;
        grantable = grantable && grantableByName.value(name);
    }
    if (!createsRoles && (!missing.isEmpty() || !grantable)) {
        QStringList statements;
        for (const QString &name : std::as_const(missing))
            statements << QStringLiteral("CREATE ROLE %1 NOLOGIN;").arg(quoted(db, name));
        QStringList all;
        for (const UserRole role : UserRoleText::assignable())
            all << quoted(db, names.value(role));
        statements << QStringLiteral("GRANT %1 TO %2 WITH ADMIN OPTION;")
                          .arg(all.join(QStringLiteral(", ")), quoted(db, account));
        *error = tr("ChargeDesk gives each of its roles a PostgreSQL role in this database, but "
                    "the account “%1” may not create or grant roles. Ask a PostgreSQL "
                    "administrator to run\n%2\nor to give “%1” the CREATEROLE attribute, then "
                    "open the database again. Nothing was changed.")
                     .arg(account, statements.join(QLatin1Char('\n')));
        qCWarning(lcDatabase) << "Account" << account << "may not create the roles" << missing;
        return false;
    }

    for (const QString &name : std::as_const(missing)) {
        if (!run(query, QStringLiteral("CREATE ROLE %1 NOLOGIN").arg(quoted(db, name)), error))
            return false;
        qCInfo(lcDatabase) << "Created database role" << name;
    }

    if (!query.prepare(QStringLiteral("INSERT INTO database_roles (role, role_name) "
                                      "VALUES (:role, :role_name)"))) {
        *error = query.lastError().text();
        return false;
    }
    for (const UserRole role : UserRoleText::assignable()) {
        query.bindValue(QStringLiteral(":role"), UserRoleText::code(role));
        query.bindValue(QStringLiteral(":role_name"), names.value(role));
        if (!query.exec()) {
            *error = query.lastError().text();
            return false;
        }
    }

    if (!run(query, QStringLiteral("SELECT chargedesk_apply_grants()"), error))
        return false;
    qCInfo(lcDatabase) << "Granted the privileges of" << names.values();
    return true;
}
