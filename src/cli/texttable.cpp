#include "texttable.h"

#include "textlayout.h"

TextTable::TextTable(QList<Column> columns)
    : m_columns(std::move(columns))
{}

void TextTable::addRow(const QStringList &cells)
{
    QStringList row;
    for (qsizetype column = 0; column < m_columns.size(); ++column)
        row << TextLayout::withoutControlCharacters(cells.value(column));
    m_rows << row;
}

void TextTable::write(QTextStream &out) const
{
    QList<int> widths;
    for (const Column &column : m_columns)
        widths << TextLayout::displayWidth(column.title);
    for (const QStringList &row : m_rows) {
        for (qsizetype column = 0; column < row.size(); ++column)
            widths[column] = qMax(widths.at(column), TextLayout::displayWidth(row.at(column)));
    }

    QStringList titles;
    QStringList rules;
    for (qsizetype column = 0; column < m_columns.size(); ++column) {
        titles << m_columns.at(column).title;
        rules << QString(widths.at(column), QLatin1Char('-'));
    }

    out << formatRow(titles, widths) << '\n';
    out << formatRow(rules, widths) << '\n';
    for (const QStringList &row : m_rows)
        out << formatRow(row, widths) << '\n';
}

QString TextTable::formatRow(const QStringList &cells, const QList<int> &widths) const
{
    QStringList padded;
    for (qsizetype column = 0; column < m_columns.size(); ++column) {
        const bool right = m_columns.at(column).alignment == Alignment::Right;
        padded << TextLayout::padded(cells.value(column), widths.at(column), right);
    }

    QString line = padded.join(QLatin1String("  "));
    while (line.endsWith(QLatin1Char(' ')))
        line.chop(1);
    return line;
}
