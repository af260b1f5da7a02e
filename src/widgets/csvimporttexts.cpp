#include "csvimporttexts.h"

#include "csvcolumnmapping.h"

#include <QLocale>
#include <QStringList>

QString CsvImportTexts::records(CsvImportKind kind, int count)
{
    switch (kind) {
    case CsvImportKind::Customers:
        return tr("%n customer(s)", nullptr, count);
    case CsvImportKind::Bills:
        return tr("%n bill(s)", nullptr, count);
    case CsvImportKind::Charges:
        break;
    }
    return tr("%n charge(s)", nullptr, count);
}

QString CsvImportTexts::nothingNew(CsvImportKind kind, int alreadyPresent)
{
    //: %1 is a count of records, e.g. "3 customers".
    return tr("Nothing new: %1 already present.").arg(records(kind, alreadyPresent));
}

QString CsvImportTexts::importing(CsvImportKind kind, const QString &fileName)
{
    switch (kind) {
    case CsvImportKind::Customers:
        return tr("Importing customers from “%1”… This can take a while for a large file.")
            .arg(fileName);
    case CsvImportKind::Bills:
        return tr("Importing bills from “%1”… This can take a while for a large file.")
            .arg(fileName);
    case CsvImportKind::Charges:
        break;
    }
    return tr("Importing charges from “%1”… This can take a while for a large file.")
        .arg(fileName);
}

QString CsvImportTexts::status(CsvImportSummary::Status status, bool dryRun)
{
    switch (status) {
    case CsvImportSummary::Status::Added:
        return dryRun ? tr("New") : tr("Added");
    case CsvImportSummary::Status::AlreadyPresent:
        return tr("Already present");
    case CsvImportSummary::Status::Rejected:
        break;
    }
    return tr("Problem");
}

QString CsvImportTexts::fieldLabel(CsvImportKind kind, const QString &field)
{
    if (field.isEmpty())
        return QString();
    const CsvColumnMapping::Target *target = CsvColumnMapping::findTarget(kind, field);
    return target ? target->label() : field;
}

QString CsvImportTexts::requiredFields(CsvImportKind kind)
{
    QStringList labels;
    for (const CsvColumnMapping::Target &target : CsvColumnMapping::targets(kind)) {
        if (target.required)
            labels << target.label();
    }
    return QLocale().createSeparatedList(labels);
}
