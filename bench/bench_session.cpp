// A scripted browse session in the ChargeDesk window, measuring the peak
// memory of the process (VmHWM) and the longest stall of its event loop
// (StallMeter). The session starts the window and types a search. It opens
// ten customers from the results (Enter in the list, then the 费用管理 tab,
// then Back) and then the customer with the most charges. It commits a
// charge to that customer through ChargeService and rereads the page as
// after the 新增费用 dialog, and scrolls its charges and then the whole
// customer list end to end. Last, it saves that customer's charge report as
// a PDF through the 补费明细表 dialog's Save PDF… path.
//
// The baselines are separate processes that show one plain QSqlTableModel,
// every row fetched (fetchMore until done), in a QTableView: on charges,
// and on customers. Run it under a display, e.g. xvfb-run -a; see
// docs/benchmarks.md.
//
//   bench_session --database FILE|URL [--language zh_CN] [--keep-pdf FILE]

#include "benchdatabase.h"
#include "benchwindow.h"
#include "chargefiller.h"
#include "chargereportdialog.h"
#include "chargerequest.h"
#include "chargeservice.h"
#include "customerfilter.h"
#include "customerdetailpage.h"
#include "database.h"
#include "databaselocation.h"
#include "mainwindow.h"
#include "money.h"
#include "paintprobe.h"
#include "peakmemory.h"
#include "reportoutputcontroller.h"
#include "searchterms.h"
#include "stallmeter.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCommandLineParser>
#include <QDateEdit>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QInputMethodEvent>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QProcess>
#include <QScrollBar>
#include <QSqlError>
#include <QSqlTableModel>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QTimer>

#include <cstdio>
#include <memory>

namespace {

int fail(const QString &message)
{
    std::fprintf(stderr, "bench_session: %s\n", qPrintable(message));
    return 1;
}

QString megabytes(qint64 kilobytes)
{
    return QString::number(double(kilobytes) / 1024.0, 'f', 1) + QStringLiteral(" MB");
}

QString milliseconds(qint64 nanoseconds)
{
    return QString::number(double(nanoseconds) / 1e6, 'f', 1) + QStringLiteral(" ms");
}

// The baseline process: one QSqlTableModel on table, every row fetched,
// shown in a QTableView. Prints the rows and the peak memory.
int runBaseline(const QString &table, const QString &database)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"),
                                                    QStringLiteral("baseline"));
        db.setDatabaseName(database);
        if (!db.open())
            return fail(db.lastError().text());
        QSqlTableModel model(nullptr, db);
        model.setTable(table);
        if (!model.select())
            return fail(model.lastError().text());
        while (model.canFetchMore())
            model.fetchMore();

        QTableView view;
        view.setModel(&model);
        view.resize(1200, 760);
        QElapsedTimer timer;
        timer.start();
        PaintProbe probe(view.viewport());
        probe.arm(&timer);
        view.show();
        if (probe.wait() < 0)
            return fail(QStringLiteral("the baseline table did not paint"));
        view.verticalScrollBar()->setValue(view.verticalScrollBar()->maximum());
        probe.arm(&timer);
        if (probe.wait() < 0)
            return fail(QStringLiteral("the baseline table did not paint its end"));
        std::printf("rows %d peak_kb %lld\n", model.rowCount(), PeakMemory::peakResidentKb());
    }
    QSqlDatabase::removeDatabase(QStringLiteral("baseline"));
    return 0;
}

// Starts a baseline process and returns its peak memory in kilobytes and
// its rows, or -1.
qint64 measureBaseline(const QString &table, const QString &database, int *rows)
{
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(),
                {QStringLiteral("--baseline"), table, QStringLiteral("--database"), database});
    if (!child.waitForFinished(600000) || child.exitCode() != 0)
        return -1;
    const QList<QByteArray> words = child.readAllStandardOutput().simplified().split(' ');
    if (words.size() != 4)
        return -1;
    *rows = words.at(1).toInt();
    return words.at(3).toLongLong();
}

// The session: drives the window and waits for each paint.
class Session
{
public:
    Session(MainWindow *window, StallMeter *stalls)
        : m_window(window)
        , m_stalls(stalls)
    {
    }

