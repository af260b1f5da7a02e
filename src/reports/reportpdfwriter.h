#pragma once

#include <QCoreApplication>
#include <QString>

#include <functional>

class ReportDocument;

// Writes a report document as a PDF file: A4, fonts embedded, the text
// extractable (copy, search, pdftotext).
class ReportPdfWriter
{
    Q_DECLARE_TR_FUNCTIONS(ReportPdfWriter)

public:
    // Writes document as a PDF file at path, atomically (QSaveFile: no half-
    // written file is left on failure or cancel). Returns false with a
    // translated *error naming the path and the cause, or on cancel.
    // progress is called as ReportRenderer::print() calls it, from the
    // calling thread, which may be a worker thread.
    static bool write(const ReportDocument &document, const QString &path,
                      QString *error,
                      const std::function<bool(qsizetype, qsizetype)> &progress = {});
};
