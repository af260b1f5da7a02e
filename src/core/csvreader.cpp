#include "csvreader.h"

namespace {

const QChar Quote = QLatin1Char('"');
const QChar Comma = QLatin1Char(',');

} // namespace

CsvReader::CsvReader(QIODevice *device)
    : m_device(device)
    // The byte order mark is skipped explicitly in readLine(), so the
    // decoder converts everything it is given.
    , m_decoder(QStringDecoder::Utf8, QStringDecoder::Flag::ConvertInitialBom)
{
}

CsvReader::CsvReader(const QString &text)
    : m_text(text)
{
}

bool CsvReader::readRecord(QStringList *fields)
{
    fields->clear();
    if (parseRecord(fields))
        return true;
    fields->clear();
    return false;
}

bool CsvReader::parseRecord(QStringList *fields)
{
    if (!m_error.isEmpty())
        return false;

    QString line;
    do {
        if (!readLine(&line))
            return false;
    } while (line.isEmpty());
    m_recordLine = m_line;

    QString field;
    bool inQuotes = false;
    bool afterClosingQuote = false;
    int quoteLine = 0;
    qsizetype i = 0;
    while (true) {
        if (i == line.size()) {
            if (!inQuotes)
                break;

            // A line break inside a quoted field belongs to the field.
            if (!readLine(&line)) {
                if (m_error.isEmpty()) {
                    return fail(tr("Line %1: the quoted field that starts on this line is not "
                                   "closed before the end of the file.")
                                    .arg(quoteLine));
                }
                return false;
            }
            field += QLatin1Char('\n');
            i = 0;
            continue;
        }

        const QChar c = line.at(i++);
        if (inQuotes) {
            if (c != Quote) {
                field += c;
            } else if (i < line.size() && line.at(i) == Quote) {
                field += Quote;
                ++i;
            } else {
                inQuotes = false;
                afterClosingQuote = true;
            }
            continue;
        }

        if (c == Comma) {
            fields->append(field);
            field.clear();
            afterClosingQuote = false;
            continue;
        }
        if (afterClosingQuote) {
            return fail(tr("Line %1: unexpected character “%2” after the closing quote of "
                           "field %3. A quoted field must end at a comma or a line break.")
                            .arg(m_line)
                            .arg(c)
                            .arg(fields->size() + 1));
        }
        if (c == Quote) {
            // Only an empty field may open a quote: afterClosingQuote is
            // false here, so an empty field means the start of a field.
            if (!field.isEmpty()) {
                return fail(tr("Line %1: field %2 contains a double quote but does not start "
                               "with one. Quote the whole field and double the inner quote.")
                                .arg(m_line)
                                .arg(fields->size() + 1));
            }
            inQuotes = true;
            quoteLine = m_line;
            continue;
        }
        field += c;
    }

    fields->append(field);
    return true;
}

bool CsvReader::readLine(QString *line)
{
    if (m_device == nullptr)
        return readTextLine(line);
    if (m_device->atEnd())
        return false;

    QByteArray bytes = m_device->readLine();
    ++m_line;
    if (m_atStart) {
        m_atStart = false;
        if (bytes.startsWith("\xEF\xBB\xBF"))
            bytes.remove(0, 3);
    }

    if (bytes.endsWith('\n'))
        bytes.chop(1);
    if (bytes.endsWith('\r'))
        bytes.chop(1);

    // UTF-8 never uses the byte of '\n' inside a multi-byte character, so
    // decoding line by line cannot split a character.
    *line = m_decoder.decode(bytes);
    if (m_decoder.hasError())
        return fail(tr("Line %1: the text is not valid UTF-8.").arg(m_line));
    return true;
}

bool CsvReader::readTextLine(QString *line)
{
    if (m_textPosition >= m_text.size())
        return false;

    qsizetype end = m_text.indexOf(QLatin1Char('\n'), m_textPosition);
    const qsizetype next = end < 0 ? m_text.size() : end + 1;
    if (end < 0)
        end = m_text.size();
    *line = m_text.mid(m_textPosition, end - m_textPosition);
    m_textPosition = next;
    ++m_line;

    if (m_atStart) {
        m_atStart = false;
        if (line->startsWith(QChar(0xFEFF)))
            line->remove(0, 1);
    }
    if (line->endsWith(QLatin1Char('\r')))
        line->chop(1);
    return true;
}

bool CsvReader::fail(const QString &message)
{
    m_error = message;
    return false;
}
