#include "reportfontbuilder.h"

#include "opentypecmap.h"
#include "opentypefont.h"
#include "opentypegsub.h"

#include <QFile>

namespace {

// Name ids of the OpenType 'name' table.
enum NameId : quint16 {
    CopyrightName = 0,
    FamilyName = 1,
    SubfamilyName = 2,
    UniqueName = 3,
    FullName = 4,
    VersionName = 5,
    PostScriptName = 6,
    TrademarkName = 7,
    ManufacturerName = 8,
    LicenseName = 13,
    LicenseUrlName = 14,
};

// Finds the face called postScriptName among the faces of data.
std::optional<OpenTypeFont> findFace(const QByteArray &data, const QString &postScriptName)
{
    const int faces = OpenTypeFont::faceCount(data);
    for (int i = 0; i < faces; ++i) {
        std::optional<OpenTypeFont> face = OpenTypeFont::read(data, i);
        if (face && face->name(PostScriptName) == postScriptName)
            return face;
    }
    return std::nullopt;
}

// Returns the PostScript name of family and subfamily: the family without
// spaces, a hyphen, the subfamily.
QString postScriptNameOf(const QString &family, const QString &subfamily)
{
    QString name = family;
    name.remove(QLatin1Char(' '));
    return name + QLatin1Char('-') + subfamily;
}

} // namespace

QByteArray ReportFontBuilder::build(const QString &path, const QString &postScriptName,
                                    const QString &family, const QString &subfamily,
                                    QString *error)
{
    // Map the file: a Noto Sans CJK collection is about 20 MB, and only one
    // of its faces is copied out.
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read the font file %1: %2.").arg(path, file.errorString());
        return QByteArray();
    }
    const qint64 size = file.size();
    uchar *mapped = file.map(0, size);
    if (!mapped) {
        *error = tr("Cannot read the font file %1: %2.").arg(path, file.errorString());
        return QByteArray();
    }
    const QByteArray data = QByteArray::fromRawData(reinterpret_cast<const char *>(mapped),
                                                    qsizetype(size));
    std::optional<OpenTypeFont> face = findFace(data, postScriptName);
    if (!face) {
        *error = tr("The font file %1 does not contain the font %2.").arg(path, postScriptName);
        return QByteArray();
    }

    const std::optional<QList<OpenTypeCmap::Mapping>> mappings =
        OpenTypeCmap::read(face->table(OpenTypeFont::tag("cmap")));
    if (!mappings) {
        *error = tr("The font %1 in %2 has no Unicode character map.").arg(postScriptName, path);
        return QByteArray();
    }
    QList<OpenTypeCmap::Mapping> reportMappings;
    reportMappings.reserve(mappings->size());
    for (const OpenTypeCmap::Mapping &mapping : *mappings) {
        if (!isDroppedCodePoint(mapping.codePoint))
            reportMappings.append(mapping);
    }
    face->setTable(OpenTypeFont::tag("cmap"), OpenTypeCmap::write(reportMappings));

    // Qt 6.4's PDF writer can map back to text only glyphs that the
    // character map reaches, but the substitutions HarfBuzz applies by
    // default lead to other glyphs. Localized forms replace the digits and
    // spaces of Latin text, so "Page 1 of 7" extracted as "Page of". In a
    // zh_TW, zh_HK, Japanese or Korean process locale they would replace
    // ideographs too. Ligatures turn "office" into "oﬃce". Without these
    // features the face alone decides the glyph shapes (SC or TC).
    const QByteArray gsub = face->table(OpenTypeFont::tag("GSUB"));
    if (!gsub.isEmpty()) {
        const QList<quint32> substitutions = {
            OpenTypeFont::tag("locl"), OpenTypeFont::tag("liga"), OpenTypeFont::tag("clig"),
            OpenTypeFont::tag("calt"), OpenTypeFont::tag("rlig"), OpenTypeFont::tag("rclt"),
        };
        face->setTable(OpenTypeFont::tag("GSUB"),
                       OpenTypeGsub::withoutFeatures(gsub, substitutions));
    }

    // A family of its own keeps the changed face apart from the installed
    // one, and the copyright and license records go with it.
    QList<std::pair<quint16, QString>> names = {
        {FamilyName, family},
        {SubfamilyName, subfamily},
        {UniqueName, family + QLatin1Char(' ') + subfamily},
        {FullName, family + QLatin1Char(' ') + subfamily},
        {PostScriptName, postScriptNameOf(family, subfamily)},
    };
    for (quint16 id : {CopyrightName, VersionName, TrademarkName, ManufacturerName, LicenseName,
                       LicenseUrlName}) {
        const QString text = face->name(id);
        if (!text.isEmpty())
            names.append({id, text});
    }
    face->setTable(OpenTypeFont::tag("name"), OpenTypeFont::nameTable(names));
    return face->toByteArray();
}

bool ReportFontBuilder::isDroppedCodePoint(char32_t codePoint)
{
    return codePoint < 0x20 || (codePoint >= 0x7F && codePoint <= 0x9F)
           || (codePoint >= 0x2E80 && codePoint <= 0x2FDF) || codePoint == 0x2012;
}
