#include "textdocumentpdf.h"

#include <QFileInfo>
#include <QFont>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>

bool TextDocumentPdf::write(const QString &html, const QString &path)
{
    {
        QPdfWriter writer(path);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape,
                                         QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter));

        // <thead> makes QTextDocument repeat the header row on every page,
        // as QTextTableFormat::setHeaderRowCount(1) would.
        QTextDocument document;
        document.setDefaultFont(QFont(QStringLiteral("Noto Sans CJK SC"), 8));
        document.setHtml(html);
        document.print(&writer);
    }
    // print() ends its painter, which writes the whole file.
    return QFileInfo(path).size() > 0;
}
