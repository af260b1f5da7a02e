#pragma once

#include "textencoding.h"

#include <QByteArray>

// Chooses between GB18030 and Big5 for bytes that decode without error in
// both, such as a CSV file that Excel saved on Simplified Chinese Windows
// (GBK, read as GB18030) or on Traditional Chinese Windows (Big5, code page
// 950). Both encodings put a Chinese character in two bytes of the same
// ranges, so the wrong one usually decodes too, into other characters.
//
// How it decides: each two-byte code is read the way each encoding reads
// it and sorted into one of three classes.
//   frequent  a character of the encoding's block of frequently used
//             characters: GB2312 level 1 (B0A1-D7FE, 3755 simplified
//             characters) for GB18030, Big5 level 1 (A440-C67E, 5401
//             traditional characters) for Big5.
//   unlikely  a code a business file almost never contains: user-defined
//             codes (Private Use characters) in either encoding; kana,
//             Greek, Cyrillic, pinyin letters and box drawing (rows A4-A9)
//             in GB18030; Greek letters and bopomofo (A344-A3BF) in Big5.
//   other     everything else: punctuation, symbols, less common characters.
// A reading scores (frequent - unlikely) / characters. Real Chinese text
// scores close to 1 in its own encoding, because nearly every character of
// running text is in the frequent block. The wrong reading lands about half
// of its codes outside that block, many of them in the unlikely classes:
// Big5's frequent rows A4-AF are kana, Greek and user-defined codes in
// GB18030, and GB18030's full-width punctuation is bopomofo in Big5.
//
// Limits: the two frequent blocks share the codes with a lead byte B0-C5 and
// a trail byte A1-FE. Text that uses only such codes, e.g. a single word such as 北京 in GB18030 or 單號
// in Big5, scores the same both ways, and a tie goes to GB18030, the
// encoding the program read before Big5 was supported. So a few characters
// of Big5 can be read as GB18030; the longer the text, the less likely.
// Whatever it chooses is a guess, so callers tell the user and let them
// choose the encoding.
class ChineseEncodingGuesser
{
public:
    // The classes of the multi-byte characters of one reading of the bytes.
    struct Score
    {
        int characters = 0; // multi-byte characters; ASCII bytes are not counted
        int frequent = 0;
        int unlikely = 0;

        // Returns true when this reading has a higher share of frequent
        // minus unlikely characters than other.
        bool isHigherThan(const Score &other) const;
    };

    // Scores bytes read as GB18030 and as Big5.
    static Score scoreGb18030(const QByteArray &bytes);
    static Score scoreBig5(const QByteArray &bytes);

    // Returns Encoding::Big5 when the Big5 reading scores higher, otherwise
    // Encoding::Gb18030. The bytes should decode without error in both.
    static TextEncoding::Encoding guess(const QByteArray &bytes);
};
