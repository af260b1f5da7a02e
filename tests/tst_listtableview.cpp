#include "listtableview.h"

#include <QAbstractTableModel>
#include <QApplication>
#include <QSet>
#include <QTest>

#include <algorithm>

namespace {

// A long list that records the highest row whose text a view read.
class CountingModel : public QAbstractTableModel
{
public:
    explicit CountingModel(int rows)
        : m_rows(rows)
    {
    }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override
    {
        return parent.isValid() ? 0 : m_rows;
    }

    int columnCount(const QModelIndex &parent = QModelIndex()) const override
    {
        return parent.isValid() ? 0 : 3;
    }

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role != Qt::DisplayRole)
            return {};
        m_highestRowRead = std::max(m_highestRowRead, index.row());
        m_columnsRead.insert(index.column());
        return QStringLiteral("customer %1").arg(index.row());
    }

    int highestRowRead() const { return m_highestRowRead; }
    bool wasColumnRead(int column) const { return m_columnsRead.contains(column); }
    void forget()
    {
        m_highestRowRead = -1;
        m_columnsRead.clear();
    }

private:
    int m_rows = 0;
    mutable int m_highestRowRead = -1;
    mutable QSet<int> m_columnsRead;
};

} // namespace

class tst_ListTableView : public QObject
{
    Q_OBJECT

private slots:
    void hiddenViewSizesWhenShown();
    void shownViewSizesFewRows();
    void sampleColumnReadsNoRows();
};

// The customer list reads a page from the database for every 100 rows it
// sizes, and the lists get their models while their page or tab is hidden.
void tst_ListTableView::hiddenViewSizesWhenShown()
{
    CountingModel model(50000);
    ListTableView view;
    view.resize(600, 400);
    view.setModel(&model);
    QCOMPARE(model.highestRowRead(), -1);

    const int before = view.columnWidth(0);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QVERIFY(model.highestRowRead() >= 0);
    QVERIFY2(model.highestRowRead() < 100,
             qPrintable(QStringLiteral("sized over row %1").arg(model.highestRowRead())));
    QVERIFY(view.columnWidth(0) != before);
}

void tst_ListTableView::shownViewSizesFewRows()
{
    CountingModel model(50000);
    ListTableView view;
    view.resize(600, 400);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));

    model.forget();
    view.setModel(&model);
    QVERIFY(model.highestRowRead() >= 0);
    QVERIFY2(model.highestRowRead() < 100,
             qPrintable(QStringLiteral("sized over row %1").arg(model.highestRowRead())));
}

// A column with samples, such as an amount, is sized without its rows.
void tst_ListTableView::sampleColumnReadsNoRows()
{
    CountingModel model(50000);
    ListTableView view;
    view.resize(600, 400);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));

    const QString sample = QStringLiteral("-999,999,999.99 NT$");
    view.setColumnSamples(1, {QStringLiteral("short"), sample});
    model.forget();
    view.setModel(&model);
    QVERIFY(model.wasColumnRead(0));
    QVERIFY(!model.wasColumnRead(1));
    QVERIFY(view.columnWidth(1) > view.fontMetrics().horizontalAdvance(sample));
}

QTEST_MAIN(tst_ListTableView)
#include "tst_listtableview.moc"
