#include "storedtotalsrecomputer.h"

#include "logging.h"

#include <QList>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

struct StoredTotalsRecomputer::TotalsCheck
{
    const char *table;

    // Selects id, currency, optionally row_name (IntegrityMismatch::rowName)
    // and, for each column c, stored_c and sum_c.
    QString statement;
    QList<const char *> columns;

    // The count of checked rows to raise, or nullptr when another pass
    // counts the table's rows.
    qint64 IntegrityResult::*count;
};

namespace {

using TotalsCheck = StoredTotalsRecomputer::TotalsCheck;

// COALESCE turns the NULL sum of no rows into 0.
const QList<TotalsCheck> &totalsChecks()
{
    static const QList<TotalsCheck> checks = {
        {"charges",
         QStringLiteral(
             "SELECT c.id, c.currency, c.paid_minor AS stored_paid_minor, "
             "(SELECT COALESCE(SUM(p.amount_minor), 0) FROM payments p "
             "WHERE p.charge_id = c.id AND p.status = 'posted') AS sum_paid_minor "
             "FROM charges c ORDER BY c.id"),
         {"paid_minor"},
         nullptr},
        {"installments",
         QStringLiteral(
             "SELECT i.id, i.currency, i.paid_minor AS stored_paid_minor, "
             "(SELECT COALESCE(SUM(p.amount_minor), 0) FROM payments p "
             "WHERE p.installment_id = i.id AND p.status = 'posted') AS sum_paid_minor "
             "FROM installments i ORDER BY i.id"),
         {"paid_minor"},
         &IntegrityResult::installments},
        {"bills",
         QStringLiteral(
             "SELECT b.id, b.currency, b.bill_no AS row_name, "
             "b.lines_total_minor AS stored_lines_total_minor, "
             "(SELECT COALESCE(SUM(l.amount_minor), 0) FROM bill_lines l "
             "WHERE l.bill_id = b.id) AS sum_lines_total_minor, "
             "b.charges_total_minor AS stored_charges_total_minor, "
             "(SELECT COALESCE(SUM(c.amount_minor), 0) FROM charges c "
             "WHERE c.bill_id = b.id AND c.status = 'posted') AS sum_charges_total_minor, "
             "b.paid_minor AS stored_paid_minor, "
             "(SELECT COALESCE(SUM(p.amount_minor), 0) FROM payments p "
             "WHERE p.bill_id = b.id AND p.status = 'posted') AS sum_paid_minor "
             "FROM bills b ORDER BY b.id"),
         {"lines_total_minor", "charges_total_minor", "paid_minor"},
         &IntegrityResult::bills},
        {"customers",
         QStringLiteral(
             "SELECT cu.id, cu.currency, cu.code AS row_name, "
             "cu.balance_minor AS stored_balance_minor, "
             "(SELECT COALESCE(SUM(l.amount_minor), 0) FROM bill_lines l "
             "JOIN bills b ON b.id = l.bill_id "
             "WHERE b.customer_id = cu.id AND b.currency = cu.currency) "
             "+ (SELECT COALESCE(SUM(c.amount_minor), 0) FROM charges c "
             "WHERE c.customer_id = cu.id AND c.status = 'posted' "
             "AND c.currency = cu.currency) "
             "- (SELECT COALESCE(SUM(p.amount_minor), 0) FROM payments p "
             "WHERE p.customer_id = cu.id AND p.status = 'posted' "
             "AND p.currency = cu.currency) AS sum_balance_minor "
             "FROM customers cu ORDER BY cu.id"),
         {"balance_minor"},
         &IntegrityResult::customers},
    };
    return checks;
}

} // namespace

ReportQueryStatus StoredTotalsRecomputer::run(IntegrityProgress &progress,
                                              IntegrityResult *result, QString *error)
{
    for (const TotalsCheck &totals : totalsChecks()) {
        const ReportQueryStatus status = check(totals, progress, result, error);
        if (status != ReportQueryStatus::Completed)
            return status;
    }
    return ReportQueryStatus::Completed;
}

ReportQueryStatus StoredTotalsRecomputer::check(const TotalsCheck &totals,
                                                IntegrityProgress &progress,
                                                IntegrityResult *result, QString *error)
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    bool ok = query.prepare(totals.statement) && query.exec();

    // The positions of the columns, looked up by name once per query.
    const QSqlRecord record = query.record();
    const int idColumn = record.indexOf(QStringLiteral("id"));
    const int currencyColumn = record.indexOf(QStringLiteral("currency"));
    const int nameColumn = record.indexOf(QStringLiteral("row_name"));
    QList<QPair<int, int>> sumColumns; // stored_c and sum_c, by totals.columns
    for (const char *column : totals.columns) {
        const QString name = QLatin1String(column);
        sumColumns.append({record.indexOf(QStringLiteral("stored_") + name),
                           record.indexOf(QStringLiteral("sum_") + name)});
    }

    while (ok && query.next()) {
        const qint64 id = query.value(idColumn).toLongLong();
        for (qsizetype i = 0; i < totals.columns.size(); ++i) {
            const qint64 stored = query.value(sumColumns.at(i).first).toLongLong();
            const qint64 recomputed = query.value(sumColumns.at(i).second).toLongLong();
            if (stored == recomputed)
                continue;

            IntegrityMismatch mismatch;
            mismatch.kind = IntegrityMismatch::Kind::StoredTotal;
            mismatch.table = QLatin1String(totals.table);
            mismatch.rowId = id;
            if (nameColumn >= 0)
                mismatch.rowName = query.value(nameColumn).toString();
            mismatch.column = QLatin1String(totals.columns.at(i));
            mismatch.stored = QString::number(stored);
            mismatch.expected = QString::number(recomputed);
            mismatch.currency = query.value(currencyColumn).toString();
            result->mismatches << mismatch;
        }
        if (totals.count)
            ++(result->*totals.count);
        if (!progress.next())
            return ReportQueryStatus::Canceled;
    }
    if (!ok || query.lastError().isValid()) {
        *error = tr("Could not recompute the stored totals of %1: %2")
                     .arg(QLatin1String(totals.table), query.lastError().text());
        qCWarning(lcDatabase) << "Recomputing" << totals.table
                              << "failed:" << query.lastError().text();
        return ReportQueryStatus::Failed;
    }
    return ReportQueryStatus::Completed;
}
