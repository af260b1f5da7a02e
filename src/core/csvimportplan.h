#pragma once

#include "textencoding.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

// The kind of rows in a CSV file: one customer, bill line or charge each.
enum class CsvImportKind { Customers, Bills, Charges };

// The file to import and how to read it, as the command line or the import
// wizard collects them. CsvImporter takes a plan for preview(), check() and
// run().
struct CsvImportPlan
{
    Q_DECLARE_TR_FUNCTIONS(CsvImportPlan)

public:
    CsvImportKind kind = CsvImportKind::Customers;

    // The CSV file to read.
    QString filePath;

    // Auto detects UTF-8 (with or without a byte order mark), GB18030 or
    // Big5 (see TextEncoding).
    TextEncoding::Encoding encoding = TextEncoding::Encoding::Auto;

    // Target field -> source header, applied over the automatic matching.
    // An empty header leaves the target unmapped. See CsvColumnMapping.
    QHash<QString, QString> mapping;

    // Charges only: the note that acknowledges possible duplicates for rows
    // whose duplicate_acknowledgement field is empty. Empty: such rows are
    // rejected when the service finds possible duplicates.
    QString duplicateAcknowledgement;

    // Returns "customers", "bills" or "charges", the names the command line
    // accepts.
    static QString kindName(CsvImportKind kind);

    // Parses a name returned by kindName(), case-insensitively.
    static std::optional<CsvImportKind> kindFromName(const QString &name);

    // Parses "target=Source header" items into mapping, later items winning.
    // Each item of specs may itself be a comma-separated list, so a header
    // that contains a comma needs an item of its own and no list. Returns
    // false with a translated *error naming the item that has no '=' or an
    // empty target.
    static bool parseMapping(const QStringList &specs, QHash<QString, QString> *mapping,
                             QString *error);
};
