#pragma once

#include "csvcolumnmapping.h"
#include "textencoding.h"

#include <QList>
#include <QString>

// The outcome of checking or importing one CSV file: what was read, the
// counts, and one entry per record and per problem with its line number.
//
// Counts are of records: customers, bills (a bill spans the lines of its
// bill number) or charges. A record is Added when it is new, AlreadyPresent
// when the database already has it with the same values, and Rejected when
// a problem keeps it out. written is true when the added records are in the
// database: false for a check, and false for an import with any problem,
// because one problem keeps the whole file out.
struct CsvImportSummary
{
    enum class Status { Added, AlreadyPresent, Rejected };

    // The kind of problem that a Rejected entry reports.
    enum class Problem {
        Record,            // an invalid value, or a rule the record breaks
        File,              // the file cannot be read past this line, which the message names
        PossibleDuplicate, // a possible duplicate charge that no note acknowledges
    };

    struct Entry
    {
        int line = 0;         // 1-based line of the file where the record or problem is
        Status status = Status::Added;
        QString field;        // for Rejected, the target field at fault ("amount") or empty
        QString message;      // translated
        // The customer, bill or charge written or found; 0 if none, and 0 for
        // Added records that were not written.
        qint64 recordId = 0;
        Problem problem = Problem::Record; // for Rejected
    };

    CsvImportKind kind = CsvImportKind::Customers;
    QString filePath;
    bool dryRun = false;

    // The encoding the file was read in, whether it began with a byte order
    // mark, and whether the encoding was guessed between GB18030 and Big5.
    TextEncoding::Encoding encoding = TextEncoding::Encoding::Auto;
    bool byteOrderMark = false;
    bool encodingGuessed = false;
    CsvColumnMapping mapping;

    // A translated message about the whole file: unreadable, not decodable,
    // malformed CSV, missing columns, a database failure or a cancel. The
    // entries then contain what was found before it, except after a cancel.
    QString fileError;
    int fileErrorLine = 0;   // 0 when the problem has no line
    bool databaseFailure = false;

    // True when the progress callback canceled the check or the import.
    // Nothing was written, and fileError contains a message stating that.
    // The entries and counts are empty because they would cover only part
    // of the file.
    bool canceled = false;

    int added = 0;
    int alreadyPresent = 0;
    int rejected = 0;
    int billLinesAdded = 0; // bills only: lines of the added bills
    bool written = false;

    QList<Entry> entries;

    // True when the file imports without any problem.
    bool isClean() const { return fileError.isEmpty() && rejected == 0 && !hasProblems(); }

    // True when any entry reports a problem.
    bool hasProblems() const;

    // Adds an Added or AlreadyPresent entry for the record that starts on
    // line, and counts it.
    void addRecord(int line, Status status, const QString &message, qint64 recordId = 0);

    // Adds a Rejected entry: a problem with field on line.
    void addProblem(int line, const QString &field, const QString &message,
                    Problem problem = Problem::Record);

    // Counts one rejected record, whose problems addProblem() adds.
    void countRejected() { ++rejected; }

    // Returns the entries ordered by line, problems of a line after its record.
    QList<Entry> sortedEntries() const;
};
