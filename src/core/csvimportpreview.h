#pragma once

#include "csvcolumnmapping.h"
#include "csvimportfile.h"
#include "textencoding.h"

#include <QList>
#include <QString>
#include <QStringList>

// The first rows of a CSV file as an import would read them, and the
// column mapping it would use, for the import wizard to show before
// anything is checked against the database.
struct CsvImportPreview
{
    // False when the file cannot be read, decoded or parsed as far as the
    // rows shown. errorMessage and errorLine then give the reason and line.
    bool ok = false;
    QString errorMessage; // translated
    int errorLine = 0;    // 0 when the problem has no line

    TextEncoding::Encoding encoding = TextEncoding::Encoding::Auto; // detected or forced
    bool byteOrderMark = false;
    bool encodingGuessed = false; // guessed between GB18030 and Big5

    QStringList headers;
    QList<CsvImportFile::Row> rows; // the first rows, decoded, with their lines
    int totalRows = 0;              // all rows read before any error

    // The automatic matching with the plan's mapping applied.
    CsvColumnMapping mapping;

    // Translated problems with the plan's mapping, and the missing required
    // fields. check() and run() reject the file while this is not empty.
    QStringList mappingErrors;
};
