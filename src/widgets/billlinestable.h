#pragma once

#include "records.h"

#include <QCoreApplication>
#include <QList>

class QTableWidget;

// Fills the read-only table of a bill's lines beside the 新增费用 form:
// description, quantity, unit price, discount and amount, formatted in
// QLocale().
class BillLinesTable
{
    Q_DECLARE_TR_FUNCTIONS(BillLinesTable)

public:
    // Sets the column count and resize modes. Call it once after setupUi().
    static void setUpTable(QTableWidget *table);

    // Writes the column headers in the current language.
    static void setHeaders(QTableWidget *table);

    // Replaces the rows with lines.
    static void fillLines(QTableWidget *table, const QList<BillLineRecord> &lines);
};
