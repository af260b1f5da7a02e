#pragma once

#include "integritychecker.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QString>
#include <QStringList>

// Checks that a database is whole after many writes: the storage engine's
// own integrity check, one audit record per charge, unique request keys,
// and every stored total equal to the rows it sums. These queries are
// written apart from the product's IntegrityChecker, which runs as one more
// check. Each check returns one line per problem, naming the rows and
// values, and nothing when all agree.
class LedgerCheck
{
public:
    explicit LedgerCheck(QSqlDatabase db) : m_db(std::move(db)) {}

    // Returns what PRAGMA integrity_check and PRAGMA foreign_key_check
    // report on SQLite. Other backends are skipped, because the server
    // checks its own storage.
    QStringList integrityProblems() const
    {
        if (m_db.driverName() != QLatin1String("QSQLITE"))
            return {};

        QStringList problems;
        QSqlQuery query(m_db);
        if (!query.exec(QStringLiteral("PRAGMA integrity_check")))
            return {query.lastError().text()};
        while (query.next()) {
            if (query.value(0).toString() != QLatin1String("ok"))
                problems << QStringLiteral("integrity_check: ") + query.value(0).toString();
        }
        return problems + rows(QStringLiteral("foreign_key_check"),
                               QStringLiteral("PRAGMA foreign_key_check"));
    }

    // Returns each charge without exactly one charge.add audit record, and
    // each charge audit record whose charge does not exist.
    QStringList auditProblems() const
    {
        const QString auditCount = QStringLiteral(
            "(SELECT COUNT(*) FROM audit_log a WHERE a.entity = 'charge' "
            "AND a.action = 'charge.add' AND a.entity_id = c.id)");
        return rows(QStringLiteral("charge without one audit record"),
                    QStringLiteral("SELECT c.id AS charge_id, c.request_key AS request_key, ")
                        + auditCount + QStringLiteral(" AS audit_records FROM charges c WHERE ")
                        + auditCount + QStringLiteral(" <> 1"))
            + rows(QStringLiteral("audit record without its charge"),
                   QStringLiteral("SELECT a.id AS audit_id, a.entity_id AS charge_id "
                                  "FROM audit_log a WHERE a.entity = 'charge' AND NOT EXISTS "
                                  "(SELECT 1 FROM charges c WHERE c.id = a.entity_id)"));
    }

    // Returns each request key that more than one charge carries.
    QStringList requestKeyProblems() const
    {
        return rows(QStringLiteral("request key used twice"),
                    QStringLiteral("SELECT request_key, COUNT(*) AS charges FROM charges "
                                   "GROUP BY request_key HAVING COUNT(*) > 1"));
    }

    // Returns each stored total that differs from the sum of its rows. The
    // totals are a bill's lines, posted charges and posted payments, a
    // customer's balance (bill lines plus posted charges minus posted
    // payments), and the paid amounts of charges and installments.
    QStringList storedTotalProblems() const
    {
        const QString billLines = QStringLiteral(
            "(SELECT COALESCE(SUM(l.amount_minor), 0) FROM bill_lines l "
            "WHERE l.bill_id = b.id)");
        const QString billCharges = QStringLiteral(
            "(SELECT COALESCE(SUM(c.amount_minor), 0) FROM charges c "
            "WHERE c.bill_id = b.id AND c.status = 'posted')");
        const QString billPayments = QStringLiteral(
            "(SELECT COALESCE(SUM(p.amount_minor), 0) FROM payments p "
            "WHERE p.bill_id = b.id AND p.status = 'posted')");
        const QString balance = QStringLiteral(
            "(SELECT COALESCE(SUM(l.amount_minor), 0) FROM bill_lines l "
            " JOIN bills b ON b.id = l.bill_id WHERE b.customer_id = k.id) "
            "+ (SELECT COALESCE(SUM(c.amount_minor), 0) FROM charges c "
            "   WHERE c.customer_id = k.id AND c.status = 'posted') "
            "- (SELECT COALESCE(SUM(p.amount_minor), 0) FROM payments p "
            "   WHERE p.customer_id = k.id AND p.status = 'posted')");
        const QString chargePaid = QStringLiteral(
            "(SELECT COALESCE(SUM(p.amount_minor), 0) FROM payments p "
            "WHERE p.charge_id = c.id AND p.status = 'posted')");
        const QString installmentPaid = QStringLiteral(
            "(SELECT COALESCE(SUM(p.amount_minor), 0) FROM payments p "
            "WHERE p.installment_id = i.id AND p.status = 'posted')");

        return rows(QStringLiteral("bill totals"),
                    QStringLiteral("SELECT b.id AS bill_id, b.lines_total_minor, ") + billLines
                        + QStringLiteral(" AS lines_sum, b.charges_total_minor, ") + billCharges
                        + QStringLiteral(" AS charges_sum, b.paid_minor, ") + billPayments
                        + QStringLiteral(" AS payments_sum FROM bills b WHERE "
                                         "b.lines_total_minor <> ")
                        + billLines + QStringLiteral(" OR b.charges_total_minor <> ")
                        + billCharges + QStringLiteral(" OR b.paid_minor <> ") + billPayments)
            + rows(QStringLiteral("customer balance"),
                   QStringLiteral("SELECT k.id AS customer_id, k.balance_minor, ") + balance
                       + QStringLiteral(" AS computed FROM customers k WHERE k.balance_minor <> ")
                       + balance)
            + rows(QStringLiteral("charge paid amount"),
                   QStringLiteral("SELECT c.id AS charge_id, c.paid_minor, ") + chargePaid
                       + QStringLiteral(" AS payments_sum FROM charges c WHERE c.paid_minor <> ")
                       + chargePaid)
            + rows(QStringLiteral("installment paid amount"),
                   QStringLiteral("SELECT i.id AS installment_id, i.paid_minor, ")
                       + installmentPaid
                       + QStringLiteral(" AS payments_sum FROM installments i "
                                        "WHERE i.paid_minor <> ")
                       + installmentPaid);
    }

    // Returns what the product's own IntegrityChecker finds: a broken audit
    // chain, a charge or payment that differs from its audit records, or a
    // stored total that differs from its rows.
    QStringList productCheckProblems() const
    {
        const IntegrityResult result = IntegrityChecker(m_db).run();
        QStringList problems;
        if (result.status != ReportQueryStatus::Completed)
            problems << QStringLiteral("IntegrityChecker failed: ") + result.errorMessage;
        for (const IntegrityMismatch &mismatch : result.mismatches)
            problems << QStringLiteral("IntegrityChecker: ") + mismatch.description();
        return problems;
    }

    // Returns every problem that the checks above find.
    QStringList problems() const
    {
        return integrityProblems() + auditProblems() + requestKeyProblems()
               + storedTotalProblems() + productCheckProblems();
    }

private:
    // Runs sql and returns each row as "label: column=value, ...", or the
    // error when the statement fails.
    QStringList rows(const QString &label, const QString &sql) const
    {
        QSqlQuery query(m_db);
        query.setForwardOnly(true);
        if (!query.exec(sql))
            return {label + QStringLiteral(": query failed: ") + query.lastError().text()};

        QStringList lines;
        while (query.next()) {
            const QSqlRecord record = query.record();
            QStringList fields;
            for (int column = 0; column < record.count(); ++column)
                fields << record.fieldName(column) + QLatin1Char('=')
                              + query.value(column).toString();
            lines << label + QStringLiteral(": ") + fields.join(QStringLiteral(", "));
        }
        return lines;
    }

    QSqlDatabase m_db;
};
