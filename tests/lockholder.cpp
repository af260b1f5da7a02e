// lockholder: a test program that plays another program holding the write
// lock of an SQLite database. It opens the file named by its argument, runs
// BEGIN EXCLUSIVE, prints "locked" and keeps the lock until its standard
// input reaches its end. Exit status: 0 after releasing the lock, 1 when the
// file could not be opened or locked.

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (app.arguments().size() != 2) {
        std::fprintf(stderr, "usage: lockholder DATABASE\n");
        return 1;
    }

    int status = 1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"));
        db.setDatabaseName(app.arguments().at(1));
        QSqlQuery query(db);
        if (!db.open()) {
            std::fprintf(stderr, "lockholder: %s\n", qPrintable(db.lastError().text()));
        } else if (!query.exec(QStringLiteral("BEGIN EXCLUSIVE"))) {
            std::fprintf(stderr, "lockholder: %s\n", qPrintable(query.lastError().text()));
        } else {
            std::printf("locked\n");
            std::fflush(stdout);

            // The test closes the pipe to end the lock.
            while (std::fgetc(stdin) != EOF) {
            }
            query.exec(QStringLiteral("ROLLBACK"));
            status = 0;
        }
        query = QSqlQuery();
        db.close();
    }
    QSqlDatabase::removeDatabase(QLatin1String(QSqlDatabase::defaultConnection));
    return status;
}
