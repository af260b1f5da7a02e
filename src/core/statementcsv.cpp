#include "statementcsv.h"

#include "reportcsvfile.h"

#include <QHash>

namespace {

using Kind = CsvWriter::FieldKind;

// Returns the kind of each column of header(): the figures and dates the
// program formats are written as they are, every other field is guarded.
QList<Kind> columnKinds()
{
    static const QStringList numberColumns = {
        QStringLiteral("date"),   QStringLiteral("charge_id"), QStringLiteral("payment_id"),
        QStringLiteral("amount"), QStringLiteral("balance"),
    };
    QList<Kind> kinds;
    for (const QString &column : StatementCsv::header())
        kinds << (numberColumns.contains(column) ? Kind::NumberOrDate : Kind::Text);
    return kinds;
}

QString isoDate(const QDate &date)
{
    return date.isValid() ? date.toString(QStringLiteral("yyyy-MM-dd")) : QString();
}

QString idOrEmpty(qint64 id)
{
    return id == 0 ? QString() : QString::number(id);
}

// Returns the fields of one record in header() order; columns missing from
// values are empty. Every record names the customer and the currency.
QStringList record(const StatementData &data, QHash<QString, QString> values)
{
    values.insert(QStringLiteral("customer_code"), data.customer.code);
    values.insert(QStringLiteral("currency"), data.customer.currency);
    QStringList fields;
    for (const QString &column : StatementCsv::header())
        fields << values.value(column);
    return fields;
}

QStringList detailRecord(const StatementData &data, const StatementEntry &entry)
{
    const bool reversal = entry.kind == StatementEntry::Kind::Void
                          || entry.kind == StatementEntry::Kind::PaymentReversal;
    return record(data, {
        {QStringLiteral("row_type"), QStringLiteral("detail")},
        {QStringLiteral("date"), isoDate(entry.date)},
        {QStringLiteral("entry_type"), StatementEntry::kindName(entry.kind)},
        {QStringLiteral("bill_no"), entry.billNo},
        {QStringLiteral("charge_id"), idOrEmpty(entry.chargeId)},
        {QStringLiteral("payment_id"), idOrEmpty(entry.paymentId)},
        {QStringLiteral("fee_type_code"), entry.feeTypeCode},
        {QStringLiteral("fee_type_label"), entry.feeTypeLabel},
        {QStringLiteral("reason_code"), entry.reasonCode},
        {QStringLiteral("reason_label"), entry.reasonLabel},
        {QStringLiteral("payment_method_code"), entry.paymentMethodCode},
        {QStringLiteral("payment_method_label"), entry.paymentMethodLabel},
        {QStringLiteral("reference"), entry.reference},
        {QStringLiteral("note"), entry.note},
        {QStringLiteral("reversal_reason"),
         reversal ? (entry.kind == StatementEntry::Kind::Void ? entry.voidReason
                                                              : entry.reverseReason)
                  : QString()},
        {QStringLiteral("amount"), entry.amount.toPlainString()},
        {QStringLiteral("balance"), entry.balance.toPlainString()},
    });
}

} // namespace

QStringList StatementCsv::header()
{
    return {QStringLiteral("row_type"),
            QStringLiteral("customer_code"),
            QStringLiteral("date"),
            QStringLiteral("entry_type"),
            QStringLiteral("bill_no"),
            QStringLiteral("charge_id"),
            QStringLiteral("payment_id"),
            QStringLiteral("fee_type_code"),
            QStringLiteral("fee_type_label"),
            QStringLiteral("reason_code"),
            QStringLiteral("reason_label"),
            QStringLiteral("payment_method_code"),
            QStringLiteral("payment_method_label"),
            QStringLiteral("reference"),
            QStringLiteral("note"),
            QStringLiteral("reversal_reason"),
            QStringLiteral("amount"),
            QStringLiteral("balance"),
            QStringLiteral("currency")};
}

void StatementCsv::write(const StatementData &data, QTextStream &out,
                         CsvWriter::ByteOrderMark byteOrderMark)
{
    const QList<Kind> kinds = columnKinds();
    CsvWriter writer(out, byteOrderMark);
    writer.writeRow(header());
    writer.writeRow(record(data, {{QStringLiteral("row_type"), QStringLiteral("opening_balance")},
                                  {QStringLiteral("date"), isoDate(data.from)},
                                  {QStringLiteral("balance"), data.opening.toPlainString()}}),
                    kinds);
    for (const StatementEntry &entry : data.entries)
        writer.writeRow(detailRecord(data, entry), kinds);
    writer.writeRow(record(data, {{QStringLiteral("row_type"), QStringLiteral("total_debits")},
                                  {QStringLiteral("amount"), data.debits.toPlainString()}}),
                    kinds);
    const QString credits = data.creditTotal().toPlainString();
    writer.writeRow(record(data, {{QStringLiteral("row_type"), QStringLiteral("total_credits")},
                                  {QStringLiteral("amount"), credits}}),
                    kinds);
    writer.writeRow(record(data, {{QStringLiteral("row_type"), QStringLiteral("closing_balance")},
                                  {QStringLiteral("date"), isoDate(data.to)},
                                  {QStringLiteral("balance"), data.closing.toPlainString()}}),
                    kinds);
}

bool StatementCsv::writeFile(const StatementData &data, const QString &path, QString *error)
{
    return ReportCsvFile::write(
        path,
        [&data](QTextStream &out) { write(data, out, CsvWriter::ByteOrderMark::Write); },
        error);
}
