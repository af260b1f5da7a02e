// The Check Data Integrity dialog: it runs the check in a worker, lists
// the mismatches with their sentences, saves them as CSV, cancels, and is
// reached from the Reports menu.

#include "auditlog.h"
#include "guitestsupport.h"
#include "integritycheckdialog.h"
#include "integritycsv.h"
#include "integrityfixture.h"
#include "integritymismatchmodel.h"
#include "integritysummary.h"
#include "mainwindow.h"
#include "testsupport.h"
#include "transaction.h"

#include <QAction>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QScopeGuard>
#include <QTableView>
#include <QtTest>

#include <memory>

class tst_IntegrityDialog : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void cleanDatabaseShowsCounts();
    void tamperedChargeIsListed();
    void saveCsvWritesMismatches();
    void checkAgainSeesLaterChange();
    void cancelStopsCheck();
    void windowStaysResponsive();
    void menuOpensDialog();
    void dialogRetranslates();

private:
    QSqlDatabase db() const { return m_database->db(); }

    // Changes a charge's amount past the triggers.
    void tamperChargeAmount();

    // Appends count audit records in one transaction, so that a check takes
    // long enough to be canceled or watched.
    void addAuditRecords(int count);

    std::unique_ptr<TestDatabase> m_database;
    IntegrityFixture::Ids m_ids;
};

namespace {

constexpr int CheckTimeoutMs = 60000;

QString labelText(const QDialog &dialog, const char *name)
{
    const auto *label = dialog.findChild<QLabel *>(QLatin1String(name));
    return label ? label->text() : QStringLiteral("(no label %1)").arg(QLatin1String(name));
}

QPushButton *button(const QDialog &dialog, const char *name)
{
    return dialog.findChild<QPushButton *>(QLatin1String(name));
}

} // namespace

void tst_IntegrityDialog::init()
{
    m_database = std::make_unique<TestDatabase>();
    QVERIFY2(m_database->isOpen(), qPrintable(m_database->error()));
    m_ids = IntegrityFixture::Ids();
    QString error;
    QVERIFY2(IntegrityFixture::seed(db(), &m_ids, &error), qPrintable(error));
}

void tst_IntegrityDialog::cleanup()
{
    m_database.reset();
}

void tst_IntegrityDialog::tamperChargeAmount()
{
    QString error;
    QVERIFY2(IntegrityFixture::tamper(
                 m_database->location(), db(), QStringLiteral("charges"),
                 {QStringLiteral("UPDATE charges SET amount_minor = 99999 WHERE id = %1")
                      .arg(m_ids.chargeId)},
                 &error),
             qPrintable(error));
}

void tst_IntegrityDialog::addAuditRecords(int count)
{
    Transaction transaction(db());
    QVERIFY(transaction.begin());
    AuditLog log(db());
    QString error;
    for (int i = 0; i < count; ++i) {
        QVERIFY2(log.append(QStringLiteral("tester"), QStringLiteral("test.filler"),
                            QStringLiteral("test"), i, {}, QString(), &error),
                 qPrintable(error));
    }
    QVERIFY(transaction.commit());
}

void tst_IntegrityDialog::cleanDatabaseShowsCounts()
{
    IntegrityCheckDialog dialog(db());
    QVERIFY(dialog.waitForCheck(CheckTimeoutMs));

    QCOMPARE(dialog.result().status, ReportQueryStatus::Completed);
    QVERIFY(dialog.result().isClean());
    QCOMPARE(dialog.mismatchModel()->rowCount(), 0);
    QCOMPARE(labelText(dialog, "countsLabel"), IntegritySummary::counts(dialog.result()));
    QVERIFY2(labelText(dialog, "countsLabel").contains(QStringLiteral("3 charges")),
             qPrintable(labelText(dialog, "countsLabel")));
    QCOMPARE(labelText(dialog, "outcomeLabel"), IntegritySummary::outcome(dialog.result()));
    QVERIFY(labelText(dialog, "chainLabel").endsWith(dialog.result().chainLastHash));
    QVERIFY(button(dialog, "checkButton")->isEnabled());
    QVERIFY(!button(dialog, "saveCsvButton")->isEnabled());
}

void tst_IntegrityDialog::tamperedChargeIsListed()
{
    tamperChargeAmount();
    IntegrityCheckDialog dialog(db());
    QVERIFY(dialog.waitForCheck(CheckTimeoutMs));

    const IntegrityMismatchModel *model = dialog.mismatchModel();
    QVERIFY(model->rowCount() >= 1);
    int chargeRow = -1;
    for (int row = 0; row < model->rowCount(); ++row) {
        const auto text = [&](int column) { return model->index(row, column).data().toString(); };
        const QString chargeLabel = QStringLiteral("Charge %1").arg(m_ids.chargeId);
        if (text(IntegrityMismatchModel::RowColumn) == chargeLabel
            && text(IntegrityMismatchModel::FieldColumn) == QLatin1String("amount_minor")) {
            chargeRow = row;
            QCOMPARE(text(IntegrityMismatchModel::StoredColumn), QStringLiteral("¥999.99"));
            QCOMPARE(text(IntegrityMismatchModel::ExpectedColumn), QStringLiteral("¥120.50"));
        }
    }
    QVERIFY2(chargeRow >= 0, qPrintable(labelText(dialog, "outcomeLabel")));

    // The sentence of the selected mismatch shows below the table.
    auto *table = dialog.findChild<QTableView *>(QStringLiteral("mismatchTable"));
    QVERIFY(table);
    table->selectRow(chargeRow);
    const QString description = labelText(dialog, "descriptionLabel");
    QCOMPARE(description, model->mismatches().at(chargeRow).description());
    QVERIFY2(description.contains(QStringLiteral("Charge %1").arg(m_ids.chargeId)),
             qPrintable(description));
    QVERIFY(button(dialog, "saveCsvButton")->isEnabled());
}

