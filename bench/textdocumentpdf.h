#pragma once

#include <QString>

// The Qt rich-text baseline of bench_report: an HTML table in a
// QTextDocument, printed with QTextDocument::print() to a QPdfWriter on A4
// landscape, with the header row repeated on each page.
class TextDocumentPdf
{
public:
    // Writes html as a PDF file at path; returns false when the file could
    // not be written.
    static bool write(const QString &html, const QString &path);
};
