#include "integritycsv.h"

#include "reportcsvfile.h"

QStringList IntegrityCsv::header()
{
    return {QStringLiteral("kind"),         QStringLiteral("table"),
            QStringLiteral("row_id"),       QStringLiteral("row_name"),
            QStringLiteral("column"),       QStringLiteral("stored_value"),
            QStringLiteral("expected_value"), QStringLiteral("currency"),
            QStringLiteral("audit_id"),     QStringLiteral("message")};
}

void IntegrityCsv::write(const IntegrityResult &result, QTextStream &out,
                         CsvWriter::ByteOrderMark byteOrderMark)
{
    using Kind = CsvWriter::FieldKind;
    CsvWriter writer(out, byteOrderMark);
    writer.writeRow(header());
    for (const IntegrityMismatch &mismatch : result.mismatches) {
        // An amount is a number and stays unguarded, so that "-100" remains
        // a number. Other stored values are text from the database.
        const Kind valueKind = mismatch.currency.isEmpty() ? Kind::Text : Kind::NumberOrDate;
        writer.writeRow(
            {
                IntegrityMismatch::kindCode(mismatch.kind),
                mismatch.table,
                QString::number(mismatch.rowId),
                mismatch.rowName,
                mismatch.column,
                mismatch.stored,
                mismatch.expected,
                mismatch.currency,
                mismatch.auditId == 0 ? QString() : QString::number(mismatch.auditId),
                mismatch.description(),
            },
            {Kind::Text, Kind::Text, Kind::NumberOrDate, Kind::Text, Kind::Text, valueKind,
             valueKind, Kind::Text, Kind::NumberOrDate, Kind::Text});
    }
}

bool IntegrityCsv::writeFile(const IntegrityResult &result, const QString &path,
                             QString *error)
{
    return ReportCsvFile::write(
        path,
        [&result](QTextStream &out) { write(result, out, CsvWriter::ByteOrderMark::Write); },
        error);
}
