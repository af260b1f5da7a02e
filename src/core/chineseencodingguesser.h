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
//             characters. For GB18030 that is GB2312 level 1 (B0A1-D7FE,
//             3755 simplified characters), for Big5 it is Big5 level 1
//             (A440-C67E, 5401 traditional characters).
//   unlikely  a code that a business file almost never contains. In both
//             encodings these are the user-defined codes, which decode to
//             Private Use characters. In GB18030 they include rows A4-A9
//             (kana, Greek, Cyrillic, pinyin letters, box drawing), in Big5
//             the Greek letters and bopomofo (A344-A3BF).
//   other     everything else: punctuation, symbols, less common characters.
// A reading scores (frequent - unlikely) / characters, and the higher score
// wins. Real Chinese text scores high in its own encoding, because nearly
// all of its characters are in the frequent block. The wrong reading puts
// many codes outside that block and some in the unlikely classes: Big5's
// frequent rows A4-AF are kana, Greek and user-defined codes in GB18030,
// and GB18030's full-width punctuation is bopomofo in Big5.
//
// Limits: the two frequent blocks share the codes with a lead byte B0-C5
// and a trail byte A1-FE. Text that uses only such codes, e.g. 北京 in
// GB18030 or 單號 in Big5, scores the same both ways. A tie goes to
// GB18030, the encoding the program read before it supported Big5, so a
// few characters of Big5 can be read as GB18030. The longer the text, the
// less likely that is. Any choice is a guess, so callers tell the user and
// let them choose the encoding.
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
