#pragma once

#include <QAtomicInt>
#include <QCoreApplication>
#include <QFile>
#include <QMutex>
#include <QMutexLocker>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QTemporaryDir>
#include <QUrl>
#include <QtDebug>

// The database backend a test program runs against.
//
// By default every database is an SQLite file in a temporary folder. When
// CHARGEDESK_TEST_POSTGRESQL contains the URL of a PostgreSQL server's
// maintenance database (tests/CMakeLists.txt sets it for the *_postgresql
// tests, e.g. postgresql://postgres@127.0.0.1:54329/postgres), each
// database is a new PostgreSQL database on that server instead, created
// with a unique name and dropped again by dropLocation(), or when the
// program ends.
class TestBackend
{
public:
    static QString adminUrl() { return qEnvironmentVariable("CHARGEDESK_TEST_POSTGRESQL"); }

    static bool isPostgresql() { return !adminUrl().isEmpty(); }

    // Returns the location of a new, empty database: the file fileName in
    // dir, which does not exist yet, or the URL of a new PostgreSQL
    // database. Returns an empty string, with a warning, when the database
    // could not be created.
    static QString newLocation(const QTemporaryDir &dir, const QString &fileName)
    {
        if (!isPostgresql())
            return dir.filePath(fileName);
        return createDatabase(QString());
    }

    // Returns a new database that contains a copy of source: the file copied
    // to fileName in dir, or a PostgreSQL database made from source as its
    // template. No connection to source may be open. Returns an empty
    // string, with a warning, when the copy failed.
    static QString copyLocation(const QString &source, const QTemporaryDir &dir,
                                const QString &fileName)
    {
        if (!isPostgresql()) {
            const QString target = dir.filePath(fileName);
            QFile::remove(target);
            if (!QFile::copy(source, target)) {
                qWarning() << "Could not copy" << source << "to" << target;
                return {};
            }
            return target;
        }
        return createDatabase(databaseName(source));
    }

    // Drops the PostgreSQL database of location, closing what is still
    // connected to it; SQLite files go with their temporary folder.
    static void dropLocation(const QString &location)
    {
        if (!isPostgresql() || location.isEmpty())
            return;
        const QString name = databaseName(location);
        {
            QMutexLocker locker(&createdDatabasesMutex());
            createdDatabases().removeAll(name);
        }
        runAdmin(QStringLiteral("DROP DATABASE IF EXISTS \"%1\" WITH (FORCE)").arg(name));
    }

    // Adds and opens a connection to location without Database::open(): no
    // schema check, no migration, no session settings. For tests that
    // prepare or inspect a database as it is. Check isOpen() on the result.
    static QSqlDatabase openRaw(const QString &location, const QString &connectionName)
    {
        QSqlDatabase db;
        if (!isPostgresql()) {
            db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
            db.setDatabaseName(location);
        } else {
            const QUrl url(location);
            db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
            db.setHostName(url.host());
            db.setPort(url.port(-1));
            db.setUserName(url.userName());
            db.setDatabaseName(url.path().mid(1));
            db.setNumericalPrecisionPolicy(QSql::HighPrecision);
        }
        if (!db.open())
            qWarning() << "Could not open" << location << ":" << db.lastError().text();
        return db;
    }

    // Returns the database name in a PostgreSQL URL.
    static QString databaseName(const QString &url)
    {
        return QUrl(url).path().mid(1);
    }

private:
    // Creates a database, empty or from a template, and returns its URL.
    static QString createDatabase(const QString &templateName)
    {
        static QAtomicInt counter;
        QString program = QCoreApplication::applicationName().toLower();
        program.replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("_"));
        const QString name = QStringLiteral("cd_%1_%2_%3")
                                 .arg(program.left(30))
                                 .arg(QCoreApplication::applicationPid())
                                 .arg(counter.fetchAndAddRelaxed(1) + 1);

        // Names are built from letters, digits and underscores only.
        QString statement = QStringLiteral("CREATE DATABASE \"%1\"").arg(name);
        if (!templateName.isEmpty())
            statement += QStringLiteral(" TEMPLATE \"%1\"").arg(templateName);
        if (!runAdmin(statement))
            return {};
        registerForExit(name);

        QUrl url(adminUrl());
        url.setPath(QLatin1Char('/') + name);
        return url.toString();
    }

    static QStringList &createdDatabases()
    {
        static QStringList names;
        return names;
    }

    static QMutex &createdDatabasesMutex()
    {
        static QMutex mutex;
        return mutex;
    }

    // Drops, when the program ends, the databases that no fixture dropped,
    // such as those the command line tests create per test. The routine runs
    // in QCoreApplication's destructor, while the SQL drivers still work.
    static void registerForExit(const QString &name)
    {
        QMutexLocker locker(&createdDatabasesMutex());
        static bool registered = false;
        if (!registered) {
            registered = true;
            qAddPostRoutine([] {
                const QStringList names = createdDatabases();
                for (const QString &leftOver : names) {
                    runAdmin(QStringLiteral("DROP DATABASE IF EXISTS \"%1\" WITH (FORCE)")
                                 .arg(leftOver));
                }
                createdDatabases().clear();
            });
        }
        createdDatabases() << name;
    }

    // Runs statement on the maintenance database; CREATE and DROP DATABASE
    // cannot run inside a transaction, and a connection of their own keeps
    // them out of any test's.
    static bool runAdmin(const QString &statement)
    {
        // A name per call, because tests create databases in several threads.
        static QAtomicInt calls;
        const QString connection
            = QStringLiteral("chargedesk-test-admin-%1").arg(calls.fetchAndAddRelaxed(1));
        bool ok = false;
        {
            const QUrl url(adminUrl());
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
            db.setHostName(url.host());
            db.setPort(url.port(-1));
            db.setUserName(url.userName());
            db.setDatabaseName(url.path().mid(1));
            if (!db.open()) {
                qWarning() << "Could not connect to" << adminUrl() << ":"
                           << db.lastError().text();
            } else {
                QSqlQuery query(db);
                ok = query.exec(statement);
                if (!ok)
                    qWarning() << statement << "failed:" << query.lastError().text();
                query.finish();
                db.close();
            }
        }
        QSqlDatabase::removeDatabase(connection);
        return ok;
    }
};
