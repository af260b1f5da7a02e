#include "statementdata.h"

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
