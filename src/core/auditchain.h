#pragma once

#include "auditrecord.h"

#include <QByteArray>
#include <QString>

// The hash chain of the audit log. Each record's record_hash is the SHA-256
// of its canonical serialisation, written as 64 lower-case hex digits. The
// serialisation ends with prev_hash, the record_hash of the record before
// it, so changing, inserting or deleting a record breaks either that
// record's hash or the next record's link. The first record's prev_hash is
// the genesis value, 64 zeros.
//
// The canonical serialisation is the UTF-8 text
//
//   chargedesk-audit-v1\n
//   id:<n>:<value>\n
//   occurred_at:<n>:<value>\n
//   actor:<n>:<value>\n
//   action:<n>:<value>\n
//   entity:<n>:<value>\n
//   entity_id:<n>:<value>\n
//   details:<n>:<value>\n
//   note:<n>:<value>\n
//   prev_hash:<n>:<value>\n
//
// where <value> is the column as stored (integers in decimal, text
// unchanged, details as the stored JSON text) and <n> is the length of
// <value> in UTF-8 bytes, in decimal. The lengths keep the fields apart
// whatever characters a note contains.
class AuditChain
{
public:
    // The prev_hash of the first record: 64 zeros.
    static QString genesisHash();

    // Returns the canonical serialisation of record with its prevHash.
    // recordHash is not part of it.
    static QByteArray canonicalBytes(const AuditRecord &record);

    // Returns the SHA-256 of canonicalBytes(record) as 64 lower-case hex
    // digits.
    static QString recordHash(const AuditRecord &record);

    // Returns true when text is 64 lower-case hex digits.
    static bool isHash(const QString &text);
};
