#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

// The tables of one face of an OpenType or TrueType font file, or of one
// face of a font collection (.ttc), and the writer of a standalone font
// file from them. The layout follows the OpenType specification, chapter
// "Font file" (table directory and TTC header).
class OpenTypeFont
{
public:
    // Returns the number of faces in data: numFonts of a collection, 1 for
    // a plain font file, 0 when data is neither.
    static int faceCount(const QByteArray &data);

    // Reads the table directory of face faceIndex in data. The tables are
    // copied out of data, so data may be released afterwards. Returns
    // std::nullopt when data is not a font or a table lies outside it.
    static std::optional<OpenTypeFont> read(const QByteArray &data, int faceIndex);

    // Returns the name record nameId (1 family, 2 subfamily, 6 PostScript
    // name, ...) for Windows, Unicode BMP, US English, or an empty string.
    QString name(quint16 nameId) const;

    QByteArray table(quint32 tag) const;
    void setTable(quint32 tag, const QByteArray &data);

    // Writes the tables as a standalone font: sfnt header, table records
    // sorted by tag with their checksums, 4-byte aligned table data, and
    // the checkSumAdjustment of the 'head' table.
    QByteArray toByteArray() const;

    // Returns a 'name' table with the Windows US English records of names,
    // given as (nameId, text) pairs.
    static QByteArray nameTable(const QList<std::pair<quint16, QString>> &names);

    static constexpr quint32 tag(const char (&text)[5])
    {
        return quint32(quint8(text[0])) << 24 | quint32(quint8(text[1])) << 16
               | quint32(quint8(text[2])) << 8 | quint32(quint8(text[3]));
    }

private:
    struct Table
    {
        quint32 tag = 0;
        QByteArray data;
    };

    quint32 m_sfntVersion = 0;
    QList<Table> m_tables;
};
