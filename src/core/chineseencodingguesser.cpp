#include "chineseencodingguesser.h"

namespace {

using Score = ChineseEncodingGuesser::Score;

enum class CodeClass { Frequent, Unlikely, Other };

bool inRange(int value, int first, int last)
{
    return value >= first && value <= last;
}

// Classifies the GB18030 two-byte code lead, trail (GB 18030-2005, whose
// two-byte part is GBK with GB2312 in the codes whose bytes are A1-FE).
CodeClass classifyGb18030(int lead, int trail)
{
    if (trail >= 0xA1) {
        if (inRange(lead, 0xB0, 0xD7))
            return CodeClass::Frequent;
        // Rows A4-A9: kana, Greek, Cyrillic, pinyin letters, box drawing.
        if (inRange(lead, 0xA4, 0xA9))
            return CodeClass::Unlikely;
        // User-defined areas 1 and 2.
        if (inRange(lead, 0xAA, 0xAF) || lead >= 0xF8)
            return CodeClass::Unlikely;
        return CodeClass::Other;
    }

    // User-defined area 3: A140-A7A0.
    if (inRange(lead, 0xA1, 0xA7))
        return CodeClass::Unlikely;
    return CodeClass::Other;
}

// Classifies the Big5 two-byte code lead, trail as Windows code page 950
// maps it.
CodeClass classifyBig5(int lead, int trail)
{
    const int code = (lead << 8) | trail;
    if (inRange(code, 0xA440, 0xC67E))
        return CodeClass::Frequent;
    // Greek letters and bopomofo.
    if (inRange(code, 0xA344, 0xA3BF))
        return CodeClass::Unlikely;
    // User-defined codes: 8140-A0FE, C6A1-C8FE and FA40-FEFE.
    if (lead <= 0xA0 || inRange(code, 0xC6A1, 0xC8FE) || lead >= 0xFA)
        return CodeClass::Unlikely;
    return CodeClass::Other;
}

void count(Score *score, CodeClass codeClass)
{
    ++score->characters;
    if (codeClass == CodeClass::Frequent)
        ++score->frequent;
    else if (codeClass == CodeClass::Unlikely)
        ++score->unlikely;
}

} // namespace

bool ChineseEncodingGuesser::Score::isHigherThan(const Score &other) const
{
    // (frequent - unlikely) / characters compared without division, so a
    // reading without characters has no share and is never higher.
    if (characters == 0)
        return false;
    if (other.characters == 0)
        return true;
    const qint64 share = qint64(frequent - unlikely) * other.characters;
    const qint64 otherShare = qint64(other.frequent - other.unlikely) * characters;
    return share > otherShare;
}

ChineseEncodingGuesser::Score ChineseEncodingGuesser::scoreGb18030(const QByteArray &bytes)
{
    Score score;
    qsizetype offset = 0;
    while (offset + 1 < bytes.size()) {
        const int lead = uchar(bytes.at(offset));
        if (lead < 0x80) {
            ++offset;
            continue;
        }

        // A second byte 30-39 starts a four-byte sequence: characters
        // outside GBK, none of them frequent.
        const int trail = uchar(bytes.at(offset + 1));
        if (inRange(trail, 0x30, 0x39)) {
            count(&score, CodeClass::Other);
            offset += 4;
            continue;
        }
        count(&score, classifyGb18030(lead, trail));
        offset += 2;
    }
    return score;
}

ChineseEncodingGuesser::Score ChineseEncodingGuesser::scoreBig5(const QByteArray &bytes)
{
    Score score;
    qsizetype offset = 0;
    while (offset + 1 < bytes.size()) {
        const int lead = uchar(bytes.at(offset));
        if (lead < 0x80) {
            ++offset;
            continue;
        }
        count(&score, classifyBig5(lead, uchar(bytes.at(offset + 1))));
        offset += 2;
    }
    return score;
}

TextEncoding::Encoding ChineseEncodingGuesser::guess(const QByteArray &bytes)
{
    // NOTE: a tie goes to GB18030, so a short Big5 text that uses only the
    // codes both frequent blocks share is read as GB18030 (see the header).
    if (scoreBig5(bytes).isHigherThan(scoreGb18030(bytes)))
        return TextEncoding::Encoding::Big5;
    return TextEncoding::Encoding::Gb18030;
}
