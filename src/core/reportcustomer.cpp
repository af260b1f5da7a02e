#include "reportcustomer.h"

QStringList ReportCustomer::addressLines() const
{
    QStringList lines;
    if (!address.trimmed().isEmpty())
        lines << address.trimmed();

    QStringList place;
    for (const QString &part : {postalCode, city, region}) {
        if (!part.trimmed().isEmpty())
            place << part.trimmed();
    }
    if (!place.isEmpty())
        lines << place.join(QLatin1Char(' '));

    if (!country.trimmed().isEmpty())
        lines << country.trimmed();
    return lines;
}

QString ReportCustomer::selectColumns()
{
    return QStringLiteral("customers.id AS customer_id, customers.code AS customer_code, "
                          "customers.company_name AS company_name, ")
           + contactColumns();
}

QString ReportCustomer::contactColumns()
{
    return QStringLiteral(
        "customers.contact_name AS contact_name, customers.contact_title AS contact_title, "
        "customers.address AS address, customers.city AS city, customers.region AS region, "
        "customers.postal_code AS postal_code, customers.country AS country, "
        "customers.phone AS phone, customers.currency AS customer_currency");
}

ReportCustomer ReportCustomer::fromQuery(const QSqlQuery &query)
{
    ReportCustomer customer;
    customer.id = query.value(QStringLiteral("customer_id")).toLongLong();
    customer.code = query.value(QStringLiteral("customer_code")).toString();
    customer.companyName = query.value(QStringLiteral("company_name")).toString();
    customer.contactName = query.value(QStringLiteral("contact_name")).toString();
    customer.contactTitle = query.value(QStringLiteral("contact_title")).toString();
    customer.address = query.value(QStringLiteral("address")).toString();
    customer.city = query.value(QStringLiteral("city")).toString();
    customer.region = query.value(QStringLiteral("region")).toString();
    customer.postalCode = query.value(QStringLiteral("postal_code")).toString();
    customer.country = query.value(QStringLiteral("country")).toString();
    customer.phone = query.value(QStringLiteral("phone")).toString();
    customer.currency = query.value(QStringLiteral("customer_currency")).toString();
    return customer;
}
