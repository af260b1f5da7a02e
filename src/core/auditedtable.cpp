#include "auditedtable.h"

namespace {

using Type = AuditedColumn::Type;

} // namespace

const AuditedStatusChange *AuditedTable::change(const QString &action) const
{
    for (const AuditedStatusChange &candidate : changes) {
        if (action == QLatin1String(candidate.action))
            return &candidate;
    }
    return nullptr;
}

const AuditedStatusChange *AuditedTable::changeTo(const QString &status) const
{
    for (const AuditedStatusChange &candidate : changes) {
        if (status == QLatin1String(candidate.status))
            return &candidate;
    }
    return nullptr;
}

QStringList AuditedTable::changeColumns() const
{
    QStringList names;
    for (const AuditedStatusChange &candidate : changes) {
        for (const char *column : {candidate.byColumn, candidate.atColumn,
                                   candidate.reasonColumn}) {
            if (column && !names.contains(QLatin1String(column)))
                names << QLatin1String(column);
        }
    }
    return names;
}

const AuditedTable &AuditedTable::charges()
{
    // The keys of ChargeService's charge.add details. duplicate_ack_note is
    // the record's note and created_by its actor. A charge above the
    // approval threshold starts as pending ("status" in the details), and
    // approval or rejection write charge.approve or charge.reject.
    static const AuditedTable table = {
        "charges", "charge", "charge.add", "duplicate_ack_note", "posted",
        {
            {"charge.void", "void", "voided_by", "voided_at", "void_reason"},
            {"charge.approve", "posted", "approved_by", "approved_at", nullptr},
            {"charge.reject", "rejected", "voided_by", "voided_at", "void_reason"},
        },
        {
            {"request_key"},
            {"customer_id", Type::Id},
            {"bill_id", Type::Id},
            {"fee_type_code"},
            {"amount_minor", Type::Amount},
            {"currency"},
            {"reason_code"},
            {"note"},
            {"payment_method_code"},
            {"due_date"},
            {"created_at", Type::Text, true},
        },
    };
    return table;
}

const AuditedTable &AuditedTable::payments()
{
    // The keys of PaymentWriter's payment.add details. note is the
    // record's note and created_by its actor.
    static const AuditedTable table = {
        "payments", "payment", "payment.add", "note", "posted",
        {
            {"payment.reverse", "reversed", "reversed_by", "reversed_at", "reverse_reason"},
        },
        {
            {"request_key"},
            {"customer_id", Type::Id},
            {"bill_id", Type::Id},
            {"charge_id", Type::Id},
            {"installment_id", Type::Id},
            {"amount_minor", Type::Amount},
            {"currency"},
            {"paid_on"},
            {"payment_method_code"},
            {"reference"},
            {"created_at", Type::Text, true},
            // Records written before schema version 5 lack it.
            {"duplicate_ack_note", Type::Text, true},
        },
    };
    return table;
}
