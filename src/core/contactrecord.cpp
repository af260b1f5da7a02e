#include "contactrecord.h"

QString ContactRecord::itemText() const
{
    if (installmentId != 0) {
        //: Installment number and charge id.
        return tr("Installment %1, charge %2")
            .arg(QString::number(installmentSeq), QString::number(chargeId));
    }
    if (chargeId != 0)
        return tr("Charge %1").arg(chargeId);
    //: A contact about the customer's account rather than one charge.
    return tr("General");
}
