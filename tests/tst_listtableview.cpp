#include "listtableview.h"

#include <QAbstractTableModel>
#include <QApplication>
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
        return QStringLiteral("customer %1").arg(index.row());
    }

    int highestRowRead() const { return m_highestRowRead; }
    void forget() { m_highestRowRead = -1; }

private:
    int m_rows = 0;
    mutable int m_highestRowRead = -1;
};

} // namespace

class tst_ListTableView : public QObject
{
    Q_OBJECT

private slots:
    void hiddenViewSizesFewRows();
    void shownViewSizesFewRows();
};

// The customer list reads a page from the database for every 100 rows it
// sizes, and the lists are sized while their page or tab is hidden.
void tst_ListTableView::hiddenViewSizesFewRows()
{
    CountingModel model(50000);
    ListTableView view;
    view.setModel(&model);

    QVERIFY(model.highestRowRead() >= 0);
    QVERIFY2(model.highestRowRead() < 100,
             qPrintable(QStringLiteral("sized over row %1").arg(model.highestRowRead())));
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

QTEST_MAIN(tst_ListTableView)
#include "tst_listtableview.moc"
