// The main window while the PostgreSQL server ends its session or restarts.
// The customer list, the customer's header and its charges are read again
// once the connection is open again, without a stale "not available". The
// 新增费用 dialog shows a message that names the server while it is down,
// in English and Chinese, and commits once it is back.
//
// The program starts a PostgreSQL cluster of its own (RestartableCluster),
// so stopping that server disturbs no other test. It runs as
// tst_pgrestartdialogs_postgresql; on SQLite every test is skipped.
// With CHARGEDESK_SHOTS_DIR set, it saves pictures of the message.

#include "addchargedialog.h"
#include "billrepository.h"
#include "chargeconfirmdialog.h"
#include "connectionreopennotifier.h"
#include "customerdetailpage.h"
#include "customerrepository.h"
#include "customerlistmodel.h"
#include "database.h"
#include "databasefault.h"
#include "ledgercheck.h"
#include "mainwindow.h"
#include "northwindimporter.h"
#include "paymentfixture.h"
#include "restartablecluster.h"
#include "testsupport.h"
#include "translations.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTimer>
#include <QtTest>

#include <memory>

class tst_PgRestartDialogs : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void listsReadAgainAfterSessionEnded();
    void addChargeWhileServerDownThenCommits();

private:
    QSqlDatabase db() const { return QSqlDatabase::database(connectionName()); }
    static QString connectionName() { return QStringLiteral("pgrestart-window"); }

    template<typename T>
    T *child(const char *name) const
    {
        return m_window->findChild<T *>(QLatin1String(name));
    }

    // The rows of the customer's charges table.
    int chargeRows() const;

    // The stored balance of the open customer, formatted as the window
    // shows it.
    QString storedBalanceText() const;

    // The balance that the customer list's model holds for the customer.
    qint64 listedBalance() const;

    bool fillForm(AddChargeDialog *dialog, const QString &amountText) const;

    // Saves a picture of widget when CHARGEDESK_SHOTS_DIR names a folder.
    void keepScreenshot(QWidget *widget, const QString &name) const;

    std::unique_ptr<RestartableCluster> m_cluster;
    bool m_serverDown = false;
    int m_databaseCount = 0;
    QString m_databaseName;
    qint64 m_customerId = 0;
    qint64 m_billId = 0;
    std::unique_ptr<MainWindow> m_window;
};

void tst_PgRestartDialogs::initTestCase()
{
    SKIP_UNLESS_POSTGRESQL();

    Translations::apply(UiLanguage::English);
    m_cluster = std::make_unique<RestartableCluster>(QStringLiteral(RESTART_TEST_DIR),
                                                     RESTART_TEST_PORT);
    QVERIFY2(m_cluster->start(), "the restartable PostgreSQL cluster did not start");
}

void tst_PgRestartDialogs::init()
{
    if (m_serverDown) {
        QVERIFY(m_cluster->startup());
        m_serverDown = false;
    }

    m_databaseName = QStringLiteral("pgrestart_window_%1").arg(++m_databaseCount);
    QVERIFY(m_cluster->createDatabase(m_databaseName));
    QString error;
    QVERIFY2(Database::open(m_cluster->url(m_databaseName), connectionName(), &error),
             qPrintable(error));

    const NorthwindImporter::Result imported
        = NorthwindImporter(db()).import(NorthwindImporter::builtInDirectory());
    QVERIFY2(imported.ok, qPrintable(imported.errorMessage));
    const auto customer = CustomerRepository(db()).findByCode(QStringLiteral("ALFKI"));
    QVERIFY(customer);
    m_customerId = customer->id;
    const QList<BillRecord> bills = BillRepository(db()).billsOfCustomer(m_customerId);
    QVERIFY(!bills.isEmpty());
    m_billId = bills.constFirst().id;

    m_window = std::make_unique<MainWindow>(db());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->openCustomer(m_customerId);
    QCOMPARE(chargeRows(), 0);
}

void tst_PgRestartDialogs::cleanup()
{
    m_window.reset();
    Database::close(connectionName());
    Translations::apply(UiLanguage::English);
}

int tst_PgRestartDialogs::chargeRows() const
{
    auto *table = child<QTableView>("chargeTable");
    return table && table->model() ? table->model()->rowCount() : -1;
}

QString tst_PgRestartDialogs::storedBalanceText() const
{
    const auto customer = CustomerRepository(db()).findById(m_customerId);
    if (!customer)
        return QStringLiteral("customer not found");
    return customer->balance.format(QLocale());
}

