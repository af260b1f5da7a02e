#include "reportfonts.h"

#include "logging.h"
#include "reportfontbuilder.h"

#include <QFileInfo>
#include <QFontDatabase>
#include <QMutex>
#include <QStandardPaths>

namespace {

// One glyph-shape variant of Noto Sans CJK.
struct FontVariant
{
    QLatin1String installedFamily; // the family fontconfig lists
    QLatin1String postScriptStem;  // the faces' PostScript names without "-Bold"
    QLatin1String reportFamily;    // the family the report copy is registered as
};

const FontVariant SimplifiedVariant = {QLatin1String("Noto Sans CJK SC"),
                                       QLatin1String("NotoSansCJKsc"),
                                       QLatin1String("ChargeDesk Noto Sans CJK SC")};
const FontVariant TraditionalVariant = {QLatin1String("Noto Sans CJK TC"),
                                        QLatin1String("NotoSansCJKtc"),
                                        QLatin1String("ChargeDesk Noto Sans CJK TC")};

const FontVariant &variantFor(UiLanguage language)
{
    return language == UiLanguage::TraditionalChinese ? TraditionalVariant : SimplifiedVariant;
}

// The outcome of loading a variant, kept so that a variant is read once.
struct LoadState
{
    bool attempted = false;
    QString error;
};

QMutex g_mutex;
LoadState g_simplified;
LoadState g_traditional;

LoadState &stateFor(const FontVariant &variant)
{
    return &variant == &TraditionalVariant ? g_traditional : g_simplified;
}

// Returns the path of fileName in the Noto folder of the shared data
// directories (/usr/share/fonts/opentype/noto on Debian), or an empty string.
QString findCollection(const QString &fileName)
{
    const QString relative = QStringLiteral("fonts/opentype/noto/") + fileName;
    QString path = QStandardPaths::locate(QStandardPaths::GenericDataLocation, relative);
    if (path.isEmpty() && QFileInfo::exists(QStringLiteral("/usr/share/") + relative))
        path = QStringLiteral("/usr/share/") + relative;
    return path;
}

// Builds and registers one face; returns a translated error or an empty string.
QString registerFace(const FontVariant &variant, const QString &weight)
{
    const QString fileName = QStringLiteral("NotoSansCJK-%1.ttc").arg(weight);
    const QString path = findCollection(fileName);
    if (path.isEmpty()) {
        return ReportFonts::tr("The font Noto Sans CJK (%1) is not installed, so reports "
                               "cannot print Chinese text. Install the Debian package "
                               "fonts-noto-cjk.")
            .arg(fileName);
    }

    QString error;
    const QByteArray data = ReportFontBuilder::build(
        path, variant.postScriptStem + QLatin1Char('-') + weight, variant.reportFamily, weight,
        &error);
    if (data.isEmpty())
        return error;

    const int id = QFontDatabase::addApplicationFontFromData(data);
    if (id < 0 || !QFontDatabase::applicationFontFamilies(id).contains(variant.reportFamily)) {
        return ReportFonts::tr("The font %1 from %2 could not be loaded. Reinstall the Debian "
                               "package fonts-noto-cjk.")
            .arg(variant.postScriptStem + QLatin1Char('-') + weight, path);
    }
    return QString();
}

// Loads both weights of variant once; returns the error of that attempt.
QString loadVariant(const FontVariant &variant)
{
    QMutexLocker locker(&g_mutex);
    LoadState &state = stateFor(variant);
    if (state.attempted)
        return state.error;

    state.attempted = true;
    for (const QString &weight : {QStringLiteral("Regular"), QStringLiteral("Bold")}) {
        state.error = registerFace(variant, weight);
        if (!state.error.isEmpty()) {
            qCWarning(lcReport) << "Report font" << variant.reportFamily
                                << "not loaded:" << state.error;
            return state.error;
        }
    }
    qCInfo(lcReport) << "Loaded report font" << variant.reportFamily;
    return QString();
}

} // namespace

QString ReportFonts::ensureAvailable()
{
    return loadVariant(variantFor(currentUiLanguage()));
}

QFont ReportFonts::font(UiLanguage language, qreal pointSize, bool bold)
{
    const FontVariant &variant = variantFor(language);
    QStringList families;
    if (loadVariant(variant).isEmpty())
        families << variant.reportFamily;
    families << variant.installedFamily;

    QFont font(families.first());
    font.setFamilies(families);
    font.setPointSizeF(pointSize);
    font.setWeight(bold ? QFont::Bold : QFont::Normal);
    font.setHintingPreference(QFont::PreferNoHinting);
    return font;
}
