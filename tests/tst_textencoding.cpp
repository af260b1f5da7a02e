#include "chineseencodingguesser.h"
#include "csvtestsupport.h"
#include "textencoding.h"

#include <QStringEncoder>
#include <QTest>

using Encoding = TextEncoding::Encoding;

Q_DECLARE_METATYPE(TextEncoding::Encoding)

class tst_TextEncoding : public QObject
{
    Q_OBJECT

private slots:
    void sameTextEveryEncoding_data();
    void sameTextEveryEncoding();
    void forcedEncoding();
    void invalidBytes_data();
    void invalidBytes();
    void gb18030OnlyCharacterRoundTrips();
    void traditionalTextEveryEncoding_data();
    void traditionalTextEveryEncoding();
    void guessBetweenGb18030AndBig5_data();
    void guessBetweenGb18030AndBig5();
    void shortTextTiesToGb18030();
    void forcedBig5();
    void guesserScores();
    void big5IsValidGb18030();
    void utf16Rejected();
    void invalidUtf8Offset_data();
    void invalidUtf8Offset();
    void encodingNames_data();
    void encodingNames();
};

namespace {

// A customers file as Chinese Excel writes it, with a line break inside a
// quoted field and a character from each of GB2312, GBK and GB18030's
// four-byte range (㐀, U+3400).
const QString ChineseText = QStringLiteral("客户编号,公司名称,城市\r\n"
                                           "HUALIAN,华联商贸有限公司,上海\r\n"
                                           "DEYI,\"德益\n貿易行 㐀\",臺北\r\n");

// A customers file as Excel writes it on Traditional Chinese Windows, with
// the Euro sign (A3E1 in code page 950) and full-width punctuation.
const QString TraditionalText =
    QStringLiteral("客戶編號,公司名稱,聯絡人,國家/地區,幣別\r\n"
                   "TWSEMI,台灣精密電子股份有限公司,張志明,台灣,TWD\r\n"
                   "HKTRADE,\"香港永興貿易（集團）有限公司\n皇后大道中 99 號\",陳大文,香港,HKD\r\n"
                   "EUROCO,歐洲商行（€ 結算）,Maria Anders,德國,EUR\r\n");

// Simplified Chinese without full-width punctuation or characters outside
// GBK, so that its GB18030 bytes are valid Big5 as well.
const QString SimplifiedText = QStringLiteral("客户编号,公司名称,联系人,城市\r\n"
                                              "HUALIAN,北京华联商贸有限公司,王芳,北京\r\n"
                                              "SHENZHEN,深圳市南山科技有限公司,李强,深圳\r\n");

} // namespace

void tst_TextEncoding::sameTextEveryEncoding_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<Encoding>("expectedEncoding");
    QTest::addColumn<bool>("expectedBom");

    QTest::newRow("UTF-8") << ChineseText.toUtf8() << Encoding::Utf8 << false;
    QTest::newRow("UTF-8 with BOM") << QByteArray("\xEF\xBB\xBF") + ChineseText.toUtf8()
                                    << Encoding::Utf8 << true;
    QTest::newRow("GB18030") << gb18030(ChineseText) << Encoding::Gb18030 << false;
}

void tst_TextEncoding::sameTextEveryEncoding()
{
    QFETCH(QByteArray, bytes);
    QFETCH(Encoding, expectedEncoding);
    QFETCH(bool, expectedBom);
    QVERIFY(!bytes.isEmpty());

    const TextEncoding::Decoded decoded = TextEncoding::decode(bytes);
    QVERIFY2(decoded.ok, qPrintable(decoded.errorMessage));
    QCOMPARE(decoded.encoding, expectedEncoding);
    QCOMPARE(decoded.byteOrderMark, expectedBom);
    QCOMPARE(decoded.text, ChineseText);
    QCOMPARE(decoded.errorOffset, -1);
}

