// windowdriver: a test-only program that opens the real ChargeDesk main
// window on a database and works it through its widgets, one command per
// line on standard input. tst_twowindows runs two of them on one database.
//
//   windowdriver --database LOCATION [--language CHOICE] [--position X,Y]
//
// The window runs on the platform that QT_QPA_PLATFORM names: offscreen in
// ctest, xcb under an X server. The reply to every command on standard
// output is its data lines, if any, and one final line that starts with OK,
// BLOCKED or ERROR. Each line is flushed as it is written.
//
//   (start)                    READY <platform> notifications|polling
//   open CODE                  types CODE into the customer search, presses
//                              Enter and clicks the charges tab:
//                              OK opened <customer id>
//   charges                    one "ROW <charge id>\t<cell>\t<cell>..." line
//                              per row the charges view shows, in its order,
//                              then OK <row count>
//   add AMOUNT FEE_TYPE [FILE] presses Add Charge…, fills the form (no bill,
//                              reason BILLING_ERROR, bank transfer), presses
//                              Review… and Confirm:
//                              OK committed <charge id>, or, when the form
//                              stays open with messages (an exact duplicate),
//                              BLOCKED <messages>, after which the form is
//                              cancelled and discarded. With FILE, the form
//                              is grabbed to FILE after Review….
//   edit FIELD TEXT            clicks the tab of the line edit named FIELD,
//                              types TEXT at its end without saving, and
//                              clicks the tab shown before: OK edited
//   field FIELD                OK <text of the line edit named FIELD>
//   select CODE                clicks the row of CODE in the customer list,
//                              which a new window shows: OK selected
//   scroll Y                   moves the customer list's vertical scroll
//                              bar to Y, as dragging it does: OK scrolled
//   list CODE                  OK <current code>\t<vertical scroll
//                              position>\t<balance of CODE> in the list
//   shot FILE                  grabs the main window to FILE (PNG)
//   screen FILE                grabs the whole screen to FILE (xcb only)
//   quit                       OK, then the program ends

#include "addchargedialog.h"
#include "chargeconfirmdialog.h"
#include "chargelistmodel.h"
#include "customerlistquery.h"
#include "database.h"
#include "databasechangewatcher.h"
#include "mainwindow.h"
#include "translations.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QCommandLineParser>
#include <QDeadlineTimer>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QScreen>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTextStream>
#include <QThread>
#include <QTimer>

#include <functional>
#include <iostream>
#include <string>

namespace {

const QString ConnectionName = QStringLiteral("windowdriver");

// How long a step waits for a dialog to open, in milliseconds.
constexpr int DialogTimeoutMs = 20000;

void writeLine(const QString &line)
{
    static QTextStream out(stdout);
    out << line << '\n';
    out.flush();
}

// Runs action on the next modal dialog of type T once it is the active
// modal widget, or gives up after DialogTimeoutMs. exec() blocks the
// caller, so the wait is armed before the click that opens the dialog.
template<typename T>
void whenModalOpens(std::function<void(T *)> action)
{
    auto *timer = new QTimer;
    const QDeadlineTimer deadline(DialogTimeoutMs);
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, [timer, deadline, action] {
        auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget());
        if (!dialog && !deadline.hasExpired())
            return;
        timer->stop();
        timer->deleteLater();
        if (dialog)
            action(dialog);
    });
    timer->start();
}

bool selectByData(QComboBox *combo, const QString &code)
{
    const int index = combo->findData(code);
    combo->setCurrentIndex(index);
    return index >= 0;
}

// Grabs widget as the screen shows it under X, where the window system
// composes it, and as Qt paints it on other platforms.
bool saveGrab(QWidget *widget, const QString &path)
{
    QPixmap pixmap;
    // X shows a window only after the event loop has exposed and painted
    // it. A dialog that opened a moment ago, or text set just now, is not on
    // the screen yet.
    if (QGuiApplication::platformName() == QLatin1String("xcb") && widget->screen()
        && QTest::qWaitForWindowExposed(widget)) {
        widget->repaint();
        QTest::qWait(100);
        pixmap = widget->screen()->grabWindow(widget->winId());
    }
    if (pixmap.isNull())
        pixmap = widget->grab();
    return pixmap.save(path, "PNG");
}