qint64 tst_PgRestartDialogs::listedBalance() const
{
    auto *customers = m_window->findChild<CustomerListModel *>();
    if (!customers)
        return -1;
    const int row = customers->rowOfCustomer(m_customerId);
    return customers->index(row, CustomerListQuery::Balance).data(Qt::EditRole).toLongLong();
}

bool tst_PgRestartDialogs::fillForm(AddChargeDialog *dialog, const QString &amountText) const
{
    auto *bill = dialog->findChild<QComboBox *>(QStringLiteral("billCombo"));
    auto *fee = dialog->findChild<QComboBox *>(QStringLiteral("feeTypeCombo"));
    auto *amount = dialog->findChild<QLineEdit *>(QStringLiteral("amountEdit"));
    auto *reason = dialog->findChild<QComboBox *>(QStringLiteral("reasonCombo"));
    auto *payment = dialog->findChild<QComboBox *>(QStringLiteral("paymentMethodCombo"));
    if (!bill || !fee || !amount || !reason || !payment)
        return false;

    bill->setCurrentIndex(bill->findData(m_billId));
    fee->setCurrentIndex(fee->findData(QStringLiteral("SERVICE")));
    reason->setCurrentIndex(reason->findData(QStringLiteral("BILLING_ERROR")));
    payment->setCurrentIndex(payment->findData(QStringLiteral("BANK_TRANSFER")));
    amount->setFocus();
    amount->clear();
    QTest::keyClicks(amount, amountText);
    return true;
}

void tst_PgRestartDialogs::keepScreenshot(QWidget *widget, const QString &name) const
{
    const QString folder = qEnvironmentVariable("CHARGEDESK_SHOTS_DIR");
    if (folder.isEmpty())
        return;
    QDir().mkpath(folder);
    const QString path = QDir(folder).filePath(name + QStringLiteral(".png"));
    if (!widget->grab().save(path))
        qWarning() << "Could not save" << path;
}

void tst_PgRestartDialogs::listsReadAgainAfterSessionEnded()
{
    // Another program commits a charge, and the administrator ends the
    // window's session, as a server restart does.
    {
        QString error;
        QVERIFY2(Database::open(m_cluster->url(m_databaseName), QStringLiteral("other"), &error),
                 qPrintable(error));
        QVERIFY(PaymentFixture::addCharge(QSqlDatabase::database(QStringLiteral("other")),
                                          m_customerId, m_billId, QStringLiteral("15.00"),
                                          QStringLiteral("MATERIAL"))
                > 0);
        Database::close(QStringLiteral("other"));
    }
    QSignalSpy reopened(ConnectionReopenNotifier::instance(),
                        &ConnectionReopenNotifier::reopened);
    QCOMPARE(m_cluster->terminateProgramSessions(m_databaseName), 1);

    // The user comes back to the window, which rereads the customer page.
    auto *page = child<CustomerDetailPage>("customerDetailPage");
    QVERIFY(page);
    page->refresh();
    QTRY_VERIFY(reopened.count() >= 1);
    QCOMPARE(reopened.constFirst().constFirst().toString(), connectionName());

    // Every list shows the other program's charge, and the header the
    // balance rather than "not available".
    QTRY_COMPARE(chargeRows(), 1);
    auto *balance = child<QLabel>("balanceLabel");
    QVERIFY(balance);
    QTRY_COMPARE(balance->text(),
                 QStringLiteral("Outstanding balance: %1").arg(storedBalanceText()));
    const auto customer = CustomerRepository(db()).findById(m_customerId);
    QVERIFY(customer);
    QTRY_COMPARE(listedBalance(), customer->balance.minorUnits());
}

