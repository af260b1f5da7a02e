#include "customerrepository.h"

#include "logging.h"
#include "sqlstatement.h"

#include <QSqlError>
#include <QSqlQuery>

namespace {

const char customerColumns[] =
    "SELECT id, code, company_name, contact_name, phone, currency, balance_minor "
    "FROM customers ";

CustomerRecord customerFromQuery(const QSqlQuery &query)
{
    CustomerRecord customer;
    customer.id = query.value(QStringLiteral("id")).toLongLong();
    customer.code = query.value(QStringLiteral("code")).toString();
    customer.companyName = query.value(QStringLiteral("company_name")).toString();
    customer.contactName = query.value(QStringLiteral("contact_name")).toString();
    customer.phone = query.value(QStringLiteral("phone")).toString();
    customer.currency = query.value(QStringLiteral("currency")).toString();
    customer.balance = Money(query.value(QStringLiteral("balance_minor")).toLongLong(),
                             customer.currency);
    return customer;
}

std::optional<CustomerRecord> findOne(const QSqlDatabase &db, const QString &where,
                                      const QVariant &value, QString *error)
{
    SqlStatement query(db, QLatin1String(customerColumns) + where);
    if (!query.isPrepared()) {
        if (error)
            *error = query->lastError().text();
        qCWarning(lcDatabase) << "Customer query failed:" << query->lastError().text();
        return std::nullopt;
    }
    query->bindValue(QStringLiteral(":value"), value);
    if (!query->exec()) {
        if (error)
            *error = query->lastError().text();
        qCWarning(lcDatabase) << "Customer query failed:" << query->lastError().text();
        return std::nullopt;
    }
    if (!query->next())
        return std::nullopt;
    return customerFromQuery(*query);
}

} // namespace

std::optional<CustomerRecord> CustomerRepository::findById(qint64 id, QString *error) const
{
    return findOne(m_db, QStringLiteral("WHERE id = :value"), id, error);
}

std::optional<CustomerRecord> CustomerRepository::findByCode(const QString &code,
                                                             QString *error) const
{
    return findOne(m_db, QStringLiteral("WHERE code = :value"), code, error);
}

bool CustomerRepository::hasAny(QString *error) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT 1 AS found FROM customers LIMIT 1"))) {
        if (error)
            *error = query.lastError().text();
        qCWarning(lcDatabase) << "Customer lookup failed:" << query.lastError().text();
        return false;
    }
    return query.next();
}
