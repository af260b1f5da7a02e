#pragma once

#include "lookuprepository.h"
#include "records.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QTextStream>

// Writes lists of charges: as an aligned table for people, with formatted
// money and lookup labels in the UI language, or as CSV for programs, with
// codes, plain amounts and ISO 8601 dates whatever the language. Both show
// dates as YYYY-MM-DD, the form the commands accept.
class ChargeListing
{
    Q_DECLARE_TR_FUNCTIONS(ChargeListing)

public:
    enum class Columns { WithCustomer, WithoutCustomer };

    // Maximum width of the note column of the table, in terminal columns.
    // The CSV output contains the whole note.
    static constexpr int NoteWidth = 30;

    ChargeListing(QSqlDatabase db, UiLanguage language);

    void writeTable(const QList<ChargeRecord> &charges, Columns columns, QTextStream &out);

    // Writes the csvHeader() row and one row per charge.
    static void writeCsv(const QList<ChargeRecord> &charges, QTextStream &out);

    // The CSV column names, the same in every language.
    static QStringList csvHeader();

    // Returns the payment status in the UI language: unpaid, partly paid,
    // settled or void.
    static QString statusLabel(const ChargeRecord &charge);

private:
    QString label(LookupRepository::Table table, const QString &code);

    LookupRepository m_lookups;
    UiLanguage m_language;
    QHash<LookupRepository::Table, QHash<QString, QString>> m_labels;
};