void tst_PgRestartDialogs::addChargeWhileServerDownThenCommits()
{
    struct Outcome
    {
        bool shown = false;
        bool filled = false;
        QString english;
        QString chinese;
        bool errorVisible = false;
        bool openAfterClick = false;
        QString reviewAfterRestart;
    };
    auto outcome = std::make_shared<Outcome>();
    const qint64 chargesBefore = PaymentFixture::scalar(db(), QStringLiteral(
        "SELECT COUNT(*) FROM charges"));

    QTimer::singleShot(0, m_window.get(), [this, outcome] {
        auto *dialog = qobject_cast<AddChargeDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        outcome->shown = true;
        auto *review = dialog->findChild<QPushButton *>(QStringLiteral("reviewButton"));
        auto *error = dialog->findChild<QLabel *>(QStringLiteral("errorLabel"));
        outcome->filled = review && error && fillForm(dialog, QStringLiteral("66.60"));
        if (!outcome->filled) {
            dialog->done(QDialog::Rejected);
            return;
        }

        // 下一步 while the server is down, in Chinese and in English. The
        // language changes while the server runs, because the dialog reads
        // its lists again then.
        auto *amount = dialog->findChild<QLineEdit *>(QStringLiteral("amountEdit"));
        const auto reviewWhileDown = [&](UiLanguage language, QString *message) {
            Translations::apply(language);
            QCoreApplication::processEvents();
            if (!m_cluster->shutdown(RestartableCluster::Shutdown::Fast))
                return false;
            m_serverDown = true;
            QTest::mouseClick(review, Qt::LeftButton);
            *message = error->text();
            outcome->errorVisible = error->isVisible();
            keepScreenshot(dialog, QStringLiteral("pgrestart-server-down-")
                                       + Translations::languageName(language));
            if (!m_cluster->startup())
                return false;
            m_serverDown = false;

            // The user clicks into the form, which opens the connection
            // again before anything reads.
            QTest::mouseClick(amount, Qt::LeftButton);
            outcome->openAfterClick = db().isOpen();
            return outcome->openAfterClick;
        };
        if (!reviewWhileDown(UiLanguage::SimplifiedChinese, &outcome->chinese)
            || !reviewWhileDown(UiLanguage::English, &outcome->english)) {
            dialog->done(QDialog::Rejected);
            return;
        }

        // The server is back: the same form is checked and confirmed.
        QTimer::singleShot(0, dialog, [] {
            auto *confirm = qobject_cast<ChargeConfirmDialog *>(
                QApplication::activeModalWidget());
            if (!confirm)
                return;
            auto *button = confirm->findChild<QPushButton *>(QStringLiteral("confirmButton"));
            if (button)
                QTest::mouseClick(button, Qt::LeftButton);
            if (confirm->isVisible())
                confirm->reject();
        });
        QTest::mouseClick(review, Qt::LeftButton);
        outcome->reviewAfterRestart = error->isVisible() ? error->text() : QString();
        if (dialog->isVisible())
            dialog->done(QDialog::Rejected);
    });
    auto *add = child<QPushButton>("addChargeButton");
    QVERIFY(add);
    QTest::mouseClick(add, Qt::LeftButton);

    QVERIFY(outcome->shown);
    QVERIFY(outcome->filled);
    QVERIFY(outcome->errorVisible);
    QVERIFY(outcome->openAfterClick);
    const QString server = QStringLiteral("127.0.0.1:%1/%2")
                               .arg(m_cluster->port())
                               .arg(m_databaseName);
    const QSqlError lost(QString(), QString(), QSqlError::ConnectionError);
    const QString explanation = DatabaseFault::fromError(lost, db()).explanation();
    QVERIFY2(outcome->english.contains(explanation), qPrintable(outcome->english));
    QVERIFY2(outcome->english.contains(server), qPrintable(outcome->english));
    QVERIFY2(!outcome->english.contains(QLatin1String("QPSQL")), qPrintable(outcome->english));
    QVERIFY2(outcome->chinese.contains(QStringLiteral("连接已断开")), qPrintable(outcome->chinese));
    QVERIFY2(outcome->chinese.contains(server), qPrintable(outcome->chinese));
    QVERIFY2(outcome->reviewAfterRestart.isEmpty(), qPrintable(outcome->reviewAfterRestart));

    // Exactly one charge, with its audit record, and the window shows it.
    QCOMPARE(PaymentFixture::scalar(db(), QStringLiteral("SELECT COUNT(*) FROM charges")),
             chargesBefore + 1);
    QTRY_COMPARE(chargeRows(), 1);
    auto *balance = child<QLabel>("balanceLabel");
    QVERIFY(balance);
    QTRY_COMPARE(balance->text(),
                 QStringLiteral("Outstanding balance: %1").arg(storedBalanceText()));
    const QStringList problems = LedgerCheck(db()).problems();
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

QTEST_MAIN(tst_PgRestartDialogs)
#include "tst_pgrestartdialogs.moc"
