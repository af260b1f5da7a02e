#include "installmentplanrequest.h"

#include <QUuid>

QString InstallmentPlanRequest::newRequestKey()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}