    bool findWidgets(QString *error);
    bool findPageWidgets();
    bool waitForList(const QString &step);
    bool search(const QString &text);
    bool openTen();
    bool openCharges(qint64 customerId, int charges);
    bool addCharge(const ChargeFiller::Customer &customer, QString *error);
    bool scrollToEnd(QTableView *table, PaintProbe *probe, int steps, const QString &step);
    bool scrollCharges()
    {
        return scrollToEnd(m_chargeTable, m_chargeProbe, 0, QStringLiteral("scroll charges"));
    }
    bool backToList();
    bool scrollCustomers(int steps);
    bool saveReport(qint64 customerId, const QString &path, QString *error);
    bool painted(PaintProbe *probe, const std::function<void()> &action,
                 const std::function<bool()> &ready = {});
    bool paintedCharges(const std::function<void()> &open,
                        const std::function<bool()> &ready = {});

    QTableView *m_customerTable = nullptr;
    QLineEdit *m_searchEdit = nullptr;
    QTabWidget *m_tabs = nullptr;
    QWidget *m_chargesTab = nullptr;
    QTableView *m_chargeTable = nullptr;
    QAbstractButton *m_backButton = nullptr;
    PaintProbe *m_listProbe = nullptr;
    PaintProbe *m_chargeProbe = nullptr;

private:
    MainWindow *m_window = nullptr;
    StallMeter *m_stalls = nullptr;
    QElapsedTimer m_timer;
};

bool Session::findWidgets(QString *error)
{
    m_customerTable = BenchWindow::customerTable(*m_window);
    m_searchEdit = m_window->findChild<QLineEdit *>(QStringLiteral("searchEdit"));
    if (!m_customerTable || !m_searchEdit) {
        *error = QStringLiteral("the window lacks a widget the session drives");
        return false;
    }
    m_listProbe = new PaintProbe(m_customerTable->viewport());
    return true;
}

// Finds the widgets of the customer page, which the window builds when it
// first opens a customer.
bool Session::findPageWidgets()
{
    m_tabs = m_window->findChild<QTabWidget *>(QStringLiteral("tabWidget"));
    m_chargesTab = m_window->findChild<QWidget *>(QStringLiteral("chargesTab"));
    m_chargeTable = m_window->findChild<QTableView *>(QStringLiteral("chargeTable"));
    m_backButton = m_window->findChild<QAbstractButton *>(QStringLiteral("backButton"));
    if (!m_tabs || !m_chargesTab || !m_chargeTable || !m_backButton) {
        std::fprintf(stderr, "bench_session: the customer page lacks a widget the session "
                             "drives\n");
        return false;
    }
    m_chargeProbe = new PaintProbe(m_chargeTable->viewport());
    return true;
}

bool Session::painted(PaintProbe *probe, const std::function<void()> &action,
                      const std::function<bool()> &ready)
{
    m_timer.start();
    probe->arm(&m_timer, ready);
    if (action)
        action();
    return probe->wait() >= 0;
}

bool Session::waitForList(const QString &step)
{
    m_stalls->setStep(step);
    return painted(m_listProbe, {}, [this] { return m_customerTable->model()->rowCount() > 0; });
}

bool Session::search(const QString &text)
{
    m_stalls->setStep(QStringLiteral("search"));
    for (const QChar character : text) {
        const bool typed = painted(m_listProbe, [this, character] {
            if (character.unicode() < 0x80) {
                QTest::keyClick(m_searchEdit, char(character.unicode()));
                return;
            }
            QInputMethodEvent commit;
            commit.setCommitString(QString(character));
            QCoreApplication::sendEvent(m_searchEdit, &commit);
        });
        if (!typed)
            return false;
    }
    return m_searchEdit->text() == text;
}

// Runs open, switches to the charges tab and waits for the charges table's
// paint. After the first open, which builds the customer page, the page's
// widgets are found and the time runs on.
bool Session::paintedCharges(const std::function<void()> &open,
                             const std::function<bool()> &ready)
{
    if (m_chargeProbe) {
        return painted(
            m_chargeProbe,
            [this, open] {
                open();
                m_tabs->setCurrentWidget(m_chargesTab);
            },
            ready);
    }

    m_timer.start();
    open();
    if (!findPageWidgets())
        return false;
    m_chargeProbe->arm(&m_timer, ready);
    m_tabs->setCurrentWidget(m_chargesTab);
    return m_chargeProbe->wait() >= 0;
}

