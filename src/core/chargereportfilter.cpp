#include "chargereportfilter.h"

#include "dateformat.h"
#include "logging.h"
#include "lookuprepository.h"
#include "translations.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace {

// Up to this many customers a header names them by code and company name,
// and above it by code only.
constexpr int MaxNamedCustomers = 5;
// A header lists at most this many customers and counts the rest.
constexpr int MaxListedCustomers = 20;

// Returns the values that column of table lacks. The table and column come
// from the fixed names in this file; the values are bound.
QStringList missingValues(QSqlDatabase db, const QString &table, const QString &column,
                          const QStringList &values, QString *error)
{
    QStringList placeholders;
    for (qsizetype i = 0; i < values.size(); ++i)
        placeholders << QStringLiteral(":value%1").arg(i);

    QSqlQuery query(db);
    query.setForwardOnly(true);
    const QString statement = QStringLiteral("SELECT %1 AS value FROM %2 WHERE %1 IN (%3)")
                                  .arg(column, table, placeholders.join(QLatin1String(", ")));
    if (!query.prepare(statement)) {
        *error = query.lastError().text();
        return {};
    }
    for (qsizetype i = 0; i < values.size(); ++i)
        query.bindValue(placeholders.at(i), values.at(i));
    if (!query.exec()) {
        *error = query.lastError().text();
        return {};
    }

    QSet<QString> found;
    while (query.next())
        found.insert(query.value(QStringLiteral("value")).toString());
    QStringList missing;
    for (const QString &value : values) {
        if (!found.contains(value))
            missing << value;
    }
    return missing;
}

struct CustomerName
{
    QString code;
    QString companyName;
};

QList<CustomerName> customerNames(QSqlDatabase db, const QList<qint64> &ids)
{
    QStringList placeholders;
    for (qsizetype i = 0; i < ids.size(); ++i)
        placeholders << QStringLiteral(":id%1").arg(i);

    QList<CustomerName> names;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    const QString statement = QStringLiteral("SELECT code, company_name FROM customers "
                                             "WHERE id IN (%1) ORDER BY code")
                                  .arg(placeholders.join(QLatin1String(", ")));
    if (!query.prepare(statement)) {
        qCWarning(lcReport) << "Customer name query failed:" << query.lastError().text();
        return names;
    }
    for (qsizetype i = 0; i < ids.size(); ++i)
        query.bindValue(placeholders.at(i), ids.at(i));
    if (!query.exec()) {
        qCWarning(lcReport) << "Customer name query failed:" << query.lastError().text();
        return names;
    }
    while (query.next()) {
        names << CustomerName{query.value(QStringLiteral("code")).toString(),
                              query.value(QStringLiteral("company_name")).toString()};
    }
    return names;
}

QStringList labels(const LookupRepository &lookups, LookupRepository::Table table,
                   const QStringList &codes, UiLanguage language)
{
    QStringList result;
    for (const QString &code : codes)
        result << lookups.label(table, code, language);
    return result;
}

} // namespace

std::optional<ChargeReportFilter::Problem> ChargeReportFilter::validate(QSqlDatabase db) const
{
    if (from.isValid() && to.isValid() && from > to) {
        return Problem{Field::Period,
                       tr("The period starts on %1, after its end on %2. Choose a start date "
                          "on or before the end date.")
                           .arg(formatDate(from), formatDate(to))};
    }

    for (const QString &status : statuses) {
        if (status != QLatin1String("posted") && status != QLatin1String("void")) {
            return Problem{Field::Statuses,
                           tr("Unknown status “%1”. Use posted or void.").arg(status)};
        }
    }

    QString error;
    if (!customerIds.isEmpty()) {
        QStringList ids;
        for (qint64 id : customerIds)
            ids << QString::number(id);
        const QStringList missing = missingValues(db, QStringLiteral("customers"),
                                                  QStringLiteral("id"), ids, &error);
        if (error.isEmpty() && !missing.isEmpty()) {
            return Problem{Field::Customers,
                           tr("Customer ID %1 not found. Choose customers from the list.")
                               .arg(missing.constFirst())};
        }
    }

    const struct
    {
        Field field;
        LookupRepository::Table table;
        const QStringList &codes;
    } lookups[] = {
        {Field::FeeTypes, LookupRepository::Table::FeeTypes, feeTypeCodes},
        {Field::Reasons, LookupRepository::Table::ChargeReasons, reasonCodes},
        {Field::PaymentMethods, LookupRepository::Table::PaymentMethods, paymentMethodCodes},
    };
    for (const auto &lookup : lookups) {
        if (!error.isEmpty() || lookup.codes.isEmpty())
            continue;
        const QStringList missing = missingValues(db, LookupRepository::tableName(lookup.table),
                                                  QStringLiteral("code"), lookup.codes, &error);
        if (!error.isEmpty() || missing.isEmpty())
            continue;

        QStringList known;
        const auto entries = LookupRepository(db).entries(lookup.table, UiLanguage::English);
        for (const LookupRepository::Entry &entry : entries)
            known << entry.code;
        const QString message = lookup.field == Field::FeeTypes
            ? tr("Unknown fee type code “%1”. Known codes: %2.")
            : lookup.field == Field::Reasons ? tr("Unknown charge reason code “%1”. Known codes: %2.")
                                             : tr("Unknown payment method code “%1”. Known "
                                                  "codes: %2.");
        return Problem{lookup.field, message.arg(missing.constFirst(),
                                                 QLocale().createSeparatedList(known))};
    }

    if (!error.isEmpty()) {
        qCWarning(lcReport) << "Charge report filter check failed:" << error;
        return Problem{Field::Period,
                       tr("The filters could not be checked because the database reported an "
                          "error: %1").arg(error),
                       true};
    }
    return std::nullopt;
}

