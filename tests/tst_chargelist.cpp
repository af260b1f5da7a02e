#include "chargelistmodel.h"
#include "customerchargespanel.h"
#include "money.h"
#include "testsupport.h"
#include "translations.h"

#include <QBrush>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

#include <algorithm>
#include <memory>

// A customer's charge list reads its charges a page at a time: the same
// rows, order and positions as the customer's charges sorted in memory,
// newest first, while the model holds only the pages that were shown.
class tst_ChargeList : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void listsChargesNewestFirst();
    void readsOnlyTheFirstPage();
    void readsLaterPagesWhenShown();
    void positionsFollowListOrder();
    void formatsRows();
    void panelPaintsFromOnePage();
    void panelKeepsSelectionOnLaterPage();

private:
    qint64 insertCustomer(const QString &code);
    qint64 insertCharge(qint64 customerId, qint64 amountMinor, const QString &createdAt,
                        bool isVoid);

    std::unique_ptr<TestDatabase> m_database;
    qint64 m_customerId = 0;
    qint64 m_otherChargeId = 0;
    qint64 m_voidId = 0;
    QList<qint64> m_expectedIds; // newest first
};

namespace {

// More than two pages, so that a page in the middle and a short last page
// are read.
constexpr int ChargeCount = 2 * ChargeListModel::PageSize + 50;

} // namespace

void tst_ChargeList::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    Translations::apply(UiLanguage::English);
    m_database = std::make_unique<TestDatabase>();
    QVERIFY2(m_database->isOpen(), qPrintable(m_database->error()));
    QSqlDatabase db = m_database->db();

    QVERIFY(db.transaction());
    m_customerId = insertCustomer(QStringLiteral("MANY1"));
    const qint64 otherCustomerId = insertCustomer(QStringLiteral("OTHER"));
    QVERIFY(m_customerId > 0 && otherCustomerId > 0);

    // Entry times out of id order, three charges to a second, so that the
    // id decides between charges entered at the same time.
    struct Entered
    {
        qint64 id = 0;
        QString createdAt;
    };
    QList<Entered> entered;
    const QDateTime start(QDate(2026, 3, 1), QTime(8, 0), Qt::UTC);
    for (int n = 0; n < ChargeCount; ++n) {
        const int second = ((n * 37) % ChargeCount) / 3;
        const QString createdAt = start.addSecs(second).toString(Qt::ISODateWithMs);
        const bool isVoid = n == 7;
        const qint64 id = insertCharge(m_customerId, 1000 + n, createdAt, isVoid);
        QVERIFY(id > 0);
        if (isVoid)
            m_voidId = id;
        entered << Entered{id, createdAt};
    }
    m_otherChargeId = insertCharge(otherCustomerId, 500, start.toString(Qt::ISODateWithMs),
                                   false);
    QVERIFY(m_otherChargeId > 0);
    QVERIFY(db.commit());

    std::sort(entered.begin(), entered.end(), [](const Entered &a, const Entered &b) {
        return a.createdAt != b.createdAt ? a.createdAt > b.createdAt : a.id > b.id;
    });
    for (const Entered &charge : std::as_const(entered))
        m_expectedIds << charge.id;
}

void tst_ChargeList::cleanupTestCase()
{
    m_database.reset();
}

qint64 tst_ChargeList::insertCustomer(const QString &code)
{
    QSqlQuery insert(m_database->db());
    if (!insert.prepare(QStringLiteral(
            "INSERT INTO customers (code, company_name, contact_name, phone, country, currency, "
            "balance_minor, created_at, updated_at) "
            "VALUES (:code, :company, '', '', 'China', 'CNY', 0, :now, :now)"))) {
        qWarning() << insert.lastError().text();
        return 0;
    }
    insert.bindValue(QStringLiteral(":code"), code);
    insert.bindValue(QStringLiteral(":company"), QStringLiteral("Company ") + code);
    insert.bindValue(QStringLiteral(":now"), QStringLiteral("2026-01-01T00:00:00.000Z"));
    if (!insert.exec()) {
        qWarning() << insert.lastError().text();
        return 0;
    }
    return insert.lastInsertId().toLongLong();
}

