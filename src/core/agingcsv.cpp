#include "agingcsv.h"

#include "reportcsvfile.h"

namespace {

using Kind = CsvWriter::FieldKind;

// The first four columns are text, the amounts after them numbers.
constexpr int TextColumnCount = 4;

QList<Kind> columnKinds()
{
    QList<Kind> kinds;
    const qsizetype count = AgingCsv::header().size();
    for (qsizetype column = 0; column < count; ++column)
        kinds << (column < TextColumnCount ? Kind::Text : Kind::NumberOrDate);
    return kinds;
}

QStringList record(const QString &rowType, const AgingRow &row)
{
    QStringList fields = {rowType, row.customerCode, row.customerName, row.currency};
    for (int bucket = 0; bucket < AgingBucketCount; ++bucket)
        fields << row.bucket(AgingBucket(bucket)).toPlainString();
    fields << row.total().toPlainString();
    return fields;
}

} // namespace

QStringList AgingCsv::header()
{
    return {QStringLiteral("row_type"), QStringLiteral("customer_code"),
            QStringLiteral("customer_name"), QStringLiteral("currency"),
            QStringLiteral("not_due"), QStringLiteral("d1_30"),
            QStringLiteral("d31_60"), QStringLiteral("d61_90"),
            QStringLiteral("over_90"), QStringLiteral("total")};
}

void AgingCsv::write(const AgingData &data, QTextStream &out,
                     CsvWriter::ByteOrderMark byteOrderMark)
{
    const QList<Kind> kinds = columnKinds();
    CsvWriter writer(out, byteOrderMark);
    writer.writeRow(header());
    for (const QString &currency : data.currencies()) {
        for (const AgingRow &row : data.rowsIn(currency))
            writer.writeRow(record(QStringLiteral("customer"), row), kinds);
        writer.writeRow(record(QStringLiteral("total"), data.totalIn(currency)), kinds);
    }
}

bool AgingCsv::writeFile(const AgingData &data, const QString &path, QString *error)
{
    return ReportCsvFile::write(
        path,
        [&data](QTextStream &out) { write(data, out, CsvWriter::ByteOrderMark::Write); },
        error);
}