void tst_TextEncoding::forcedEncoding()
{
    const QByteArray bytes = gb18030(ChineseText);

    const TextEncoding::Decoded asGb = TextEncoding::decode(bytes, Encoding::Gb18030);
    QVERIFY2(asGb.ok, qPrintable(asGb.errorMessage));
    QCOMPARE(asGb.text, ChineseText);

    // GB18030 bytes are not UTF-8. Forcing UTF-8 reports the first byte of
    // 客 (BF CD), at offset 0.
    const TextEncoding::Decoded asUtf8 = TextEncoding::decode(bytes, Encoding::Utf8);
    QVERIFY(!asUtf8.ok);
    QCOMPARE(asUtf8.encoding, Encoding::Utf8);
    QCOMPARE(asUtf8.errorOffset, 0);
    QCOMPARE(asUtf8.errorLine, 1);
    QVERIFY(asUtf8.text.isEmpty());

    // Plain ASCII reads the same either way.
    const QByteArray ascii("code,name\nALFKI,Alfreds\n");
    QCOMPARE(TextEncoding::decode(ascii, Encoding::Gb18030).text, QString::fromLatin1(ascii));
    QCOMPARE(TextEncoding::decode(ascii).encoding, Encoding::Utf8);
}

void tst_TextEncoding::invalidBytes_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<Encoding>("encoding");
    QTest::addColumn<qsizetype>("offset");
    QTest::addColumn<int>("line");

    const QByteArray header("code,name\n");
    const qsizetype start = header.size();

    QTest::newRow("UTF-8 stray continuation byte")
        << header + QByteArray("A1,\xE5\x8D\x8E\x80x\n") << Encoding::Utf8 << start + 6 << 2;
    QTest::newRow("UTF-8 truncated at end")
        << header + QByteArray("A1,\xE5\x8D") << Encoding::Utf8 << start + 3 << 2;
    QTest::newRow("UTF-8 overlong slash")
        << QByteArray("a\nb\n\xC0\xAF\n") << Encoding::Utf8 << qsizetype(4) << 3;
    QTest::newRow("GB18030 byte 80")
        << header + QByteArray("A1,\xC9\xCF\x80\n") << Encoding::Gb18030 << start + 5 << 2;
    QTest::newRow("GB18030 byte FF")
        << header + QByteArray("\xFF") << Encoding::Gb18030 << start << 2;
    QTest::newRow("GB18030 bad trail byte")
        << header + QByteArray("A1,\xC9\x20x\n") << Encoding::Gb18030 << start + 3 << 2;
    QTest::newRow("GB18030 truncated at end")
        << header + QByteArray("A1,\xC9") << Encoding::Gb18030 << start + 3 << 2;
    QTest::newRow("GB18030 truncated four-byte")
        << header + QByteArray("A1,\x81\x30\x81") << Encoding::Gb18030 << start + 3 << 2;
    QTest::newRow("GB18030 unmapped four-byte")
        << header + QByteArray("x\n\x84\x31\xA5\x30\n") << Encoding::Gb18030 << start + 2 << 3;
    QTest::newRow("Big5 unmapped A3C0")
        << header + QByteArray("A1,\xA4\x40\xA3\xC0\n") << Encoding::Big5 << start + 5 << 2;
    QTest::newRow("Big5 trail byte 80")
        << header + QByteArray("A1,\xA4\x80\n") << Encoding::Big5 << start + 3 << 2;
    QTest::newRow("Big5 byte 80")
        << header + QByteArray("x\n\x80") << Encoding::Big5 << start + 2 << 3;
    QTest::newRow("Big5 byte FF")
        << header + QByteArray("\xFF\xA1") << Encoding::Big5 << start << 2;
    QTest::newRow("Big5 truncated at end")
        << header + QByteArray("A1,\xA4") << Encoding::Big5 << start + 3 << 2;
    QTest::newRow("Big5 four-byte GB18030")
        << header + QByteArray("\x81\x30\x81\x30") << Encoding::Big5 << start << 2;
    QTest::newRow("auto GB18030 byte 80")
        << header + QByteArray("\xC9\xCF\xBA\xA3\n\x80\n") << Encoding::Auto << start + 5 << 3;
}

