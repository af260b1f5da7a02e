#pragma once

#include "csvimportplan.h"
#include "csvimportsummary.h"

#include <QCoreApplication>
#include <QString>

// Texts that several pages of the CSV import wizard show, in the UI
// language at the time of the call.
class CsvImportTexts
{
    Q_DECLARE_TR_FUNCTIONS(CsvImportTexts)

public:
    // Returns a count of records of kind, e.g. "3 customers".
    static QString records(CsvImportKind kind, int count);

    // Returns the sentence for a file whose records are all in the database
    // already, e.g. "Nothing new: 3 customers already present."
    static QString nothingNew(CsvImportKind kind, int alreadyPresent);

    // Returns the sentence shown while records of kind are imported from
    // the file named fileName. Each kind has a sentence of its own, so a
    // translation can fit its words to the kind.
    static QString importing(CsvImportKind kind, const QString &fileName);

    // Returns the status of an entry. A check reports new records, which
    // only an import adds.
    static QString status(CsvImportSummary::Status status, bool dryRun);

    // Returns the label of the target field named field, e.g. "Amount",
    // the field name itself when kind has no such target, or an empty
    // string for an empty field.
    static QString fieldLabel(CsvImportKind kind, const QString &field);

    // Returns the labels of the required fields of kind, as a list for
    // a sentence.
    static QString requiredFields(CsvImportKind kind);
};
