#include "sqliteshellimport.h"

#include <QFile>
#include <QProcess>

bool SqliteShellImport::run(const QString &csvPath, const QString &databasePath,
                            QString *error)
{
    // The path goes into the shell's script between single quotes.
    if (csvPath.contains(QLatin1Char('\''))) {
        *error = QStringLiteral("the path %1 contains a single quote; use another folder")
                     .arg(csvPath);
        return false;
    }
    QFile::remove(databasePath);

    // The header is skipped rather than read by .import, because the byte
    // order mark would become part of the first column's name.
    const QString script = QStringLiteral(
        "CREATE TABLE customers (code TEXT, company_name TEXT, contact_name TEXT, "
        "contact_title TEXT, address TEXT, city TEXT, region TEXT, postal_code TEXT, "
        "country TEXT, phone TEXT, fax TEXT, currency TEXT);\n"
        ".import --csv --skip 1 '%1' customers\n")
                               .arg(csvPath);
    QProcess shell;
    shell.start(QStringLiteral("sqlite3"), {QStringLiteral("-bail"), databasePath});
    if (!shell.waitForStarted(30000)) {
        *error = QStringLiteral("sqlite3 did not start: %1; install the sqlite3 package")
                     .arg(shell.errorString());
        return false;
    }
    shell.write(script.toUtf8());
    shell.closeWriteChannel();
    if (!shell.waitForFinished(600000) || shell.exitCode() != 0) {
        *error = QStringLiteral("sqlite3 .import of %1 failed: %2")
                     .arg(csvPath, QString::fromLocal8Bit(shell.readAllStandardError()));
        return false;
    }
    return true;
}
