#include "integritychecker.h"

#include "auditchainverifier.h"
#include "audittrailcomparer.h"
#include "logging.h"
#include "storedtotalsrecomputer.h"

#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>

IntegrityResult IntegrityChecker::run(const ReportProgress &progress)
{
    qCInfo(lcDatabase) << "Integrity check started on" << m_db.connectionName();
    QElapsedTimer timer;
    timer.start();

    IntegrityResult result;
    const qint64 total = countRows(&result.errorMessage);
    if (total < 0) {
        result.status = ReportQueryStatus::Failed;
        return result;
    }
    IntegrityProgress counter(progress, total);
    if (!counter.finish()) {
        result.status = ReportQueryStatus::Canceled;
        return result;
    }

    QString error;
    result.status = AuditChainVerifier(m_db).run(counter, &result, &error);
    AuditTrailComparer comparer(m_db);
    if (result.status == ReportQueryStatus::Completed)
        result.status = comparer.compareCharges(counter, &result, &error);
    if (result.status == ReportQueryStatus::Completed)
        result.status = comparer.comparePayments(counter, &result, &error);
    if (result.status == ReportQueryStatus::Completed)
        result.status = StoredTotalsRecomputer(m_db).run(counter, &result, &error);
    if (result.status == ReportQueryStatus::Completed && !counter.finish())
        result.status = ReportQueryStatus::Canceled;

    switch (result.status) {
    case ReportQueryStatus::Completed:
        qCInfo(lcDatabase) << "Integrity check completed in" << timer.elapsed() << "ms:"
                           << result.auditRecords << "audit records," << result.charges
                           << "charges," << result.payments << "payments," << result.bills
                           << "bills," << result.customers << "customers,"
                           << result.mismatches.size() << "mismatches";
        break;
    case ReportQueryStatus::Canceled:
        qCInfo(lcDatabase) << "Integrity check canceled after" << timer.elapsed() << "ms";
        break;
    case ReportQueryStatus::Failed:
        result.errorMessage = error;
        qCWarning(lcDatabase) << "Integrity check failed:" << error;
        break;
    }
    return result;
}

qint64 IntegrityChecker::countRows(QString *error)
{
    // The charges are read twice: against the audit log and for their paid
    // amounts. Table names are literals.
    const QList<QPair<const char *, int>> passes = {
        {"audit_log", 1}, {"charges", 2}, {"payments", 1},
        {"installments", 1}, {"bills", 1}, {"customers", 1},
    };

    qint64 total = 0;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    for (const auto &[table, times] : passes) {
        if (!query.exec(QStringLiteral("SELECT COUNT(*) AS row_count FROM %1")
                            .arg(QLatin1String(table)))
            || !query.next()) {
            *error = tr("Could not count the rows of %1: %2")
                         .arg(QLatin1String(table), query.lastError().text());
            qCWarning(lcDatabase) << "Counting" << table << "failed:" << query.lastError().text();
            return -1;
        }
        total += times * query.value(QStringLiteral("row_count")).toLongLong();
        query.finish();
    }
    return total;
}
