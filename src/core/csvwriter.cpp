#include "csvwriter.h"

CsvWriter::CsvWriter(QTextStream &out, ByteOrderMark byteOrderMark)
    : m_out(out)
{
    if (byteOrderMark == ByteOrderMark::Write)
        m_out << QChar(QChar::ByteOrderMark);
}

void CsvWriter::writeRow(const QStringList &fields)
{
    QStringList quotedFields;
    for (const QString &field : fields)
        quotedFields << quoted(field);
    m_out << quotedFields.join(QLatin1Char(',')) << "\r\n";
}

void CsvWriter::writeRow(const QStringList &fields, const QList<FieldKind> &kinds)
{
    Q_ASSERT(kinds.size() == fields.size());

    QStringList quotedFields;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        const bool isText = i >= kinds.size() || kinds.at(i) == FieldKind::Text;
        quotedFields << quoted(isText ? guardFormula(fields.at(i)) : fields.at(i));
    }
    m_out << quotedFields.join(QLatin1Char(',')) << "\r\n";
}

QString CsvWriter::quoted(const QString &field)
{
    const bool needsQuotes = field.contains(QLatin1Char(',')) || field.contains(QLatin1Char('"'))
                             || field.contains(QLatin1Char('\r'))
                             || field.contains(QLatin1Char('\n'));
    if (!needsQuotes)
        return field;

    QString escaped = field;
    escaped.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QString CsvWriter::guardFormula(const QString &text)
{
    // The apostrophe itself is in the list so that unguardFormula() can
    // remove one leading apostrophe without asking what follows it.
    static const QString formulaStarts = QStringLiteral("=+-@\t\r'");
    if (text.isEmpty() || !formulaStarts.contains(text.front()))
        return text;
    return QLatin1Char('\'') + text;
}

QString CsvWriter::unguardFormula(const QString &text)
{
    if (text.startsWith(QLatin1Char('\'')))
        return text.mid(1);
    return text;
}
