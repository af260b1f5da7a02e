#include "chargereportbuilder.h"

#include "chargereportfilter.h"
#include "dateformat.h"
#include "translations.h"

#include <QMultiHash>

#include <algorithm>

namespace {

// Columns of the charge table.
enum ChargeColumn {
    EntryDateColumn,
    DueDateColumn,
    ChargeIdColumn,
    BillColumn,
    FeeTypeColumn,
    ReasonColumn,
    PaymentMethodColumn,
    EnteredByColumn,
    StatusColumn,
    NoteColumn,
    AmountColumn,
    ChargeColumnCount
};

} // namespace

ChargeReportBuilder::ChargeReportBuilder(CompanyProfile company, UiLanguage language)
    : m_company(std::move(company))
    , m_language(language)
    , m_locale(Translations::locale(language))
{
}

ReportDocument ChargeReportBuilder::build(const ChargeReportData &data,
                                          const QStringList &filterLines) const
{
    ReportDocument document;
    document.companyName = m_company.displayName();
    document.title = tr("Supplementary charge report");
    document.headerLines = filterLines;
    document.printedAt = QDateTime::currentDateTime();
    document.language = m_language;
    document.orientation = ReportDocument::Orientation::Automatic;

    document.addFields(summaryFields(data));
    if (data.voidCount() > 0) {
        document.addParagraph(tr("Void charges are listed with the status Void and their "
                                 "amount marked void. They are not included in any count, "
                                 "subtotal or total, but summed apart as voided."));
    }

    document.addHeading(tr("Charges by customer"));
    document.addTable(chargeTable(data));
    if (data.rows.isEmpty())
        return document;

    document.addHeading(tr("Subtotals by fee type"));
    document.addTable(feeTypeTable(data));
    document.addHeading(tr("Subtotals by customer"));
    document.addTable(customerTable(data));
    return document;
}

QList<ReportField> ChargeReportBuilder::summaryFields(const ChargeReportData &data) const
{
    QList<ReportField> fields;
    fields << ReportField{tr("Charges listed"),
                          tr("%1 (%2 counted, %3 void)")
                              .arg(m_locale.toString(data.rows.size()),
                                   m_locale.toString(data.postedCount()),
                                   m_locale.toString(data.voidCount()))};
    for (const ChargeReportSubtotal &total : data.totals) {
        fields << ReportField{tr("Total %1").arg(total.currency()),
                              tr("%1 from %n charge(s)", nullptr, int(total.postedCount))
                                  .arg(total.amount.format(m_locale))};
        if (total.voidCount > 0) {
            fields << ReportField{tr("Voided %1").arg(total.currency()),
                                  tr("%1 from %n void charge(s)", nullptr, int(total.voidCount))
                                      .arg(total.voidAmount.format(m_locale))};
        }
    }
    return fields;
}

ReportTable ChargeReportBuilder::chargeTable(const ChargeReportData &data) const
{
    ReportTable table;
    table.columns.resize(ChargeColumnCount);
    table.columns[EntryDateColumn] = ReportColumn{tr("Entered")};
    table.columns[DueDateColumn] = ReportColumn{tr("Due")};
    table.columns[ChargeIdColumn] = ReportColumn{tr("No."), Qt::AlignRight};
    table.columns[BillColumn] = ReportColumn{tr("Bill")};
    table.columns[FeeTypeColumn] = ReportColumn{tr("Fee type")};
    table.columns[ReasonColumn] = ReportColumn{tr("Reason"), Qt::AlignLeft, 1, true};
    table.columns[PaymentMethodColumn] = ReportColumn{tr("Payment method")};
    table.columns[EnteredByColumn] = ReportColumn{tr("Entered by")};
    table.columns[StatusColumn] = ReportColumn{tr("Status")};
    table.columns[NoteColumn] = ReportColumn{tr("Note"), Qt::AlignLeft, 2, true};
    table.columns[AmountColumn] = ReportColumn{tr("Amount"), Qt::AlignRight};
    table.emptyText = tr("No charges match these filters.");

    // The rows come sorted by customer, so each customer's charges are one
    // run, and byCustomer contains its subtotal per currency.
    QMultiHash<QString, ChargeReportSubtotal> subtotals;
    for (const ChargeReportSubtotal &sum : data.byCustomer)
        subtotals.insert(sum.key, sum);

    qsizetype start = 0;
    while (start < data.rows.size()) {
        const ChargeReportRow &first = data.rows.at(start);
        qsizetype end = start;
        while (end < data.rows.size() && data.rows.at(end).customerId == first.customerId)
            ++end;

        QStringList header(ChargeColumnCount);
        header[0] = tr("%1 %2", "customer code and company name")
                        .arg(first.customerCode, first.companyName);
        table.rows << ReportRow{ReportRow::Kind::GroupHeader, header};
        for (qsizetype i = start; i < end; ++i)
            table.rows << ReportRow{ReportRow::Kind::Detail, chargeCells(data.rows.at(i))};
        QList<ChargeReportSubtotal> sums = subtotals.values(first.customerCode);
        std::sort(sums.begin(), sums.end(),
                  [](const ChargeReportSubtotal &a, const ChargeReportSubtotal &b) {
                      return a.currency() < b.currency();
                  });
        for (const ChargeReportSubtotal &sum : std::as_const(sums)) {
            table.rows << ReportRow{ReportRow::Kind::Subtotal,
                                    sumCells(tr("Subtotal %1").arg(first.customerCode), sum)};
        }
        start = end;
    }

    for (const ChargeReportSubtotal &total : data.totals)
        table.rows << ReportRow{ReportRow::Kind::Total,
                                sumCells(tr("Total %1").arg(total.currency()), total)};
    return table;
}