class WindowDriver : public QObject
{
public:
    explicit WindowDriver(MainWindow *window) : m_window(window) {}

    // Runs one command line and writes the reply.
    void run(const QString &line);

private:
    QString open(const QString &code);
    QString listCharges();
    QString addCharge(const QString &amount, const QString &feeType, const QString &shotPath);
    void fillAndReview(AddChargeDialog *dialog, const QString &amount, const QString &feeType,
                       const QString &shotPath, QString *reply);
    QString shot(const QString &path);
    QString screen(const QString &path);
    QString edit(const QString &field, const QString &text);
    QString fieldText(const QString &field);
    QString selectCustomer(const QString &code);
    QString listState(const QString &code);
    QString scrollList(int position);
    // Returns the cell of field in the list row of the customer code.
    QModelIndex customerIndex(const QString &code, const QString &field) const;
    ChargeListModel *chargeModel() const;

    MainWindow *m_window = nullptr;
};

void WindowDriver::run(const QString &line)
{
    const QStringList words = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    const QString command = words.value(0);
    QString reply;
    if (command == QLatin1String("open") && words.size() == 2)
        reply = open(words.at(1));
    else if (command == QLatin1String("charges"))
        reply = listCharges();
    else if (command == QLatin1String("add") && (words.size() == 3 || words.size() == 4))
        reply = addCharge(words.at(1), words.at(2), words.value(3));
    else if (command == QLatin1String("shot") && words.size() == 2)
        reply = shot(words.at(1));
    else if (command == QLatin1String("screen") && words.size() == 2)
        reply = screen(words.at(1));
    else if (command == QLatin1String("edit") && words.size() >= 3)
        reply = edit(words.at(1), line.section(QLatin1Char(' '), 2));
    else if (command == QLatin1String("field") && words.size() == 2)
        reply = fieldText(words.at(1));
    else if (command == QLatin1String("select") && words.size() == 2)
        reply = selectCustomer(words.at(1));
    else if (command == QLatin1String("list") && words.size() == 2)
        reply = listState(words.at(1));
    else if (command == QLatin1String("scroll") && words.size() == 2)
        reply = scrollList(words.at(1).toInt());
    else if (command == QLatin1String("quit"))
        reply = QStringLiteral("OK");
    else
        reply = QStringLiteral("ERROR unknown command: ") + line;
    writeLine(reply);

    if (command == QLatin1String("quit"))
        QCoreApplication::quit();
}

QString WindowDriver::open(const QString &code)
{
    auto *search = m_window->findChild<QLineEdit *>(QStringLiteral("searchEdit"));
    if (!search)
        return QStringLiteral("ERROR the customer search field was not found");
    search->setFocus(Qt::OtherFocusReason);
    search->selectAll();
    QTest::keyClicks(search, code);
    QTest::keyClick(search, Qt::Key_Return);

    auto *tabs = m_window->findChild<QTabWidget *>(QStringLiteral("tabWidget"));
    auto *chargesTab = m_window->findChild<QWidget *>(QStringLiteral("chargesTab"));
    if (!tabs || !chargesTab || !tabs->isVisible())
        return QStringLiteral("ERROR customer %1 did not open").arg(code);
    const int index = tabs->indexOf(chargesTab);
    QTest::mouseClick(tabs->tabBar(), Qt::LeftButton, {}, tabs->tabBar()->tabRect(index).center());
    if (tabs->currentWidget() != chargesTab)
        return QStringLiteral("ERROR the charges tab did not open");

    const ChargeListModel *model = chargeModel();
    return QStringLiteral("OK opened %1").arg(model ? model->customerId() : 0);
}

ChargeListModel *WindowDriver::chargeModel() const
{
    auto *view = m_window->findChild<QTableView *>(QStringLiteral("chargeTable"));
    return view ? qobject_cast<ChargeListModel *>(view->model()) : nullptr;
}

