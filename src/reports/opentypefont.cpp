#include "opentypefont.h"

#include "opentypebytes.h"

#include <QtEndian>

#include <algorithm>

using namespace OpenTypeBytes;

namespace {

constexpr quint32 CollectionTag = OpenTypeFont::tag("ttcf");
constexpr quint32 HeadTag = OpenTypeFont::tag("head");
constexpr quint32 NameTag = OpenTypeFont::tag("name");

// Windows platform, Unicode BMP encoding, US English.
constexpr quint16 WindowsPlatform = 3;
constexpr quint16 UnicodeBmpEncoding = 1;
constexpr quint16 UsEnglish = 0x409;

// Offset of checkSumAdjustment in the 'head' table.
constexpr int ChecksumAdjustmentOffset = 8;

// The sum of data as big-endian 32-bit words, the last one padded with
// zero bytes.
quint32 checksum(const QByteArray &data)
{
    quint32 sum = 0;
    const qsizetype fullWords = data.size() / 4;
    for (qsizetype i = 0; i < fullWords; ++i)
        sum += readUInt32(data, i * 4);
    quint32 last = 0;
    for (qsizetype i = fullWords * 4; i < data.size(); ++i)
        last |= quint32(quint8(data.at(i))) << (8 * (3 - i % 4));
    return sum + last;
}

// Returns the offset of the table directory of faceIndex, or -1.
qsizetype directoryOffset(const QByteArray &data, int faceIndex)
{
    if (data.size() < 12 || faceIndex < 0)
        return -1;
    if (readUInt32(data, 0) != CollectionTag)
        return faceIndex == 0 ? 0 : -1;

    const quint32 faces = readUInt32(data, 8);
    if (quint32(faceIndex) >= faces || data.size() < 12 + 4 * qsizetype(faces))
        return -1;
    return readUInt32(data, 12 + 4 * faceIndex);
}

} // namespace

int OpenTypeFont::faceCount(const QByteArray &data)
{
    if (data.size() < 12)
        return 0;
    const quint32 version = readUInt32(data, 0);
    if (version == CollectionTag)
        return int(std::min<quint32>(readUInt32(data, 8), 0xFFFF));

    // TrueType outlines (1.0 or 'true') or CFF outlines ('OTTO').
    const bool isFont = version == 0x00010000 || version == tag("true")
                        || version == tag("OTTO");
    return isFont ? 1 : 0;
}

std::optional<OpenTypeFont> OpenTypeFont::read(const QByteArray &data, int faceIndex)
{
    const qsizetype directory = directoryOffset(data, faceIndex);
    if (directory < 0 || directory + 12 > data.size())
        return std::nullopt;

    OpenTypeFont font;
    font.m_sfntVersion = readUInt32(data, directory);
    const quint16 tableCount = readUInt16(data, directory + 4);
    if (directory + 12 + 16 * qsizetype(tableCount) > data.size())
        return std::nullopt;

    // Each record: tag, checksum, offset from the start of the file, length.
    for (quint16 i = 0; i < tableCount; ++i) {
        const qsizetype record = directory + 12 + 16 * qsizetype(i);
        const quint32 offset = readUInt32(data, record + 8);
        const quint32 length = readUInt32(data, record + 12);
        if (qsizetype(offset) + qsizetype(length) > data.size())
            return std::nullopt;
        font.m_tables.append({readUInt32(data, record), data.mid(offset, length)});
    }
    return font;
}

QString OpenTypeFont::name(quint16 nameId) const
{
    const QByteArray names = table(NameTag);
    if (names.size() < 6)
        return QString();

    const quint16 count = readUInt16(names, 2);
    const quint16 storage = readUInt16(names, 4);
    for (quint16 i = 0; i < count; ++i) {
        const qsizetype record = 6 + 12 * qsizetype(i);
        if (record + 12 > names.size())
            break;
        if (readUInt16(names, record) != WindowsPlatform
            || readUInt16(names, record + 2) != UnicodeBmpEncoding
            || readUInt16(names, record + 4) != UsEnglish
            || readUInt16(names, record + 6) != nameId) {
            continue;
        }

        const quint16 length = readUInt16(names, record + 8);
        const qsizetype start = storage + readUInt16(names, record + 10);
        if (start + length > names.size())
            return QString();
        QString text;
        for (qsizetype at = start; at + 1 < start + length; at += 2)
            text.append(QChar(readUInt16(names, at)));
        return text;
    }
    return QString();
}

