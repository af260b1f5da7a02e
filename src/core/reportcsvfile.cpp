#include "reportcsvfile.h"

#include "logging.h"

#include <QSaveFile>

bool ReportCsvFile::write(const QString &path, const std::function<void(QTextStream &)> &write,
                          QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("Could not create “%1”: %2. Check that the folder exists and that you may "
                    "write to it.")
                     .arg(path, file.errorString());
        qCWarning(lcReport) << "CSV file" << path << "not created:" << file.errorString();
        return false;
    }

    QTextStream out(&file);
    out.setEncoding(QStringConverter::Utf8);
    write(out);
    out.flush();

    // Without commit() QSaveFile's destructor discards the temporary file,
    // so a failed write leaves the old file, or none, in place.
    if (out.status() != QTextStream::Ok || !file.commit()) {
        *error = tr("Could not write “%1”: %2. Check the free disk space and try again.")
                     .arg(path, file.errorString());
        qCWarning(lcReport) << "CSV file" << path << "not written:" << file.errorString();
        return false;
    }
    qCInfo(lcReport) << "CSV file written:" << path;
    return true;
}
