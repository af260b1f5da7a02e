#include "chargerequest.h"

#include <QUuid>

QString ChargeRequest::newRequestKey()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}
