#pragma once

#include "databasestate.h"

#include <QSqlDatabase>
#include <QString>
#include <QTemporaryDir>

// The databases the CSV import targets write to. The constructor builds a
// template database once per process: a migrated SQLite file with the
// customers, bills and charges of data/customers.csv, data/bills.csv and
// data/charges.csv, imported with CsvImporter. openFresh() copies the
// template for each input, so every input starts from the same database
// without running the migrations again.
class ImportFixture
{
public:
    // Builds the template from the CSV files in dataDirectory. Aborts the
    // process with a message when that fails, because no input can then be
    // tested.
    explicit ImportFixture(const QString &dataDirectory);
    ~ImportFixture();

    ImportFixture(const ImportFixture &) = delete;
    ImportFixture &operator=(const ImportFixture &) = delete;

    // Writes bytes to the file that inputPath() names.
    void writeInput(const QByteArray &bytes) const;

    // The CSV file that writeInput() writes, in the temporary folder.
    QString inputPath() const;

    // Replaces the working database with a copy of the template and opens
    // it. Aborts when that fails.
    QSqlDatabase openFresh();

    // Closes the working database and removes its files.
    void closeFresh();

    // The state every fresh database starts with.
    const DatabaseState &templateState() const { return m_templateState; }

private:
    void buildTemplate(const QString &dataDirectory);

    QTemporaryDir m_directory;
    QString m_templatePath;
    QString m_workPath;
    DatabaseState m_templateState;
};
