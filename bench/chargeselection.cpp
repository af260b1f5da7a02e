#include "chargeselection.h"

#include <QSqlError>
#include <QSqlQuery>

qsizetype ChargeSelection::select(const QSqlDatabase &db, qsizetype rows,
                                  ChargeReportFilter *filter, QString *error)
{
    // The report lists posted and void charges; pending and rejected ones
    // were never booked (see ChargeReportQuery::whereClause()).
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(QStringLiteral(
            "SELECT customers.id AS customer_id, COUNT(charges.id) AS charge_count "
            "FROM customers JOIN charges ON charges.customer_id = customers.id "
            "WHERE charges.status IN ('posted', 'void') "
            "GROUP BY customers.id ORDER BY customers.id"))
        || !query.exec()) {
        *error = query.lastError().text();
        return -1;
    }

    filter->customerIds.clear();
    qsizetype selected = 0;
    while (selected < rows && query.next()) {
        const qsizetype count = query.value(QStringLiteral("charge_count")).toLongLong();
        if (selected + count > rows)
            continue;
        filter->customerIds.append(query.value(QStringLiteral("customer_id")).toLongLong());
        selected += count;
    }
    if (query.lastError().isValid()) {
        *error = query.lastError().text();
        return -1;
    }
    return selected;
}
