// libFuzzer target for reading a CSV file before an import: TextEncoding
// (detection and strict decoding of UTF-8, GB18030 and Big5), CsvReader
// (RFC 4180 quoting, on bytes and on decoded text) and CsvImportFile.
//
// Input: the bytes of a CSV file.
//
// Invariants checked for every input:
// - decoding succeeds exactly when the encoding's range check finds no
//   invalid byte. A failure names a byte offset inside the input and the
//   line of that offset. UTF-8 and GB18030 text encodes back to the same
//   bytes, and Auto gives the text of the encoding it detected;
// - CsvReader gives the same records, lines and errors from UTF-8 bytes
//   as from the same text decoded;
// - every row of a valid CsvImportFile has as many fields as the header, and
//   rows start on increasing lines after the header;
// - writing a valid file's records with CsvWriter and reading them back
//   gives the same records.

#include "fuzzsupport.h"

#include "csvimportfile.h"
#include "csvreader.h"
#include "csvwriter.h"
#include "textencoding.h"

#include <QBuffer>
#include <QStringDecoder>
#include <QStringEncoder>
#include <QTextStream>

#include <cstddef>
#include <cstdint>

namespace {

using Encoding = TextEncoding::Encoding;

const QByteArray Utf8Bom = QByteArrayLiteral("\xEF\xBB\xBF");

QString hexOf(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.left(64).toHex(' '));
}

QByteArray withoutByteOrderMarks(QByteArray bytes)
{
    while (bytes.startsWith(Utf8Bom))
        bytes.remove(0, Utf8Bom.size());
    return bytes;
}

qsizetype invalidOffset(const QByteArray &bytes, Encoding encoding)
{
    switch (encoding) {
    case Encoding::Utf8:
        return TextEncoding::invalidUtf8Offset(bytes);
    case Encoding::Gb18030:
        return TextEncoding::invalidGb18030Offset(bytes);
    case Encoding::Big5:
        return TextEncoding::invalidBig5Offset(bytes);
    case Encoding::Auto:
        break;
    }
    return -1;
}

void checkFailure(const TextEncoding::Decoded &decoded, const QByteArray &bytes,
                  const QString &context)
{
    FUZZ_CHECK(!decoded.errorMessage.isEmpty(), context);
    FUZZ_CHECK(decoded.text.isEmpty(), context);
    FUZZ_CHECK(decoded.errorOffset >= 0 && decoded.errorOffset < qMax(bytes.size(), 1),
               QStringLiteral("offset %1; %2").arg(decoded.errorOffset).arg(context));
    const int line = int(bytes.left(decoded.errorOffset).count('\n')) + 1;
    FUZZ_CHECK(decoded.errorLine == line,
               QStringLiteral("line %1, expected %2; %3").arg(decoded.errorLine).arg(line)
                   .arg(context));
}

// Decodes bytes in one forced encoding and checks the result against the
// range check and, where the encoding is a Unicode transformation, against
// encoding the text back.
void checkForcedDecoding(const QByteArray &bytes, Encoding encoding)
{
    const TextEncoding::Decoded decoded = TextEncoding::decode(bytes, encoding);
    const QString context = QStringLiteral("%1 decoding of %2: %3")
                                .arg(TextEncoding::name(encoding), hexOf(bytes),
                                     decoded.errorMessage);
    const qsizetype invalid = invalidOffset(bytes, encoding);
    FUZZ_CHECK(decoded.ok == (invalid < 0), context);
    FUZZ_CHECK(decoded.encoding == encoding, context);
    if (!decoded.ok) {
        checkFailure(decoded, bytes, context);
        FUZZ_CHECK(decoded.errorOffset == invalid, context);
        return;
    }
    FUZZ_CHECK(decoded.errorMessage.isEmpty() && decoded.errorOffset == -1, context);

    const QString withMark = decoded.byteOrderMark ? QChar(QChar::ByteOrderMark) + decoded.text
                                                   : decoded.text;
    if (encoding == Encoding::Utf8) {
        // QString::fromUtf8() drops a second byte order mark as well.
        FUZZ_CHECK(withoutByteOrderMarks(withMark.toUtf8()) == withoutByteOrderMarks(bytes),
                   context);
    } else if (encoding == Encoding::Gb18030) {
        QStringEncoder encoder("GB18030");
        const QByteArray again = encoder.encode(withMark);
        FUZZ_CHECK(!encoder.hasError() && again == bytes,
                   QStringLiteral("encodes back to %1; %2").arg(hexOf(again), context));
    } else {
        FUZZ_CHECK(!withMark.contains(QChar(QChar::ReplacementCharacter)), context);
    }
}

void checkDetection(const QByteArray &bytes)
{
    const TextEncoding::Decoded decoded = TextEncoding::decode(bytes, Encoding::Auto);
    const QString context = QStringLiteral("automatic decoding of %1 as %2: %3")
                                .arg(hexOf(bytes), TextEncoding::name(decoded.encoding),
                                     decoded.errorMessage);
    const bool utf16 = bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF");
    if (utf16) {
        FUZZ_CHECK(!decoded.ok && decoded.errorOffset == 0, context);
        return;
    }
    FUZZ_CHECK(decoded.encoding != Encoding::Auto, context);
    if (!decoded.ok) {
        checkFailure(decoded, bytes, context);
        return;
    }
    const TextEncoding::Decoded forced = TextEncoding::decode(bytes, decoded.encoding);
    FUZZ_CHECK(forced.ok && forced.text == decoded.text
                   && forced.byteOrderMark == decoded.byteOrderMark,
               context);
}

