#include "csvwriter.h"

void CsvWriter::writeRow(const QStringList &fields)
{
    QStringList quotedFields;
    for (const QString &field : fields)
        quotedFields << quoted(field);
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
