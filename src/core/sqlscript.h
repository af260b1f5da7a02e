#pragma once

#include <QString>
#include <QStringList>

// Splits a migration script into the statements that are executed one by
// one, for the SQLite and the PostgreSQL dialect alike.
//
// A statement ends with a ';' at the end of a line, except inside
//  - a body between dollar quotes ($$ … $$), which PostgreSQL functions use,
//  - the body of an SQLite trigger, from a line that ends with BEGIN to a
//    line that is only END;.
// Comment lines between statements are dropped. A ';' in the middle of a
// line or inside a string literal does not end a statement, so the scripts
// keep one statement end per line.
class SqlScript
{
public:
    static QStringList split(const QString &script);
};
