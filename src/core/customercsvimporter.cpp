#include "customercsvimporter.h"

#include "auditlog.h"
#include "csvrowreader.h"
#include "currency.h"
#include "transaction.h"

#include <QDateTime>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariantMap>

namespace {

// The customers columns an import writes, which are also the names of the
// CSV targets.
const QStringList Columns = {
    QStringLiteral("code"),        QStringLiteral("company_name"),
    QStringLiteral("contact_name"), QStringLiteral("contact_title"),
    QStringLiteral("address"),     QStringLiteral("city"),
    QStringLiteral("region"),      QStringLiteral("postal_code"),
    QStringLiteral("country"),     QStringLiteral("phone"),
    QStringLiteral("fax"),         QStringLiteral("currency"),
};

constexpr int MaxCodeLength = 20;

} // namespace

CustomerCsvImporter::CustomerCsvImporter(QSqlDatabase db, QString actor)
    : m_db(std::move(db))
    , m_actor(std::move(actor))
{
}

bool CustomerCsvImporter::check(const CsvImportFile &file, const CsvColumnMapping &mapping,
                                CsvImportSummary *summary, CsvImportProgress *progress,
                                QString *error)
{
    m_pending.clear();
    QHash<QString, Customer> firstByCode;

    for (const CsvImportFile::Row &row : file.rows()) {
        if (!progress->next())
            return false;

        Customer customer;
        if (!readRow(mapping, row, summary, &customer)) {
            summary->countRejected();
            continue;
        }

        // A code that appeared on an earlier line is the same customer
        // again: fine when identical, a problem otherwise.
        const QString code = customer.values.value(QStringLiteral("code"));
        const auto earlier = firstByCode.constFind(code);
        if (earlier != firstByCode.cend()) {
            const QString where = tr("line %1").arg(earlier->line);
            if (reportDifferences(customer, earlier->values, where, summary) > 0) {
                summary->countRejected();
            } else {
                summary->addRecord(row.line, CsvImportSummary::Status::AlreadyPresent,
                                   tr("Customer %1 is the same as on line %2.")
                                       .arg(code)
                                       .arg(earlier->line));
            }
            continue;
        }
        firstByCode.insert(code, customer);

        bool isNew = false;
        if (!compareWithStored(customer, summary, &isNew, error))
            return false;
        if (isNew)
            m_pending.append(customer);
    }
    return true;
}

bool CustomerCsvImporter::readRow(const CsvColumnMapping &mapping, const CsvImportFile::Row &row,
                                  CsvImportSummary *summary, Customer *customer) const
{
    CsvRowReader reader(mapping, row, summary);
    customer->line = row.line;

    for (const QString &column : Columns) {
        customer->values.insert(column, reader.text(column));
        if (mapping.isMapped(column))
            customer->mappedColumns << column;
    }

    const QString code = reader.required(QStringLiteral("code"));
    customer->values.insert(QStringLiteral("code"), code);
    if (code.size() > MaxCodeLength) {
        reader.addProblem(QStringLiteral("code"),
                          tr("The customer code “%1” has %2 characters; at most %3 are allowed.")
                              .arg(code)
                              .arg(code.size())
                              .arg(MaxCodeLength));
    }
    reader.required(QStringLiteral("company_name"));

    // Without a currency column every customer gets the default. An empty
    // cell in a mapped column is more likely an omission than a choice.
    QString currency = reader.trimmed(QStringLiteral("currency")).toUpper();
    if (!mapping.isMapped(QStringLiteral("currency"))) {
        currency = QString::fromLatin1(DefaultCurrency);
    } else if (currency.isEmpty()) {
        reader.addProblem(QStringLiteral("currency"),
                          tr("The currency is empty. Enter a 3-letter code such as CNY or "
                             "USD."));
    } else if (!Currency::find(currency)) {
        reader.addProblem(QStringLiteral("currency"),
                          tr("The currency “%1” is unknown. Use one of %2.")
                              .arg(reader.trimmed(QStringLiteral("currency")),
                                   QLocale().createSeparatedList(Currency::knownCodes())));
    }
    customer->values.insert(QStringLiteral("currency"), currency);
    return reader.problemCount() == 0;
}

