// libFuzzer target for the CSV import of one kind of record, built three
// times: fuzz_csv_customers, fuzz_csv_bills and fuzz_csv_charges, with
// FUZZ_IMPORT_KIND set to the kind.
//
// Input: the bytes of a CSV file, imported with automatic encoding
// detection into a fresh copy of the template database (see ImportFixture),
// which contains the customers, bills and charges of tests/fuzz/data.
//
// For every input the target runs CsvImporter::check(), then run(), and
// when run() wrote the file, run() once more, and checks ImportInvariants
// after each step. With CHARGEDESK_FUZZ_VERBOSE set, it prints the summary
// of run() for each input.

#include "fuzzsupport.h"

#include "csvimporter.h"
#include "importfixture.h"
#include "importinvariants.h"

#include <cstddef>
#include <cstdint>
#include <cstdio>

namespace {

// Returns the fixture of the process, built on the first call and destroyed
// at exit, which removes its temporary folder.
ImportFixture &fixture()
{
    static ImportFixture instance(QStringLiteral(FUZZ_DATA_DIR));
    return instance;
}

void importInput(const QByteArray &bytes)
{
    fixture().writeInput(bytes);
    const QSqlDatabase db = fixture().openFresh();

    CsvImportPlan plan;
    plan.kind = FUZZ_IMPORT_KIND;
    plan.filePath = fixture().inputPath();
    const CsvImportFile file = CsvImportFile::fromBytes(bytes, plan.encoding);
    const ImportInvariants invariants(
        plan.kind, QStringLiteral("%1 import of \"%2\"")
                       .arg(CsvImportPlan::kindName(plan.kind),
                            FuzzSupport::escaped(QString::fromUtf8(bytes.left(300)))));
    const DatabaseState &before = fixture().templateState();
    CsvImporter importer(db, QStringLiteral("fuzz"));

    const CsvImportSummary checked = importer.check(plan);
    invariants.checkSummary(checked, file);
    invariants.checkDatabase(checked, before, DatabaseState::read(db), db);

    const CsvImportSummary imported = importer.run(plan);
    invariants.checkSummary(imported, file);
    invariants.checkSameOutcome(checked, imported);
    const DatabaseState after = DatabaseState::read(db);
    invariants.checkDatabase(imported, before, after, db);
    if (qEnvironmentVariableIsSet("CHARGEDESK_FUZZ_VERBOSE"))
        std::fprintf(stderr, "%s\n", qPrintable(invariants.describe(imported)));
    if (!imported.written)
        return;

    const CsvImportSummary again = importer.run(plan);
    invariants.checkSummary(again, file);
    invariants.checkReimport(again, after, DatabaseState::read(db));
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    FuzzSupport::startQt(argc, argv);
    fixture();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    importInput(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));

    // The connection closes only after every handle to it, those of
    // importInput() included, is gone.
    fixture().closeFresh();
    return 0;
}
