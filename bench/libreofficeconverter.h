#pragma once

#include <QString>

// The office-suite baseline of bench_report: "libreoffice --headless
// --convert-to pdf" run as a subprocess on an HTML file. It uses a profile
// folder of its own, so that a LibreOffice the user has open does not take
// the conversion over, and every run after the first finds the profile
// made.
class LibreOfficeConverter
{
public:
    // profileDirectory is created by the first conversion.
    explicit LibreOfficeConverter(QString profileDirectory);

    // Converts htmlPath to a PDF file of the same base name in outDirectory
    // and returns its path, or an empty string with *error set. Waits up to
    // timeoutSeconds.
    QString convert(const QString &htmlPath, const QString &outDirectory, int timeoutSeconds,
                    QString *error) const;

private:
    QString m_profileDirectory;
};