void tst_IntegrityDialog::saveCsvWritesMismatches()
{
    tamperChargeAmount();
    IntegrityCheckDialog dialog(db());
    QVERIFY(dialog.waitForCheck(CheckTimeoutMs));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("mismatches"));
    QString suggested;
    dialog.setSavePathChooser([&](const QString &suggestedPath) {
        suggested = suggestedPath;
        return path;
    });
    button(dialog, "saveCsvButton")->click();

    QVERIFY(suggested.endsWith(QStringLiteral(".csv")));
    QFile file(path + QStringLiteral(".csv"));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("\xef\xbb\xbf"));
    const QString text = QString::fromUtf8(bytes.mid(3));
    const QStringList lines = text.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), dialog.result().mismatches.size() + 1);
    QCOMPARE(lines.constFirst(), IntegrityCsv::header().join(QLatin1Char(',')));
    QVERIFY2(text.contains(QStringLiteral("audited_value,charges,%1,,amount_minor,99999,12050,CNY,")
                               .arg(m_ids.chargeId)),
             qPrintable(text));
    QVERIFY2(dialog.statusText().contains(QStringLiteral("mismatches.csv")),
             qPrintable(dialog.statusText()));
}

void tst_IntegrityDialog::checkAgainSeesLaterChange()
{
    IntegrityCheckDialog dialog(db());
    QVERIFY(dialog.waitForCheck(CheckTimeoutMs));
    QCOMPARE(dialog.mismatchModel()->rowCount(), 0);

    tamperChargeAmount();
    button(dialog, "checkButton")->click();
    QVERIFY(dialog.isChecking());
    QVERIFY(!button(dialog, "checkButton")->isEnabled());
    QVERIFY(dialog.waitForCheck(CheckTimeoutMs));

    QVERIFY(dialog.mismatchModel()->rowCount() >= 1);
    QVERIFY(!dialog.result().isClean());
    QVERIFY(button(dialog, "checkButton")->isEnabled());
}

void tst_IntegrityDialog::cancelStopsCheck()
{
    addAuditRecords(5000);
    IntegrityCheckDialog dialog(db());
    QVERIFY(dialog.isChecking());
    auto *cancel = dialog.findChild<QPushButton *>(QStringLiteral("cancelJobButton"));
    QVERIFY(cancel);
    cancel->click();
    QVERIFY(dialog.waitForCheck(CheckTimeoutMs));

    QCOMPARE(dialog.result().status, ReportQueryStatus::Canceled);
    QCOMPARE(dialog.mismatchModel()->rowCount(), 0);
    QVERIFY(labelText(dialog, "countsLabel").isEmpty());
    QVERIFY2(dialog.statusText().contains(QStringLiteral("canceled")),
             qPrintable(dialog.statusText()));
}

void tst_IntegrityDialog::windowStaysResponsive()
{
    // The check runs in a worker, so the GUI thread keeps handling events
    // while it runs.
    addAuditRecords(5000);
    IntegrityCheckDialog dialog(db());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));

    int ticksWhileChecking = 0;
    QTimer timer;
    connect(&timer, &QTimer::timeout, [&] {
        if (dialog.isChecking())
            ++ticksWhileChecking;
    });
    timer.start(1);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isChecking(), CheckTimeoutMs);
    QVERIFY2(ticksWhileChecking > 0, "no timer event was handled while the check ran");
    QCOMPARE(dialog.result().status, ReportQueryStatus::Completed);
    QVERIFY(dialog.result().isClean());
}

void tst_IntegrityDialog::menuOpensDialog()
{
    MainWindow window(db());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *action = window.findChild<QAction *>(QStringLiteral("integrityAction"));
    QVERIFY(action);
    QCOMPARE(action->text(), QStringLiteral("Check &Data Integrity…"));

    QString opened;
    whenModalOpens<QDialog>([&opened](QDialog *dialog) {
        opened = QString::fromLatin1(dialog->metaObject()->className());
        dialog->reject();
    });
    action->trigger();
    QCOMPARE(opened, QStringLiteral("IntegrityCheckDialog"));
}

void tst_IntegrityDialog::dialogRetranslates()
{
    tamperChargeAmount();
    IntegrityCheckDialog dialog(db());
    QVERIFY(dialog.waitForCheck(CheckTimeoutMs));

    MarkingTranslator marking;
    QCoreApplication::installTranslator(&marking);
    const auto removeMarking = qScopeGuard([&marking] {
        QCoreApplication::removeTranslator(&marking);
    });
    QTRY_COMPARE(dialog.windowTitle(), QStringLiteral("[[Check Data Integrity]]"));
    QCOMPARE(button(dialog, "checkButton")->text(), QStringLiteral("[[Check &Again]]"));
    QCOMPARE(dialog.mismatchModel()->headerData(IntegrityMismatchModel::ProblemColumn,
                                                Qt::Horizontal).toString(),
             QStringLiteral("[[Problem]]"));
    QVERIFY2(labelText(dialog, "countsLabel").startsWith(QStringLiteral("[[")),
             qPrintable(labelText(dialog, "countsLabel")));
    QVERIFY2(labelText(dialog, "outcomeLabel").startsWith(QStringLiteral("[[")),
             qPrintable(labelText(dialog, "outcomeLabel")));
    QVERIFY2(dialog.mismatchModel()->index(0, IntegrityMismatchModel::ProblemColumn)
                 .data().toString().startsWith(QStringLiteral("[[")),
             "the problem column keeps its old language");
}

QTEST_MAIN(tst_IntegrityDialog)
#include "tst_integritydialog.moc"
