#include "reportpdfwriter.h"

#include "logging.h"
#include "reportdocument.h"
#include "reportrenderer.h"

#include <QDir>
#include <QPdfWriter>
#include <QSaveFile>

bool ReportPdfWriter::write(const ReportDocument &document, const QString &path,
                            QString *error,
                            const std::function<bool(qsizetype, qsizetype)> &progress)
{
    QString ignored;
    QString &message = error ? *error : ignored;
    const QString shownPath = QDir::toNativeSeparators(path);
    qCInfo(lcReport) << "Writing PDF" << shownPath;

    // The file appears under its name only after commit(); the destructor
    // of an uncommitted QSaveFile removes the temporary file.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        message = tr("Cannot write the PDF file %1: %2.").arg(shownPath, file.errorString());
        qCWarning(lcReport) << "Cannot open" << shownPath << file.errorString();
        return false;
    }

    // Remembers a cancel, which print() reports like a failure.
    bool canceled = false;
    std::function<bool(qsizetype, qsizetype)> watchedProgress;
    if (progress) {
        watchedProgress = [&](qsizetype done, qsizetype total) {
            canceled = !progress(done, total);
            return !canceled;
        };
    }

    bool printed = false;
    QString printError;
    {
        QPdfWriter writer(&file);
        writer.setCreator(QStringLiteral("ChargeDesk"));
        writer.setTitle(document.title);
        ReportRenderer renderer(document);
        printed = renderer.print(&writer, watchedProgress, &printError);
    }
    if (!printed) {
        file.cancelWriting();
        if (canceled) {
            message = tr("Writing the PDF file %1 was canceled.").arg(shownPath);
            qCInfo(lcReport) << "PDF canceled:" << shownPath;
        } else {
            message = tr("The PDF file %1 was not written: %2").arg(shownPath, printError);
            qCWarning(lcReport) << "PDF not written:" << shownPath << printError;
        }
        return false;
    }

    if (!file.commit()) {
        message = tr("Cannot write the PDF file %1: %2.").arg(shownPath, file.errorString());
        qCWarning(lcReport) << "Cannot commit" << shownPath << file.errorString();
        return false;
    }
    qCInfo(lcReport) << "Wrote PDF" << shownPath;
    return true;
}
