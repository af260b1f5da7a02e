#include "chargereportquery.h"

#include "logging.h"

#include <QSqlError>
#include <QSqlQuery>

namespace {

// Rows between two progress reports.
constexpr qsizetype ProgressInterval = 200;

// Appends "column IN (:name0, :name1, ...)" for a non-empty list.
// NOTE: SQLite allows 32766 bound values per statement (since 3.32), which
// bounds the number of values per filter.
void addInList(QStringList *conditions, ChargeReportQuery::BoundValues *values,
               const QString &column, const QString &name, const QVariantList &list)
{
    if (list.isEmpty())
        return;
    QStringList placeholders;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString placeholder = QStringLiteral(":%1_%2").arg(name).arg(i);
        placeholders << placeholder;
        values->append({placeholder, list.at(i)});
    }
    *conditions << QStringLiteral("%1 IN (%2)").arg(column, placeholders.join(QLatin1String(", ")));
}

QVariantList variants(const QStringList &list)
{
    QVariantList result;
    for (const QString &value : list)
        result << value;
    return result;
}

QVariantList variants(const QList<qint64> &list)
{
    QVariantList result;
    for (qint64 value : list)
        result << value;
    return result;
}

bool prepareAndExec(QSqlQuery &query, const QString &statement,
                    const ChargeReportQuery::BoundValues &values, QString *error)
{
    query.setForwardOnly(true);
    if (query.prepare(statement)) {
        for (const auto &value : values)
            query.bindValue(value.first, value.second);
        if (query.exec())
            return true;
    }
    *error = query.lastError().text();
    qCWarning(lcReport) << "Charge report query failed:" << *error;
    return false;
}

} // namespace

QString ChargeReportQuery::whereClause(const ChargeReportFilter &filter, BoundValues *values)
{
    QStringList conditions;

    // Entry dates are local calendar days, compared as UTC bounds on the
    // stored timestamps; the fixed-width ISO text sorts like the times.
    if (filter.dateBasis == ChargeReportFilter::DateBasis::EntryDate) {
        if (filter.from.isValid()) {
            conditions << QStringLiteral("charges.created_at >= :created_from");
            values->append({QStringLiteral(":created_from"),
                            ChargeReportFilter::startOfDayUtc(filter.from)});
        }
        if (filter.to.isValid()) {
            conditions << QStringLiteral("charges.created_at < :created_before");
            values->append({QStringLiteral(":created_before"),
                            ChargeReportFilter::startOfDayUtc(filter.to.addDays(1))});
        }
    } else {
        if (filter.from.isValid()) {
            conditions << QStringLiteral("charges.due_date >= :due_from");
            values->append({QStringLiteral(":due_from"), filter.from.toString(Qt::ISODate)});
        }
        if (filter.to.isValid()) {
            conditions << QStringLiteral("charges.due_date <= :due_to");
            values->append({QStringLiteral(":due_to"), filter.to.toString(Qt::ISODate)});
        }
    }

    addInList(&conditions, values, QStringLiteral("charges.customer_id"),
              QStringLiteral("customer"), variants(filter.customerIds));
    addInList(&conditions, values, QStringLiteral("charges.fee_type_code"),
              QStringLiteral("fee_type"), variants(filter.feeTypeCodes));
    addInList(&conditions, values, QStringLiteral("charges.reason_code"),
              QStringLiteral("reason"), variants(filter.reasonCodes));
    addInList(&conditions, values, QStringLiteral("charges.status"), QStringLiteral("status"),
              variants(filter.statuses));

    // Charges that wait for approval, and rejected ones, were never booked,
    // so the report leaves them out. The filter accepts posted and void only.
    if (filter.statuses.isEmpty())
        conditions << QStringLiteral("charges.status IN ('posted', 'void')");
    addInList(&conditions, values, QStringLiteral("charges.payment_method_code"),
              QStringLiteral("payment_method"), variants(filter.paymentMethodCodes));
    addInList(&conditions, values, QStringLiteral("charges.created_by"),
              QStringLiteral("created_by"), variants(filter.enteredBy));

    if (conditions.isEmpty())
        return QString();
    return QStringLiteral("WHERE ") + conditions.join(QLatin1String(" AND ")) + QLatin1Char(' ');
}

ReportQueryStatus ChargeReportQuery::run(const ChargeReportFilter &filter,
                                         ChargeReportData *data, QString *error,
                                         const ReportProgress &progress) const
{
    *data = ChargeReportData();

    if (const auto problem = filter.validate(m_db)) {
        *error = problem->message;
        return ReportQueryStatus::Failed;
    }

    BoundValues values;
    const QString where = whereClause(filter, &values);

    // The count gives the progress its total. A charge committed between
    // the two statements only makes the total one off.
    qsizetype total = 0;
    QString queryError;
    if (!countRows(where, values, &total, &queryError)) {
        *error = tr("The charges could not be read: %1").arg(queryError);
        return ReportQueryStatus::Failed;
    }
    if (!continueReport(progress, 0, total))
        return ReportQueryStatus::Canceled;

    const QString dateOrder = filter.dateBasis == ChargeReportFilter::DateBasis::EntryDate
                                  ? QStringLiteral("charges.created_at")
                                  : QStringLiteral("charges.due_date, charges.created_at");
    const QString statement = ChargeReportRow::selectClause(m_language) + where
                              + QStringLiteral("ORDER BY customers.code, %1, charges.id")
                                    .arg(dateOrder);
    QSqlQuery query(m_db);
    if (!prepareAndExec(query, statement, values, &queryError)) {
        *error = tr("The charges could not be read: %1").arg(queryError);
        return ReportQueryStatus::Failed;
    }

    qCInfo(lcReport) << "Charge report started:" << total << "charges";
    qsizetype done = 0;
    while (query.next()) {
        if (!data->add(ChargeReportRow::fromQuery(query), error)) {
            qCWarning(lcReport) << "Charge report stopped:" << *error;
            return ReportQueryStatus::Failed;
        }
        ++done;
        if (done % ProgressInterval == 0 && !continueReport(progress, done, qMax(done, total))) {
            qCInfo(lcReport) << "Charge report canceled after" << done << "charges";
            data->finish();
            return ReportQueryStatus::Canceled;
        }
    }
    if (query.lastError().isValid()) {
        *error = tr("The charges could not be read: %1").arg(query.lastError().text());
        qCWarning(lcReport) << "Charge report query failed:" << query.lastError().text();
        return ReportQueryStatus::Failed;
    }

    data->finish();
    continueReport(progress, done, done);
    qCInfo(lcReport) << "Charge report finished:" << done << "charges";
    return ReportQueryStatus::Completed;
}

bool ChargeReportQuery::countRows(const QString &where, const BoundValues &values,
                                  qsizetype *count, QString *error) const
{
    QSqlQuery query(m_db);
    if (!prepareAndExec(query,
                        QStringLiteral("SELECT COUNT(*) AS row_count FROM charges ") + where,
                        values, error)) {
        return false;
    }
    if (!query.next()) {
        *error = query.lastError().text();
        return false;
    }
    *count = query.value(QStringLiteral("row_count")).toLongLong();
    return true;
}