QString WindowDriver::listCharges()
{
    auto *view = m_window->findChild<QTableView *>(QStringLiteral("chargeTable"));
    const ChargeListModel *model = chargeModel();
    if (!view || !model)
        return QStringLiteral("ERROR the charges view was not found");

    for (int row = 0; row < model->rowCount(); ++row) {
        QStringList cells{QString::number(model->chargeId(row))};
        for (int column = 0; column < model->columnCount(); ++column) {
            if (!view->isColumnHidden(column))
                cells << model->index(row, column).data().toString().simplified();
        }
        writeLine(QStringLiteral("ROW ") + cells.join(QLatin1Char('\t')));
    }
    return QStringLiteral("OK %1").arg(model->rowCount());
}

QString WindowDriver::addCharge(const QString &amount, const QString &feeType,
                                const QString &shotPath)
{
    auto *button = m_window->findChild<QPushButton *>(QStringLiteral("addChargeButton"));
    if (!button || !button->isVisible() || !button->isEnabled())
        return QStringLiteral("ERROR Add Charge… is not available; open a customer first");

    QString reply = QStringLiteral("ERROR the Add Charge dialog did not open");
    whenModalOpens<AddChargeDialog>([&](AddChargeDialog *dialog) {
        fillAndReview(dialog, amount, feeType, shotPath, &reply);
    });
    // Blocks in the dialog's exec() until the steps above close it.
    QTest::mouseClick(button, Qt::LeftButton);

    if (reply == QLatin1String("committed")) {
        // The panel selects the charge it just added.
        auto *view = m_window->findChild<QTableView *>(QStringLiteral("chargeTable"));
        const QModelIndexList selected = view->selectionModel()->selectedRows();
        const qint64 chargeId
            = selected.isEmpty() ? 0 : chargeModel()->chargeId(selected.constFirst().row());
        return QStringLiteral("OK committed %1").arg(chargeId);
    }
    return reply;
}

void WindowDriver::fillAndReview(AddChargeDialog *dialog, const QString &amount,
                                 const QString &feeType, const QString &shotPath,
                                 QString *reply)
{
    auto *fee = dialog->findChild<QComboBox *>(QStringLiteral("feeTypeCombo"));
    auto *amountEdit = dialog->findChild<QLineEdit *>(QStringLiteral("amountEdit"));
    auto *reason = dialog->findChild<QComboBox *>(QStringLiteral("reasonCombo"));
    auto *note = dialog->findChild<QPlainTextEdit *>(QStringLiteral("noteEdit"));
    auto *payment = dialog->findChild<QComboBox *>(QStringLiteral("paymentMethodCombo"));
    auto *review = dialog->findChild<QPushButton *>(QStringLiteral("reviewButton"));
    auto *cancel = dialog->findChild<QPushButton *>(QStringLiteral("cancelButton"));
    auto *errors = dialog->findChild<QLabel *>(QStringLiteral("errorLabel"));
    if (!fee || !amountEdit || !reason || !note || !payment || !review || !cancel || !errors) {
        *reply = QStringLiteral("ERROR a widget of the Add Charge form is missing");
        dialog->done(QDialog::Rejected);
        return;
    }

    if (!selectByData(fee, feeType) || !selectByData(reason, QStringLiteral("BILLING_ERROR"))
        || !selectByData(payment, QStringLiteral("BANK_TRANSFER"))) {
        *reply = QStringLiteral("ERROR unknown fee type %1").arg(feeType);
        dialog->done(QDialog::Rejected);
        return;
    }
    amountEdit->setFocus(Qt::OtherFocusReason);
    QTest::keyClicks(amountEdit, amount);
    note->setFocus(Qt::OtherFocusReason);
    QTest::keyClicks(note, QStringLiteral("Entered through windowdriver"));

    // The confirmation step opens inside Review…; a note is typed when
    // possible duplicates need one.
    whenModalOpens<ChargeConfirmDialog>([](ChargeConfirmDialog *confirm) {
        auto *button = confirm->findChild<QPushButton *>(QStringLiteral("confirmButton"));
        auto *ack = confirm->findChild<QPlainTextEdit *>(QStringLiteral("acknowledgementEdit"));
        if (button && !button->isEnabled() && ack && ack->isVisible())
            QTest::keyClicks(ack, QStringLiteral("Checked: a separate charge"));
        if (button && button->isEnabled())
            QTest::mouseClick(button, Qt::LeftButton);
        if (confirm->isVisible())
            confirm->reject();
    });
    QTest::mouseClick(review, Qt::LeftButton);
    if (!dialog->isVisible()) {
        *reply = QStringLiteral("committed");
        return;
    }

    // Review… left the form open: it shows why in its error label.
    *reply = QStringLiteral("BLOCKED ") + errors->text().simplified();
    if (!shotPath.isEmpty() && !saveGrab(dialog, shotPath))
        *reply = QStringLiteral("ERROR could not save ") + shotPath;
    whenModalOpens<QMessageBox>([](QMessageBox *box) {
        if (QAbstractButton *discard = box->button(QMessageBox::Discard))
            QTest::mouseClick(discard, Qt::LeftButton);
        else
            box->reject();
    });
    QTest::mouseClick(cancel, Qt::LeftButton);
}

