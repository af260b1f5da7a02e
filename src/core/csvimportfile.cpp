#include "csvimportfile.h"

#include "csvreader.h"

#include <QFile>

CsvImportFile CsvImportFile::read(const QString &path, TextEncoding::Encoding encoding)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        CsvImportFile result;
        result.fail(tr("Could not open “%1”: %2. Check the path and the permissions.")
                        .arg(path, file.errorString()),
                    0);
        return result;
    }

    // NOTE: the whole file is held in memory, twice while it is decoded,
    // so a file needs about three times its size in memory.
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        CsvImportFile result;
        result.fail(tr("Could not read “%1”: %2.").arg(path, file.errorString()), 0);
        return result;
    }
    return fromBytes(bytes, encoding);
}

CsvImportFile CsvImportFile::fromBytes(const QByteArray &bytes, TextEncoding::Encoding encoding)
{
    CsvImportFile result;
    const TextEncoding::Decoded decoded = TextEncoding::decode(bytes, encoding);
    result.m_encoding = decoded.encoding;
    result.m_byteOrderMark = decoded.byteOrderMark;
    result.m_encodingGuessed = decoded.guessed;
    if (!decoded.ok) {
        result.fail(decoded.errorMessage, decoded.errorLine);
        return result;
    }

    CsvReader reader(decoded.text);
    if (!reader.readRecord(&result.m_headers)) {
        if (reader.error().isEmpty())
            result.fail(tr("The file is empty. The first line must name the columns."), 0);
        else
            result.fail(reader.error(), reader.lineNumber());
        return result;
    }

    QStringList fields;
    while (reader.readRecord(&fields)) {
        if (fields.size() != result.m_headers.size()) {
            result.fail(tr("Line %1 has %2 fields but the header row has %3. Check the commas "
                           "and quotes on this line.")
                            .arg(reader.lineNumber())
                            .arg(fields.size())
                            .arg(result.m_headers.size()),
                        reader.lineNumber());
            return result;
        }
        result.m_rows.append(Row{reader.lineNumber(), fields});
    }
    if (!reader.error().isEmpty()) {
        // After a failure lineNumber() is the line where the malformed
        // record starts.
        result.fail(reader.error(), reader.lineNumber());
    }
    return result;
}

void CsvImportFile::fail(const QString &message, int line)
{
    m_errorMessage = message;
    m_errorLine = line;
}
