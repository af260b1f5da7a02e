#pragma once

#include "agingfixture.h"

#include <QDate>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QUuid>

#include <ctime>
#include <cstdlib>

// Test data for the reminder tests: customers, charges, installment plans
// and paid amounts written with plain SQL, as the payment service would
// leave them. Each function returns the new row's id, or 0 and a warning
// when the insert failed.
namespace ReminderFixture {

inline qint64 insertRow(QSqlQuery &query)
{
    if (!query.exec()) {
        qWarning() << "Fixture insert failed:" << query.lastError().text();
        return 0;
    }
    return query.lastInsertId().toLongLong();
}

inline qint64 insertCustomer(QSqlDatabase db, const QString &code, const QString &name)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "INSERT INTO customers (code, company_name, currency, created_at, updated_at) "
        "VALUES (:code, :name, 'CNY', '2026-01-01T00:00:00.000Z', "
        "'2026-01-01T00:00:00.000Z')"));
    query.bindValue(QStringLiteral(":code"), code);
    query.bindValue(QStringLiteral(":name"), name);
    return insertRow(query);
}

// A posted charge of amountMinor fen on the customer's account.
inline qint64 insertCharge(QSqlDatabase db, qint64 customerId, const QDate &dueDate,
                           qint64 amountMinor = 10000,
                           const QString &feeTypeCode = QStringLiteral("SERVICE"))
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "INSERT INTO charges (request_key, customer_id, fee_type_code, amount_minor, currency, "
        "reason_code, payment_method_code, due_date, created_by, created_at) "
        "VALUES (:key, :customer, :fee_type, :amount, 'CNY', 'UNPAID', 'BANK_TRANSFER', "
        ":due, 'tester', '2026-01-01T00:00:00.000Z')"));
    query.bindValue(QStringLiteral(":key"), QUuid::createUuid().toString(QUuid::WithoutBraces));
    query.bindValue(QStringLiteral(":customer"), customerId);
    query.bindValue(QStringLiteral(":fee_type"), feeTypeCode);
    query.bindValue(QStringLiteral(":amount"), amountMinor);
    query.bindValue(QStringLiteral(":due"), dueDate.toString(Qt::ISODate));
    return insertRow(query);
}

// The updates, plans and installments are written as AgingFixture writes
// them.
using AgingFixture::execute;
using AgingFixture::setChargePaid;
using AgingFixture::voidCharge;
using AgingFixture::insertPlan;
using AgingFixture::cancelPlan;
using AgingFixture::insertInstallment;
using AgingFixture::setInstallmentPaid;

// Sets the process's time zone to zone (a TZ value such as
// "Pacific/Kiritimati") until the guard is destroyed, then restores the
// zone in effect before.
class TimeZoneGuard
{
public:
    explicit TimeZoneGuard(const QByteArray &zone)
        : m_hadZone(qEnvironmentVariableIsSet("TZ"))
        , m_previous(qgetenv("TZ"))
    {
        qputenv("TZ", zone);
        tzset();
    }

    ~TimeZoneGuard()
    {
        if (m_hadZone)
            qputenv("TZ", m_previous);
        else
            qunsetenv("TZ");
        tzset();
    }

    TimeZoneGuard(const TimeZoneGuard &) = delete;
    TimeZoneGuard &operator=(const TimeZoneGuard &) = delete;

private:
    bool m_hadZone;
    QByteArray m_previous;
};

} // namespace ReminderFixture
