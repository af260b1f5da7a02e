// Times the charge report to PDF through ChargeDesk's own path, as
// "chargedesk-cli report charges --customer ... --pdf" runs it (the query,
// ChargeReportBuilder and ReportPdfWriter with the report engine and its
// embedded font subsets), beside two baselines that print the report's
// charge table from an HTML page in the same run: QTextDocument::print()
// to a QPdfWriter, and "libreoffice --headless --convert-to pdf".
//
//   bench_report --database FILE [--sizes 1000,2000,10000] [--runs N]
//                [--baseline-runs N] [--textdocument-max-rows N]
//                [--libreoffice-max-rows N] [--keep DIR]

#include "benchdatabase.h"
#include "chargereportbuilder.h"
#include "chargereportquery.h"
#include "chargeselection.h"
#include "cputime.h"
#include "database.h"
#include "htmltable.h"
#include "libreofficeconverter.h"
#include "pdfpages.h"
#include "reportfonts.h"
#include "reportpdfwriter.h"
#include "textdocumentpdf.h"
#include "timings.h"
#include "translations.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>

namespace {

const QString ConnectionName = QStringLiteral("bench");

int fail(const QString &message)
{
    std::fprintf(stderr, "bench_report: %s\n", qPrintable(message));
    return 1;
}

QString seconds(qint64 nanoseconds)
{
    return QString::number(double(nanoseconds) / 1e9, 'f', 3) + QStringLiteral(" s");
}

QString ratio(qint64 numerator, qint64 denominator)
{
    return QString::number(double(numerator) / double(std::max<qint64>(denominator, 1)), 'f',
                           2);
}

// The report's charge table: the table with the most rows.
const ReportTable *chargeTable(const ReportDocument &document)
{
    const ReportTable *largest = nullptr;
    for (const ReportBlock &block : document.blocks) {
        if (block.kind == ReportBlock::Kind::Table
            && (!largest || block.table.rows.size() > largest->rows.size())) {
            largest = &block.table;
        }
    }
    return largest;
}

// The ChargeDesk path of one run, in the steps that it times.
struct ChargeDeskRun
{
    qint64 query = 0;
    qint64 build = 0;
    qint64 write = 0;
    qint64 total() const { return query + build + write; }
};

bool runChargeDesk(const QSqlDatabase &db, UiLanguage language,
                   const ChargeReportFilter &filter, const QString &pdfPath,
                   ChargeDeskRun *run, ReportDocument *document, QString *error)
{
    // The same calls as ReportCommand::runChargeReport().
    QElapsedTimer timer;
    timer.start();
    ChargeReportData data;
    if (ChargeReportQuery(db, language).run(filter, &data, error)
        != ReportQueryStatus::Completed) {
        return false;
    }
    run->query = timer.nsecsElapsed();

    timer.start();
    CompanyProfile company;
    company.name = QStringLiteral("上海华东示例贸易有限公司");
    *document = ChargeReportBuilder(company, language).build(data, filter.describe(db, language));
    run->build = timer.nsecsElapsed();

    timer.start();
    if (!ReportPdfWriter::write(*document, pdfPath, error))
        return false;
    run->write = timer.nsecsElapsed();
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    // Fonts need a QGuiApplication; the offscreen platform needs no display,
    // as in chargedesk-cli.
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("chargedesk.*.info=false"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Times the charge report to PDF against QTextDocument and LibreOffice."));
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("database"), QStringLiteral("Generated SQLite file (copied first)."),
         QStringLiteral("FILE")},
        {QStringLiteral("sizes"), QStringLiteral("Report rows, comma-separated."),
         QStringLiteral("N,N"), QStringLiteral("1000,2000,10000")},
        {QStringLiteral("runs"), QStringLiteral("Timed ChargeDesk runs per size (default 5)."),
         QStringLiteral("N"), QStringLiteral("5")},
        {QStringLiteral("baseline-runs"),
         QStringLiteral("Timed runs of each baseline per size (default 3)."),
         QStringLiteral("N"), QStringLiteral("3")},
        {QStringLiteral("textdocument-max-rows"),
         QStringLiteral("Largest size the QTextDocument baseline runs (default 10000; 0 "
                        "skips it)."),
         QStringLiteral("N"), QStringLiteral("10000")},
        {QStringLiteral("libreoffice-max-rows"),
         QStringLiteral("Largest size the LibreOffice baseline runs (default 10000; 0 skips "
                        "it). 10,000 rows take minutes."),
         QStringLiteral("N"), QStringLiteral("10000")},
        {QStringLiteral("language"), QStringLiteral("Report language (default zh_CN)."),
         QStringLiteral("LANG"), QStringLiteral("zh_CN")},
        {QStringLiteral("keep"), QStringLiteral("Folder that keeps the last PDF of each path "
                                                "and size."),
         QStringLiteral("DIR")},
    });
    parser.process(app);

    QList<qsizetype> sizes;
    for (const QString &size : parser.value(QStringLiteral("sizes")).split(QLatin1Char(','))) {
        bool ok = false;
        const qsizetype rows = size.trimmed().toLongLong(&ok);
        if (!ok || rows < 1)
            return fail(QStringLiteral("--sizes must list whole numbers above 0, not “%1”")
                            .arg(size));
        sizes << rows;
    }
    bool ok = false;
    const int runs = parser.value(QStringLiteral("runs")).toInt(&ok);
    bool baselineOk = false;
    const int baselineRuns = parser.value(QStringLiteral("baseline-runs")).toInt(&baselineOk);
    const qsizetype textDocumentMax
        = parser.value(QStringLiteral("textdocument-max-rows")).toLongLong();
    const qsizetype officeMax = parser.value(QStringLiteral("libreoffice-max-rows")).toLongLong();
    if (!ok || runs < 1 || !baselineOk || baselineRuns < 1)
        return fail(QStringLiteral("--runs and --baseline-runs must be whole numbers above 0"));
    UiLanguage language = UiLanguage::SimplifiedChinese;
    if (!Translations::parseLanguageName(parser.value(QStringLiteral("language")), &language))
        return fail(QStringLiteral("--language must be zh_CN, zh_TW or en"));
    if (!parser.isSet(QStringLiteral("database")))
        return fail(QStringLiteral("give --database FILE, made by chargedesk-cli generate"));
    Translations::apply(language);

    QTemporaryDir dir;
    const QString keep = parser.value(QStringLiteral("keep"));
    if (!keep.isEmpty() && !QDir().mkpath(keep))
        return fail(QStringLiteral("cannot create the folder %1 of --keep").arg(keep));
    const QString outDirectory = keep.isEmpty() ? dir.path() : keep;
    const QString databasePath = dir.filePath(QStringLiteral("report.sqlite"));
    QString error;
    if (!BenchDatabase::copy(parser.value(QStringLiteral("database")), databasePath, &error))
        return fail(error);
    if (!Database::open(databasePath, ConnectionName, &error))
        return fail(error);
    const QSqlDatabase db = QSqlDatabase::database(ConnectionName);

    QTextStream out(stdout);
    QElapsedTimer timer;
    timer.start();
    const QString fontError = ReportFonts::ensureAvailable();
    if (!fontError.isEmpty())
        return fail(fontError);
    out << "report fonts loaded once per process: " << seconds(timer.nsecsElapsed()) << '\n';

    // The first conversion creates LibreOffice's profile, which later runs
    // reuse; it is not timed.
    const LibreOfficeConverter office(dir.filePath(QStringLiteral("libreoffice-profile")));
    if (officeMax > 0) {
        const QString warmUp = dir.filePath(QStringLiteral("warm-up.html"));
        QFile file(warmUp);
        if (!file.open(QIODevice::WriteOnly)
            || file.write(HtmlTable::page(QStringLiteral("补费"), ReportTable()).toUtf8()) < 0) {
            return fail(QStringLiteral("cannot write %1").arg(warmUp));
        }
        file.close();
        if (office.convert(warmUp, dir.path(), 120, &error).isEmpty())
            return fail(error);
    }

    QMap<qsizetype, qint64> chargeDeskMedians;
    QMap<qsizetype, qint64> chargeDeskCpuMedians;
    for (const qsizetype size : std::as_const(sizes)) {
        ChargeReportFilter filter;
        const qsizetype rows = ChargeSelection::select(db, size, &filter, &error);
        if (rows < 0)
            return fail(error);
        if (rows < size)
            return fail(QStringLiteral("the database has only %1 report rows").arg(rows));

        const QString stem = QStringLiteral("charges-%1").arg(size);
        const QString chargeDeskPdf = QDir(outDirectory).filePath(stem + QStringLiteral(".pdf"));
        const QString textDocumentPdf
            = QDir(outDirectory).filePath(stem + QStringLiteral("-qtextdocument.pdf"));
        const QString htmlPath = QDir(outDirectory).filePath(stem + QStringLiteral("-table.html"));

        // One untimed run fills SQLite's page cache and Qt's glyph caches.
        ReportDocument document;
        ChargeDeskRun run;
        if (!runChargeDesk(db, language, filter, chargeDeskPdf, &run, &document, &error))
            return fail(error);
        const ReportTable *table = chargeTable(document);
        if (!table)
            return fail(QStringLiteral("the report of %1 rows has no table").arg(size));
        const qsizetype tableRows = table->rows.size();
        const QString html = HtmlTable::page(document.title, *table);
        QFile htmlFile(htmlPath);
        if (!htmlFile.open(QIODevice::WriteOnly) || htmlFile.write(html.toUtf8()) < 0)
            return fail(QStringLiteral("cannot write %1").arg(htmlPath));
        htmlFile.close();

        // The paths take turns, so that a busy moment of a shared machine
        // slows all alike.
        Timings query, build, write, chargeDesk, textDocument, libreOffice;
        Timings chargeDeskCpu, textDocumentCpu, libreOfficeCpu;
        QString officePdf;
        for (int i = 0; i < std::max(runs, baselineRuns); ++i) {
            if (i < runs) {
                const qint64 cpu = CpuTime::process();
                if (!runChargeDesk(db, language, filter, chargeDeskPdf, &run, &document, &error))
                    return fail(error);
                chargeDeskCpu.add(CpuTime::process() - cpu);
                query.add(run.query);
                build.add(run.build);
                write.add(run.write);
                chargeDesk.add(run.total());
            }
            if (i < baselineRuns && size <= textDocumentMax) {
                const qint64 cpu = CpuTime::process();
                timer.start();
                if (!TextDocumentPdf::write(html, textDocumentPdf))
                    return fail(QStringLiteral("QTextDocument wrote no %1").arg(textDocumentPdf));
                textDocument.add(timer.nsecsElapsed());
                textDocumentCpu.add(CpuTime::process() - cpu);
            }
            if (i < baselineRuns && size <= officeMax) {
                const qint64 cpu = CpuTime::children();
                timer.start();
                officePdf = office.convert(htmlPath, outDirectory, 1800, &error);
                if (officePdf.isEmpty())
                    return fail(error);
                libreOffice.add(timer.nsecsElapsed());
                libreOfficeCpu.add(CpuTime::children() - cpu);
            }
        }
        chargeDeskMedians.insert(size, chargeDesk.median());
        chargeDeskCpuMedians.insert(size, chargeDeskCpu.median());

        out << "\n" << rows << " charges in the report, " << tableRows
            << " rows in its charge table, " << filter.customerIds.size() << " customers\n"
            << "  ChargeDesk report to PDF:  median " << seconds(chargeDesk.median()) << " of "
            << chargeDesk.count() << " (query " << seconds(query.median()) << ", build "
            << seconds(build.median()) << ", layout and PDF " << seconds(write.median())
            << "), processor time " << seconds(chargeDeskCpu.median()) << ", "
            << PdfPages::count(chargeDeskPdf) << " pages\n";
        if (textDocument.count() > 0) {
            out << "  QTextDocument::print():    median " << seconds(textDocument.median())
                << " of " << textDocument.count() << ", processor time "
                << seconds(textDocumentCpu.median()) << ", " << PdfPages::count(textDocumentPdf)
                << " pages; ChargeDesk is "
                << ratio(textDocument.median(), chargeDesk.median()) << "x faster\n";
        } else {
            out << "  QTextDocument::print():    skipped (--textdocument-max-rows "
                << textDocumentMax << ")\n";
        }
        if (libreOffice.count() > 0) {
            out << "  LibreOffice --convert-to:  median " << seconds(libreOffice.median())
                << " of " << libreOffice.count() << ", processor time "
                << seconds(libreOfficeCpu.median()) << ", " << PdfPages::count(officePdf)
                << " pages; ChargeDesk is " << ratio(libreOffice.median(), chargeDesk.median())
                << "x faster\n";
        } else {
            out << "  LibreOffice --convert-to:  skipped (--libreoffice-max-rows " << officeMax
                << ")\n";
        }
        out.flush();
    }

    const qsizetype smallest = sizes.first();
    const qsizetype largest = sizes.last();
    if (largest > smallest) {
        out << "\nscaling " << smallest << " -> " << largest << " rows: "
            << double(largest) / double(smallest) << "x the rows cost "
            << ratio(chargeDeskMedians.value(largest), chargeDeskMedians.value(smallest))
            << "x the time and "
            << ratio(chargeDeskCpuMedians.value(largest), chargeDeskCpuMedians.value(smallest))
            << "x the processor time (target at most " << 1.1 * double(largest) / double(smallest)
            << "x)\n";
    }
    out << "target: 10,000 rows in at most 3 s\n";
    return 0;
}
