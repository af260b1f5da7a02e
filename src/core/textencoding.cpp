#include "textencoding.h"

#include "chineseencodingguesser.h"
#include "logging.h"

#include <QStringDecoder>

namespace {

const QByteArray Utf8Bom = QByteArrayLiteral("\xEF\xBB\xBF");
const QByteArray Utf16LeBom = QByteArrayLiteral("\xFF\xFE");
const QByteArray Utf16BeBom = QByteArrayLiteral("\xFE\xFF");

constexpr char16_t ByteOrderMark = 0xFEFF;

bool inRange(uchar byte, uchar first, uchar last)
{
    return byte >= first && byte <= last;
}

uchar byteAt(const QByteArray &bytes, qsizetype offset)
{
    return uchar(bytes.at(offset));
}

// Returns the number of bytes of the well-formed UTF-8 sequence at offset
// (Unicode 15, table 3-7), or 0 when there is none.
int utf8SequenceLength(const QByteArray &bytes, qsizetype offset)
{
    const uchar lead = byteAt(bytes, offset);
    if (lead < 0x80)
        return 1;

    // The allowed range of the second byte depends on the lead byte. It
    // excludes overlong forms, surrogates and code points above U+10FFFF.
    int length = 0;
    uchar secondFirst = 0x80;
    uchar secondLast = 0xBF;
    if (inRange(lead, 0xC2, 0xDF)) {
        length = 2;
    } else if (lead == 0xE0) {
        length = 3;
        secondFirst = 0xA0;
    } else if (inRange(lead, 0xE1, 0xEC) || inRange(lead, 0xEE, 0xEF)) {
        length = 3;
    } else if (lead == 0xED) {
        length = 3;
        secondLast = 0x9F;
    } else if (lead == 0xF0) {
        length = 4;
        secondFirst = 0x90;
    } else if (inRange(lead, 0xF1, 0xF3)) {
        length = 4;
    } else if (lead == 0xF4) {
        length = 4;
        secondLast = 0x8F;
    } else {
        return 0;
    }

    if (offset + length > bytes.size())
        return 0;
    if (!inRange(byteAt(bytes, offset + 1), secondFirst, secondLast))
        return 0;
    for (int i = 2; i < length; ++i) {
        if (!inRange(byteAt(bytes, offset + i), 0x80, 0xBF))
            return 0;
    }
    return length;
}

// Returns the index of a four-byte GB18030 sequence in the order of the
// standard's linear mapping: 0 for 81 30 81 30.
qint64 gb18030LinearIndex(const QByteArray &bytes, qsizetype offset)
{
    const qint64 first = byteAt(bytes, offset) - 0x81;
    const qint64 second = byteAt(bytes, offset + 1) - 0x30;
    const qint64 third = byteAt(bytes, offset + 2) - 0x81;
    const qint64 fourth = byteAt(bytes, offset + 3) - 0x30;
    return ((first * 10 + second) * 126 + third) * 10 + fourth;
}

// The four-byte sequences that GB18030 maps: 81 30 81 30 to 84 31 A4 39
// for the rest of the Basic Multilingual Plane, and 90 30 81 30 to
// E3 32 9A 35 for U+10000 to U+10FFFF.
bool isMappedFourByteIndex(qint64 index)
{
    constexpr qint64 LastBmpIndex = 39419;
    constexpr qint64 FirstSupplementaryIndex = 189000;
    constexpr qint64 LastSupplementaryIndex = FirstSupplementaryIndex + 0xFFFFF;
    return index <= LastBmpIndex
           || (index >= FirstSupplementaryIndex && index <= LastSupplementaryIndex);
}

// Returns whether code page 950 maps the two-byte code lead, trail. Trail
// bytes are 40-7E or A1-FE. Of those codes, only A3C0-A3FE are unmapped,
// except A3E1, the Euro sign; the user-defined codes map to Private Use
// characters.
bool isMappedBig5Code(uchar lead, uchar trail)
{
    if (!inRange(trail, 0x40, 0x7E) && !inRange(trail, 0xA1, 0xFE))
        return false;
    if (lead == 0xA3 && inRange(trail, 0xC0, 0xFE))
        return trail == 0xE1;
    return true;
}

int lineOfOffset(const QByteArray &bytes, qsizetype offset)
{
    // None of UTF-8, GB18030 and Big5 uses the byte 0x0A inside a
    // multi-byte character, so every such byte ends a line.
    return int(bytes.left(offset).count('\n')) + 1;
}

} // namespace

