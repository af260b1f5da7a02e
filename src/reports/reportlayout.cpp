#include "reportlayout.h"

#include "reportpageframe.h"
#include "reportpager.h"
#include "reporttablecolumns.h"
#include "reporttablepaginator.h"
#include "reporttypesetter.h"

#include <QHash>

#include <algorithm>

namespace {

// Vertical space around blocks, in points.
constexpr qreal SpaceBeforeHeading = 8;
constexpr qreal SpaceAfterHeading = 4;
constexpr qreal SpaceAfterParagraph = 6;
constexpr qreal SpaceAfterTable = 10;
constexpr qreal SpaceAfterImage = 6;

// The gap between a field's label and its value, and the largest share of
// the page width that the labels take.
constexpr qreal FieldLabelGap = 12;
constexpr qreal MaxFieldLabelShare = 0.4;

// A fields block broken into lines: bold labels in a column of at most
// MaxFieldLabelShare of the width, and each value beside its label.
struct FieldLines
{
    qreal labelWidth = 0;
    qreal valueLeft = 0;
    QList<QList<ReportTextLine>> labels;
    QList<QList<ReportTextLine>> values;

    qsizetype lineCount(qsizetype field) const
    {
        return std::max(labels.at(field).size(), values.at(field).size());
    }
};

FieldLines wrapFields(const ReportTypesetter &typesetter, const QList<ReportField> &fields,
                      qreal width)
{
    FieldLines result;
    for (const ReportField &field : fields)
        result.labelWidth = std::max(result.labelWidth,
                                     typesetter.width(ReportTextStyle::BodyBold, field.label));
    result.labelWidth = std::min(result.labelWidth, width * MaxFieldLabelShare);
    result.valueLeft = result.labelWidth + FieldLabelGap;
    const qreal valueWidth = width - result.valueLeft;
    for (const ReportField &field : fields) {
        result.labels.append(
            typesetter.wrapped(ReportTextStyle::BodyBold, field.label, result.labelWidth));
        result.values.append(typesetter.wrapped(ReportTextStyle::Body, field.value, valueWidth));
    }
    return result;
}

} // namespace

ReportLayout::ReportLayout(const ReportDocument &document, const ReportTypesetter &typesetter,
                           QList<ReportTableColumns> &columns, const QSizeF &pageSize)
    : m_document(document)
    , m_typesetter(typesetter)
    , m_columns(columns)
    , m_pageSize(pageSize)
{
}

