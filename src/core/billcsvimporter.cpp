#include "billcsvimporter.h"

#include "billrepository.h"
#include "billwriter.h"
#include "csvrowreader.h"
#include "customerrepository.h"
#include "transaction.h"

#include <QVariantMap>
#include <QtNumeric>

#include <algorithm>

namespace {

constexpr int MaxBillNoLength = 40;

// bills.source of every bill this importer writes.
const QString Source = QStringLiteral("csv");

// Returns the bill_lines.kind that text names, or an empty string.
QString lineKind(const QString &text)
{
    const QString key = text.trimmed().toLower();
    if (key.isEmpty() || key == QLatin1String("goods") || key == QStringLiteral("商品")
        || key == QStringLiteral("货物") || key == QStringLiteral("貨物")) {
        return QStringLiteral("goods");
    }
    if (key == QLatin1String("freight") || key == QStringLiteral("运费")
        || key == QStringLiteral("運費")) {
        return QStringLiteral("freight");
    }
    return {};
}

QString isoDate(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

} // namespace

BillCsvImporter::BillCsvImporter(QSqlDatabase db, QString actor)
    : m_db(std::move(db))
    , m_actor(std::move(actor))
{
}

bool BillCsvImporter::check(const CsvImportFile &file, const CsvColumnMapping &mapping,
                            CsvImportSummary *summary, CsvImportProgress *progress,
                            QString *error)
{
    m_pending.clear();
    QList<Bill> bills;
    QHash<QString, qsizetype> indexByNumber;

    for (const CsvImportFile::Row &row : file.rows()) {
        if (!progress->next())
            return false;

        Bill header;
        Line line;
        const bool ok = readRow(mapping, row, summary, &header, &line, error);
        if (!error->isEmpty())
            return false;
        if (header.billNo.isEmpty()) {
            // Without a number the row belongs to no bill; it counts alone.
            summary->countRejected();
            continue;
        }

        const auto found = indexByNumber.constFind(header.billNo);
        if (found == indexByNumber.cend()) {
            indexByNumber.insert(header.billNo, bills.size());
            header.rejected = !ok;
            if (line.present)
                header.lines << line;
            bills << header;
            continue;
        }
        Bill &bill = bills[*found];
        const bool sameAsFirst = sameHeader(bill, header, summary);
        bill.rejected = bill.rejected || !ok || !sameAsFirst;
        if (line.present)
            bill.lines << line;
    }

    const bool numberedInFile = mapping.isMapped(QStringLiteral("line_no"));
    for (Bill &bill : bills) {
        if (bill.rejected || !complete(&bill, numberedInFile, summary)) {
            summary->countRejected();
            continue;
        }
        bool isNew = false;
        if (!compareWithStored(bill, summary, &isNew, error))
            return false;
        if (isNew)
            m_pending << bill;
    }
    return true;
}

bool BillCsvImporter::readRow(const CsvColumnMapping &mapping, const CsvImportFile::Row &row,
                              CsvImportSummary *summary, Bill *bill, Line *line, QString *error)
{
    CsvRowReader reader(mapping, row, summary);
    bill->line = row.line;
    line->fileLine = row.line;

    bill->billNo = reader.required(QStringLiteral("bill_no"));
    if (bill->billNo.size() > MaxBillNoLength) {
        reader.addProblem(QStringLiteral("bill_no"),
                          tr("The bill number “%1” has %2 characters; at most %3 are allowed.")
                              .arg(bill->billNo)
                              .arg(bill->billNo.size())
                              .arg(MaxBillNoLength));
    }
    bill->customerCode = reader.required(QStringLiteral("customer_code"));
    bill->issueDate = reader.date(QStringLiteral("issue_date")).value_or(QDate());
    bill->dueDate = reader.date(QStringLiteral("due_date")).value_or(QDate());
    bill->currencyText = reader.trimmed(QStringLiteral("currency")).toUpper();

    // Amounts are in the customer's currency. A currency column may only
    // confirm it.
    bill->currency = bill->currencyText;
    if (!bill->customerCode.isEmpty()) {
        const auto found = customer(bill->customerCode, error);
        if (!error->isEmpty())
            return false;
        if (!found) {
            reader.addProblem(QStringLiteral("customer_code"),
                              tr("Customer “%1” does not exist. Import the customers first, "
                                 "or correct the code.")
                                  .arg(bill->customerCode));
        } else if (!bill->currencyText.isEmpty() && bill->currencyText != found->currency) {
            reader.addProblem(QStringLiteral("currency"),
                              tr("The currency “%1” differs from customer %2's currency %3. "
                                 "A bill is in its customer's currency: leave the field empty "
                                 "or write %3.")
                                  .arg(bill->currencyText, found->code, found->currency));
        } else {
            bill->customerId = found->id;
            bill->currency = found->currency;
        }
    }

    static const QStringList lineTargets = {
        QStringLiteral("line_no"),    QStringLiteral("kind"),
        QStringLiteral("description"), QStringLiteral("quantity"),
        QStringLiteral("unit_price"), QStringLiteral("discount_percent"),
        QStringLiteral("amount"),
    };
    line->present = std::any_of(lineTargets.cbegin(), lineTargets.cend(),
                                [&](const QString &target) {
                                    return !reader.trimmed(target).isEmpty();
                                });
    if (!line->present)
        return reader.problemCount() == 0;

    line->lineNo = int(reader.count(QStringLiteral("line_no"), 0).value_or(0));
    if (mapping.isMapped(QStringLiteral("line_no")) && line->lineNo == 0)
        reader.required(QStringLiteral("line_no"));

    line->kind = lineKind(reader.text(QStringLiteral("kind")));
    if (line->kind.isEmpty()) {
        reader.addProblem(QStringLiteral("kind"),
                          tr("The line kind “%1” is unknown. Write goods or freight, or leave "
                             "it empty for goods.")
                              .arg(reader.trimmed(QStringLiteral("kind"))));
    }
    line->description = reader.text(QStringLiteral("description"));
    line->quantity = reader.count(QStringLiteral("quantity"), 1).value_or(0);
    line->discountBasisPoints =
        reader.discountBasisPoints(QStringLiteral("discount_percent")).value_or(0);

    // Without a known currency the price cannot be read, and the customer's
    // problem is reported already.
    if (!bill->currency.isEmpty()) {
        const auto price = reader.amount(QStringLiteral("unit_price"), bill->currency);
        if (price)
            line->unitPriceMinor = price->minorUnits();
    }

    // price x quantity x (10000 - discount in basis points), then one
    // rounding to the minor unit. An amount above Money's maximum would fit
    // the column, but Money::parse() rejects it, so an export of the bill
    // could not be imported again.
    if (reader.problemCount() == 0) {
        qint64 exact = 0;
        const bool overflows =
            qMulOverflow(line->unitPriceMinor, line->quantity, &exact)
            || qMulOverflow(exact, qint64(10000 - line->discountBasisPoints), &exact);
        const qint64 amount = overflows ? 0 : Money::roundHalfUp(exact, 10000);
        const qint64 maximum = Money::maxMinorUnits(bill->currency);
        if (overflows || amount > maximum) {
            reader.addProblem(QStringLiteral("quantity"),
                              tr("The line amount of %1 × %2 is more than %3, the largest "
                                 "amount a bill line may have. Check the quantity and the unit "
                                 "price, or split the line.")
                                  .arg(line->quantity)
                                  .arg(Money(line->unitPriceMinor, bill->currency).format(),
                                       Money(maximum, bill->currency).format()));
        } else {
            line->amountMinor = amount;
        }
    }

    // An amount in the file must confirm the computation, because a bill
    // whose source system rounded differently would not add up.
    if (reader.problemCount() == 0 && !reader.trimmed(QStringLiteral("amount")).isEmpty()) {
        const auto given = reader.amount(QStringLiteral("amount"), bill->currency);
        if (given && given->minorUnits() != line->amountMinor) {
            reader.addProblem(QStringLiteral("amount"),
                              tr("The line amount %1 differs from %2, which is unit price × "
                                 "quantity × (1 − discount) rounded half-up. Correct the "
                                 "amount, the price, the quantity or the discount.")
                                  .arg(given->format(),
                                       Money(line->amountMinor, bill->currency).format()));
        }
    }
    return reader.problemCount() == 0;
}

bool BillCsvImporter::sameHeader(const Bill &bill, const Bill &row, CsvImportSummary *summary)
{
    const QList<std::tuple<QString, QString, QString>> fields = {
        {QStringLiteral("customer_code"), bill.customerCode, row.customerCode},
        {QStringLiteral("issue_date"), isoDate(bill.issueDate), isoDate(row.issueDate)},
        {QStringLiteral("due_date"), isoDate(bill.dueDate), isoDate(row.dueDate)},
        {QStringLiteral("currency"), bill.currencyText, row.currencyText},
    };
    bool same = true;
    for (const auto &[field, first, here] : fields) {
        if (first == here)
            continue;
        same = false;
        summary->addProblem(row.line, field,
                            tr("Bill %1 has %2 “%3” on line %4 but “%5” on this line. Every "
                               "line of a bill must repeat the same bill header.")
                                .arg(bill.billNo, field, first)
                                .arg(bill.line)
                                .arg(here));
    }
    return same;
}

bool BillCsvImporter::complete(Bill *bill, bool numberedInFile, CsvImportSummary *summary)
{
    bool ok = true;
    if (bill->dueDate < bill->issueDate) {
        summary->addProblem(bill->line, QStringLiteral("due_date"),
                            tr("Bill %1 is due on %2, before its issue date %3. Correct one of "
                               "the dates.")
                                .arg(bill->billNo, isoDate(bill->dueDate),
                                     isoDate(bill->issueDate)));
        ok = false;
    }

    if (numberedInFile) {
        std::stable_sort(bill->lines.begin(), bill->lines.end(),
                         [](const Line &a, const Line &b) { return a.lineNo < b.lineNo; });
        for (qsizetype i = 1; i < bill->lines.size(); ++i) {
            const Line &line = bill->lines.at(i);
            if (line.lineNo != bill->lines.at(i - 1).lineNo)
                continue;
            summary->addProblem(line.fileLine, QStringLiteral("line_no"),
                                tr("Bill %1 has line number %2 twice, on lines %3 and %4. "
                                   "Give each line of a bill its own number.")
                                    .arg(bill->billNo)
                                    .arg(line.lineNo)
                                    .arg(bill->lines.at(i - 1).fileLine)
                                    .arg(line.fileLine));
            ok = false;
        }
    } else {
        for (qsizetype i = 0; i < bill->lines.size(); ++i)
            bill->lines[i].lineNo = int(i + 1);
    }

    // NOTE: only each line is kept within Money's maximum. The total of many
    // lines may exceed it, and only a qint64 overflow is rejected.
    bill->totalMinor = 0;
    for (const Line &line : std::as_const(bill->lines)) {
        if (qAddOverflow(bill->totalMinor, line.amountMinor, &bill->totalMinor)) {
            summary->addProblem(bill->line, QStringLiteral("unit_price"),
                                tr("The total of bill %1 is too large to store. Check its "
                                   "amounts.")
                                    .arg(bill->billNo));
            return false;
        }
    }
    return ok;
}

bool BillCsvImporter::compareWithStored(const Bill &bill, CsvImportSummary *summary,
                                        bool *isNew, QString *error) const
{
    const BillRepository repository(m_db);
    const auto stored = repository.findByNumber(bill.billNo, error);
    if (!error->isEmpty())
        return false;
    if (!stored) {
        *isNew = true;
        return true;
    }
    const QList<BillLineRecord> storedLines = repository.linesOfBill(stored->id, error);
    if (!error->isEmpty())
        return false;

    // Each difference: the field, the stored value and the file's value.
    QList<std::tuple<QString, QString, QString>> differences;
    if (stored->customerId != bill.customerId)
        differences.append({QStringLiteral("customer_code"), tr("another customer"),
                            bill.customerCode});
    if (stored->issueDate != bill.issueDate)
        differences.append({QStringLiteral("issue_date"), isoDate(stored->issueDate),
                            isoDate(bill.issueDate)});
    if (stored->dueDate != bill.dueDate)
        differences.append({QStringLiteral("due_date"), isoDate(stored->dueDate),
                            isoDate(bill.dueDate)});
    if (storedLines.size() != bill.lines.size()) {
        differences.append({QStringLiteral("line_no"),
                            tr("%n line(s)", nullptr, int(storedLines.size())),
                            tr("%n line(s)", nullptr, int(bill.lines.size()))});
    }
    for (qsizetype i = 0; i < qMin(storedLines.size(), bill.lines.size()); ++i) {
        const BillLineRecord &old = storedLines.at(i);
        const Line &line = bill.lines.at(i);
        const QList<std::tuple<QString, QString, QString>> fields = {
            {QStringLiteral("line_no"), QString::number(old.lineNo), QString::number(line.lineNo)},
            {QStringLiteral("kind"), old.kind, line.kind},
            {QStringLiteral("description"), old.description, line.description},
            {QStringLiteral("quantity"), QString::number(old.quantity),
             QString::number(line.quantity)},
            {QStringLiteral("unit_price"), old.unitPrice.toPlainString(),
             Money(line.unitPriceMinor, bill.currency).toPlainString()},
            {QStringLiteral("discount_percent"), QString::number(old.discountBasisPoints),
             QString::number(line.discountBasisPoints)},
        };
        for (const auto &[field, storedValue, fileValue] : fields) {
            if (storedValue != fileValue)
                differences.append({field, storedValue, fileValue});
        }
    }

    if (differences.isEmpty()) {
        summary->addRecord(bill.line, CsvImportSummary::Status::AlreadyPresent,
                           tr("Bill %1 is already present with the same lines.")
                               .arg(bill.billNo),
                           stored->id);
        return true;
    }
    for (const auto &[field, storedValue, fileValue] : differences) {
        summary->addProblem(bill.line, field,
                            tr("Bill %1 exists with %2 “%3” in the database, but the file has "
                               "“%4”. An import never changes a bill: correct the file.")
                                .arg(bill.billNo, field, storedValue, fileValue));
    }
    summary->countRejected();
    return true;
}

std::optional<CustomerRecord> BillCsvImporter::customer(const QString &code, QString *error)
{
    const auto cached = m_customers.constFind(code);
    if (cached != m_customers.cend())
        return *cached;
    const auto found = CustomerRepository(m_db).findByCode(code, error);
    if (error->isEmpty())
        m_customers.insert(code, found);
    return found;
}

bool BillCsvImporter::write(CsvImportSummary *summary, CsvImportProgress *progress,
                            QString *error)
{
    BillWriter writer(m_db, m_actor);
    for (const Bill &bill : std::as_const(m_pending)) {
        if (!progress->next())
            return false;

        BillWriter::Bill record;
        record.billNo = bill.billNo;
        record.customerId = bill.customerId;
        record.issueDate = bill.issueDate;
        record.dueDate = bill.dueDate;
        record.currency = bill.currency;
        record.source = Source;
        record.totalMinor = bill.totalMinor;
        for (const Line &line : bill.lines) {
            record.lines << BillWriter::Line{line.lineNo, line.kind, line.description,
                                             line.quantity, line.unitPriceMinor,
                                             line.discountBasisPoints, line.amountMinor};
        }

        // A savepoint per bill, so that a bill the database rejects halfway
        // leaves nothing behind while the others are still tried.
        Transaction transaction(m_db);
        if (!transaction.begin()) {
            *error = transaction.error().text();
            return false;
        }
        qint64 billId = 0;
        QString writeError;
        const QVariantMap details = {{QStringLiteral("line"), bill.line}};
        if (!writer.write(record, details, &billId, &writeError) || !transaction.commit()) {
            if (writeError.isEmpty())
                writeError = transaction.error().text();
            transaction.rollback();
            summary->addProblem(bill.line, QString(),
                                tr("Bill %1 was not written: %2").arg(bill.billNo, writeError));
            summary->countRejected();
            continue;
        }

        summary->billLinesAdded += int(bill.lines.size());
        summary->addRecord(bill.line, CsvImportSummary::Status::Added,
                           tr("Bill %1 of %2: %n line(s), total %3.", nullptr,
                              int(bill.lines.size()))
                               .arg(bill.billNo, bill.customerCode,
                                    Money(bill.totalMinor, bill.currency).format()),
                           billId);
    }
    return true;
}
