#pragma once

#include "billrepository.h"
#include "customerrepository.h"
#include "northwindimporter.h"
#include "records.h"
#include "testsupport.h"

#include <QList>
#include <QTest>

#include <memory>

// The database of the dialog tests: a new test database with the built-in
// Northwind data, in which the charges and payments go to customer ALFKI
// and its first bill.
namespace NorthwindFixture {

// Opens *database, imports the Northwind data and sets *customerId and *bill
// to ALFKI and its first bill. Fails the current test when a step fails, so
// that Qt Test skips the test function when this runs in init().
inline void openWithAlfki(std::unique_ptr<TestDatabase> *database, qint64 *customerId,
                          BillRecord *bill)
{
    *database = std::make_unique<TestDatabase>();
    QVERIFY2((*database)->isOpen(), qPrintable((*database)->error()));

    const NorthwindImporter::Result imported
        = NorthwindImporter((*database)->db()).import(NorthwindImporter::builtInDirectory());
    QVERIFY2(imported.ok, qPrintable(imported.errorMessage));

    const auto customer
        = CustomerRepository((*database)->db()).findByCode(QStringLiteral("ALFKI"));
    QVERIFY(customer);
    *customerId = customer->id;

    const QList<BillRecord> bills = BillRepository((*database)->db()).billsOfCustomer(*customerId);
    QVERIFY(!bills.isEmpty());
    *bill = bills.constFirst();
}

} // namespace NorthwindFixture
