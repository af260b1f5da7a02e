#include "csvimportsummary.h"

#include <algorithm>

bool CsvImportSummary::hasProblems() const
{
    return std::any_of(entries.cbegin(), entries.cend(), [](const Entry &entry) {
        return entry.status == Status::Rejected;
    });
}

void CsvImportSummary::addRecord(int line, Status status, const QString &message,
                                 qint64 recordId)
{
    Q_ASSERT(status != Status::Rejected);
    entries.append(Entry{line, status, QString(), message, recordId});
    if (status == Status::Added)
        ++added;
    else
        ++alreadyPresent;
}

void CsvImportSummary::addProblem(int line, const QString &field, const QString &message,
                                  Problem problem)
{
    entries.append(Entry{line, Status::Rejected, field, message, 0, problem});
}

QList<CsvImportSummary::Entry> CsvImportSummary::sortedEntries() const
{
    QList<Entry> sorted = entries;
    std::stable_sort(sorted.begin(), sorted.end(), [](const Entry &a, const Entry &b) {
        if (a.line != b.line)
            return a.line < b.line;
        return a.status != Status::Rejected && b.status == Status::Rejected;
    });
    return sorted;
}
