#include "libreofficeconverter.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QUrl>

LibreOfficeConverter::LibreOfficeConverter(QString profileDirectory)
    : m_profileDirectory(std::move(profileDirectory))
{
}

QString LibreOfficeConverter::convert(const QString &htmlPath, const QString &outDirectory,
                                      int timeoutSeconds, QString *error) const
{
    const QString pdfPath = QDir(outDirectory).filePath(QFileInfo(htmlPath).completeBaseName()
                                                        + QStringLiteral(".pdf"));
    QFile::remove(pdfPath);

    // For an HTML file LibreOffice 7.4 picks the writer_web_pdf_Export
    // filter: Writer/Web lays the page out and exports it.
    QProcess office;
    office.setProcessChannelMode(QProcess::MergedChannels);
    office.start(QStringLiteral("libreoffice"),
                 {QStringLiteral("-env:UserInstallation=")
                      + QUrl::fromLocalFile(m_profileDirectory).toString(),
                  QStringLiteral("--headless"), QStringLiteral("--convert-to"),
                  QStringLiteral("pdf"), QStringLiteral("--outdir"),
                  outDirectory, htmlPath});
    if (!office.waitForStarted(30000)) {
        *error = QStringLiteral("libreoffice did not start: %1; install libreoffice-writer-nogui "
                                "or pass --libreoffice-max-rows 0")
                     .arg(office.errorString());
        return {};
    }
    if (!office.waitForFinished(timeoutSeconds * 1000)) {
        office.kill();
        office.waitForFinished();
        *error = QStringLiteral("libreoffice timed out after %1 s on %2")
                     .arg(timeoutSeconds)
                     .arg(htmlPath);
        return {};
    }
    if (office.exitCode() != 0 || !QFileInfo::exists(pdfPath)) {
        *error = QStringLiteral("libreoffice failed on %1 (exit status %2): %3")
                     .arg(htmlPath)
                     .arg(office.exitCode())
                     .arg(QString::fromLocal8Bit(office.readAll()).trimmed());
        return {};
    }
    return pdfPath;
}