bool ReportLayout::run(const std::function<bool()> &stepDone)
{
    const ReportPageFrame frame(m_document, m_typesetter, m_pageSize.width(),
                                m_pageSize.height());
    ReportPager pager(m_pageSize.width(), frame.bodyTop(), frame.bodyBottom());
    m_pager = &pager;

    // A heading measures the start of the table after it before the table
    // is placed, so every table is fitted first.
    for (ReportTableColumns &columns : m_columns)
        columns.fit(m_pageSize.width());

    qsizetype table = 0; // the index in m_columns of the next table block
    for (qsizetype index = 0; index < m_document.blocks.size(); ++index) {
        const ReportBlock &block = m_document.blocks.at(index);
        switch (block.kind) {
        case ReportBlock::Kind::Heading: {
            // A heading shares its page with the start of the next block,
            // below the space that follows the heading.
            const qreal next = index + 1 < m_document.blocks.size()
                                   ? leadingHeight(index + 1, table)
                                   : 0;
            const qreal lines = m_typesetter
                                    .wrapped(ReportTextStyle::Heading, block.text,
                                             m_pageSize.width())
                                    .size()
                                * m_typesetter.lineHeight(ReportTextStyle::Heading);
            if (!pager.ensureSpace(SpaceBeforeHeading + lines + SpaceAfterHeading + next)
                && !pager.isPageEmpty()) {
                pager.advance(SpaceBeforeHeading);
            }
            placeLines(block.text, ReportTextStyle::Heading, SpaceAfterHeading, true);
            break;
        }
        case ReportBlock::Kind::Paragraph:
            if (introducesTable(index))
                pager.ensureSpace(leadingHeight(index, table));
            placeLines(block.text, ReportTextStyle::Body, SpaceAfterParagraph, false);
            break;
        case ReportBlock::Kind::Fields:
            if (introducesTable(index))
                pager.ensureSpace(leadingHeight(index, table));
            placeFields(block.fields);
            break;
        case ReportBlock::Kind::Table: {
            ReportTablePaginator paginator(block.table, m_columns.at(table++), m_typesetter,
                                           pager);
            if (!paginator.place(stepDone)) {
                m_pager = nullptr;
                return false;
            }
            pager.advance(SpaceAfterTable);
            break;
        }
        case ReportBlock::Kind::Image:
            if (introducesTable(index))
                pager.ensureSpace(leadingHeight(index, table));
            placeImage(block.image);
            break;
        case ReportBlock::Kind::Spacer:
            // A blank line at the top of a page would only push the body down.
            if (!pager.ensureSpace(m_typesetter.lineHeight(ReportTextStyle::Body))
                && !pager.isPageEmpty()) {
                pager.advance(m_typesetter.lineHeight(ReportTextStyle::Body));
            }
            break;
        case ReportBlock::Kind::SectionBreak:
            pager.breakSection();
            break;
        }

        if (stepDone && !stepDone()) {
            m_pager = nullptr;
            return false;
        }
    }
    m_pager = nullptr;

    // Every page's header and footer, with the page count of its section.
    m_pages = pager.takePages();
    QHash<int, int> sectionPageCounts;
    for (const ReportPage &page : std::as_const(m_pages)) {
        int &count = sectionPageCounts[page.section];
        count = std::max(count, page.numberInSection);
    }
    for (ReportPage &page : m_pages)
        frame.decorate(page, sectionPageCounts.value(page.section));
    return true;
}

void ReportLayout::placeLines(const QString &text, ReportTextStyle style, qreal spaceAfter,
                              bool keepTogether)
{
    const QList<ReportTextLine> lines = m_typesetter.wrapped(style, text, m_pageSize.width());
    const qreal lineHeight = m_typesetter.lineHeight(style);
    if (keepTogether)
        m_pager->ensureSpace(lines.size() * lineHeight);

    for (const ReportTextLine &line : lines) {
        m_pager->ensureSpace(lineHeight);
        if (!line.text.isEmpty()) {
            const QPointF baseline(0, m_pager->y() + m_typesetter.ascent(style));
            m_pager->addText(baseline, line.text, style);
        }
        m_pager->advance(lineHeight);
    }
    m_pager->advance(spaceAfter);
}

void ReportLayout::placeFields(const QList<ReportField> &fields)
{
    const FieldLines lines = wrapFields(m_typesetter, fields, m_pageSize.width());
    const qreal lineHeight = m_typesetter.lineHeight(ReportTextStyle::Body);
    const qreal ascent = m_typesetter.ascent(ReportTextStyle::Body);

    // Each field stays whole on one page.
    for (qsizetype field = 0; field < fields.size(); ++field) {
        const QList<ReportTextLine> &labelLines = lines.labels.at(field);
        const QList<ReportTextLine> &valueLines = lines.values.at(field);
        const qsizetype lineCount = lines.lineCount(field);
        m_pager->ensureSpace(lineCount * lineHeight);

        const qreal top = m_pager->y();
        for (qsizetype line = 0; line < labelLines.size(); ++line) {
            const QPointF baseline(0, top + line * lineHeight + ascent);
            m_pager->addText(baseline, labelLines.at(line).text, ReportTextStyle::BodyBold);
        }
        for (qsizetype line = 0; line < valueLines.size(); ++line) {
            const QPointF baseline(lines.valueLeft, top + line * lineHeight + ascent);
            m_pager->addText(baseline, valueLines.at(line).text, ReportTextStyle::Body);
        }
        m_pager->advance(lineCount * lineHeight);
    }
    m_pager->advance(SpaceAfterParagraph);
}