QStringList ChargeReportFilter::describe(QSqlDatabase db, UiLanguage language) const
{
    const QLocale locale = Translations::locale(language);
    const LookupRepository lookups(db);
    QStringList lines;
    lines << periodLine(locale);

    if (!customerIds.isEmpty()) {
        const QList<CustomerName> names = customerNames(db, customerIds);
        QStringList listed;
        for (const CustomerName &name : names) {
            if (listed.size() == MaxListedCustomers)
                break;
            listed << (names.size() <= MaxNamedCustomers
                           ? tr("%1 %2", "customer code and company name")
                                 .arg(name.code, name.companyName)
                           : name.code);
        }
        QString line = tr("Customers: %1").arg(locale.createSeparatedList(listed));
        if (names.size() > listed.size())
            line += QLatin1Char(' ') + tr("and %n more", nullptr, int(names.size() - listed.size()));
        lines << line;
    }
    if (!feeTypeCodes.isEmpty()) {
        lines << tr("Fee types: %1")
                     .arg(locale.createSeparatedList(labels(
                         lookups, LookupRepository::Table::FeeTypes, feeTypeCodes, language)));
    }
    if (!reasonCodes.isEmpty()) {
        lines << tr("Reasons: %1")
                     .arg(locale.createSeparatedList(labels(
                         lookups, LookupRepository::Table::ChargeReasons, reasonCodes, language)));
    }
    if (!statuses.isEmpty()) {
        QStringList statusLabels;
        for (const QString &status : statuses)
            statusLabels << statusLabel(status);
        lines << tr("Statuses: %1").arg(locale.createSeparatedList(statusLabels));
    }
    if (!paymentMethodCodes.isEmpty()) {
        lines << tr("Payment methods: %1")
                     .arg(locale.createSeparatedList(labels(lookups,
                                                            LookupRepository::Table::PaymentMethods,
                                                            paymentMethodCodes, language)));
    }
    if (!enteredBy.isEmpty())
        lines << tr("Entered by: %1").arg(locale.createSeparatedList(enteredBy));
    return lines;
}

QString ChargeReportFilter::periodLine(const QLocale &locale) const
{
    const QString basis = dateBasis == DateBasis::EntryDate ? tr("entry date") : tr("due date");
    if (from.isValid() && to.isValid()) {
        return tr("Period: %1 – %2 (%3)")
            .arg(formatDate(from, locale), formatDate(to, locale), basis);
    }
    if (from.isValid())
        return tr("Period: from %1 (%2)").arg(formatDate(from, locale), basis);
    if (to.isValid())
        return tr("Period: up to %1 (%2)").arg(formatDate(to, locale), basis);
    return tr("Period: all dates");
}

QString ChargeReportFilter::startOfDayUtc(const QDate &day)
{
    // startOfDay() takes the first valid moment of the day where a time
    // zone change skips midnight.
    return day.startOfDay(Qt::LocalTime).toUTC().toString(Qt::ISODateWithMs);
}

QDate ChargeReportFilter::localDate(const QDateTime &utc)
{
    return utc.toLocalTime().date();
}

QString ChargeReportFilter::statusLabel(const QString &status)
{
    if (status == QLatin1String("posted"))
        return tr("Posted");
    if (status == QLatin1String("void"))
        return tr("Void");
    return status;
}
