#pragma once

#include <QString>

// Reads the page count of a PDF file with pdfinfo (poppler-utils), so that
// a benchmark can print how long each output is.
class PdfPages
{
public:
    // Returns the number of pages of the PDF at path, or 0 when pdfinfo is
    // missing or cannot read the file.
    static int count(const QString &path);
};