qint64 tst_ChargeList::insertCharge(qint64 customerId, qint64 amountMinor,
                                    const QString &createdAt, bool isVoid)
{
    static int serial = 0;
    QSqlQuery insert(m_database->db());
    if (!insert.prepare(QStringLiteral(
            "INSERT INTO charges (request_key, customer_id, bill_id, fee_type_code, "
            "amount_minor, currency, reason_code, note, payment_method_code, due_date, status, "
            "duplicate_ack_note, created_by, created_at, voided_by, voided_at, void_reason) "
            "VALUES (:key, :customer, NULL, 'SERVICE', :amount, 'CNY', 'BILLING_ERROR', :note, "
            "'BANK_TRANSFER', '2026-04-30', :status, :ack, 'tester', :created_at, :voided_by, "
            ":voided_at, :void_reason)"))) {
        qWarning() << insert.lastError().text();
        return 0;
    }
    insert.bindValue(QStringLiteral(":key"), QStringLiteral("chargelist-%1").arg(++serial));
    insert.bindValue(QStringLiteral(":customer"), customerId);
    insert.bindValue(QStringLiteral(":amount"), amountMinor);
    insert.bindValue(QStringLiteral(":note"), QStringLiteral("Note %1").arg(serial));
    insert.bindValue(QStringLiteral(":status"),
                     isVoid ? QStringLiteral("void") : QStringLiteral("posted"));
    insert.bindValue(QStringLiteral(":ack"),
                     isVoid ? QStringLiteral("Second work order") : QStringLiteral(""));
    insert.bindValue(QStringLiteral(":created_at"), createdAt);
    const QVariant none(QMetaType::fromType<QString>());
    insert.bindValue(QStringLiteral(":voided_by"), isVoid ? QVariant(QStringLiteral("tester"))
                                                          : none);
    insert.bindValue(QStringLiteral(":voided_at"), isVoid ? QVariant(createdAt) : none);
    insert.bindValue(QStringLiteral(":void_reason"),
                     isVoid ? QVariant(QStringLiteral("Entered twice")) : none);
    if (!insert.exec()) {
        qWarning() << insert.lastError().text();
        return 0;
    }
    return insert.lastInsertId().toLongLong();
}

void tst_ChargeList::listsChargesNewestFirst()
{
    ChargeListModel model(m_database->db());
    model.setCustomer(m_customerId);
    QCOMPARE(model.rowCount(), ChargeCount);
    QCOMPARE(model.columnCount(), int(ChargeListModel::ColumnCount));

    QList<qint64> listed;
    for (int row = 0; row < model.rowCount(); ++row)
        listed << model.chargeId(row);
    QCOMPARE(listed, m_expectedIds);
    QVERIFY(!model.lastError().isValid());

    model.setCustomer(0);
    QCOMPARE(model.rowCount(), 0);
}

// Opening a customer shows the first rows, so that much is read at once,
// and no more.
void tst_ChargeList::readsOnlyTheFirstPage()
{
    ChargeListModel model(m_database->db());
    model.setCustomer(m_customerId);
    QCOMPARE(model.rowCount(), ChargeCount);
    QCOMPARE(model.cachedRowCount(), ChargeListModel::PageSize);

    QCOMPARE(model.chargeId(ChargeListModel::PageSize - 1),
             m_expectedIds.at(ChargeListModel::PageSize - 1));
    QCOMPARE(model.cachedRowCount(), ChargeListModel::PageSize);
}

void tst_ChargeList::readsLaterPagesWhenShown()
{
    ChargeListModel model(m_database->db());
    model.setCustomer(m_customerId);

    const int lastRow = ChargeCount - 1;
    QCOMPARE(model.index(lastRow, ChargeListModel::Number).data().toLongLong(),
             m_expectedIds.at(lastRow));
    QCOMPARE(model.cachedRowCount(), ChargeListModel::PageSize + ChargeCount % ChargeListModel::PageSize);

    // A refresh drops the pages read and reads the first one again.
    model.refresh();
    QCOMPARE(model.cachedRowCount(), ChargeListModel::PageSize);
}

