#pragma once

#include "reportfixture.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

// Rows the spending tests write directly. Backdated charges can only be
// written this way, because ChargeService stamps the current time.
namespace SpendingFixture {

// Inserts a customer and returns its id, or 0 after a warning.
inline qint64 insertCustomer(QSqlDatabase db, const QString &code, const QString &name,
                             const QString &currency)
{
    QSqlQuery query(db);
    QString error;
    if (!ReportFixture::exec(query,
                             QStringLiteral("INSERT INTO customers (code, company_name, "
                                            "currency, created_at, updated_at) VALUES "
                                            "(?, ?, ?, '2025-01-01T00:00:00.000Z', "
                                            "'2025-01-01T00:00:00.000Z')"),
                             {code, name, currency}, &error)) {
        qWarning("%s", qPrintable(error));
        return 0;
    }
    return query.lastInsertId().toLongLong();
}

// Inserts a posted charge with requestKey, entered at enteredAt, with its
// currency taken from the customer, and returns its id, or 0 after a
// warning.
inline qint64 insertCharge(QSqlDatabase db, const QString &requestKey, qint64 customerId,
                           const QString &feeType, const QString &reason, qint64 amountMinor,
                           const QDateTime &enteredAt)
{
    QSqlQuery query(db);
    QString error;
    const QString createdAt = enteredAt.toUTC().toString(Qt::ISODateWithMs);
    if (!ReportFixture::exec(
            query,
            QStringLiteral("INSERT INTO charges (request_key, customer_id, fee_type_code, "
                           "amount_minor, currency, reason_code, payment_method_code, "
                           "due_date, created_by, created_at) SELECT ?, id, ?, ?, currency, "
                           "?, 'CASH', '2026-06-30', 'wang', ? FROM customers WHERE id = ?"),
            {requestKey, feeType, amountMinor, reason, createdAt, customerId}, &error)) {
        qWarning("%s", qPrintable(error));
        return 0;
    }
    return query.lastInsertId().toLongLong();
}

} // namespace SpendingFixture
