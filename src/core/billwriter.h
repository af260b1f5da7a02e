#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QVariantMap>

// Writes one new bill with its lines, an audit record (bill.import) and
// the customer's stored balance, inside the caller's transaction. The
// caller has checked the values: the lines' amounts are rounded and the
// total is their sum.
class BillWriter
{
    Q_DECLARE_TR_FUNCTIONS(BillWriter)

public:
    struct Line
    {
        int lineNo = 0;
        QString kind; // "goods" or "freight"
        QString description;
        qint64 quantity = 1;
        qint64 unitPriceMinor = 0;
        int discountBasisPoints = 0;
        qint64 amountMinor = 0;
    };

    struct Bill
    {
        QString billNo;
        qint64 customerId = 0;
        QDate issueDate;
        QDate dueDate;
        QString currency;
        QString source; // bills.source, e.g. "csv"
        QList<Line> lines;
        qint64 totalMinor = 0; // the sum of the lines' amounts
    };

    BillWriter(QSqlDatabase db, QString actor);

    // Inserts bill and its lines, appends the audit record with details
    // added to the bill's values, and adds the total to the customer's
    // balance. Returns false with *error when a statement fails or the
    // balance would overflow; the caller then rolls back.
    bool write(const Bill &bill, const QVariantMap &details, qint64 *billId, QString *error);

private:
    bool insertLines(qint64 billId, const QList<Line> &lines, QString *error);
    bool addToBalance(qint64 customerId, qint64 amountMinor, QString *error);

    QSqlDatabase m_db;
    QString m_actor;
};
