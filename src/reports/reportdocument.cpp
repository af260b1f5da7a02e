#include "reportdocument.h"

void ReportDocument::addHeading(const QString &text)
{
    ReportBlock block;
    block.kind = ReportBlock::Kind::Heading;
    block.text = text;
    blocks.append(block);
}

void ReportDocument::addParagraph(const QString &text)
{
    ReportBlock block;
    block.kind = ReportBlock::Kind::Paragraph;
    block.text = text;
    blocks.append(block);
}

void ReportDocument::addFields(const QList<ReportField> &fields)
{
    ReportBlock block;
    block.kind = ReportBlock::Kind::Fields;
    block.fields = fields;
    blocks.append(block);
}

void ReportDocument::addTable(const ReportTable &table)
{
    ReportBlock block;
    block.kind = ReportBlock::Kind::Table;
    block.table = table;
    blocks.append(block);
}

void ReportDocument::addSpacer()
{
    ReportBlock block;
    block.kind = ReportBlock::Kind::Spacer;
    blocks.append(block);
}

void ReportDocument::addSectionBreak()
{
    ReportBlock block;
    block.kind = ReportBlock::Kind::SectionBreak;
    blocks.append(block);
}

void ReportDocument::addImage(const QImage &image)
{
    if (image.isNull())
        return;
    ReportBlock block;
    block.kind = ReportBlock::Kind::Image;
    block.image = image;
    blocks.append(block);
}

qsizetype ReportDocument::detailRowCount() const
{
    qsizetype count = 0;
    for (const ReportBlock &block : blocks) {
        if (block.kind != ReportBlock::Kind::Table)
            continue;
        for (const ReportRow &row : block.table.rows) {
            if (row.kind == ReportRow::Kind::Detail)
                ++count;
        }
    }
    return count;
}