TextEncoding::Decoded TextEncoding::decode(const QByteArray &bytes, Encoding encoding)
{
    bool guessed = false;
    if (encoding == Encoding::Auto) {
        if (bytes.startsWith(Utf16LeBom) || bytes.startsWith(Utf16BeBom)) {
            Decoded result;
            result.errorOffset = 0;
            result.errorLine = 1;
            result.errorMessage = tr("The file is UTF-16 text, which is not supported. Save it "
                                     "as “CSV UTF-8” or as CSV in GB18030 and import it again.");
            return result;
        }
        encoding = detect(bytes, &guessed);
    }

    Decoded result = encoding == Encoding::Utf8 ? decodeUtf8(bytes)
                                                : decodeChinese(bytes, encoding);
    result.guessed = guessed;
    return result;
}

TextEncoding::Encoding TextEncoding::detect(const QByteArray &bytes, bool *guessed)
{
    *guessed = false;
    if (bytes.startsWith(Utf8Bom) || invalidUtf8Offset(bytes) < 0)
        return Encoding::Utf8;

    // GB18030 maps every two-byte code that Big5 uses, so valid Big5 is
    // valid GB18030 too, and the characters decide between them. Bytes that
    // are invalid Big5 are read as GB18030. When they are invalid in both,
    // GB18030 reads at least as far, so its error names the byte to fix.
    if (invalidBig5Offset(bytes) >= 0 || invalidGb18030Offset(bytes) >= 0)
        return Encoding::Gb18030;
    *guessed = true;
    const Encoding guess = ChineseEncodingGuesser::guess(bytes);
    qCInfo(lcImport) << "Text is valid GB18030 and valid Big5; guessed" << name(guess);
    return guess;
}

TextEncoding::Decoded TextEncoding::decodeUtf8(const QByteArray &bytes)
{
    const qsizetype offset = invalidUtf8Offset(bytes);
    if (offset >= 0)
        return failure(bytes, Encoding::Utf8, offset);

    Decoded result;
    result.encoding = Encoding::Utf8;
    result.byteOrderMark = bytes.startsWith(Utf8Bom);
    result.text = QString::fromUtf8(result.byteOrderMark ? bytes.mid(Utf8Bom.size()) : bytes);
    result.ok = true;
    return result;
}

TextEncoding::Decoded TextEncoding::decodeChinese(const QByteArray &bytes, Encoding encoding)
{
    const bool big5 = encoding == Encoding::Big5;
    const qsizetype offset = big5 ? invalidBig5Offset(bytes) : invalidGb18030Offset(bytes);
    if (offset >= 0)
        return failure(bytes, encoding, offset);

    Decoded result;
    result.encoding = encoding;
    QStringDecoder decoder(big5 ? "Big5" : "GB18030", QStringDecoder::Flag::Stateless);
    if (!decoder.isValid()) {
        result.errorMessage = tr("This build of the program cannot decode %1. Save the file as "
                                 "“CSV UTF-8” and import it again.")
                                  .arg(name(encoding));
        qCWarning(lcImport) << "QStringDecoder does not know" << name(encoding);
        return result;
    }
    result.text = decoder.decode(bytes);
    if (decoder.hasError()) {
        // The checks above follow the standards' ranges. A decoder that still
        // fails is reported at offset 0, because the exact byte is unknown.
        qCWarning(lcImport) << name(encoding)
                            << "decoder failed on bytes that passed the range check";
        return failure(bytes, encoding, 0);
    }

    // GB18030 can encode U+FEFF, and a file may start with it.
    if (result.text.startsWith(QChar(ByteOrderMark))) {
        result.text.remove(0, 1);
        result.byteOrderMark = true;
    }
    result.ok = true;
    return result;
}

