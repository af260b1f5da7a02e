#pragma once

#include "testbackend.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>

// Makes one kind of write to table fail with message, until
// dropFailingTrigger(), to test what a failure halfway through a
// transaction leaves behind.
//
// On SQLite it is a trigger that raises ABORT, TEMP unless allConnections,
// so that only db's connection sees it. On PostgreSQL it is a trigger with a
// PL/pgSQL function of the same name, which every session sees. event is
// "BEFORE INSERT", "BEFORE UPDATE" or "BEFORE UPDATE OF column";
// condition, when not empty, is a WHEN condition on NEW. Returns the error
// text, empty on success.
inline QString createFailingTrigger(const QSqlDatabase &db, const QString &name,
                                    const QString &event, const QString &table,
                                    const QString &message, const QString &condition = {},
                                    bool allConnections = false)
{
    QStringList statements;
    if (TestBackend::isPostgresql()) {
        statements << QStringLiteral("CREATE FUNCTION %1() RETURNS trigger LANGUAGE plpgsql AS "
                                     "$$ BEGIN RAISE EXCEPTION '%2'; END; $$")
                          .arg(name, message);
        statements << QStringLiteral("CREATE TRIGGER %1 %2 ON %3 FOR EACH ROW %4 "
                                     "EXECUTE FUNCTION %1()")
                          .arg(name, event, table,
                               condition.isEmpty() ? QString()
                                                   : QStringLiteral("WHEN (%1)").arg(condition));
    } else {
        statements << QStringLiteral("CREATE %1 TRIGGER %2 %3 ON main.%4 %5 "
                                     "BEGIN SELECT RAISE(ABORT, '%6'); END")
                          .arg(allConnections ? QString() : QStringLiteral("TEMP"), name,
                               event, table,
                               condition.isEmpty() ? QString()
                                                   : QStringLiteral("WHEN %1").arg(condition),
                               message);
    }

    QSqlQuery query(db);
    for (const QString &statement : std::as_const(statements)) {
        if (!query.exec(statement))
            return query.lastError().text();
    }
    return {};
}

// Removes what createFailingTrigger() made. Returns the error text, empty
// on success.
inline QString dropFailingTrigger(const QSqlDatabase &db, const QString &name,
                                  const QString &table, bool allConnections = false)
{
    QStringList statements;
    if (TestBackend::isPostgresql()) {
        statements << QStringLiteral("DROP TRIGGER %1 ON %2").arg(name, table)
                   << QStringLiteral("DROP FUNCTION %1()").arg(name);
    } else {
        statements << QStringLiteral("DROP TRIGGER %1.%2")
                          .arg(allConnections ? QStringLiteral("main") : QStringLiteral("temp"),
                               name);
    }

    QSqlQuery query(db);
    for (const QString &statement : std::as_const(statements)) {
        if (!query.exec(statement))
            return query.lastError().text();
    }
    return {};
}
