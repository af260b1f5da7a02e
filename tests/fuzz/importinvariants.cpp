#include "importinvariants.h"

#include "csvrowreader.h"
#include "fuzzsupport.h"

#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <tuple>

namespace {

using Status = CsvImportSummary::Status;

// Returns the bill number of row as the bill importer reads it.
QString billNumber(const CsvColumnMapping &mapping, const CsvImportFile::Row &row)
{
    CsvImportSummary scratch;
    return CsvRowReader(mapping, row, &scratch).trimmed(QStringLiteral("bill_no"));
}

QString tableOf(CsvImportKind kind)
{
    switch (kind) {
    case CsvImportKind::Customers:
        return QStringLiteral("customers");
    case CsvImportKind::Bills:
        return QStringLiteral("bills");
    case CsvImportKind::Charges:
        break;
    }
    return QStringLiteral("charges");
}

// The parts of the entries that check() and run() must agree on.
QList<std::tuple<int, Status, QString, CsvImportSummary::Problem>>
outcomeOf(const CsvImportSummary &summary)
{
    QList<std::tuple<int, Status, QString, CsvImportSummary::Problem>> outcome;
    for (const CsvImportSummary::Entry &entry : summary.sortedEntries())
        outcome.append({entry.line, entry.status, entry.field, entry.problem});
    return outcome;
}

} // namespace

ImportInvariants::ImportInvariants(CsvImportKind kind, QString description)
    : m_kind(kind)
    , m_description(std::move(description))
{
}

void ImportInvariants::checkSummary(const CsvImportSummary &summary,
                                    const CsvImportFile &file) const
{
    const QString context = describe(summary);
    FUZZ_CHECK(!summary.canceled, context);
    FUZZ_CHECK(!summary.databaseFailure, context);

    if (!summary.fileError.isEmpty()) {
        FUZZ_CHECK(!summary.written && summary.added == 0 && summary.alreadyPresent == 0
                       && summary.rejected == 0,
                   context);
        for (const CsvImportSummary::Entry &entry : summary.entries)
            FUZZ_CHECK(entry.problem == CsvImportSummary::Problem::File, context);
        return;
    }
    FUZZ_CHECK(file.isValid(), context);

    // Lines with an entry, counted by status.
    QSet<int> reportedLines;
    int added = 0;
    int alreadyPresent = 0;
    for (const CsvImportSummary::Entry &entry : summary.entries) {
        reportedLines.insert(entry.line);
        added += entry.status == Status::Added ? 1 : 0;
        alreadyPresent += entry.status == Status::AlreadyPresent ? 1 : 0;
        // A record already present on an earlier line of the file has no id.
        if (entry.status != Status::AlreadyPresent) {
            const bool hasId = entry.recordId != 0;
            FUZZ_CHECK(hasId == (entry.status == Status::Added && summary.written), context);
        }
    }
    FUZZ_CHECK(summary.added == added && summary.alreadyPresent == alreadyPresent, context);
    FUZZ_CHECK((summary.rejected > 0) == summary.hasProblems(), context);
    FUZZ_CHECK(summary.added + summary.alreadyPresent + summary.rejected
                   == recordCount(summary, file),
               QStringLiteral("%1 records; %2").arg(recordCount(summary, file)).arg(context));

    // The rows of a bill form one record, so an entry on any of them
    // reports them all.
    QSet<int> rowLines;
    QHash<int, QString> billOfLine;
    QSet<QString> reportedBills;
    for (const CsvImportFile::Row &row : file.rows()) {
        rowLines.insert(row.line);
        if (m_kind != CsvImportKind::Bills)
            continue;
        const QString bill = billNumber(summary.mapping, row);
        billOfLine.insert(row.line, bill);
        if (!bill.isEmpty() && reportedLines.contains(row.line))
            reportedBills.insert(bill);
    }
    for (const CsvImportFile::Row &row : file.rows()) {
        const QString bill = billOfLine.value(row.line);
        const bool reported = reportedLines.contains(row.line)
                              || (!bill.isEmpty() && reportedBills.contains(bill));
        FUZZ_CHECK(reported, QStringLiteral("line %1 is not reported; %2").arg(row.line)
                                 .arg(context));
    }
    for (const int line : std::as_const(reportedLines)) {
        FUZZ_CHECK(rowLines.contains(line),
                   QStringLiteral("an entry on line %1, which starts no row; %2").arg(line)
                       .arg(context));
    }

    const bool clean = summary.rejected == 0 && !summary.hasProblems();
    FUZZ_CHECK(summary.written == (!summary.dryRun && clean), context);
}

