#pragma once

#include <QDateTime>
#include <QString>
#include <QVariant>
#include <QVariantMap>

class SqlStatement;

// Steps the repositories share to run a SELECT and read its rows.

// Binds values by placeholder name and executes query. On failure logs a
// warning that names recordKind (for example "Payment"), sets *error when
// error is not null and returns false.
bool execSelect(SqlStatement &query, const QVariantMap &values, const char *recordKind,
                QString *error);

// Returns the timestamp a column stores (UTC ISO 8601 with milliseconds), or
// an invalid QDateTime for SQL NULL.
QDateTime timestampFromColumn(const QVariant &value);
