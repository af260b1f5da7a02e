#pragma once

#include <QByteArray>
#include <QList>

#include <optional>

// The Unicode character-to-glyph mapping of an OpenType 'cmap' table.
class OpenTypeCmap
{
public:
    struct Mapping
    {
        char32_t codePoint = 0;
        quint16 glyph = 0;
    };

    // Reads the Unicode mappings of a 'cmap' table, sorted by code point:
    // from the full-repertoire subtable (Windows UCS-4 or Unicode full,
    // format 12) when there is one, else from the BMP subtable (format 4).
    // Returns std::nullopt when the table has neither.
    static std::optional<QList<Mapping>> read(const QByteArray &table);

    // Writes a 'cmap' table with one format 12 subtable for mappings, which
    // must be sorted by code point, listed as Unicode full repertoire and
    // as Windows UCS-4. Format 12 alone is enough for FreeType and
    // HarfBuzz, and a format 4 subtable cannot hold the tens of thousands
    // of BMP mappings of a CJK font.
    static QByteArray write(const QList<Mapping> &mappings);
};