bool Session::openCharges(qint64 customerId, int charges)
{
    return paintedCharges([this, customerId] { m_window->openCustomer(customerId); },
                          [this, charges] {
                              return charges < 0 || m_chargeTable->model()->rowCount() == charges;
                          });
}

bool Session::backToList()
{
    return painted(m_listProbe, [this] { m_backButton->click(); });
}

bool Session::openTen()
{
    // From the search results, or from the whole list when fewer than ten
    // customers match.
    QAbstractItemModel *customers = m_customerTable->model();
    if (customers->rowCount() < 10) {
        m_stalls->setStep(QStringLiteral("clear search"));
        if (!painted(m_listProbe, [this] { m_searchEdit->clear(); }))
            return false;
    }
    for (int row = 0; row < 10 && row < customers->rowCount(); ++row) {
        m_stalls->setStep(QStringLiteral("open ten customers"));
        const QModelIndex index = customers->index(row, 0);
        m_customerTable->setFocus(Qt::OtherFocusReason);
        m_customerTable->setCurrentIndex(index);
        const bool opened = paintedCharges(
            [this] { QTest::keyClick(m_customerTable, Qt::Key_Return); });
        if (!opened || !backToList())
            return false;
    }
    return true;
}

bool Session::addCharge(const ChargeFiller::Customer &customer, QString *error)
{
    m_stalls->setStep(QStringLiteral("add a charge"));
    QSqlDatabase db = QSqlDatabase::database(BenchWindow::ConnectionName);
    const QString feeType = BenchDatabase::firstCode(db, QStringLiteral("fee_types"), error);
    const QString reason = BenchDatabase::firstCode(db, QStringLiteral("charge_reasons"), error);
    const QString method = BenchDatabase::firstCode(db, QStringLiteral("payment_methods"),
                                                    error);
    if (!error->isEmpty())
        return false;

    ChargeRequest request;
    request.requestKey = ChargeRequest::newRequestKey();
    request.customerId = customer.id;
    request.billId = customer.billId;
    request.feeTypeCode = feeType;
    request.amountText = Money(12345, customer.currency).toPlainString();
    request.reasonCode = reason;
    request.paymentMethodCode = method;
    request.dueDate = QDate(2032, 6, 30);
    request.note = QStringLiteral("session charge");
    request.duplicateAcknowledgement = QStringLiteral("session charge");

    // The dialog's confirmation step, the commit, and the reread of the
    // page that follows a charge written from it.
    ChargeService service(db, currentActor(db));
    const ChargeReview review = service.review(request);
    const ChargeService::CommitResult result = service.commit(request, review);
    if (!result.succeeded()) {
        *error = result.errorMessage;
        return false;
    }
    auto *page = m_window->findChild<CustomerDetailPage *>();
    QAbstractItemModel *model = m_chargeTable->model();
    const int expected = customer.charges + 1;
    return painted(m_chargeProbe, [page] { page->refresh(); },
                   [model, expected] { return model->rowCount() == expected; });
}

bool Session::scrollToEnd(QTableView *table, PaintProbe *probe, int steps, const QString &step)
{
    m_stalls->setStep(step);
    QScrollBar *bar = table->verticalScrollBar();
    const int stepSize = steps > 0 ? std::max(1, bar->maximum() / steps) : bar->pageStep();
    for (int value = bar->minimum(); value < bar->maximum();) {
        value = std::min(bar->maximum(), value + std::max(1, stepSize));
        if (!painted(probe, [bar, value] { bar->setValue(value); }))
            return false;
    }
    return true;
}

bool Session::scrollCustomers(int steps)
{
    m_stalls->setStep(QStringLiteral("clear search"));
    if (!painted(m_listProbe, [this] { m_searchEdit->clear(); }))
        return false;
    return scrollToEnd(m_customerTable, m_listProbe, steps, QStringLiteral("scroll customers"));
}