QString TextEncoding::name(Encoding encoding)
{
    switch (encoding) {
    case Encoding::Auto:
        return QStringLiteral("auto");
    case Encoding::Utf8:
        return QStringLiteral("UTF-8");
    case Encoding::Gb18030:
        return QStringLiteral("GB18030");
    case Encoding::Big5:
        return QStringLiteral("Big5");
    }
    return {};
}

std::optional<TextEncoding::Encoding> TextEncoding::fromName(const QString &name)
{
    const QString key = name.trimmed().toLower();
    if (key == QLatin1String("auto"))
        return Encoding::Auto;
    if (key == QLatin1String("utf-8") || key == QLatin1String("utf8"))
        return Encoding::Utf8;
    if (key == QLatin1String("gb18030") || key == QLatin1String("gbk")
        || key == QLatin1String("gb2312")) {
        return Encoding::Gb18030;
    }
    if (key == QLatin1String("big5") || key == QLatin1String("cp950")
        || key == QLatin1String("windows-950")) {
        return Encoding::Big5;
    }
    return std::nullopt;
}

qsizetype TextEncoding::invalidUtf8Offset(const QByteArray &bytes)
{
    qsizetype offset = 0;
    while (offset < bytes.size()) {
        const int length = utf8SequenceLength(bytes, offset);
        if (length == 0)
            return offset;
        offset += length;
    }
    return -1;
}

qsizetype TextEncoding::invalidGb18030Offset(const QByteArray &bytes)
{
    qsizetype offset = 0;
    while (offset < bytes.size()) {
        const int length = gb18030SequenceLength(bytes, offset);
        if (length == 0)
            return offset;
        if (length == 4 && !isMappedFourByteIndex(gb18030LinearIndex(bytes, offset)))
            return offset;
        offset += length;
    }
    return -1;
}

qsizetype TextEncoding::invalidBig5Offset(const QByteArray &bytes)
{
    qsizetype offset = 0;
    while (offset < bytes.size()) {
        const uchar lead = byteAt(bytes, offset);
        if (lead < 0x80) {
            ++offset;
            continue;
        }
        if (!inRange(lead, 0x81, 0xFE) || offset + 1 >= bytes.size())
            return offset;
        if (!isMappedBig5Code(lead, byteAt(bytes, offset + 1)))
            return offset;
        offset += 2;
    }
    return -1;
}

int TextEncoding::gb18030SequenceLength(const QByteArray &bytes, qsizetype offset)
{
    const uchar lead = byteAt(bytes, offset);
    if (lead < 0x80)
        return 1;
    if (!inRange(lead, 0x81, 0xFE) || offset + 1 >= bytes.size())
        return 0;

    // Two bytes: a lead byte and 40-7E or 80-FE. Four bytes: lead, 30-39,
    // 81-FE, 30-39.
    const uchar second = byteAt(bytes, offset + 1);
    if (inRange(second, 0x40, 0x7E) || inRange(second, 0x80, 0xFE))
        return 2;
    if (!inRange(second, 0x30, 0x39) || offset + 3 >= bytes.size())
        return 0;
    if (!inRange(byteAt(bytes, offset + 2), 0x81, 0xFE)
        || !inRange(byteAt(bytes, offset + 3), 0x30, 0x39)) {
        return 0;
    }
    return 4;
}

TextEncoding::Decoded TextEncoding::failure(const QByteArray &bytes, Encoding encoding,
                                            qsizetype offset)
{
    Decoded result;
    result.encoding = encoding;
    result.errorOffset = offset;
    result.errorLine = lineOfOffset(bytes, offset);

    // Up to four bytes from the offset, enough to show a whole sequence.
    const QByteArray invalidBytes = bytes.mid(offset, 4).toHex(' ').toUpper();
    result.errorMessage = tr("Line %1: the text is not valid %2 at byte offset %3 (bytes %4). "
                             "Save the file as “CSV UTF-8”, or choose the encoding it was "
                             "saved in.")
                              .arg(result.errorLine)
                              .arg(name(encoding))
                              .arg(offset)
                              .arg(QString::fromLatin1(invalidBytes));
    return result;
}
