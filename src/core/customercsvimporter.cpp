#include "customercsvimporter.h"

#include "auditlog.h"
#include "batchedinsert.h"
#include "csvrowreader.h"
#include "currency.h"
#include "logging.h"
#include "sqlstatement.h"
#include "transaction.h"

#include <QDateTime>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariantMap>

#include <algorithm>

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

// The INSERT of customers up to VALUES, and the values of one row: the
// columns above, a zero balance, then created_at and updated_at.
const QString InsertStart = QStringLiteral(
    "INSERT INTO customers (code, company_name, contact_name, contact_title, address, city, "
    "region, postal_code, country, phone, fax, currency, balance_minor, created_at, "
    "updated_at) VALUES ");
const QString ValuesMarks = QStringLiteral("(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)");

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
    // A SqlStatement, so that the import's statement cache compiles the
    // query once per file instead of once per row.
    static const QString select
        = QStringLiteral("SELECT id, %1 FROM customers WHERE code = :code")
              .arg(Columns.join(QStringLiteral(", ")));
    SqlStatement statement(m_db, select);
    QSqlQuery &query = *statement;
    const QString code = customer.values.value(QStringLiteral("code"));
    if (!statement.isPrepared()) {
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
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    const qsizetype batchSize = BatchedInsert::RowsPerStatement;
    for (qsizetype first = 0; first < m_pending.size(); first += batchSize) {
        const qsizetype count = std::min(batchSize, m_pending.size() - first);

        // A batch the database rejects is written again one customer at a
        // time, so that the problem names its line and the others go in.
        QList<qint64> ids;
        if (!writeBatch(first, count, now, &ids, error))
            return false;
        const bool batchWritten = !ids.isEmpty();
        for (qsizetype i = 0; i < count; ++i) {
            if (!progress->next())
                return false;
            const Customer &customer = m_pending.at(first + i);
            qint64 id = batchWritten ? ids.at(i) : 0;
            if (!batchWritten && !writeOne(customer, now, &id, summary, error))
                return false;
            if (id == 0)
                continue;
            summary->addRecord(customer.line, CsvImportSummary::Status::Added,
                               tr("Customer %1, %2.")
                                   .arg(customer.values.value(QStringLiteral("code")),
                                        customer.values.value(QStringLiteral("company_name"))),
                               id);
        }
    }
    return true;
}

bool CustomerCsvImporter::writeBatch(qsizetype first, qsizetype count, const QString &now,
                                     QList<qint64> *ids, QString *error)
{
    // One INSERT for many customers, because SQLite's full-text index
    // customer_search writes its pending terms to disk at the start of
    // every statement that writes to it. One statement per customer wrote
    // an index segment per customer. The savepoint keeps a rejected batch
    // from leaving anything behind.
    ids->clear();
    Transaction transaction(m_db);
    if (!transaction.begin()) {
        *error = transaction.error().text();
        return false;
    }

    QStringList rows;
    for (qsizetype i = 0; i < count; ++i)
        rows << ValuesMarks;
    SqlStatement statement(m_db, InsertStart + rows.join(QStringLiteral(", "))
                                     + QStringLiteral(" RETURNING id, code"));
    QSqlQuery &insert = *statement;
    bool written = statement.isPrepared();
    int index = 0;
    for (qsizetype i = first; written && i < first + count; ++i) {
        for (const QString &column : Columns)
            insert.bindValue(index++, m_pending.at(i).values.value(column));
        insert.bindValue(index++, now);
        insert.bindValue(index++, now);
    }

    // RETURNING gives the rows in no set order, so ids are matched by code.
    QHash<QString, qint64> idByCode;
    written = written && insert.exec();
    while (written && insert.next()) {
        idByCode.insert(insert.value(QStringLiteral("code")).toString(),
                        insert.value(QStringLiteral("id")).toLongLong());
    }
    QString problem = insert.lastError().isValid() ? insert.lastError().text() : QString();
    if (written && problem.isEmpty() && idByCode.size() != count) {
        problem = QStringLiteral("the insert returned %1 ids for %2 customers")
                      .arg(idByCode.size())
                      .arg(count);
    }
    written = written && problem.isEmpty();
    insert.finish();

    AuditLog audit(m_db);
    for (qsizetype i = first; written && i < first + count; ++i) {
        const Customer &customer = m_pending.at(i);
        const qint64 id = idByCode.value(customer.values.value(QStringLiteral("code")));
        written = audit.append(m_actor, QStringLiteral("customer.import"),
                               QStringLiteral("customer"), id, auditDetails(customer), QString(),
                               &problem);
        ids->append(id);
    }
    if (written && transaction.commit())
        return true;

    transaction.rollback();
    ids->clear();
    qCWarning(lcImport) << "Customers of lines" << m_pending.at(first).line << "to"
                        << m_pending.at(first + count - 1).line
                        << "rejected as a batch, written one at a time:" << problem;
    return true;
}

bool CustomerCsvImporter::writeOne(const Customer &customer, const QString &now, qint64 *id,
                                   CsvImportSummary *summary, QString *error)
{
    SqlStatement statement(m_db, InsertStart + ValuesMarks);
    QSqlQuery &insert = *statement;
    if (!statement.isPrepared()) {
        *error = insert.lastError().text();
        return false;
    }
    int index = 0;
    for (const QString &column : Columns)
        insert.bindValue(index++, customer.values.value(column));
    insert.bindValue(index++, now);
    insert.bindValue(index++, now);

    // A savepoint per customer, so that a row the database rejects
    // leaves nothing behind while the others are still tried.
    const QString code = customer.values.value(QStringLiteral("code"));
    Transaction transaction(m_db);
    if (!transaction.begin()) {
        *error = transaction.error().text();
        return false;
    }
    QString writeError;
    *id = 0;
    if (insert.exec()) {
        const qint64 insertedId = insert.lastInsertId().toLongLong();
        insert.finish();
        AuditLog audit(m_db);
        if (audit.append(m_actor, QStringLiteral("customer.import"), QStringLiteral("customer"),
                         insertedId, auditDetails(customer), QString(), &writeError)) {
            *id = insertedId;
        }
    } else {
        writeError = insert.lastError().text();
    }
    if (writeError.isEmpty() && !transaction.commit())
        writeError = transaction.error().text();
    if (!writeError.isEmpty()) {
        transaction.rollback();
        *id = 0;
        summary->addProblem(customer.line, QString(),
                            tr("Customer %1 was not written: %2").arg(code, writeError));
        summary->countRejected();
    }
    return true;
}

QVariantMap CustomerCsvImporter::auditDetails(const Customer &customer)
{
    QVariantMap details;
    for (const QString &column : Columns)
        details.insert(column, customer.values.value(column));
    details.insert(QStringLiteral("source"), QStringLiteral("csv"));
    details.insert(QStringLiteral("line"), customer.line);
    return details;
}