QByteArray OpenTypeFont::table(quint32 tag) const
{
    for (const Table &table : m_tables) {
        if (table.tag == tag)
            return table.data;
    }
    return QByteArray();
}

void OpenTypeFont::setTable(quint32 tag, const QByteArray &data)
{
    for (Table &table : m_tables) {
        if (table.tag == tag) {
            table.data = data;
            return;
        }
    }
    m_tables.append({tag, data});
}

QByteArray OpenTypeFont::toByteArray() const
{
    QList<Table> tables = m_tables;
    std::sort(tables.begin(), tables.end(),
              [](const Table &a, const Table &b) { return a.tag < b.tag; });

    // checkSumAdjustment is computed over the font with the field at zero.
    for (Table &table : tables) {
        if (table.tag == HeadTag && table.data.size() >= ChecksumAdjustmentOffset + 4)
            qToBigEndian(quint32(0), table.data.data() + ChecksumAdjustmentOffset);
    }

    // The header fields searchRange, entrySelector and rangeShift speed up
    // a binary search over the records.
    const quint16 count = quint16(tables.size());
    quint16 entrySelector = 0;
    while ((2u << entrySelector) <= count)
        ++entrySelector;
    const quint16 searchRange = quint16(16u << entrySelector);

    QByteArray font;
    appendUInt32(font, m_sfntVersion);
    appendUInt16(font, count);
    appendUInt16(font, searchRange);
    appendUInt16(font, entrySelector);
    appendUInt16(font, quint16(count * 16 - searchRange));

    quint32 offset = 12 + 16 * quint32(count);
    for (const Table &table : tables) {
        appendUInt32(font, table.tag);
        appendUInt32(font, checksum(table.data));
        appendUInt32(font, offset);
        appendUInt32(font, quint32(table.data.size()));
        offset += (quint32(table.data.size()) + 3) & ~3u;
    }

    qsizetype headOffset = -1;
    font.reserve(offset);
    for (const Table &table : tables) {
        if (table.tag == HeadTag)
            headOffset = font.size();
        font.append(table.data);
        font.append((4 - table.data.size() % 4) % 4, '\0');
    }

    if (headOffset >= 0 && font.size() >= headOffset + ChecksumAdjustmentOffset + 4) {
        const quint32 adjustment = 0xB1B0AFBA - checksum(font);
        qToBigEndian(adjustment, font.data() + headOffset + ChecksumAdjustmentOffset);
    }
    return font;
}

QByteArray OpenTypeFont::nameTable(const QList<std::pair<quint16, QString>> &names)
{
    QList<std::pair<quint16, QString>> sorted = names;
    std::sort(sorted.begin(), sorted.end(),
              [](const auto &a, const auto &b) { return a.first < b.first; });

    QByteArray storage;
    QByteArray table;
    appendUInt16(table, 0); // format
    appendUInt16(table, quint16(sorted.size()));
    appendUInt16(table, quint16(6 + 12 * sorted.size()));
    for (const auto &[nameId, text] : sorted) {
        const qsizetype start = storage.size();
        for (QChar c : text)
            appendUInt16(storage, c.unicode());
        appendUInt16(table, WindowsPlatform);
        appendUInt16(table, UnicodeBmpEncoding);
        appendUInt16(table, UsEnglish);
        appendUInt16(table, nameId);
        appendUInt16(table, quint16(storage.size() - start));
        appendUInt16(table, quint16(start));
    }
    return table + storage;
}