void tst_TextEncoding::invalidBytes()
{
    QFETCH(QByteArray, bytes);
    QFETCH(Encoding, encoding);
    QFETCH(qsizetype, offset);
    QFETCH(int, line);

    const TextEncoding::Decoded decoded = TextEncoding::decode(bytes, encoding);
    QVERIFY(!decoded.ok);
    QCOMPARE(decoded.errorOffset, offset);
    QCOMPARE(decoded.errorLine, line);
    QVERIFY(decoded.text.isEmpty());

    // The message names the line and the offset.
    QVERIFY2(decoded.errorMessage.startsWith(QStringLiteral("Line %1:").arg(line)),
             qPrintable(decoded.errorMessage));
    QVERIFY2(decoded.errorMessage.contains(QStringLiteral("offset %1").arg(offset)),
             qPrintable(decoded.errorMessage));
}

void tst_TextEncoding::gb18030OnlyCharacterRoundTrips()
{
    // U+20000 (𠀀, CJK Extension B) and U+3400 (㐀, Extension A) have no
    // GBK code; GB18030 writes them as four bytes.
    const QString text = QStringLiteral("备注,𠀀㐀\n");
    QStringEncoder gbk("GBK");
    const QByteArray gbkBytes = gbk.encode(text);
    QVERIFY2(gbk.hasError(), "the characters should lie outside GBK");
    QVERIFY(!gbkBytes.isEmpty());

    const QByteArray bytes = gb18030(text);
    QVERIFY(bytes.contains(QByteArray("\x95\x32\x82\x36")));
    QVERIFY(bytes.contains(QByteArray("\x81\x39\xEE\x39")));
    QCOMPARE(TextEncoding::invalidUtf8Offset(bytes) >= 0, true);
    QCOMPARE(TextEncoding::invalidGb18030Offset(bytes), -1);

    const TextEncoding::Decoded decoded = TextEncoding::decode(bytes);
    QVERIFY2(decoded.ok, qPrintable(decoded.errorMessage));
    QCOMPARE(decoded.encoding, Encoding::Gb18030);
    QCOMPARE(decoded.text, text);
    QCOMPARE(gb18030(decoded.text), bytes);
}

void tst_TextEncoding::traditionalTextEveryEncoding_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<Encoding>("expectedEncoding");
    QTest::addColumn<bool>("expectedGuess");

    QTest::newRow("UTF-8") << TraditionalText.toUtf8() << Encoding::Utf8 << false;
    QTest::newRow("UTF-8 with BOM") << QByteArray("\xEF\xBB\xBF") + TraditionalText.toUtf8()
                                    << Encoding::Utf8 << false;
    QTest::newRow("Big5") << big5(TraditionalText) << Encoding::Big5 << true;
}

void tst_TextEncoding::traditionalTextEveryEncoding()
{
    QFETCH(QByteArray, bytes);
    QFETCH(Encoding, expectedEncoding);
    QFETCH(bool, expectedGuess);
    QVERIFY(!bytes.isEmpty());

    const TextEncoding::Decoded decoded = TextEncoding::decode(bytes);
    QVERIFY2(decoded.ok, qPrintable(decoded.errorMessage));
    QCOMPARE(decoded.encoding, expectedEncoding);
    QCOMPARE(decoded.guessed, expectedGuess);
    QCOMPARE(decoded.text, TraditionalText);
}