QStringList ChargeReportBuilder::chargeCells(const ChargeReportRow &charge) const
{
    QStringList cells(ChargeColumnCount);
    cells[EntryDateColumn] = formatDate(charge.entryDate, m_locale);
    cells[DueDateColumn] = formatDate(charge.dueDate, m_locale);
    cells[ChargeIdColumn] = QString::number(charge.chargeId);
    cells[BillColumn] = charge.billNo;
    cells[FeeTypeColumn] = charge.feeTypeLabel;
    cells[ReasonColumn] = charge.reasonLabel;
    cells[PaymentMethodColumn] = charge.paymentMethodLabel;
    cells[EnteredByColumn] = charge.enteredBy;
    cells[StatusColumn] = ChargeReportFilter::statusLabel(charge.status);
    cells[NoteColumn] = charge.note;
    // A finance reader takes parentheses for a negative amount, so a void
    // amount is marked with a word that the text of the PDF keeps.
    cells[AmountColumn] = charge.isVoid()
        ? tr("void %1", "amount of a void charge, not counted").arg(charge.amount.format(m_locale))
        : charge.amount.format(m_locale);
    return cells;
}

// A subtotal or total row of the charge table. The label and counts sit in
// the first column, and the renderer lets them run across the empty cells
// up to the amount.
QStringList ChargeReportBuilder::sumCells(const QString &label,
                                          const ChargeReportSubtotal &sum) const
{
    QStringList cells(ChargeColumnCount);
    cells[EntryDateColumn] = tr("%1: %2", "subtotal label and counts").arg(label, countText(sum));
    cells[AmountColumn] = sum.amount.format(m_locale);
    return cells;
}

QString ChargeReportBuilder::countText(const ChargeReportSubtotal &sum) const
{
    const QString counted = tr("%n charge(s) counted", nullptr, int(sum.postedCount));
    if (sum.voidCount == 0)
        return counted;
    return tr("%1, %2", "counted and void charges")
        .arg(counted, tr("%n void of %1 not counted", nullptr, int(sum.voidCount))
                          .arg(sum.voidAmount.format(m_locale)));
}

ReportTable ChargeReportBuilder::feeTypeTable(const ChargeReportData &data) const
{
    ReportTable table;
    table.columns << ReportColumn{tr("Fee type"), Qt::AlignLeft, 0, true}
                  << ReportColumn{tr("Currency")} << ReportColumn{tr("Charges"), Qt::AlignRight}
                  << ReportColumn{tr("Void"), Qt::AlignRight}
                  << ReportColumn{tr("Voided amount"), Qt::AlignRight}
                  << ReportColumn{tr("Amount"), Qt::AlignRight};
    for (const ChargeReportSubtotal &sum : data.byFeeType) {
        table.rows << ReportRow{ReportRow::Kind::Detail,
                                {sum.label, sum.currency(), m_locale.toString(sum.postedCount),
                                 m_locale.toString(sum.voidCount),
                                 sum.voidAmount.format(m_locale), sum.amount.format(m_locale)}};
    }
    for (const ChargeReportSubtotal &total : data.totals) {
        table.rows << ReportRow{ReportRow::Kind::Total,
                                {tr("Total"), total.currency(),
                                 m_locale.toString(total.postedCount),
                                 m_locale.toString(total.voidCount),
                                 total.voidAmount.format(m_locale),
                                 total.amount.format(m_locale)}};
    }
    return table;
}

ReportTable ChargeReportBuilder::customerTable(const ChargeReportData &data) const
{
    ReportTable table;
    table.columns << ReportColumn{tr("Customer")}
                  << ReportColumn{tr("Company"), Qt::AlignLeft, 0, true}
                  << ReportColumn{tr("Currency")} << ReportColumn{tr("Charges"), Qt::AlignRight}
                  << ReportColumn{tr("Void"), Qt::AlignRight}
                  << ReportColumn{tr("Voided amount"), Qt::AlignRight}
                  << ReportColumn{tr("Amount"), Qt::AlignRight};
    for (const ChargeReportSubtotal &sum : data.byCustomer) {
        table.rows << ReportRow{ReportRow::Kind::Detail,
                                {sum.key, sum.label, sum.currency(),
                                 m_locale.toString(sum.postedCount),
                                 m_locale.toString(sum.voidCount),
                                 sum.voidAmount.format(m_locale), sum.amount.format(m_locale)}};
    }
    for (const ChargeReportSubtotal &total : data.totals) {
        table.rows << ReportRow{ReportRow::Kind::Total,
                                {tr("Total"), QString(), total.currency(),
                                 m_locale.toString(total.postedCount),
                                 m_locale.toString(total.voidCount),
                                 total.voidAmount.format(m_locale),
                                 total.amount.format(m_locale)}};
    }
    return table;
}
