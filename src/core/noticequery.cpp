#include "noticequery.h"

#include "logging.h"

#include <QLocale>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace {

// Charge ids bound in one statement, well below SQLite's limit of bound
// values per statement.
constexpr qsizetype ChunkSize = 500;

QString idList(const QList<qint64> &ids)
{
    QStringList texts;
    for (qint64 id : ids)
        texts << QString::number(id);
    return QLocale().createSeparatedList(texts);
}

} // namespace

ReportQueryStatus NoticeQuery::run(const QList<qint64> &chargeIds, QList<ChargeNotice> *notices,
                                   QString *error, const ReportProgress &progress) const
{
    notices->clear();

    QList<qint64> ids;
    QSet<qint64> seen;
    for (qint64 id : chargeIds) {
        if (!seen.contains(id)) {
            seen.insert(id);
            ids << id;
        }
    }
    if (ids.isEmpty()) {
        *error = tr("No charges were chosen. Choose the charges to print notices for.");
        return ReportQueryStatus::Failed;
    }

    qCInfo(lcReport) << "Notice query started for" << ids.size() << "charges";
    QSet<qint64> found;
    QList<qint64> voidIds;
    for (qsizetype start = 0; start < ids.size(); start += ChunkSize) {
        if (!continueReport(progress, start, ids.size()))
            return ReportQueryStatus::Canceled;

        const QList<qint64> chunk = ids.mid(start, ChunkSize);
        QStringList placeholders;
        for (qsizetype i = 0; i < chunk.size(); ++i)
            placeholders << QStringLiteral(":id%1").arg(i);
        const QString statement
            = ChargeReportRow::selectClause(m_language, ReportCustomer::contactColumns())
              + QStringLiteral("WHERE charges.id IN (%1)")
                    .arg(placeholders.join(QLatin1String(", ")));

        QSqlQuery query(m_db);
        query.setForwardOnly(true);
        bool ok = query.prepare(statement);
        for (qsizetype i = 0; ok && i < chunk.size(); ++i)
            query.bindValue(placeholders.at(i), chunk.at(i));
        ok = ok && query.exec();
        if (!ok) {
            qCWarning(lcReport) << "Notice query failed:" << query.lastError().text();
            *error = tr("The charges could not be read from the database: %1")
                         .arg(query.lastError().text());
            return ReportQueryStatus::Failed;
        }
        while (query.next()) {
            ChargeNotice notice;
            notice.customer = ReportCustomer::fromQuery(query);
            notice.charge = ChargeReportRow::fromQuery(query);
            found.insert(notice.charge.chargeId);
            if (notice.charge.isVoid())
                voidIds << notice.charge.chargeId;
            else
                notices->append(notice);
        }
    }

    QList<qint64> missingIds;
    for (qint64 id : std::as_const(ids)) {
        if (!found.contains(id))
            missingIds << id;
    }
    QStringList problems;
    if (!missingIds.isEmpty()) {
        problems << tr("Charges not found: %1. Check the charge numbers.", nullptr,
                       int(missingIds.size()))
                        .arg(idList(missingIds));
    }
    if (!voidIds.isEmpty()) {
        std::sort(voidIds.begin(), voidIds.end());
        problems << tr("No notice for void charges: %1. Leave them out of the list.", nullptr,
                       int(voidIds.size()))
                        .arg(idList(voidIds));
    }
    if (!problems.isEmpty()) {
        notices->clear();
        *error = problems.join(QLatin1Char(' '));
        qCWarning(lcReport) << "Notice query rejected:" << *error;
        return ReportQueryStatus::Failed;
    }

    std::stable_sort(notices->begin(), notices->end(),
                     [](const ChargeNotice &a, const ChargeNotice &b) {
                         if (a.customer.code != b.customer.code)
                             return a.customer.code < b.customer.code;
                         return a.charge.chargeId < b.charge.chargeId;
                     });
    continueReport(progress, ids.size(), ids.size());
    qCInfo(lcReport) << "Notice query finished with" << notices->size() << "notices";
    return ReportQueryStatus::Completed;
}

bool NoticeQuery::postedChargeIds(qint64 customerId, QList<qint64> *ids, QString *error) const
{
    ids->clear();
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    bool ok = query.prepare(QStringLiteral("SELECT id FROM charges WHERE customer_id = :customer "
                                           "AND status = 'posted' ORDER BY created_at, id"));
    query.bindValue(QStringLiteral(":customer"), customerId);
    ok = ok && query.exec();
    if (!ok) {
        qCWarning(lcReport) << "Posted charge query for customer" << customerId
                              << "failed:" << query.lastError().text();
        *error = tr("The charges could not be read from the database: %1")
                     .arg(query.lastError().text());
        return false;
    }
    while (query.next())
        *ids << query.value(QStringLiteral("id")).toLongLong();
    return true;
}
