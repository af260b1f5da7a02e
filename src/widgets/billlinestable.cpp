#include "billlinestable.h"

#include "discountformat.h"

#include <QHeaderView>
#include <QLocale>
#include <QTableWidget>

namespace {

enum Column { Description, Quantity, UnitPrice, Discount, Amount, ColumnCount };

QTableWidgetItem *numberItem(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

void BillLinesTable::setUpTable(QTableWidget *table)
{
    table->setColumnCount(ColumnCount);
    QHeaderView *header = table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(Description, QHeaderView::Stretch);
    setHeaders(table);
}

void BillLinesTable::setHeaders(QTableWidget *table)
{
    table->setHorizontalHeaderLabels(
        {tr("Description"), tr("Quantity"), tr("Unit Price"), tr("Discount"), tr("Amount")});
}

void BillLinesTable::fillLines(QTableWidget *table, const QList<BillLineRecord> &lines)
{
    const QLocale locale;
    table->setRowCount(int(lines.size()));
    for (int row = 0; row < lines.size(); ++row) {
        const BillLineRecord &line = lines.at(row);
        auto *description = new QTableWidgetItem(line.displayDescription());
        description->setToolTip(line.displayDescription());
        table->setItem(row, Description, description);
        table->setItem(row, Quantity, numberItem(locale.toString(line.quantity)));
        table->setItem(row, UnitPrice, numberItem(line.unitPrice.format(locale)));
        table->setItem(row, Discount,
                       numberItem(formatDiscount(line.discountBasisPoints, locale)));
        table->setItem(row, Amount, numberItem(line.amount.format(locale)));
    }
}

