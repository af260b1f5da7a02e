#include "opentypecmap.h"

#include "opentypebytes.h"

#include <algorithm>

using namespace OpenTypeBytes;

namespace {

// (platform, encoding) of the subtables, in the order of preference.
struct Encoding
{
    quint16 platform;
    quint16 encoding;
    quint16 format;
};
constexpr Encoding PreferredEncodings[] = {
    {3, 10, 12}, // Windows, UCS-4
    {0, 4, 12},  // Unicode, full repertoire
    {3, 1, 4},   // Windows, Unicode BMP
    {0, 3, 4},   // Unicode, BMP
};

// Reads a format 12 subtable: groups of consecutive code points that map
// to consecutive glyphs.
std::optional<QList<OpenTypeCmap::Mapping>> readFormat12(const QByteArray &table,
                                                         qsizetype offset)
{
    if (offset + 16 > table.size())
        return std::nullopt;
    const quint32 groups = readUInt32(table, offset + 12);
    if (offset + 16 + 12 * qsizetype(groups) > table.size())
        return std::nullopt;

    QList<OpenTypeCmap::Mapping> mappings;
    for (quint32 i = 0; i < groups; ++i) {
        const qsizetype group = offset + 16 + 12 * qsizetype(i);
        const quint32 first = readUInt32(table, group);
        const quint32 last = std::min<quint32>(readUInt32(table, group + 4), 0x10FFFF);
        const quint32 glyph = readUInt32(table, group + 8);
        for (quint32 codePoint = first; codePoint <= last; ++codePoint) {
            const quint32 mapped = glyph + (codePoint - first);
            if (mapped == 0 || mapped > 0xFFFF)
                continue;
            mappings.append({char32_t(codePoint), quint16(mapped)});
        }
    }
    return mappings;
}

// Reads a format 4 subtable: segments of BMP code points, each mapped by
// a delta or through the glyph id array that idRangeOffset points into.
std::optional<QList<OpenTypeCmap::Mapping>> readFormat4(const QByteArray &table,
                                                        qsizetype offset)
{
    if (offset + 14 > table.size())
        return std::nullopt;
    const quint16 segments = readUInt16(table, offset + 6) / 2;
    const qsizetype endCodes = offset + 14;
    const qsizetype startCodes = endCodes + 2 * segments + 2;
    const qsizetype deltas = startCodes + 2 * segments;
    const qsizetype rangeOffsets = deltas + 2 * segments;
    if (rangeOffsets + 2 * segments > table.size())
        return std::nullopt;

    QList<OpenTypeCmap::Mapping> mappings;
    for (quint16 i = 0; i < segments; ++i) {
        const quint16 last = readUInt16(table, endCodes + 2 * i);
        const quint16 first = readUInt16(table, startCodes + 2 * i);
        const quint16 delta = readUInt16(table, deltas + 2 * i);
        const qsizetype rangeOffsetAt = rangeOffsets + 2 * i;
        const quint16 rangeOffset = readUInt16(table, rangeOffsetAt);
        for (quint32 codePoint = first; codePoint <= last && codePoint < 0xFFFF; ++codePoint) {
            quint16 glyph = 0;
            if (rangeOffset == 0) {
                glyph = quint16(codePoint + delta);
            } else {
                const qsizetype at = rangeOffsetAt + rangeOffset + 2 * (codePoint - first);
                if (at + 2 > table.size())
                    return std::nullopt;
                glyph = readUInt16(table, at);
                if (glyph != 0)
                    glyph = quint16(glyph + delta);
            }
            if (glyph != 0)
                mappings.append({char32_t(codePoint), glyph});
        }
    }
    return mappings;
}

} // namespace

std::optional<QList<OpenTypeCmap::Mapping>> OpenTypeCmap::read(const QByteArray &table)
{
    if (table.size() < 4)
        return std::nullopt;
    const quint16 subtables = readUInt16(table, 2);
    if (4 + 8 * qsizetype(subtables) > table.size())
        return std::nullopt;

    for (const Encoding &wanted : PreferredEncodings) {
        for (quint16 i = 0; i < subtables; ++i) {
            const qsizetype record = 4 + 8 * qsizetype(i);
            const qsizetype offset = readUInt32(table, record + 4);
            if (readUInt16(table, record) != wanted.platform
                || readUInt16(table, record + 2) != wanted.encoding
                || offset + 2 > table.size() || readUInt16(table, offset) != wanted.format) {
                continue;
            }
            return wanted.format == 12 ? readFormat12(table, offset)
                                       : readFormat4(table, offset);
        }
    }
    return std::nullopt;
}

QByteArray OpenTypeCmap::write(const QList<Mapping> &mappings)
{
    // Consecutive code points with consecutive glyphs share one group.
    QByteArray groups;
    quint32 groupCount = 0;
    qsizetype start = 0;
    while (start < mappings.size()) {
        qsizetype end = start;
        while (end + 1 < mappings.size()
               && mappings.at(end + 1).codePoint == mappings.at(end).codePoint + 1
               && mappings.at(end + 1).glyph == mappings.at(end).glyph + 1) {
            ++end;
        }
        appendUInt32(groups, mappings.at(start).codePoint);
        appendUInt32(groups, mappings.at(end).codePoint);
        appendUInt32(groups, mappings.at(start).glyph);
        ++groupCount;
        start = end + 1;
    }

    // Two encoding records share the subtable. Without the Unicode platform
    // record, FreeType 2.12 adds a Windows BMP map made from the glyph
    // names of a CFF font, which has no CJK entries, and Qt 6.4 uses the
    // last Unicode map of a face.
    QByteArray table;
    appendUInt16(table, 0); // version
    appendUInt16(table, 2); // encoding records
    appendUInt16(table, 0); // Unicode platform
    appendUInt16(table, 4); // full repertoire
    appendUInt32(table, 20); // offset of the subtable
    appendUInt16(table, 3); // Windows platform
    appendUInt16(table, 10); // UCS-4
    appendUInt32(table, 20);

    appendUInt16(table, 12); // format
    appendUInt16(table, 0);  // reserved
    appendUInt32(table, quint32(16 + groups.size()));
    appendUInt32(table, 0); // language
    appendUInt32(table, groupCount);
    return table + groups;
}