void ReportLayout::placeImage(const QImage &image)
{
    const QSizeF size = imageSize(image);
    if (size.isEmpty())
        return;

    // The whole image shares one page, centred when the body's height
    // narrowed it.
    m_pager->ensureSpace(size.height());
    const QRectF rect(QPointF((m_pageSize.width() - size.width()) / 2, m_pager->y()), size);
    m_pager->addImage(rect, image);
    m_pager->advance(size.height() + SpaceAfterImage);
}

QSizeF ReportLayout::imageSize(const QImage &image) const
{
    if (image.isNull())
        return QSizeF();
    const QSizeF pixels = image.size();
    QSizeF size(m_pageSize.width(), m_pageSize.width() * pixels.height() / pixels.width());
    const qreal bodyHeight = m_pager->bodyHeight();
    if (size.height() > bodyHeight)
        size = QSizeF(bodyHeight * pixels.width() / pixels.height(), bodyHeight);
    return size;
}

qreal ReportLayout::leadingHeight(qsizetype index, qsizetype table) const
{
    const ReportBlock &block = m_document.blocks.at(index);
    const qreal bodyLine = m_typesetter.lineHeight(ReportTextStyle::Body);
    switch (block.kind) {
    case ReportBlock::Kind::Paragraph:
    case ReportBlock::Kind::Fields:
    case ReportBlock::Kind::Image: {
        // An introduction longer than a page cannot share one with the
        // table, so only its start stays with the heading then.
        if (introducesTable(index)) {
            const qreal whole = blockHeight(block)
                                + tableStartHeight(m_document.blocks.at(index + 1), table);
            if (whole <= m_pager->bodyHeight())
                return whole;
        }
        if (block.kind == ReportBlock::Kind::Image)
            return imageSize(block.image).height();
        return block.kind == ReportBlock::Kind::Paragraph ? 2 * bodyLine : bodyLine;
    }
    case ReportBlock::Kind::Table:
        return tableStartHeight(block, table);
    case ReportBlock::Kind::Heading:
        return m_typesetter.lineHeight(ReportTextStyle::Heading);
    case ReportBlock::Kind::Spacer:
    case ReportBlock::Kind::SectionBreak:
        break;
    }
    return 0;
}

bool ReportLayout::introducesTable(qsizetype index) const
{
    const ReportBlock::Kind kind = m_document.blocks.at(index).kind;
    return (kind == ReportBlock::Kind::Paragraph || kind == ReportBlock::Kind::Fields
            || kind == ReportBlock::Kind::Image)
           && index + 1 < m_document.blocks.size()
           && m_document.blocks.at(index + 1).kind == ReportBlock::Kind::Table;
}

qreal ReportLayout::blockHeight(const ReportBlock &block) const
{
    if (block.kind == ReportBlock::Kind::Image)
        return imageSize(block.image).height() + SpaceAfterImage;

    const qreal lineHeight = m_typesetter.lineHeight(ReportTextStyle::Body);
    if (block.kind == ReportBlock::Kind::Paragraph) {
        const qsizetype lines =
            m_typesetter.wrapped(ReportTextStyle::Body, block.text, m_pageSize.width()).size();
        return lines * lineHeight + SpaceAfterParagraph;
    }

    const FieldLines lines = wrapFields(m_typesetter, block.fields, m_pageSize.width());
    qsizetype lineCount = 0;
    for (qsizetype field = 0; field < block.fields.size(); ++field)
        lineCount += lines.lineCount(field);
    return lineCount * lineHeight + SpaceAfterParagraph;
}

qreal ReportLayout::tableStartHeight(const ReportBlock &block, qsizetype table) const
{
    return ReportTablePaginator(block.table, m_columns.at(table), m_typesetter, *m_pager)
        .startHeight();
}
