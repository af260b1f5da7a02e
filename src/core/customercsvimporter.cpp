#include "customercsvimporter.h"

#include "auditlog.h"
#include "batchedinsert.h"
#include "csvrowreader.h"
#include "currency.h"
#include "logging.h"
#include "sqlstatement.h"
#include "storedcustomers.h"
#include "transaction.h"

#include <QDateTime>
#include <QHash>
#include <QLocale>
#include <QSet>
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

// Indexes into Columns and Customer::values.
constexpr qsizetype CodeColumn = 0;
constexpr qsizetype CompanyNameColumn = 1;
constexpr qsizetype CurrencyColumn = 11;

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
    m_mappedColumns.clear();
    for (qsizetype column = 0; column < Columns.size(); ++column) {
        if (mapping.isMapped(Columns.at(column)))
            m_mappedColumns << column;
    }

    StoredCustomers stored(m_db, Columns);
    if (!stored.read(codesOf(file, mapping, summary), error))
        return false;

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
        const QString code = customer.values.at(CodeColumn);
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

        if (compareWithStored(customer, stored, summary))
            m_pending.append(customer);
    }
    return true;
}

QStringList CustomerCsvImporter::codesOf(const CsvImportFile &file,
                                         const CsvColumnMapping &mapping,
                                         CsvImportSummary *summary)
{
    QStringList codes;
    QSet<QString> seen;
    for (const CsvImportFile::Row &row : file.rows()) {
        const QString code = CsvRowReader(mapping, row, summary).trimmed(QStringLiteral("code"));
        if (!seen.contains(code)) {
            seen.insert(code);
            codes.append(code);
        }
    }
    return codes;
}

bool CustomerCsvImporter::readRow(const CsvColumnMapping &mapping, const CsvImportFile::Row &row,
                                  CsvImportSummary *summary, Customer *customer) const
{
    CsvRowReader reader(mapping, row, summary);
    customer->line = row.line;

    customer->values.reserve(Columns.size());
    for (const QString &column : Columns)
        customer->values.append(reader.text(column));
    customer->mappedColumns = m_mappedColumns;

    const QString code = reader.required(QStringLiteral("code"));
    customer->values[CodeColumn] = code;
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
    customer->values[CurrencyColumn] = currency;
    return reader.problemCount() == 0;
}

bool CustomerCsvImporter::compareWithStored(const Customer &customer,
                                            const StoredCustomers &stored,
                                            CsvImportSummary *summary)
{
    const QString code = customer.values.at(CodeColumn);
    const StoredCustomers::Customer *existing = stored.find(code);
    if (!existing)
        return true;

    if (reportDifferences(customer, existing->values, tr("the database"), summary) > 0) {
        summary->countRejected();
        return false;
    }
    summary->addRecord(customer.line, CsvImportSummary::Status::AlreadyPresent,
                       tr("Customer %1 is already present with the same values.").arg(code),
                       existing->id);
    return false;
}

int CustomerCsvImporter::reportDifferences(const Customer &customer, const QStringList &other,
                                           const QString &otherName, CsvImportSummary *summary)
{
    int differences = 0;
    const QString code = customer.values.at(CodeColumn);
    for (const qsizetype column : customer.mappedColumns) {
        const QString &value = customer.values.at(column);
        if (value == other.at(column))
            continue;
        ++differences;
        const QString &name = Columns.at(column);
        summary->addProblem(customer.line, name,
                            tr("Customer %1 exists with %2 “%3” in %4, but this line has "
                               "“%5”. An import never changes a customer: correct the file, "
                               "or edit the customer in the program.")
                                .arg(code, name, other.at(column), otherName, value));
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
                                      .arg(customer.values.at(CodeColumn),
                                        customer.values.at(CompanyNameColumn)),
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
        for (const QString &value : m_pending.at(i).values)
            insert.bindValue(index++, value);
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

    QList<AuditLog::Entry> auditEntries;
    auditEntries.reserve(count);
    for (qsizetype i = first; written && i < first + count; ++i) {
        const Customer &customer = m_pending.at(i);
        const qint64 id = idByCode.value(customer.values.at(CodeColumn));
        auditEntries.append({id, auditDetails(customer)});
        ids->append(id);
    }
    written = written
              && AuditLog(m_db).appendAll(m_actor, QStringLiteral("customer.import"),
                                          QStringLiteral("customer"), auditEntries, QString(),
                                          &problem);
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
    for (const QString &value : customer.values)
        insert.bindValue(index++, value);
    insert.bindValue(index++, now);
    insert.bindValue(index++, now);

    // A savepoint per customer, so that a row the database rejects
    // leaves nothing behind while the others are still tried.
    const QString code = customer.values.at(CodeColumn);
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
    for (qsizetype column = 0; column < Columns.size(); ++column)
        details.insert(Columns.at(column), customer.values.at(column));
    details.insert(QStringLiteral("source"), QStringLiteral("csv"));
    details.insert(QStringLiteral("line"), customer.line);
    return details;
}
