#include "importfixture.h"

#include "csvimporter.h"
#include "database.h"
#include "fuzzsupport.h"

#include <QDir>
#include <QFile>

namespace {

const QString TemplateConnection = QStringLiteral("fuzz-template");
const QString WorkConnection = QStringLiteral("fuzz-work");

// Returns the paths of the SQLite database file and of its WAL and shared
// memory files.
QStringList databaseFiles(const QString &path)
{
    return {path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm")};
}

void removeDatabaseFiles(const QString &path)
{
    for (const QString &file : databaseFiles(path))
        QFile::remove(file);
}

} // namespace

ImportFixture::ImportFixture(const QString &dataDirectory)
{
    FUZZ_CHECK(m_directory.isValid(), m_directory.errorString());
    m_templatePath = m_directory.filePath(QStringLiteral("template.sqlite"));
    m_workPath = m_directory.filePath(QStringLiteral("work.sqlite"));
    buildTemplate(dataDirectory);
}

ImportFixture::~ImportFixture()
{
    closeFresh();
}

void ImportFixture::buildTemplate(const QString &dataDirectory)
{
    QString error;
    FUZZ_CHECK(Database::open(m_templatePath, TemplateConnection, &error), error);
    {
        const QSqlDatabase db = QSqlDatabase::database(TemplateConnection);
        CsvImporter importer(db, QStringLiteral("fuzz"));
        const QList<std::pair<CsvImportKind, const char *>> files = {
            {CsvImportKind::Customers, "customers.csv"},
            {CsvImportKind::Bills, "bills.csv"},
            {CsvImportKind::Charges, "charges.csv"},
        };
        for (const auto &[kind, name] : files) {
            CsvImportPlan plan;
            plan.kind = kind;
            plan.filePath = QDir(dataDirectory).filePath(QLatin1String(name));
            const CsvImportSummary summary = importer.run(plan);
            QString problems = summary.fileError;
            for (const CsvImportSummary::Entry &entry : summary.entries)
                problems += QStringLiteral("\nline %1: %2").arg(entry.line).arg(entry.message);
            FUZZ_CHECK(summary.written && summary.isClean(),
                       QStringLiteral("%1: %2").arg(plan.filePath, problems));
        }
        m_templateState = DatabaseState::read(db);
    }

    // Closing the last connection checkpoints the WAL into the file, so the
    // template is one file that a copy takes whole.
    Database::close(TemplateConnection);
}

void ImportFixture::writeInput(const QByteArray &bytes) const
{
    QFile file(inputPath());
    FUZZ_CHECK(file.open(QIODevice::WriteOnly | QIODevice::Truncate)
                   && file.write(bytes) == bytes.size(),
               file.errorString());
}

QString ImportFixture::inputPath() const
{
    return m_directory.filePath(QStringLiteral("input.csv"));
}

QSqlDatabase ImportFixture::openFresh()
{
    closeFresh();
    FUZZ_CHECK(QFile::copy(m_templatePath, m_workPath), m_workPath);
    QString error;
    FUZZ_CHECK(Database::open(m_workPath, WorkConnection, &error), error);
    return QSqlDatabase::database(WorkConnection);
}

void ImportFixture::closeFresh()
{
    if (QSqlDatabase::contains(WorkConnection))
        Database::close(WorkConnection);
    removeDatabaseFiles(m_workPath);
}
