// Times search as you type in the ChargeDesk window: from the key press of
// a term's last character in the search field ("searchEdit") to the end of
// the paint of the customer list ("customerTable") showing the results, and
// the query alone (CustomerListQuery's count and first page of 100) beside
// the same statements through the bare sqlite3 C API, prepared once. The
// baseline's SQL text is what the QSQLITE driver ran, recorded with
// sqlite3_trace_v2 (StatementCapture). On PostgreSQL only ChargeDesk's
// figures are printed.
//
// Latin letters and digits are typed as key presses (QTest::keyClick),
// Chinese characters as an input method's commit (QInputMethodEvent). Run
// it under a display, e.g. xvfb-run -a; see docs/benchmarks.md.
//
//   bench_search --database FILE|URL [--runs N] [--language zh_CN]

#include "barestatement.h"
#include "benchwindow.h"
#include "customerlistmodel.h"
#include "customerlistquery.h"
#include "database.h"
#include "mainwindow.h"
#include "paintprobe.h"
#include "searchterms.h"
#include "statementcapture.h"
#include "timings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QInputMethodEvent>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QSqlDriver>
#include <QTableView>
#include <QTest>
#include <QTextStream>

#include <sqlite3.h>

#include <cstdio>
#include <memory>
#include <vector>

namespace {

int fail(const QString &message)
{
    std::fprintf(stderr, "bench_search: %s\n", qPrintable(message));
    return 1;
}

// The statements CustomerListQuery ran for one term, prepared on a bare
// connection, with the values it bound.
struct BareSearch
{
    std::unique_ptr<BareStatement> count;
    std::unique_ptr<BareStatement> page;
    QVariantHash countValues;
    QVariantHash pageValues;
};

// The timings of one term.
struct TermTimings
{
    int matches = 0;
    Timings query;
    Timings bare;
    Timings keystroke;
    Timings keyEvent; // the key event alone: the count runs inside it
};

bool runQuery(const QSqlDatabase &db, const QString &text, int *matches, QString *error)
{
    CustomerListQuery query(db);
    query.setSearchText(text);
    QSqlError sqlError;
    *matches = query.count(&sqlError);
    QList<CustomerListRow> rows;
    if (*matches < 0 || !query.page(0, 100, *matches, &rows, &sqlError)) {
        *error = sqlError.text();
        return false;
    }
    return true;
}

// Runs the query once under a StatementCapture and prepares what it ran.
bool prepareBare(const QSqlDatabase &db, sqlite3 *bare, const QString &text,
                 BareSearch *search, QString *error)
{
    QList<StatementCapture::Statement> statements;
    {
        const StatementCapture capture(db);
        int matches = 0;
        if (!runQuery(db, text, &matches, error))
            return false;

        // FTS5 runs statements of its own on its shadow tables. The count of
        // a Chinese one- or two-character term reads only the grams.
        const QList<StatementCapture::Statement> all = capture.statements();
        for (const StatementCapture::Statement &statement : all) {
            if (statement.sql.contains(QLatin1String("FROM customers c"))
                || statement.sql.contains(QLatin1String(":term"))) {
                statements.append(statement);
            }
        }
    }
    if (statements.size() != 2) {
        *error = QStringLiteral("expected a count and a page for \"%1\", recorded %2 statements")
                     .arg(text)
                     .arg(statements.size());
        return false;
    }
    search->count = std::make_unique<BareStatement>();
    search->page = std::make_unique<BareStatement>();
    search->countValues = statements.at(0).values;
    search->pageValues = statements.at(1).values;
    return search->count->prepare(bare, statements.at(0).sql, error)
           && search->page->prepare(bare, statements.at(1).sql, error);
}

// Runs the count and the first page; returns the count or -1.
int runBare(BareSearch &search, QString *error)
{
    if (search.count->run(search.countValues, error) < 0)
        return -1;
    const auto matches = int(search.count->firstValue());
    if (search.page->run(search.pageValues, error) < 0)
        return -1;
    return matches;
}

// Types one character into edit the way a user enters it.
void typeCharacter(QLineEdit *edit, QChar character)
{
    if (character.unicode() < 0x80) {
        QTest::keyClick(edit, char(character.unicode()));
        return;
    }
    QInputMethodEvent commit;
    commit.setCommitString(QString(character));
    QCoreApplication::sendEvent(edit, &commit);
}

// Sets the search field to text and waits until the list painted it.
bool showSearch(QLineEdit *edit, QTableView *table, PaintProbe *probe, const QString &text)
{
    QElapsedTimer timer;
    timer.start();
    probe->arm(&timer);
    edit->setText(text);
    table->viewport()->update();
    return probe->wait() >= 0;
}

QString milliseconds(qint64 nanoseconds)
{
    return QString::number(double(nanoseconds) / 1e6, 'f', 2);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("chargedesk.*.info=false"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Times search as you type in the ChargeDesk window."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("database"),
                      QStringLiteral("Generated SQLite file or postgresql:// URL."),
                      QStringLiteral("location")});
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Runs per term (default 30)."),
                      QStringLiteral("N"), QStringLiteral("30")});
    parser.addOption({QStringLiteral("language"),
                      QStringLiteral("UI language of the window (default zh_CN)."),
                      QStringLiteral("language"), QStringLiteral("zh_CN")});
    parser.process(app);

    bool ok = false;
    const int runs = parser.value(QStringLiteral("runs")).toInt(&ok);
    if (!ok || runs < 1)
        return fail(QStringLiteral("--runs must be a whole number above 0"));
    if (!parser.isSet(QStringLiteral("database")))
        return fail(QStringLiteral("give --database FILE or URL, made by chargedesk-cli "
                                   "generate"));
    if (!BenchWindow::setUpApplication(parser.value(QStringLiteral("language"))))
        return fail(QStringLiteral("unknown --language"));

    QString error;
    if (!BenchWindow::openDatabase(parser.value(QStringLiteral("database")), &error))
        return fail(error);
    QSqlDatabase db = QSqlDatabase::database(BenchWindow::ConnectionName);
    const QList<SearchTerm> terms = SearchTerms::choose(db, &error);
    if (terms.isEmpty())
        return fail(error);

    // The bare connection reads the same file.
    const bool sqlite = db.driverName() == QLatin1String("QSQLITE");
    sqlite3 *bare = nullptr;
    if (sqlite
        && sqlite3_open_v2(QFile::encodeName(db.databaseName()).constData(), &bare,
                           SQLITE_OPEN_READONLY, nullptr)
               != SQLITE_OK) {
        return fail(QStringLiteral("sqlite3_open_v2 failed on %1").arg(db.databaseName()));
    }

    QList<TermTimings> results(terms.size());
    {
        // The query alone, and the bare statements, taking turns.
        std::vector<BareSearch> bareSearches(terms.size());
        for (int i = 0; i < terms.size(); ++i) {
            if (sqlite && !prepareBare(db, bare, terms.at(i).text, &bareSearches[i], &error))
                return fail(error);
        }
        QElapsedTimer timer;
        for (int run = -3; run < runs; ++run) {
            for (int i = 0; i < terms.size(); ++i) {
                TermTimings &result = results[i];
                timer.start();
                if (!runQuery(db, terms.at(i).text, &result.matches, &error))
                    return fail(error);
                const qint64 query = timer.nsecsElapsed();
                qint64 bareQuery = 0;
                if (sqlite) {
                    timer.start();
                    const int matches = runBare(bareSearches[i], &error);
                    bareQuery = timer.nsecsElapsed();
                    if (matches != result.matches) {
                        return fail(QStringLiteral("bare count %1 differs from %2 for \"%3\": %4")
                                        .arg(matches)
                                        .arg(result.matches)
                                        .arg(terms.at(i).text, error));
                    }
                }
                if (run >= 0) {
                    result.query.add(query);
                    result.bare.add(bareQuery);
                }
            }
        }
    }
    if (bare)
        sqlite3_close(bare);

    // Typing in the window.
    std::fprintf(stderr, "bench_search: queries done, typing in the window\n");
    {
        const std::unique_ptr<MainWindow> window = BenchWindow::showWindow();
        QTableView *table = BenchWindow::customerTable(*window);
        auto *edit = window->findChild<QLineEdit *>(QStringLiteral("searchEdit"));
        auto *model = table ? qobject_cast<CustomerListModel *>(table->model()) : nullptr;
        if (!table || !edit || !model)
            return fail(QStringLiteral("the window has no customerTable or searchEdit"));
        auto *probe = new PaintProbe(table->viewport());
        if (!showSearch(edit, table, probe, QString()))
            return fail(QStringLiteral("the customer list did not paint"));

        QElapsedTimer timer;
        for (int run = -3; run < runs; ++run) {
            for (int i = 0; i < terms.size(); ++i) {
                const QString text = terms.at(i).text;
                if (!showSearch(edit, table, probe, text.left(text.size() - 1)))
                    return fail(QStringLiteral("the list did not paint for \"%1\"").arg(text));

                probe->arm(&timer, [model, text] { return model->searchText() == text.trimmed(); });
                timer.start();
                typeCharacter(edit, text.back());
                const qint64 keyEvent = timer.nsecsElapsed();
                const qint64 painted = probe->wait();
                if (painted < 0 || edit->text() != text)
                    return fail(QStringLiteral("typing \"%1\" painted no results").arg(text));
                if (run >= 0) {
                    results[i].keystroke.add(painted);
                    results[i].keyEvent.add(keyEvent);
                }
            }
        }
    }
    db = QSqlDatabase();
    Database::close(BenchWindow::ConnectionName);

    QTextStream out(stdout);
    out << "term | matches | query ChargeDesk ms | bare sqlite3 ms | ratio | "
           "keystroke to painted ms (p90) | of it the key event ms\n";
    for (int i = 0; i < terms.size(); ++i) {
        const TermTimings &result = results.at(i);
        out << terms.at(i).label << " \"" << terms.at(i).text << "\" | " << result.matches
            << " | " << milliseconds(result.query.median()) << " | "
            << (sqlite ? milliseconds(result.bare.median()) : QStringLiteral("-")) << " | "
            << (sqlite ? QString::number(double(result.query.median())
                                             / double(std::max<qint64>(result.bare.median(), 1)),
                                         'f', 2)
                       : QStringLiteral("-"))
            << " | " << milliseconds(result.keystroke.median()) << " ("
            << milliseconds(result.keystroke.percentile(0.9)) << ") | "
            << milliseconds(result.keyEvent.median()) << '\n';
    }
    out << "targets: query at most 2x bare sqlite3, keystroke to painted at most 16 ms; "
        << runs << " runs per term\n";
    return 0;
}