void tst_TextEncoding::guessBetweenGb18030AndBig5_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<Encoding>("expectedEncoding");
    QTest::addColumn<bool>("expectedGuess");
    QTest::addColumn<QString>("expectedText");

    QTest::newRow("traditional in Big5")
        << big5(TraditionalText) << Encoding::Big5 << true << TraditionalText;
    QTest::newRow("simplified in GB18030, valid Big5")
        << gb18030(SimplifiedText) << Encoding::Gb18030 << true << SimplifiedText;

    // GB18030's full-width punctuation (A3A1-A3BF) is bopomofo in Big5.
    const QString punctuated = QStringLiteral("备注\n请于三月底前支付（含运费）：谢谢\n");
    QTest::newRow("simplified with punctuation")
        << gb18030(punctuated) << Encoding::Gb18030 << true << punctuated;

    // Full-width letters (A3C1-A3FA) are unmapped in Big5, which rules it
    // out.
    const QString letters = QStringLiteral("备注\nＶＩＰ客户\n");
    QTest::newRow("simplified, invalid Big5")
        << gb18030(letters) << Encoding::Gb18030 << false << letters;

    // Traditional characters saved in GB18030 read as GB18030.
    const QString traditionalGb = QStringLiteral("備註\n臺北市信義區信義路五段7號\n");
    QTest::newRow("traditional in GB18030")
        << gb18030(traditionalGb) << Encoding::Gb18030 << false << traditionalGb;

    const QString shortBig5 = QStringLiteral("城市\n台北\n");
    QTest::newRow("two words in Big5")
        << big5(shortBig5) << Encoding::Big5 << true << shortBig5;
}

void tst_TextEncoding::guessBetweenGb18030AndBig5()
{
    QFETCH(QByteArray, bytes);
    QFETCH(Encoding, expectedEncoding);
    QFETCH(bool, expectedGuess);
    QFETCH(QString, expectedText);
    QVERIFY(!bytes.isEmpty());

    // A guess means both encodings were valid; otherwise Big5 was not.
    QCOMPARE(TextEncoding::invalidGb18030Offset(bytes), -1);
    QCOMPARE(TextEncoding::invalidBig5Offset(bytes) < 0, expectedGuess);

    const TextEncoding::Decoded decoded = TextEncoding::decode(bytes);
    QVERIFY2(decoded.ok, qPrintable(decoded.errorMessage));
    QCOMPARE(decoded.encoding, expectedEncoding);
    QCOMPARE(decoded.guessed, expectedGuess);
    QCOMPARE(decoded.text, expectedText);
}

void tst_TextEncoding::shortTextTiesToGb18030()
{
    // 單號 in Big5 (B3E6 B8B9) and 北京 in GB18030 (B1B1 BEA9) use only codes
    // that are frequent characters in both encodings. The scores tie, and a
    // tie goes to GB18030: right for 北京, wrong for 單號, which reads as
    // 虫腹. Decoded::guessed is set, and forcing Big5 reads it right.
    const QByteArray beijing = gb18030(QStringLiteral("北京"));
    QCOMPARE(beijing, QByteArray("\xB1\xB1\xBE\xA9"));
    const TextEncoding::Decoded asGb = TextEncoding::decode(beijing);
    QCOMPARE(asGb.encoding, Encoding::Gb18030);
    QVERIFY(asGb.guessed);
    QCOMPARE(asGb.text, QStringLiteral("北京"));

    const QByteArray billNo = big5(QStringLiteral("單號"));
    QCOMPARE(billNo, QByteArray("\xB3\xE6\xB8\xB9"));
    const ChineseEncodingGuesser::Score gbScore = ChineseEncodingGuesser::scoreGb18030(billNo);
    const ChineseEncodingGuesser::Score big5Score = ChineseEncodingGuesser::scoreBig5(billNo);
    QCOMPARE(gbScore.frequent, 2);
    QCOMPARE(big5Score.frequent, 2);
    QVERIFY(!big5Score.isHigherThan(gbScore));

    const TextEncoding::Decoded tie = TextEncoding::decode(billNo);
    QVERIFY(tie.ok);
    QCOMPARE(tie.encoding, Encoding::Gb18030);
    QVERIFY(tie.guessed);
    QCOMPARE(tie.text, QStringLiteral("虫腹"));

    const TextEncoding::Decoded forced = TextEncoding::decode(billNo, Encoding::Big5);
    QVERIFY(forced.ok);
    QVERIFY(!forced.guessed);
    QCOMPARE(forced.text, QStringLiteral("單號"));

    // One more character outside the shared codes decides: 帳 (B162) has a
    // trail byte below A1, which GB18030 reads as a rare GBK character.
    const TextEncoding::Decoded longer = TextEncoding::decode(big5(QStringLiteral("帳單號")));
    QCOMPARE(longer.encoding, Encoding::Big5);
    QCOMPARE(longer.text, QStringLiteral("帳單號"));
}

