#pragma once

#include <QString>
#include <QVariant>

// Values as the services bind them in INSERT and UPDATE statements and
// write them in audit details.

// Returns text, with a null string turned into an empty one: Qt binds a null
// QString as SQL NULL, which the NOT NULL text columns reject.
QString notNull(const QString &text);

// Returns the id to bind, SQL NULL for 0 (no bill, no charge, ...).
QVariant idOrNull(qint64 id);

// Returns the id for audit details, JSON null for 0.
QVariant idForJson(qint64 id);

// Returns the current moment as the timestamp columns store it: UTC ISO 8601
// with milliseconds.
QString utcTimestampNow();

// Returns a SHA-256 digest (hex) of fields, for the fingerprints that tie a
// commit to the review the user confirmed.
QString fieldsFingerprint(const QStringList &fields);