void ImportInvariants::checkSameOutcome(const CsvImportSummary &checked,
                                        const CsvImportSummary &imported) const
{
    const QString context = QStringLiteral("check(): %1\nrun(): %2")
                                .arg(describe(checked), describe(imported));
    FUZZ_CHECK(checked.fileError.isEmpty() == imported.fileError.isEmpty(), context);
    FUZZ_CHECK(checked.added == imported.added && checked.alreadyPresent == imported.alreadyPresent
                   && checked.rejected == imported.rejected
                   && checked.billLinesAdded == imported.billLinesAdded,
               context);
    FUZZ_CHECK(outcomeOf(checked) == outcomeOf(imported), context);
}

void ImportInvariants::checkDatabase(const CsvImportSummary &summary,
                                     const DatabaseState &before, const DatabaseState &after,
                                     const QSqlDatabase &db) const
{
    const QString context = QStringLiteral("before: %1\nafter: %2\n%3")
                                .arg(before.toString(), after.toString(), describe(summary));
    if (!summary.written) {
        FUZZ_CHECK(after == before, context);
        return;
    }

    FUZZ_CHECK(after.wrongBillTotals == 0 && after.wrongBillChargeTotals == 0
                   && after.wrongBalances == 0 && after.amountsOverMaximum == 0,
               context);
    const qint64 newVoids = after.voidCharges - before.voidCharges;
    DatabaseState expected = before;
    switch (m_kind) {
    case CsvImportKind::Customers:
        expected.customers += summary.added;
        expected.auditRecords += summary.added;
        break;
    case CsvImportKind::Bills:
        expected.bills += summary.added;
        expected.billLines += summary.billLinesAdded;
        expected.auditRecords += summary.added;
        expected.billTotals = after.billTotals;
        expected.balances += after.billTotals - before.billTotals;
        break;
    case CsvImportKind::Charges:
        // A void charge is written with an audit record and voided with one.
        expected.charges += summary.added;
        expected.voidCharges = after.voidCharges;
        expected.auditRecords += summary.added + newVoids;
        expected.postedCharges = after.postedCharges;
        expected.billChargeTotals = after.billChargeTotals;
        expected.balances += after.postedCharges - before.postedCharges;
        break;
    }
    FUZZ_CHECK(after == expected, QStringLiteral("expected: %1\n%2")
                                      .arg(expected.toString(), context));

    QSqlQuery query(db);
    const QString sql = QStringLiteral("SELECT COUNT(*) FROM %1 WHERE id = :id")
                            .arg(tableOf(m_kind));
    FUZZ_CHECK(query.prepare(sql), query.lastError().text());
    for (const CsvImportSummary::Entry &entry : summary.entries) {
        if (entry.status != Status::Added)
            continue;
        query.bindValue(QStringLiteral(":id"), entry.recordId);
        FUZZ_CHECK(query.exec() && query.next(), query.lastError().text());
        FUZZ_CHECK(query.value(0).toLongLong() == 1,
                   QStringLiteral("record %1 of line %2 is not in the database; %3")
                       .arg(entry.recordId)
                       .arg(entry.line)
                       .arg(context));
    }
}

void ImportInvariants::checkReimport(const CsvImportSummary &again, const DatabaseState &before,
                                     const DatabaseState &after) const
{
    const QString context = QStringLiteral("import again; before: %1\nafter: %2\n%3")
                                .arg(before.toString(), after.toString(), describe(again));
    FUZZ_CHECK(again.fileError.isEmpty() && again.added == 0 && again.rejected == 0
                   && !again.hasProblems(),
               context);
    FUZZ_CHECK(after == before, context);
}

qsizetype ImportInvariants::recordCount(const CsvImportSummary &summary,
                                        const CsvImportFile &file) const
{
    if (m_kind != CsvImportKind::Bills)
        return file.rows().size();

    QSet<QString> bills;
    qsizetype rowsWithoutNumber = 0;
    for (const CsvImportFile::Row &row : file.rows()) {
        const QString bill = billNumber(summary.mapping, row);
        if (bill.isEmpty())
            ++rowsWithoutNumber;
        else
            bills.insert(bill);
    }
    return bills.size() + rowsWithoutNumber;
}

QString ImportInvariants::describe(const CsvImportSummary &summary) const
{
    QString text = m_description;
    if (!summary.fileError.isEmpty())
        text += QStringLiteral("\nfile error: ") + FuzzSupport::escaped(summary.fileError);
    text += QStringLiteral("\nadded %1, already present %2, rejected %3, written %4")
                .arg(summary.added)
                .arg(summary.alreadyPresent)
                .arg(summary.rejected)
                .arg(summary.written);
    for (const CsvImportSummary::Entry &entry : summary.sortedEntries()) {
        text += QStringLiteral("\nline %1 status %2 id %3 %4: %5")
                    .arg(entry.line)
                    .arg(int(entry.status))
                    .arg(entry.recordId)
                    .arg(entry.field, FuzzSupport::escaped(entry.message));
    }
    return text;
}
