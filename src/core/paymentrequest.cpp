#include "paymentrequest.h"

#include <QUuid>

QString PaymentRequest::newRequestKey()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}
