#pragma once

#include <QSqlQuery>
#include <QString>
#include <QStringList>

// A customer's name and postal details, as statements and notices print
// them.
struct ReportCustomer
{
    qint64 id = 0;
    QString code;
    QString companyName;
    QString contactName;
    QString contactTitle;
    QString address;
    QString city;
    QString region;
    QString postalCode;
    QString country;
    QString phone;
    QString currency;

    // Returns the postal address as lines: the street, then postal code,
    // city and region, then the country. Empty parts are left out.
    QStringList addressLines() const;

    // Returns the columns fromQuery() reads, for a SELECT on a query that
    // joins the customers table.
    static QString selectColumns();

    // Returns selectColumns() without customer_id, customer_code and
    // company_name, for a query that selects those already, as
    // ChargeReportRow::selectClause() does.
    static QString contactColumns();

    // Reads the columns of selectColumns() from the current row.
    static ReportCustomer fromQuery(const QSqlQuery &query);
};
