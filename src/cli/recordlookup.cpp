#include "recordlookup.h"

#include "billrepository.h"
#include "chargerepository.h"
#include "customerrepository.h"

std::optional<CustomerRecord> RecordLookup::customer(const QString &code)
{
    QString error;
    const std::optional<CustomerRecord> found = CustomerRepository(m_db).findByCode(code, &error);
    if (!error.isEmpty()) {
        fail(ExitCode::DatabaseError,
             tr("Could not read customer “%1” from the database: %2").arg(code, error));
    } else if (!found) {
        fail(ExitCode::NotFound,
             tr("Customer “%1” not found. Check the customer code (e.g. ALFKI), "
                "or load the sample customers with import-northwind.")
                 .arg(code));
    }
    return found;
}

std::optional<BillRecord> RecordLookup::bill(const QString &billNo)
{
    QString error;
    const std::optional<BillRecord> found = BillRepository(m_db).findByNumber(billNo, &error);
    if (!error.isEmpty()) {
        fail(ExitCode::DatabaseError,
             tr("Could not read bill “%1” from the database: %2").arg(billNo, error));
    } else if (!found) {
        fail(ExitCode::NotFound,
             tr("Bill “%1” not found. Run show-customer CODE to list a customer's bills.")
                 .arg(billNo));
    }
    return found;
}

std::optional<ChargeRecord> RecordLookup::charge(qint64 id)
{
    QString error;
    const std::optional<ChargeRecord> found = ChargeRepository(m_db).findById(id, &error);
    if (!error.isEmpty()) {
        fail(ExitCode::DatabaseError,
             tr("Could not read charge %1 from the database: %2").arg(id).arg(error));
    } else if (!found) {
        fail(ExitCode::NotFound,
             tr("Charge %1 not found. Run list-charges to see the charge IDs.").arg(id));
    }
    return found;
}

void RecordLookup::fail(ExitCode code, const QString &message)
{
    m_failure = m_context.fail(code, message);
}
