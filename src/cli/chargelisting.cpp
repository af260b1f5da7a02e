#include "chargelisting.h"

#include "csvwriter.h"
#include "logging.h"
#include "textlayout.h"
#include "texttable.h"

#include <QLocale>

namespace {

QString isoTimestamp(const QDateTime &timestamp)
{
    return timestamp.isValid() ? timestamp.toUTC().toString(Qt::ISODate) : QString();
}

} // namespace

ChargeListing::ChargeListing(QSqlDatabase db, UiLanguage language)
    : m_lookups(std::move(db))
    , m_language(language)
{}

void ChargeListing::writeTable(const QList<ChargeRecord> &charges, Columns columns,
                               QTextStream &out)
{
    const bool withCustomer = columns == Columns::WithCustomer;
    using Alignment = TextTable::Alignment;

    QList<TextTable::Column> header = {{tr("ID"), Alignment::Right}};
    if (withCustomer)
        header.append({tr("Customer"), Alignment::Left});
    header.append({{tr("Bill"), Alignment::Left},
                   {tr("Due"), Alignment::Left},
                   {tr("Amount"), Alignment::Right},
                   {tr("Paid"), Alignment::Right},
                   {tr("Fee type"), Alignment::Left},
                   {tr("Reason"), Alignment::Left},
                   {tr("Payment method"), Alignment::Left},
                   {tr("Status"), Alignment::Left},
                   {tr("Note"), Alignment::Left}});
    TextTable table(header);

    const QLocale locale;
    for (const ChargeRecord &charge : charges) {
        QStringList row = {QString::number(charge.id)};
        if (withCustomer)
            row << charge.customerCode;
        row << charge.billNo << charge.dueDate.toString(Qt::ISODate)
            << charge.amount.format(locale) << charge.paid.format(locale)
            << label(LookupRepository::Table::FeeTypes, charge.feeTypeCode)
            << label(LookupRepository::Table::ChargeReasons, charge.reasonCode)
            << label(LookupRepository::Table::PaymentMethods, charge.paymentMethodCode)
            << statusLabel(charge)
            << TextLayout::elided(TextLayout::withoutControlCharacters(charge.note), NoteWidth);
        table.addRow(row);
    }
    table.write(out);
}

void ChargeListing::writeCsv(const QList<ChargeRecord> &charges, QTextStream &out)
{
    // NOTE: the CSV has no paid amount or payment status column yet; adding
    // one changes the column list that scripts and tst_Cli read.
    CsvWriter writer(out);
    writer.writeRow(csvHeader());
    for (const ChargeRecord &charge : charges) {
        writer.writeRow({QString::number(charge.id),
                         charge.customerCode,
                         charge.billNo,
                         charge.feeTypeCode,
                         charge.amount.toPlainString(),
                         charge.amount.currency(),
                         charge.reasonCode,
                         charge.note,
                         charge.paymentMethodCode,
                         charge.dueDate.toString(Qt::ISODate),
                         charge.status,
                         charge.duplicateAcknowledgement,
                         charge.createdBy,
                         isoTimestamp(charge.createdAt),
                         charge.voidedBy,
                         isoTimestamp(charge.voidedAt),
                         charge.voidReason,
                         charge.requestKey});
    }
}

QStringList ChargeListing::csvHeader()
{
    return {QStringLiteral("id"),
            QStringLiteral("customer_code"),
            QStringLiteral("bill_no"),
            QStringLiteral("fee_type_code"),
            QStringLiteral("amount"),
            QStringLiteral("currency"),
            QStringLiteral("reason_code"),
            QStringLiteral("note"),
            QStringLiteral("payment_method_code"),
            QStringLiteral("due_date"),
            QStringLiteral("status"),
            QStringLiteral("duplicate_ack_note"),
            QStringLiteral("created_by"),
            QStringLiteral("created_at"),
            QStringLiteral("voided_by"),
            QStringLiteral("voided_at"),
            QStringLiteral("void_reason"),
            QStringLiteral("request_key")};
}

QString ChargeListing::statusLabel(const ChargeRecord &charge)
{
    return ChargeStatusText::label(charge.paymentStatus());
}

QString ChargeListing::label(LookupRepository::Table table, const QString &code)
{
    // One query per table instead of one per row and column.
    if (!m_labels.contains(table)) {
        QString error;
        QHash<QString, QString> labels;
        const QList<LookupRepository::Entry> entries
            = m_lookups.entries(table, m_language, &error);
        if (!error.isEmpty()) {
            qCWarning(lcCli) << "Could not read the labels of"
                             << LookupRepository::tableName(table) << "; showing codes:" << error;
        }
        for (const LookupRepository::Entry &entry : entries)
            labels.insert(entry.code, entry.label);
        m_labels.insert(table, labels);
    }
    // Old charges may use a code that is no longer active. entries() leaves
    // such codes out, but label() still finds them.
    QHash<QString, QString> &labels = m_labels[table];
    if (!labels.contains(code))
        labels.insert(code, m_lookups.label(table, code, m_language));
    return labels.value(code);
}