bool CustomerCsvImporter::compareWithStored(const Customer &customer, CsvImportSummary *summary,
                                            bool *isNew, QString *error) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    const QString code = customer.values.value(QStringLiteral("code"));
    if (!query.prepare(QStringLiteral("SELECT id, %1 FROM customers WHERE code = :code")
                           .arg(Columns.join(QStringLiteral(", "))))) {
        *error = query.lastError().text();
        return false;
    }
    query.bindValue(QStringLiteral(":code"), code);
    if (!query.exec()) {
        *error = query.lastError().text();
        return false;
    }
    if (!query.next()) {
        *isNew = true;
        return true;
    }

    QHash<QString, QString> stored;
    for (const QString &column : Columns)
        stored.insert(column, query.value(column).toString());
    const qint64 id = query.value(QStringLiteral("id")).toLongLong();

    if (reportDifferences(customer, stored, tr("the database"), summary) > 0) {
        summary->countRejected();
        return true;
    }
    summary->addRecord(customer.line, CsvImportSummary::Status::AlreadyPresent,
                       tr("Customer %1 is already present with the same values.").arg(code), id);
    return true;
}

int CustomerCsvImporter::reportDifferences(const Customer &customer,
                                           const QHash<QString, QString> &other,
                                           const QString &otherName, CsvImportSummary *summary)
{
    int differences = 0;
    const QString code = customer.values.value(QStringLiteral("code"));
    for (const QString &column : customer.mappedColumns) {
        const QString value = customer.values.value(column);
        if (value == other.value(column))
            continue;
        ++differences;
        summary->addProblem(customer.line, column,
                            tr("Customer %1 exists with %2 “%3” in %4, but this line has "
                               "“%5”. An import never changes a customer: correct the file, "
                               "or edit the customer in the program.")
                                .arg(code, column, other.value(column), otherName, value));
    }
    return differences;
}

bool CustomerCsvImporter::write(CsvImportSummary *summary, CsvImportProgress *progress,
                                QString *error)
{
    QSqlQuery insert(m_db);
    if (!insert.prepare(QStringLiteral(
            "INSERT INTO customers (code, company_name, contact_name, contact_title, address, "
            "city, region, postal_code, country, phone, fax, currency, balance_minor, "
            "created_at, updated_at) VALUES (:code, :company_name, :contact_name, "
            ":contact_title, :address, :city, :region, :postal_code, :country, :phone, :fax, "
            ":currency, 0, :created_at, :updated_at)"))) {
        *error = insert.lastError().text();
        return false;
    }

    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    AuditLog audit(m_db);
    for (const Customer &customer : std::as_const(m_pending)) {
        if (!progress->next())
            return false;

        QVariantMap details;
        for (const QString &column : Columns) {
            insert.bindValue(QLatin1Char(':') + column, customer.values.value(column));
            details.insert(column, customer.values.value(column));
        }
        insert.bindValue(QStringLiteral(":created_at"), now);
        insert.bindValue(QStringLiteral(":updated_at"), now);

        // A savepoint per customer, so that a row the database rejects
        // leaves nothing behind while the others are still tried.
        const QString code = customer.values.value(QStringLiteral("code"));
        Transaction transaction(m_db);
        if (!transaction.begin()) {
            *error = transaction.error().text();
            return false;
        }
        QString writeError;
        qint64 id = 0;
        if (insert.exec()) {
            id = insert.lastInsertId().toLongLong();
            details.insert(QStringLiteral("source"), QStringLiteral("csv"));
            details.insert(QStringLiteral("line"), customer.line);
            audit.append(m_actor, QStringLiteral("customer.import"), QStringLiteral("customer"),
                         id, details, QString(), &writeError);
        } else {
            writeError = insert.lastError().text();
        }
        if (writeError.isEmpty() && !transaction.commit())
            writeError = transaction.error().text();
        if (!writeError.isEmpty()) {
            transaction.rollback();
            summary->addProblem(customer.line, QString(),
                                tr("Customer %1 was not written: %2").arg(code, writeError));
            summary->countRejected();
            continue;
        }
        summary->addRecord(customer.line, CsvImportSummary::Status::Added,
                           tr("Customer %1, %2.")
                               .arg(code, customer.values.value(QStringLiteral("company_name"))),
                           id);
    }
    return true;
}
