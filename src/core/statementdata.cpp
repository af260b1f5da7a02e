#include "statementdata.h"

namespace {

// Returns the id of the row behind a movement: its charge, else its
// payment, else its bill.
qint64 sourceId(const StatementEntry &entry)
{
    if (entry.paymentId)
        return entry.paymentId;
    if (entry.chargeId)
        return entry.chargeId;
    return entry.billId;
}

// Returns the place of a movement within its day. Bills come first and
// payments last, so a charge paid on the day it was entered precedes its
// payment.
int placeInDay(const StatementEntry &entry)
{
    if (entry.moment.isValid())
        return 1;
    return entry.kind == StatementEntry::Kind::Bill ? 0 : 2;
}

} // namespace

bool StatementEntry::before(const StatementEntry &a, const StatementEntry &b)
{
    if (a.date != b.date)
        return a.date < b.date;
    if (placeInDay(a) != placeInDay(b))
        return placeInDay(a) < placeInDay(b);
    if (a.moment != b.moment)
        return a.moment < b.moment;
    if (a.kind != b.kind)
        return int(a.kind) < int(b.kind);
    return sourceId(a) < sourceId(b);
}

QString StatementEntry::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Bill:
        return QStringLiteral("bill");
    case Kind::Charge:
        return QStringLiteral("charge");
    case Kind::Void:
        return QStringLiteral("void");
    case Kind::Payment:
        return QStringLiteral("payment");
    case Kind::PaymentReversal:
        break;
    }
    return QStringLiteral("payment_reversal");
}

Money StatementData::creditTotal() const
{
    return Money(-credits.minorUnits(), credits.currency());
}
