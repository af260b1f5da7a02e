#include "csvimportreport.h"

#include "textlayout.h"

#include <QLocale>

namespace {

using Entry = CsvImportSummary::Entry;
using Status = CsvImportSummary::Status;
using Problem = CsvImportSummary::Problem;

// Stored text may contain line breaks, and each report line stays one line.
QString oneLine(const QString &text)
{
    return TextLayout::withoutControlCharacters(text);
}

} // namespace

void CsvImportReport::writeSource(QTextStream &out, bool encodingGiven) const
{
    QString encoding = TextEncoding::name(m_summary.encoding);
    if (m_summary.byteOrderMark)
        encoding = tr("%1 with byte order mark").arg(encoding);
    if (encodingGiven) {
        out << tr("Encoding: %1 (as given by --encoding)").arg(encoding) << '\n';
    } else if (m_summary.encodingGuessed) {
        const TextEncoding::Encoding other = m_summary.encoding == TextEncoding::Encoding::Big5
                                                 ? TextEncoding::Encoding::Gb18030
                                                 : TextEncoding::Encoding::Big5;
        //: %2 and %3 name the other encoding, e.g. "big5" and "Big5".
        out << tr("Encoding: %1 (guessed; --encoding %2 reads the file as %3 instead)")
                   .arg(encoding, TextEncoding::name(other).toLower(), TextEncoding::name(other))
            << '\n';
    } else {
        out << tr("Encoding: %1 (detected)").arg(encoding) << '\n';
    }

    const CsvColumnMapping &mapping = m_summary.mapping;
    if (mapping.headers().isEmpty())
        return;

    const QList<CsvColumnMapping::Target> &targets = CsvColumnMapping::targets(m_summary.kind);
    int width = 0;
    for (const CsvColumnMapping::Target &target : targets) {
        if (mapping.isMapped(target.name))
            width = qMax(width, TextLayout::displayWidth(target.name));
    }

    out << tr("Columns:") << '\n';
    QStringList unmappedTargets;
    for (const CsvColumnMapping::Target &target : targets) {
        if (!mapping.isMapped(target.name)) {
            unmappedTargets << target.name;
            continue;
        }
        out << "  " << TextLayout::padded(target.name, width) << "  ← "
            << oneLine(mapping.header(target.name)) << '\n';
    }
    if (!unmappedTargets.isEmpty()) {
        out << "  " << tr("Fields without a column: %1")
                           .arg(QLocale().createSeparatedList(unmappedTargets))
            << '\n';
    }
    const QStringList unusedHeaders = mapping.unmappedHeaders();
    if (!unusedHeaders.isEmpty()) {
        out << "  " << tr("Columns not imported: %1")
                           .arg(oneLine(QLocale().createSeparatedList(unusedHeaders)))
            << '\n';
    }
}

void CsvImportReport::writeLines(QTextStream &out, QTextStream &err) const
{
    for (const Entry &entry : m_summary.sortedEntries()) {
        if (entry.status != Status::Rejected) {
            out << recordLine(entry) << '\n';
            continue;
        }
        err << problemLine(entry) << '\n';
    }
    if (!m_summary.fileError.isEmpty()
        && (m_summary.fileErrorLine == 0 || m_summary.entries.isEmpty())) {
        for (const QString &line : m_summary.fileError.split(QLatin1Char('\n')))
            err << oneLine(line) << '\n';
    }

    // A file that could not be read or mapped has no lines to count.
    if (m_summary.entries.isEmpty() && !m_summary.fileError.isEmpty())
        return;
    const QString counts = m_summary.written
                               ? tr("Added: %1, already present: %2, rejected: %3.")
                               : tr("New: %1, already present: %2, rejected: %3.");
    out << counts.arg(m_summary.added).arg(m_summary.alreadyPresent).arg(m_summary.rejected)
        << '\n';
    if (m_summary.kind == CsvImportKind::Bills && m_summary.written)
        out << tr("Bill lines added: %1").arg(m_summary.billLinesAdded) << '\n';
}

QString CsvImportReport::recordLine(const Entry &entry) const
{
    const QString message = oneLine(entry.message);
    if (entry.status == Status::AlreadyPresent)
        return tr("Line %1: already present: %2").arg(entry.line).arg(message);
    if (m_summary.written)
        return tr("Line %1: added as ID %2: %3").arg(entry.line).arg(entry.recordId).arg(message);
    if (m_summary.dryRun)
        return tr("Line %1: would be added: %2").arg(entry.line).arg(message);
    return tr("Line %1: valid, not written: %2").arg(entry.line).arg(message);
}

QString CsvImportReport::problemLine(const Entry &entry) const
{
    // The message about a file that cannot be read names its line itself.
    const QString message = oneLine(entry.message);
    if (entry.problem == Problem::File)
        return message;

    const QString where = entry.field.isEmpty()
                              ? tr("Line %1").arg(entry.line)
                              : tr("Line %1, %2").arg(entry.line).arg(entry.field);
    if (entry.problem != Problem::PossibleDuplicate)
        return tr("%1: %2").arg(where, message);

    // The importer's message names the column of the file, because the
    // wizard shows it too. The command line can acknowledge every such line
    // at once with an option.
    return tr("%1: %2 Or acknowledge every possible duplicate of the file at once: run the "
              "command again with --acknowledge-duplicates NOTE, where NOTE says why they are "
              "not duplicates.")
        .arg(where, message);
}

ExitCode CsvImportReport::exitCode() const
{
    if (m_summary.databaseFailure)
        return ExitCode::DatabaseError;
    return m_summary.isClean() ? ExitCode::Success : ExitCode::Rejected;
}

QString CsvImportReport::conclusion() const
{
    if (m_summary.databaseFailure)
        return tr("Nothing was written.");
    if (m_summary.written) {
        if (m_summary.added == 0)
            return tr("Nothing new: every line is already in the database.");
        return tr("Import committed.");
    }
    if (!m_summary.isClean()) {
        return tr("Nothing was written. Correct the lines above, or map the columns with "
                  "--mapping, and import the file again.");
    }
    return tr("Check passed; nothing was written because of --dry-run. Run the command "
              "without --dry-run to import.");
}
