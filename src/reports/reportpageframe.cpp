#include "reportpageframe.h"

#include "dateformat.h"
#include "reportdocument.h"
#include "reportpage.h"
#include "translations.h"

namespace {

// Gaps between the header rule and the body, and between the body and
// the footer rule.
constexpr qreal HeaderGap = 4;
constexpr qreal BodyGap = 10;

const QColor FooterRuleColor(0x80, 0x80, 0x80);

} // namespace

ReportPageFrame::ReportPageFrame(const ReportDocument &document,
                                 const ReportTypesetter &typesetter, qreal width, qreal height)
    : m_typesetter(typesetter)
    , m_width(width)
{
    // The header, top down: company name, title, header lines.
    qreal y = 0;
    const auto addLines = [&](const QString &text, ReportTextStyle style) {
        if (text.isEmpty())
            return;
        const QList<ReportTextLine> lines = typesetter.wrapped(style, text, width);
        for (const ReportTextLine &line : lines) {
            m_headerLines.append({y + typesetter.ascent(style), line, style});
            y += typesetter.lineHeight(style);
        }
    };
    addLines(document.companyName, ReportTextStyle::Company);
    addLines(document.title, ReportTextStyle::Title);
    for (const QString &line : document.headerLines)
        addLines(line, ReportTextStyle::Small);
    m_headerRule = y + HeaderGap;
    m_bodyTop = m_headerRule + BodyGap;

    // The footer: one line of small text under a rule at the page bottom.
    const qreal footerLine = typesetter.lineHeight(ReportTextStyle::Small);
    m_footerBaseline = height - footerLine + typesetter.ascent(ReportTextStyle::Small);
    m_footerRule = height - footerLine - HeaderGap;
    m_bodyBottom = m_footerRule - BodyGap;

    // NOTE: tr() uses the installed translator, as the builders' texts do,
    // while the date follows document.language. The two agree only when
    // the document's language is the one installed.
    const QString printedAt =
        formatDateTime(document.printedAt, Translations::locale(document.language));
    if (!printedAt.isEmpty())
        m_printedText = tr("Printed %1").arg(printedAt);
}

void ReportPageFrame::decorate(ReportPage &page, int sectionPageCount) const
{
    for (const Line &line : m_headerLines)
        page.texts.append({QPointF(0, line.baseline), line.text.text, line.style});
    page.rules.append({QLineF(0, m_headerRule, m_width, m_headerRule), 0.75, Qt::black});

    page.rules.append(
        {QLineF(0, m_footerRule, m_width, m_footerRule), 0.5, FooterRuleColor});
    if (!m_printedText.isEmpty()) {
        page.texts.append(
            {QPointF(0, m_footerBaseline), m_printedText, ReportTextStyle::Small});
    }
    const QString number = tr("Page %1 of %2").arg(page.numberInSection).arg(sectionPageCount);
    const qreal numberWidth = m_typesetter.width(ReportTextStyle::Small, number);
    page.texts.append(
        {QPointF(m_width - numberWidth, m_footerBaseline), number, ReportTextStyle::Small});
}
