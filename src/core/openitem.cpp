#include "openitem.h"

QString OpenItem::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Bill:
        return QStringLiteral("bill");
    case Kind::Charge:
        return QStringLiteral("charge");
    case Kind::Installment:
        break;
    }
    return QStringLiteral("installment");
}