QString WindowDriver::shot(const QString &path)
{
    return saveGrab(m_window, path) ? QStringLiteral("OK shot ") + path
                                    : QStringLiteral("ERROR could not save ") + path;
}

QString WindowDriver::screen(const QString &path)
{
    QScreen *screen = m_window->screen();
    if (QGuiApplication::platformName() != QLatin1String("xcb") || !screen)
        return QStringLiteral("ERROR the screen can be grabbed on xcb only");
    return screen->grabWindow(0).save(path, "PNG") ? QStringLiteral("OK screen ") + path
                                                   : QStringLiteral("ERROR could not save ")
                                                         + path;
}

QString WindowDriver::edit(const QString &field, const QString &text)
{
    auto *edit = m_window->findChild<QLineEdit *>(field);
    auto *tabs = m_window->findChild<QTabWidget *>(QStringLiteral("tabWidget"));
    if (!edit || !tabs)
        return QStringLiteral("ERROR no line edit named ") + field;

    QWidget *page = edit;
    while (page && tabs->indexOf(page) < 0)
        page = page->parentWidget();
    if (!page)
        return QStringLiteral("ERROR %1 is on no tab").arg(field);

    const int shownIndex = tabs->currentIndex();
    QTabBar *bar = tabs->tabBar();
    QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(tabs->indexOf(page)).center());
    edit->setFocus(Qt::OtherFocusReason);
    edit->end(false);
    QTest::keyClicks(edit, text);
    QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(shownIndex).center());
    return QStringLiteral("OK edited");
}

QString WindowDriver::fieldText(const QString &field)
{
    const auto *edit = m_window->findChild<QLineEdit *>(field);
    return edit ? QStringLiteral("OK ") + edit->text()
                : QStringLiteral("ERROR no line edit named ") + field;
}

QModelIndex WindowDriver::customerIndex(const QString &code, const QString &field) const
{
    const auto *view = m_window->findChild<QTableView *>(QStringLiteral("customerTable"));
    const QAbstractItemModel *customers = view ? view->model() : nullptr;
    const int column = CustomerListQuery::columnOf(field);
    if (!customers || column < 0)
        return {};

    const QModelIndexList found = customers->match(customers->index(0, CustomerListQuery::Code),
                                                   Qt::DisplayRole, code, 1, Qt::MatchExactly);
    if (found.isEmpty())
        return {};
    return found.constFirst().siblingAtColumn(column);
}

QString WindowDriver::selectCustomer(const QString &code)
{
    auto *view = m_window->findChild<QTableView *>(QStringLiteral("customerTable"));
    const QModelIndex index = customerIndex(code, QStringLiteral("code"));
    if (!view || !view->isVisible() || !index.isValid())
        return QStringLiteral("ERROR customer %1 is not in the shown list").arg(code);

    view->scrollTo(index, QAbstractItemView::PositionAtCenter);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
    return view->currentIndex().row() == index.row() ? QStringLiteral("OK selected")
                                                     : QStringLiteral("ERROR the click missed");
}

