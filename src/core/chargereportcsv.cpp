#include "chargereportcsv.h"

#include "reportcsvfile.h"

#include <QHash>

namespace {

using Kind = CsvWriter::FieldKind;

// Returns the kind of each column of header(): the figures and dates the
// program formats are written as they are, every other field is guarded.
QList<Kind> columnKinds()
{
    static const QStringList numberColumns = {
        QStringLiteral("charge_id"), QStringLiteral("entry_date"), QStringLiteral("due_date"),
        QStringLiteral("count"),     QStringLiteral("void_count"), QStringLiteral("amount"),
        QStringLiteral("void_amount"),
    };
    QList<Kind> kinds;
    for (const QString &column : ChargeReportCsv::header())
        kinds << (numberColumns.contains(column) ? Kind::NumberOrDate : Kind::Text);
    return kinds;
}

QString isoDate(const QDate &date)
{
    return date.isValid() ? date.toString(QStringLiteral("yyyy-MM-dd")) : QString();
}

// Returns the fields of one record in header() order; columns missing from
// values are empty.
QStringList record(const QHash<QString, QString> &values)
{
    QStringList fields;
    for (const QString &column : ChargeReportCsv::header())
        fields << values.value(column);
    return fields;
}

QStringList detailRecord(const ChargeReportRow &row)
{
    // A void amount goes to its own column, so that summing amount in a
    // spreadsheet leaves it out as the totals do.
    const QString amountColumn
        = row.isVoid() ? QStringLiteral("void_amount") : QStringLiteral("amount");
    return record({
        {QStringLiteral("row_type"), QStringLiteral("detail")},
        {QStringLiteral("charge_id"), QString::number(row.chargeId)},
        {QStringLiteral("entry_date"), isoDate(row.entryDate)},
        {QStringLiteral("due_date"), isoDate(row.dueDate)},
        {QStringLiteral("customer_code"), row.customerCode},
        {QStringLiteral("company_name"), row.companyName},
        {QStringLiteral("bill_no"), row.billNo},
        {QStringLiteral("fee_type_code"), row.feeTypeCode},
        {QStringLiteral("fee_type_label"), row.feeTypeLabel},
        {QStringLiteral("reason_code"), row.reasonCode},
        {QStringLiteral("reason_label"), row.reasonLabel},
        {QStringLiteral("payment_method_code"), row.paymentMethodCode},
        {QStringLiteral("payment_method_label"), row.paymentMethodLabel},
        {QStringLiteral("status"), row.status},
        {QStringLiteral("entered_by"), row.enteredBy},
        {QStringLiteral("note"), row.note},
        {amountColumn, row.amount.toPlainString()},
        {QStringLiteral("currency"), row.amount.currency()},
    });
}

// A subtotal or total record. keyColumn and labelColumn name the columns
// that take the group's code and label; both are empty for a total.
QStringList sumRecord(const QString &rowType, const ChargeReportSubtotal &sum,
                      const QString &keyColumn = QString(),
                      const QString &labelColumn = QString())
{
    QHash<QString, QString> values = {
        {QStringLiteral("row_type"), rowType},
        {QStringLiteral("count"), QString::number(sum.postedCount)},
        {QStringLiteral("void_count"), QString::number(sum.voidCount)},
        {QStringLiteral("amount"), sum.amount.toPlainString()},
        {QStringLiteral("void_amount"), sum.voidAmount.toPlainString()},
        {QStringLiteral("currency"), sum.currency()},
    };
    if (!keyColumn.isEmpty()) {
        values.insert(keyColumn, sum.key);
        values.insert(labelColumn, sum.label);
    }
    return record(values);
}

} // namespace

QStringList ChargeReportCsv::header()
{
    return {QStringLiteral("row_type"),
            QStringLiteral("charge_id"),
            QStringLiteral("entry_date"),
            QStringLiteral("due_date"),
            QStringLiteral("customer_code"),
            QStringLiteral("company_name"),
            QStringLiteral("bill_no"),
            QStringLiteral("fee_type_code"),
            QStringLiteral("fee_type_label"),
            QStringLiteral("reason_code"),
            QStringLiteral("reason_label"),
            QStringLiteral("payment_method_code"),
            QStringLiteral("payment_method_label"),
            QStringLiteral("status"),
            QStringLiteral("entered_by"),
            QStringLiteral("note"),
            QStringLiteral("count"),
            QStringLiteral("void_count"),
            QStringLiteral("amount"),
            QStringLiteral("void_amount"),
            QStringLiteral("currency")};
}

void ChargeReportCsv::write(const ChargeReportData &data, QTextStream &out,
                            CsvWriter::ByteOrderMark byteOrderMark)
{
    const QList<Kind> kinds = columnKinds();
    CsvWriter writer(out, byteOrderMark);
    writer.writeRow(header());
    for (const ChargeReportRow &row : data.rows)
        writer.writeRow(detailRecord(row), kinds);
    for (const ChargeReportSubtotal &sum : data.byCustomer) {
        writer.writeRow(sumRecord(QStringLiteral("subtotal_customer"), sum,
                                  QStringLiteral("customer_code"), QStringLiteral("company_name")),
                        kinds);
    }
    for (const ChargeReportSubtotal &sum : data.byFeeType) {
        writer.writeRow(sumRecord(QStringLiteral("subtotal_fee_type"), sum,
                                  QStringLiteral("fee_type_code"), QStringLiteral("fee_type_label")),
                        kinds);
    }
    for (const ChargeReportSubtotal &sum : data.totals)
        writer.writeRow(sumRecord(QStringLiteral("total"), sum), kinds);
}

bool ChargeReportCsv::writeFile(const ChargeReportData &data, const QString &path,
                                QString *error)
{
    return ReportCsvFile::write(
        path,
        [&data](QTextStream &out) { write(data, out, CsvWriter::ByteOrderMark::Write); },
        error);
}
