#pragma once

#include "uilanguage.h"

#include <QCoreApplication>
#include <QFont>
#include <QString>

// The fonts reports print with: Noto Sans CJK, which has Latin letters,
// digits and Chinese in one design, so Chinese text prints in any UI
// language and a PDF embeds it. Traditional Chinese documents use the
// Traditional Chinese glyph shapes (Noto Sans CJK TC), every other document
// the Simplified ones (SC).
//
// The faces are read from the collections of Debian's fonts-noto-cjk
// (/usr/share/fonts/opentype/noto/NotoSansCJK-{Regular,Bold}.ttc) and
// registered as application fonts with a corrected character map and
// substitutions (see ReportFontBuilder for why). Each loaded variant keeps
// two faces of about 16 MB each in memory. Both functions need a
// QGuiApplication; the offscreen platform will do.
class ReportFonts
{
    Q_DECLARE_TR_FUNCTIONS(ReportFonts)

public:
    // Makes sure a CJK-capable font is loaded for reports; returns an empty
    // string, or a translated error that names the missing font and the
    // Debian package to install (fonts-noto-cjk). Loads the variant of the
    // current UI language. Call it from the GUI thread before a report is
    // laid out in a worker thread. font() loads a missing variant itself,
    // in any thread, which reads both collections (about 40 MB).
    static QString ensureAvailable();

    // The font reports use for language at pointSize. It has no hinting, so
    // text measures the same on every device. Falls back to the installed
    // Noto Sans CJK family, then to the default font, when the report faces
    // cannot be loaded.
    static QFont font(UiLanguage language, qreal pointSize, bool bold = false);
};