void tst_TextEncoding::forcedBig5()
{
    const QByteArray bytes = big5(TraditionalText);
    QVERIFY(!bytes.isEmpty());

    const TextEncoding::Decoded asBig5 = TextEncoding::decode(bytes, Encoding::Big5);
    QVERIFY2(asBig5.ok, qPrintable(asBig5.errorMessage));
    QCOMPARE(asBig5.encoding, Encoding::Big5);
    QVERIFY(!asBig5.guessed);
    QCOMPARE(asBig5.text, TraditionalText);

    // Forcing GB18030 on Big5 bytes decodes without error, into other
    // characters: the silent corruption the guess avoids.
    const TextEncoding::Decoded asGb = TextEncoding::decode(bytes, Encoding::Gb18030);
    QVERIFY(asGb.ok);
    QVERIFY(asGb.text != TraditionalText);

    // The Euro sign is A3E1 in code page 950.
    QCOMPARE(TextEncoding::decode(QByteArray("\xA3\xE1"), Encoding::Big5).text,
             QStringLiteral("€"));

    // Characters outside GBK make GB18030 use four bytes, which are not
    // Big5.
    const QByteArray fourByte = gb18030(ChineseText);
    QVERIFY(!TextEncoding::decode(fourByte, Encoding::Big5).ok);
}

void tst_TextEncoding::guesserScores()
{
    // 客戶 in Big5 is AB C8 A4 E1: two frequent Big5 characters, but in
    // GB18030 a user-defined code and a hiragana letter.
    const QByteArray bytes = big5(QStringLiteral("a客戶1"));
    QCOMPARE(bytes, QByteArray("a\xAB\xC8\xA4\xE1" "1"));

    const ChineseEncodingGuesser::Score asBig5 = ChineseEncodingGuesser::scoreBig5(bytes);
    QCOMPARE(asBig5.characters, 2);
    QCOMPARE(asBig5.frequent, 2);
    QCOMPARE(asBig5.unlikely, 0);

    const ChineseEncodingGuesser::Score asGb = ChineseEncodingGuesser::scoreGb18030(bytes);
    QCOMPARE(asGb.characters, 2);
    QCOMPARE(asGb.frequent, 0);
    QCOMPARE(asGb.unlikely, 2);

    QVERIFY(asBig5.isHigherThan(asGb));
    QVERIFY(!asGb.isHigherThan(asBig5));
    QCOMPARE(ChineseEncodingGuesser::guess(bytes), Encoding::Big5);

    // ASCII has no characters to score, and the guess stays GB18030.
    const ChineseEncodingGuesser::Score ascii = ChineseEncodingGuesser::scoreBig5("abc");
    QCOMPARE(ascii.characters, 0);
    QVERIFY(!ascii.isHigherThan(ChineseEncodingGuesser::scoreGb18030("abc")));
    QCOMPARE(ChineseEncodingGuesser::guess("abc"), Encoding::Gb18030);
}

void tst_TextEncoding::big5IsValidGb18030()
{
    // Automatic detection relies on this: every code that is valid Big5 is
    // valid GB18030, so Big5 is never the only valid encoding.
    QByteArray allBig5;
    for (int lead = 0x81; lead <= 0xFE; ++lead) {
        for (int trail = 0x40; trail <= 0xFE; ++trail) {
            QByteArray code;
            code.append(char(lead)).append(char(trail));
            if (TextEncoding::invalidBig5Offset(code) < 0)
                allBig5 += code;
        }
    }
    QCOMPARE(allBig5.size(), 2 * (126 * 157 - 62));
    QCOMPARE(TextEncoding::invalidGb18030Offset(allBig5), -1);
    QVERIFY(TextEncoding::decode(allBig5, Encoding::Big5).ok);
    QVERIFY(TextEncoding::decode(allBig5, Encoding::Gb18030).ok);
}

