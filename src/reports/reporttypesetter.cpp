#include "reporttypesetter.h"

#include "reportfonts.h"

#include <QTextLayout>
#include <QTextOption>

#include <algorithm>

namespace {

constexpr ReportTextStyle AllStyles[] = {
    ReportTextStyle::Body,    ReportTextStyle::BodyBold, ReportTextStyle::Cell,
    ReportTextStyle::CellBold, ReportTextStyle::Heading, ReportTextStyle::Title,
    ReportTextStyle::Company, ReportTextStyle::Small,
};

// Dots per meter of a 72 dpi image.
constexpr int PointsPerMeter = 2835;

// Noto Sans CJK reserves 1.16 em above the baseline for stacked accents
// that reports never print. Ideographs reach 0.88 em and Latin accents
// about 1 em, so lines keep at most 1.06 em above and 0.3 em below.
constexpr qreal MaxAscentEm = 1.06;
constexpr qreal MaxDescentEm = 0.3;

constexpr qreal WidthToleranceEm = 0.15;

// Texts whose widths each style remembers.
constexpr qsizetype MaxCachedWidths = 20000;

} // namespace

ReportTypesetter::ReportTypesetter(UiLanguage language)
    : m_language(language)
    , m_device(1, 1, QImage::Format_ARGB32_Premultiplied)
{
    m_device.setDotsPerMeterX(PointsPerMeter);
    m_device.setDotsPerMeterY(PointsPerMeter);

    m_styles.reserve(std::size(AllStyles));
    for (ReportTextStyle style : AllStyles) {
        const QFont styleFont = font(language, style);
        const QFontMetricsF metrics(styleFont, &m_device);
        const qreal size = pointSize(style);
        const qreal ascent = std::min(metrics.ascent(), MaxAscentEm * size);
        const qreal descent = std::min(metrics.descent(), MaxDescentEm * size);
        m_styles.push_back({styleFont, metrics, ascent, ascent + descent});
    }
}

qreal ReportTypesetter::pointSize(ReportTextStyle style)
{
    switch (style) {
    case ReportTextStyle::Body:
    case ReportTextStyle::BodyBold:
        return 9.5;
    case ReportTextStyle::Cell:
    case ReportTextStyle::CellBold:
        return 8.5;
    case ReportTextStyle::Heading:
        return 12.5;
    case ReportTextStyle::Title:
        return 15;
    case ReportTextStyle::Company:
        return 10;
    case ReportTextStyle::Small:
        return 8;
    }
    return 9.5;
}

bool ReportTypesetter::isBold(ReportTextStyle style)
{
    switch (style) {
    case ReportTextStyle::BodyBold:
    case ReportTextStyle::CellBold:
    case ReportTextStyle::Heading:
    case ReportTextStyle::Title:
    case ReportTextStyle::Company:
        return true;
    case ReportTextStyle::Body:
    case ReportTextStyle::Cell:
    case ReportTextStyle::Small:
        break;
    }
    return false;
}

QFont ReportTypesetter::font(UiLanguage language, ReportTextStyle style, qreal dpi)
{
    return ReportFonts::font(language, pointSize(style) * 72 / dpi, isBold(style));
}

qreal ReportTypesetter::lineHeight(ReportTextStyle style) const
{
    return metricsOf(style).lineHeight;
}

qreal ReportTypesetter::ascent(ReportTextStyle style) const
{
    return metricsOf(style).ascent;
}

qreal ReportTypesetter::width(ReportTextStyle styleId, const QString &text) const
{
    const StyleMetrics &style = metricsOf(styleId);
    const auto known = style.widths.constFind(text);
    if (known != style.widths.cend())
        return *known;

    // The cache is emptied when full, which bounds its memory.
    if (style.widths.size() >= MaxCachedWidths)
        style.widths.clear();
    const qreal width = style.metrics.horizontalAdvance(text);
    style.widths.insert(text, width);
    return width;
}

QList<ReportTextLine> ReportTypesetter::wrapped(ReportTextStyle style, const QString &text,
                                                qreal width) const
{
    QString prepared = text;
    prepared.replace(QLatin1Char('\t'), QLatin1Char(' '));
    prepared.replace(QLatin1String("\r\n"), QString(QChar::LineSeparator));
    prepared.replace(QLatin1Char('\n'), QChar::LineSeparator);
    prepared.replace(QLatin1Char('\r'), QChar::LineSeparator);

    QTextLayout layout(prepared, metricsOf(style).font, &m_device);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);

    QList<ReportTextLine> lines;
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        // QTextLayout keeps the ink of a line's last glyph inside the line,
        // so a glyph whose ink passes its advance (the bold 数 by 0.6 pt)
        // would wrap text that width() measured to fit. The tolerance lets
        // such ink reach into the padding around the text.
        line.setLineWidth(width + WidthToleranceEm * pointSize(style));
        QString lineText = prepared.mid(line.textStart(), line.textLength());
        while (!lineText.isEmpty()
               && (lineText.back().isSpace() || lineText.back() == QChar::LineSeparator)) {
            lineText.chop(1);
        }
        lines.append({lineText, line.naturalTextWidth()});
    }
    layout.endLayout();

    if (lines.isEmpty())
        lines.append(ReportTextLine());
    return lines;
}

ReportTextLine ReportTypesetter::elided(ReportTextStyle style, const QString &text,
                                        qreal width) const
{
    const QFontMetricsF &metrics = metricsOf(style).metrics;
    const QString line = singleLine(text);
    const qreal fullWidth = metrics.horizontalAdvance(line);
    if (fullWidth <= width)
        return {line, fullWidth};
    const QString cut = metrics.elidedText(line, Qt::ElideRight, width);
    return {cut, metrics.horizontalAdvance(cut)};
}

QString ReportTypesetter::singleLine(const QString &text)
{
    const auto isBreak = [](QChar c) {
        return c == QLatin1Char('\n') || c == QLatin1Char('\r') || c == QLatin1Char('\t')
               || c == QChar::LineSeparator || c == QChar::ParagraphSeparator;
    };

    // Most cells have no breaks; they are returned without a copy.
    if (std::none_of(text.cbegin(), text.cend(), isBreak))
        return text;

    QString line = text;
    std::replace_if(line.begin(), line.end(), isBreak, QLatin1Char(' '));
    return line;
}
