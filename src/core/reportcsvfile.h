#pragma once

#include <QCoreApplication>
#include <QString>
#include <QTextStream>

#include <functional>

// Writes a report's CSV file: UTF-8, through a QSaveFile so that the file
// at path is replaced only when everything was written.
class ReportCsvFile
{
    Q_DECLARE_TR_FUNCTIONS(ReportCsvFile)

public:
    // Opens path, calls write with a UTF-8 stream on it and commits the
    // file. Returns false with a translated message naming the path when
    // the file cannot be created or written.
    static bool write(const QString &path, const std::function<void(QTextStream &)> &write,
                      QString *error);
};
