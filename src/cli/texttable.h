#pragma once

#include <QList>
#include <QStringList>
#include <QTextStream>

// A table of text for a terminal: a header row, a rule and aligned columns,
// sized by terminal columns so that Chinese text lines up.
class TextTable
{
public:
    enum class Alignment { Left, Right };

    struct Column
    {
        QString title;
        Alignment alignment = Alignment::Left;
    };

    explicit TextTable(QList<Column> columns);

    // Adds a row with one cell per column. Control characters in the cells
    // are shown as spaces.
    void addRow(const QStringList &cells);

    int rowCount() const { return int(m_rows.size()); }

    // Writes the header, a rule of dashes and the rows, with two spaces
    // between columns and no trailing spaces.
    void write(QTextStream &out) const;

private:
    QString formatRow(const QStringList &cells, const QList<int> &widths) const;

    QList<Column> m_columns;
    QList<QStringList> m_rows;
};