void tst_TextEncoding::utf16Rejected()
{
    QByteArray bytes("\xFF\xFE");
    const QString text = QStringLiteral("code\n");
    bytes += QByteArray(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);

    const TextEncoding::Decoded decoded = TextEncoding::decode(bytes);
    QVERIFY(!decoded.ok);
    QVERIFY2(decoded.errorMessage.contains(QStringLiteral("UTF-16")),
             qPrintable(decoded.errorMessage));
}

void tst_TextEncoding::invalidUtf8Offset_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<qsizetype>("offset");

    QTest::newRow("empty") << QByteArray() << qsizetype(-1);
    QTest::newRow("ASCII") << QByteArray("abc") << qsizetype(-1);
    QTest::newRow("four-byte emoji") << QByteArray("a\xF0\x9F\x98\x80") << qsizetype(-1);
    QTest::newRow("highest code point") << QByteArray("\xF4\x8F\xBF\xBF") << qsizetype(-1);
    QTest::newRow("overlong NUL") << QByteArray("ab\xC0\x80") << qsizetype(2);
    QTest::newRow("overlong three-byte") << QByteArray("\xE0\x80\xAF") << qsizetype(0);
    QTest::newRow("surrogate") << QByteArray("x\xED\xA0\x80") << qsizetype(1);
    QTest::newRow("above U+10FFFF") << QByteArray("\xF4\x90\x80\x80") << qsizetype(0);
    QTest::newRow("lone continuation") << QByteArray("\xE4\xB8\xAD\xAD") << qsizetype(3);
}

void tst_TextEncoding::invalidUtf8Offset()
{
    QFETCH(QByteArray, bytes);
    QFETCH(qsizetype, offset);

    QCOMPARE(TextEncoding::invalidUtf8Offset(bytes), offset);
}

void tst_TextEncoding::encodingNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("known");
    QTest::addColumn<Encoding>("encoding");

    QTest::newRow("auto") << QStringLiteral("auto") << true << Encoding::Auto;
    QTest::newRow("utf-8") << QStringLiteral("utf-8") << true << Encoding::Utf8;
    QTest::newRow("UTF8") << QStringLiteral("UTF8") << true << Encoding::Utf8;
    QTest::newRow("gb18030") << QStringLiteral("gb18030") << true << Encoding::Gb18030;
    QTest::newRow("GBK") << QStringLiteral("GBK") << true << Encoding::Gb18030;
    QTest::newRow("big5") << QStringLiteral("big5") << true << Encoding::Big5;
    QTest::newRow("Big5 spaced") << QStringLiteral(" Big5 ") << true << Encoding::Big5;
    QTest::newRow("cp950") << QStringLiteral("CP950") << true << Encoding::Big5;
    QTest::newRow("windows-950") << QStringLiteral("windows-950") << true << Encoding::Big5;
    QTest::newRow("big5-hkscs") << QStringLiteral("big5-hkscs") << false << Encoding::Auto;
    QTest::newRow("latin1") << QStringLiteral("latin1") << false << Encoding::Auto;
    QTest::newRow("empty") << QString() << false << Encoding::Auto;
}

void tst_TextEncoding::encodingNames()
{
    QFETCH(QString, name);
    QFETCH(bool, known);
    QFETCH(Encoding, encoding);

    const std::optional<Encoding> parsed = TextEncoding::fromName(name);
    QCOMPARE(parsed.has_value(), known);
    if (known) {
        QCOMPARE(*parsed, encoding);
        QCOMPARE(TextEncoding::fromName(TextEncoding::name(encoding)), parsed);
    }
}

QTEST_GUILESS_MAIN(tst_TextEncoding)
#include "tst_textencoding.moc"