struct Records
{
    QList<QStringList> records;
    QList<int> lines;
    QString error;
    int errorLine = 0;
};

Records readAll(CsvReader &reader)
{
    Records result;
    QStringList fields;
    while (reader.readRecord(&fields)) {
        result.records << fields;
        result.lines << reader.lineNumber();
    }
    result.error = reader.error();
    result.errorLine = reader.lineNumber();
    return result;
}

// Reads valid UTF-8 bytes with the reader on a device and on the decoded
// text, which must agree. Bytes that start with two byte order marks are
// left out: the reader on a device keeps the second one as U+FEFF in the
// first field, but QString::fromUtf8() drops it from the text.
void checkReaderOnBytesAndText(const QByteArray &bytes)
{
    if (TextEncoding::invalidUtf8Offset(bytes) >= 0 || bytes.startsWith(Utf8Bom + Utf8Bom))
        return;

    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    CsvReader deviceReader(&buffer);
    const Records fromDevice = readAll(deviceReader);

    const TextEncoding::Decoded decoded = TextEncoding::decode(bytes, Encoding::Utf8);
    CsvReader textReader(decoded.text);
    const Records fromText = readAll(textReader);

    const QString context = QStringLiteral("input %1: device error \"%2\", text error \"%3\"")
                                .arg(hexOf(bytes), fromDevice.error, fromText.error);
    FUZZ_CHECK(fromDevice.records == fromText.records, context);
    FUZZ_CHECK(fromDevice.lines == fromText.lines, context);
    FUZZ_CHECK(fromDevice.error == fromText.error, context);
    if (!fromDevice.error.isEmpty())
        FUZZ_CHECK(fromDevice.errorLine == fromText.errorLine, context);
}

// Returns the fields as the reader returns them once more after CsvWriter
// wrote them: a line break inside a quoted field becomes "\n" on reading, so
// a "\r\n" in a field (from "\r\r\n" in the input) reads back as "\n".
QStringList asReadBack(const QStringList &fields)
{
    QStringList result;
    for (QString field : fields)
        result << field.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    return result;
}

// CsvWriter writes a record of one empty field as an empty line, which the
// reader skips, so such a record does not survive writing and reading.
bool isSingleEmptyField(const QStringList &fields)
{
    return fields.size() == 1 && fields.first().isEmpty();
}

void checkImportFile(const QByteArray &bytes)
{
    const CsvImportFile file = CsvImportFile::fromBytes(bytes, Encoding::Auto);
    const QString context = QStringLiteral("input %1: %2").arg(hexOf(bytes), file.errorMessage());
    if (!file.isValid()) {
        FUZZ_CHECK(file.errorLine() >= 0, context);
        return;
    }
    FUZZ_CHECK(!file.headers().isEmpty(), context);
    int previousLine = 0;
    for (const CsvImportFile::Row &row : file.rows()) {
        FUZZ_CHECK(row.fields.size() == file.headers().size(), context);
        FUZZ_CHECK(row.line > previousLine && row.line >= 2, context);
        previousLine = row.line;
    }

    // A header that starts with U+FEFF (after an empty first line) would
    // start the written text, where decoding removes it as a byte order mark.
    if (isSingleEmptyField(file.headers())
        || file.headers().first().startsWith(QChar(QChar::ByteOrderMark))) {
        return;
    }
    QString text;
    QTextStream out(&text);
    CsvWriter writer(out);
    writer.writeRow(file.headers());
    QList<QStringList> expected;
    for (const CsvImportFile::Row &row : file.rows()) {
        if (isSingleEmptyField(row.fields))
            continue;
        writer.writeRow(row.fields);
        expected << asReadBack(row.fields);
    }
    out.flush();

    const CsvImportFile again = CsvImportFile::fromBytes(text.toUtf8(), Encoding::Utf8);
    const QString againContext = QStringLiteral("%1; written as %2: %3")
                                     .arg(context, FuzzSupport::escaped(text.left(200)),
                                          again.errorMessage());
    FUZZ_CHECK(again.isValid(), againContext);
    FUZZ_CHECK(again.headers() == asReadBack(file.headers()), againContext);
    QList<QStringList> readBack;
    for (const CsvImportFile::Row &row : again.rows())
        readBack << row.fields;
    FUZZ_CHECK(readBack == expected, againContext);
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    FuzzSupport::startQt(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));

    for (const Encoding encoding : {Encoding::Utf8, Encoding::Gb18030, Encoding::Big5})
        checkForcedDecoding(bytes, encoding);
    checkDetection(bytes);
    checkReaderOnBytesAndText(bytes);
    checkImportFile(bytes);
    return 0;
}