QString WindowDriver::scrollList(int position)
{
    auto *view = m_window->findChild<QTableView *>(QStringLiteral("customerTable"));
    if (!view || !view->isVisible())
        return QStringLiteral("ERROR the customer list is not shown");
    view->verticalScrollBar()->setValue(position);
    return QStringLiteral("OK scrolled");
}

QString WindowDriver::listState(const QString &code)
{
    auto *view = m_window->findChild<QTableView *>(QStringLiteral("customerTable"));
    const QModelIndex balance = customerIndex(code, QStringLiteral("balance_minor"));
    if (!view || !balance.isValid())
        return QStringLiteral("ERROR customer %1 is not in the list").arg(code);

    const QModelIndex current = view->currentIndex();
    const QString currentCode = current.isValid()
        ? current.siblingAtColumn(customerIndex(code, QStringLiteral("code")).column())
              .data()
              .toString()
        : QString();
    return QStringLiteral("OK %1\t%2\t%3")
        .arg(currentCode)
        .arg(view->verticalScrollBar()->value())
        .arg(balance.data().toString());
}

// Reads standard input in a thread of its own, because the main thread
// runs the window, and hands each line to the main thread. The end of the
// input quits the program.
QThread *startReadingCommands(WindowDriver *driver)
{
    QThread *reader = QThread::create([driver] {
        std::string line;
        while (std::getline(std::cin, line)) {
            const QString command = QString::fromStdString(line).trimmed();
            QMetaObject::invokeMethod(driver, [driver, command] { driver->run(command); },
                                      Qt::QueuedConnection);
        }
        QMetaObject::invokeMethod(qApp, &QCoreApplication::quit, Qt::QueuedConnection);
    });
    reader->start();
    return reader;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("ChargeDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("windowdriver"));

    // Settings such as the language go to a test folder, not the user's.
    QStandardPaths::setTestModeEnabled(true);

    QCommandLineParser parser;
    parser.addOptions({
        {QStringLiteral("database"), QStringLiteral("Database location."),
         QStringLiteral("LOCATION")},
        {QStringLiteral("language"), QStringLiteral("zh_CN, zh_TW or en."),
         QStringLiteral("CHOICE"), QStringLiteral("en")},
        {QStringLiteral("position"), QStringLiteral("Top left corner of the window."),
         QStringLiteral("X,Y")},
    });
    parser.process(app);
    if (!parser.isSet(QStringLiteral("database"))) {
        QTextStream(stderr) << "usage: windowdriver --database LOCATION [--language CHOICE] "
                               "[--position X,Y]\n";
        return 1;
    }
    if (!Translations::applyChoice(parser.value(QStringLiteral("language")))) {
        writeLine(QStringLiteral("ERROR unknown language ")
                  + parser.value(QStringLiteral("language")));
        return 1;
    }

    QString error;
    if (!Database::open(parser.value(QStringLiteral("database")), ConnectionName, &error)) {
        writeLine(QStringLiteral("ERROR ") + error.simplified());
        return 1;
    }

    int status = 0;
    {
        MainWindow window(QSqlDatabase::database(ConnectionName));
        const QStringList position = parser.value(QStringLiteral("position")).split(u',');
        if (position.size() == 2)
            window.move(position.at(0).toInt(), position.at(1).toInt());
        window.show();
        window.activateWindow();

        WindowDriver driver(&window);
        QThread *reader = startReadingCommands(&driver);
        const auto *watcher = window.findChild<DatabaseChangeWatcher *>();
        writeLine(QStringLiteral("READY %1 %2")
                      .arg(QGuiApplication::platformName(),
                           !watcher                         ? QStringLiteral("none")
                           : watcher->usesNotifications()   ? QStringLiteral("notifications")
                                                            : QStringLiteral("polling")));
        status = app.exec();

        // After "quit" the test closes the input, which ends the reader. A
        // reader still blocked on open input is left to the end of the
        // process, because deleting a running QThread aborts.
        if (reader->wait(5000))
            delete reader;
    }
    Database::close(ConnectionName);
    return status;
}