bool Session::saveReport(qint64 customerId, const QString &path, QString *error)
{
    m_stalls->setStep(QStringLiteral("report dialog"));
    auto *dialog = new ChargeReportDialog(QSqlDatabase::database(BenchWindow::ConnectionName),
                                          m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    {
        auto *probe = new PaintProbe(dialog);
        if (!painted(probe, [dialog] { dialog->show(); })) {
            *error = QStringLiteral("the report dialog did not paint");
            return false;
        }
        delete probe;
    }
    std::printf("peak memory with the report dialog open: %.1f MB\n",
                double(PeakMemory::peakResidentKb()) / 1024.0);
    m_stalls->setStep(QStringLiteral("report filters"));
    auto *from = dialog->findChild<QDateEdit *>(QStringLiteral("fromEdit"));
    auto *to = dialog->findChild<QDateEdit *>(QStringLiteral("toEdit"));
    auto *customers = dialog->findChild<CustomerFilter *>(QStringLiteral("customerFilter"));
    if (!from || !to || !customers) {
        *error = QStringLiteral("the report dialog lacks a field the session sets");
        return false;
    }
    from->setDate(QDate(2000, 1, 1));
    to->setDate(QDate::currentDate().addDays(1));
    if (!customers->setCheckedIds({customerId})) {
        *error = customers->lastError();
        return false;
    }
    {
        // Lets the event loop run once between the filters and the save.
        QEventLoop settle;
        QTimer::singleShot(10, &settle, &QEventLoop::quit);
        settle.exec();
    }

    m_stalls->setStep(QStringLiteral("save report PDF"));
    bool saved = false;
    QEventLoop loop;
    ReportOutputController *output = dialog->output();
    output->setSavePathChooser([path](const QString &, const QString &) { return path; });
    QObject::connect(output, &ReportOutputController::fileSaved, &loop, [&saved, &loop] {
        saved = true;
        loop.quit();
    });
    output->savePdf();
    QTimer::singleShot(600000, &loop, &QEventLoop::quit);
    if (!saved)
        loop.exec();
    dialog->close();
    if (!saved)
        *error = QStringLiteral("the report was not saved");
    return saved;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("chargedesk.*.info=false"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Runs a browse session in the ChargeDesk window; prints peak memory and stalls."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("database"),
                      QStringLiteral("Generated SQLite file (copied first) or postgresql:// URL "
                                     "(written to)."),
                      QStringLiteral("location")});
    parser.addOption({QStringLiteral("language"),
                      QStringLiteral("UI language of the window (default zh_CN)."),
                      QStringLiteral("language"), QStringLiteral("zh_CN")});
    parser.addOption({QStringLiteral("keep-pdf"),
                      QStringLiteral("Where to keep the report (default: deleted)."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("baseline"),
                      QStringLiteral("Internal: show every row of table and exit."),
                      QStringLiteral("table")});
    parser.process(app);

    QString location = parser.value(QStringLiteral("database"));
    if (location.isEmpty())
        return fail(QStringLiteral("give --database FILE or URL, made by chargedesk-cli "
                                   "generate"));
    if (parser.isSet(QStringLiteral("baseline")))
        return runBaseline(parser.value(QStringLiteral("baseline")), location);
    if (!BenchWindow::setUpApplication(parser.value(QStringLiteral("language"))))
        return fail(QStringLiteral("unknown --language"));

    // The baselines read the SQLite file itself, which they do not change.
    const bool postgresql = DatabaseLocation::isPostgresqlUrl(location);
    int chargeRows = 0;
    int customerRows = 0;
    const qint64 chargesBaseline = postgresql ? -1
                                              : measureBaseline(QStringLiteral("charges"),
                                                                location, &chargeRows);
    const qint64 customersBaseline = postgresql ? -1
                                                : measureBaseline(QStringLiteral("customers"),
                                                                  location, &customerRows);

    QTemporaryDir dir;
    QString error;
    if (!postgresql) {
        const QString copy = dir.filePath(QStringLiteral("session.sqlite"));
        if (!BenchDatabase::copy(location, copy, &error))
            return fail(error);
        location = copy;
    }
    if (!BenchWindow::openDatabase(location, &error))
        return fail(error);
    QSqlDatabase db = QSqlDatabase::database(BenchWindow::ConnectionName);
    const ChargeFiller::Customer biggest = ChargeFiller::biggest(db, &error);
    if (biggest.id == 0)
        return fail(error);
    const QList<SearchTerm> terms = SearchTerms::choose(db, &error);
    if (terms.isEmpty())
        return fail(error);
    const qint64 setupPeak = PeakMemory::peakResidentKb();

    StallMeter stalls;
    qint64 startPeak = 0;
    QElapsedTimer session;
    {
        QElapsedTimer start;
        start.start();
        const std::unique_ptr<MainWindow> window = BenchWindow::showWindow();
        Session script(window.get(), &stalls);
        if (!script.findWidgets(&error))
            return fail(error);
        if (!script.waitForList(QStringLiteral("start")))
            return fail(QStringLiteral("the customer list did not paint"));
        std::printf("customer %lld has the most charges: %d\n", biggest.id, biggest.charges);
    std::printf("start to painted list: %.1f ms\n", double(start.nsecsElapsed()) / 1e6);
        startPeak = PeakMemory::peakResidentKb();

        session.start();
        stalls.start();
        if (!script.search(terms.at(0).text))
            return fail(QStringLiteral("typing \"%1\" failed").arg(terms.at(0).text));
        if (!script.openTen())
            return fail(QStringLiteral("opening ten customers failed"));

        stalls.setStep(QStringLiteral("open the biggest customer"));
        if (!script.openCharges(biggest.id, biggest.charges))
            return fail(QStringLiteral("opening customer %1 failed").arg(biggest.id));
        if (!script.addCharge(biggest, &error))
            return fail(QStringLiteral("adding a charge failed: %1").arg(error));
        if (!script.scrollCharges())
            return fail(QStringLiteral("scrolling the charges failed"));
        std::printf("peak memory after the charges: %.1f MB\n",
                    double(PeakMemory::peakResidentKb()) / 1024.0);
        stalls.setStep(QStringLiteral("back to the list"));
        if (!script.backToList())
            return fail(QStringLiteral("Back did not paint the list"));
        if (!script.scrollCustomers(200))
            return fail(QStringLiteral("scrolling the customers failed"));
        std::printf("peak memory after the customer list: %.1f MB\n",
                    double(PeakMemory::peakResidentKb()) / 1024.0);

        const QString pdf = parser.isSet(QStringLiteral("keep-pdf"))
                                ? parser.value(QStringLiteral("keep-pdf"))
                                : dir.filePath(QStringLiteral("report.pdf"));
        if (!script.saveReport(biggest.id, pdf, &error))
            return fail(error);
        stalls.stop();
        std::printf("report: %s, %lld bytes\n", qPrintable(pdf), QFileInfo(pdf).size());
    }
    const qint64 sessionTime = session.nsecsElapsed();
    const qint64 peak = PeakMemory::peakResidentKb();
    db = QSqlDatabase();
    Database::close(BenchWindow::ConnectionName);

    QTextStream out(stdout);
    out << "session: " << milliseconds(sessionTime) << " after the first paint\n"
        << "peak memory (VmHWM): " << megabytes(peak) << " (after setup "
        << megabytes(setupPeak) << ", after the first paint " << megabytes(startPeak)
        << "; target at most 150 MB)\n";
    if (!postgresql) {
        out << "baseline, QSqlTableModel on charges, " << chargeRows
            << " rows fetched and shown: " << megabytes(chargesBaseline) << '\n'
            << "baseline, QSqlTableModel on customers, " << customerRows
            << " rows fetched and shown: " << megabytes(customersBaseline) << '\n';
    }
    out << "longest event-loop stall: " << milliseconds(stalls.maxStallNs()) << " in \""
        << stalls.maxStallStep() << "\"; stalls over 16 ms: " << stalls.stallsOver16Ms()
        << ", over 50 ms: " << stalls.stallsOver50Ms() << " (target none over 50 ms)\n";
    for (const auto &[step, stall] : stalls.stepMaxima())
        out << "  longest stall in \"" << step << "\": " << milliseconds(stall) << '\n';
    return 0;
}
