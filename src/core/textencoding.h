#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

// Detects and decodes the text encoding of a file such as a CSV export.
// The encodings are UTF-8 with or without a byte order mark, GB18030 and
// Big5. GB18030 is the superset of GBK and GB2312, which Excel uses for
// "CSV" on Simplified Chinese Windows. Big5 is read as Windows code page 950
// defines it, which Excel uses on Traditional Chinese Windows (Taiwan, Hong
// Kong).
//
// Detection reads the bytes: a UTF-8 byte order mark means UTF-8; bytes
// that are valid UTF-8 (plain ASCII included) are UTF-8. Otherwise an
// encoding in which the bytes are invalid is ruled out, and when both
// GB18030 and Big5 remain, ChineseEncodingGuesser chooses by the characters
// each reading gives, and sets Decoded::guessed. Decoding is
// strict: a byte sequence that is not valid in the encoding is an error
// naming its byte offset and line, never a replacement character. GB18030
// and Big5 are decoded by QStringDecoder, which Qt 6.4 provides through ICU
// on Debian. ICU's "Big5" is its windows-950-2000 table: it decodes A3E1
// to the Euro sign and the user-defined codes to Private Use characters.
// NOTE: Hong Kong (HKSCS) characters are user-defined codes in code page
// 950, so they decode to Private Use characters, not to their Unicode ones.
class TextEncoding
{
    Q_DECLARE_TR_FUNCTIONS(TextEncoding)

public:
    enum class Encoding {
        Auto,    // detect as described above
        Utf8,    // UTF-8, skipping a byte order mark at the start
        Gb18030, // GB18030, which also reads GBK and GB2312
        Big5,    // Big5 as Windows code page 950, without the HKSCS additions
    };

    struct Decoded
    {
        bool ok = false;
        Encoding encoding = Encoding::Auto; // detected or forced; Auto on failure to detect
        bool byteOrderMark = false;         // the bytes started with one, removed from text
        // Auto only: the bytes were valid GB18030 and valid Big5, and
        // ChineseEncodingGuesser chose encoding from the characters.
        bool guessed = false;
        QString text;                       // empty on failure
        qsizetype errorOffset = -1;         // 0-based byte offset of the first invalid byte
        int errorLine = 0;                  // 1-based line of that byte
        QString errorMessage;               // translated; names the offset and line
    };

    // Decodes bytes in encoding, or in the detected encoding for Auto. A
    // byte order mark is removed from the text. Bytes that start with a
    // UTF-16 byte order mark are rejected with a message saying how to save
    // the file instead.
    static Decoded decode(const QByteArray &bytes, Encoding encoding = Encoding::Auto);

    // Returns the name shown to people and accepted by fromName(): "auto",
    // "UTF-8", "GB18030" or "Big5".
    static QString name(Encoding encoding);

    // Parses an encoding name, case-insensitively: auto, utf-8 (or utf8),
    // gb18030, gbk or gb2312, which GB18030 decodes as well, and big5,
    // cp950 or windows-950. Returns std::nullopt for any other name.
    static std::optional<Encoding> fromName(const QString &name);

    // Returns the offset of the first byte that starts an ill-formed UTF-8
    // sequence (overlong forms, surrogates and code points above U+10FFFF
    // included), or -1 when bytes are valid UTF-8.
    static qsizetype invalidUtf8Offset(const QByteArray &bytes);

    // Returns the offset of the first byte that starts an ill-formed or
    // unmapped GB18030 sequence, or -1 when bytes are valid GB18030.
    static qsizetype invalidGb18030Offset(const QByteArray &bytes);

    // Returns the offset of the first byte that starts an ill-formed or
    // unmapped Big5 (code page 950) sequence, or -1 when bytes are valid.
    // The single bytes 80 and FF, which code page 950 maps to control or
    // Private Use characters, count as ill-formed.
    static qsizetype invalidBig5Offset(const QByteArray &bytes);

private:
    // Returns the encoding detected for bytes that are not UTF-16, and
    // sets *guessed when ChineseEncodingGuesser chose it.
    static Encoding detect(const QByteArray &bytes, bool *guessed);

    static Decoded decodeUtf8(const QByteArray &bytes);

    // Decodes bytes in GB18030 or Big5 with QStringDecoder.
    static Decoded decodeChinese(const QByteArray &bytes, Encoding encoding);

    // Returns the length of the well-formed GB18030 sequence at offset, or
    // 0 when the bytes there are not one. Does not check the mapping.
    static int gb18030SequenceLength(const QByteArray &bytes, qsizetype offset);

    static Decoded failure(const QByteArray &bytes, Encoding encoding, qsizetype offset);
};
