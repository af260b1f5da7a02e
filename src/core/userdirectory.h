#pragma once

#include "userrole.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

// One row of the users table.
struct UserRecord
{
    qint64 id = 0;
    QString login;       // the operating-system account (session_user on PostgreSQL)
    QString displayName;
    UserRole role = UserRole::None;
    bool active = false;
    QString createdBy;
    QDateTime createdAt; // UTC
    QString updatedBy;   // empty until the first change
    QDateTime updatedAt;

    // Returns the name for messages: "display name (login)", or the login
    // alone when both are the same.
    QString nameForMessages() const;
};

// Read queries on users. Functions set *error when a statement fails.
class UserDirectory
{
public:
    explicit UserDirectory(QSqlDatabase db) : m_db(std::move(db)) {}

    // Every user, active or not, by login.
    QList<UserRecord> users(QString *error) const;

    // The user with exactly this login, std::nullopt when there is none.
    std::optional<UserRecord> find(const QString &login, QString *error) const;

    // The number of users, active or not; -1 when the query fails.
    int count(QString *error) const;

    // The active admins, for messages that tell whom to ask.
    QList<UserRecord> activeAdmins(QString *error) const;

private:
    QList<UserRecord> select(const QString &where, const QVariantMap &values,
                             QString *error) const;

    QSqlDatabase m_db;
};