void tst_ChargeList::positionsFollowListOrder()
{
    ChargeListModel model(m_database->db());
    model.setCustomer(m_customerId);
    for (int row : {0, 1, 2, ChargeListModel::PageSize, ChargeCount - 1})
        QCOMPARE(model.rowOfCharge(m_expectedIds.at(row)), row);

    // Another customer's charge, and one that does not exist.
    QCOMPARE(model.rowOfCharge(m_otherChargeId), -1);
    QCOMPARE(model.rowOfCharge(m_otherChargeId + 1000), -1);
    QVERIFY(!model.lastError().isValid());
}

void tst_ChargeList::formatsRows()
{
    ChargeListModel model(m_database->db());
    model.setCustomer(m_customerId);
    const int voidRow = model.rowOfCharge(m_voidId);
    QVERIFY(voidRow >= 0);
    const int postedRow = voidRow == 0 ? 1 : 0;
    const auto cell = [&model](int row, ChargeListModel::Column column, int role) {
        return model.index(row, column).data(role);
    };

    QCOMPARE(cell(voidRow, ChargeListModel::Amount, Qt::DisplayRole).toString(),
             Money(1007, QStringLiteral("CNY")).format());
    QCOMPARE(cell(voidRow, ChargeListModel::Amount, Qt::EditRole).toLongLong(), 1007);
    QCOMPARE(cell(voidRow, ChargeListModel::BillNo, Qt::DisplayRole).toString(),
             QStringLiteral("On account"));
    QCOMPARE(cell(voidRow, ChargeListModel::FeeType, Qt::DisplayRole).toString(),
             QStringLiteral("Service fee"));
    QCOMPARE(cell(voidRow, ChargeListModel::VoidReason, Qt::DisplayRole).toString(),
             QStringLiteral("Entered twice"));
    QVERIFY(!model.isPosted(voidRow));
    QVERIFY(!model.isOpen(voidRow));
    QCOMPARE(cell(voidRow, ChargeListModel::Status, Qt::ForegroundRole).value<QBrush>().color(),
             QColor(Qt::gray));
    const QString tooltip = cell(voidRow, ChargeListModel::Note, Qt::ToolTipRole).toString();
    QVERIFY2(tooltip.contains(QStringLiteral("Second work order")), qPrintable(tooltip));

    QVERIFY(model.isPosted(postedRow));
    QVERIFY(model.isOpen(postedRow));
    QVERIFY(!model.hasPayments(postedRow));
    QVERIFY(!cell(postedRow, ChargeListModel::Status, Qt::ForegroundRole).isValid());
    QCOMPARE(cell(postedRow, ChargeListModel::Status, Qt::DisplayRole).toString(),
             QStringLiteral("Unpaid"));
    QCOMPARE(cell(postedRow, ChargeListModel::Amount, Qt::TextAlignmentRole).toInt(),
             int(Qt::AlignRight | Qt::AlignVCenter));
    QCOMPARE(model.headerData(ChargeListModel::Number, Qt::Horizontal).toString(),
             QStringLiteral("No."));
}

// The charges tab sizes its columns and paints its first rows from the
// first page, without reading the customer's other charges.
void tst_ChargeList::panelPaintsFromOnePage()
{
    CustomerChargesPanel panel(m_database->db());
    panel.resize(1000, 700);
    panel.setCustomer(m_customerId);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));

    auto *table = panel.findChild<QTableView *>(QStringLiteral("chargeTable"));
    QVERIFY(table);
    auto *model = qobject_cast<ChargeListModel *>(table->model());
    QVERIFY(model);
    QCOMPARE(model->rowCount(), ChargeCount);
    QCOMPARE(model->cachedRowCount(), ChargeListModel::PageSize);
}

void tst_ChargeList::panelKeepsSelectionOnLaterPage()
{
    CustomerChargesPanel panel(m_database->db());
    panel.resize(1000, 700);
    panel.setCustomer(m_customerId);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    auto *table = panel.findChild<QTableView *>(QStringLiteral("chargeTable"));
    QVERIFY(table);

    const int row = ChargeCount - 2;
    table->selectRow(row);
    panel.refresh();

    const QModelIndexList selected = table->selectionModel()->selectedRows();
    QCOMPARE(selected.size(), 1);
    QCOMPARE(selected.constFirst().row(), row);
    QCOMPARE(table->model()->index(row, ChargeListModel::Number).data().toLongLong(),
             m_expectedIds.at(row));
}

QTEST_MAIN(tst_ChargeList)
#include "tst_chargelist.moc"
