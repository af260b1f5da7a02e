#pragma once

#include "customercheckmodel.h"
#include "customercombobox.h"
#include "customerfilter.h"
#include "customerlistmodel.h"
#include "customersuggestionmodel.h"

#include <QApplication>
#include <QDateTime>
#include <QLineEdit>
#include <QListView>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

// Helpers for the tests of the report dialogs' customer filter
// (CustomerFilter) and customer chooser (CustomerComboBox).
namespace CustomerPickers {

// More customers than three pages of the customer list, so that a picker
// that read every customer would hold far more rows than it shows.
constexpr int ManyCustomers = 3 * CustomerListModel::PageSize + 50;

// The rows a picker may hold when it opens: the one page it shows.
constexpr int MaxHeldRows = CustomerListModel::PageSize;

// Inserts count customers PICK0001, PICK0002 and so on, named "Picker
// Customer 0001" and so on, in one transaction.
inline void insertMany(QSqlDatabase db, int count)
{
    QVERIFY2(db.transaction(), qPrintable(db.lastError().text()));
    QSqlQuery insert(db);
    QVERIFY2(insert.prepare(QStringLiteral(
                 "INSERT INTO customers (code, company_name, created_at, updated_at) "
                 "VALUES (:code, :name, :now, :now)")),
             qPrintable(insert.lastError().text()));
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    for (int number = 1; number <= count; ++number) {
        const QString digits = QStringLiteral("%1").arg(number, 4, 10, QLatin1Char('0'));
        insert.bindValue(QStringLiteral(":code"), QStringLiteral("PICK") + digits);
        insert.bindValue(QStringLiteral(":name"), QStringLiteral("Picker Customer ") + digits);
        insert.bindValue(QStringLiteral(":now"), now);
        QVERIFY2(insert.exec(), qPrintable(insert.lastError().text()));
    }
    QVERIFY2(db.commit(), qPrintable(db.lastError().text()));
}

// Types search into the filter's search field in place of its text, and
// toggles the check of customer id among the matches with Space, as a
// keyboard user does: Down from the search field, then Down to its row.
inline void toggleBySearch(CustomerFilter *filter, const QString &search, qint64 id)
{
    auto *edit = filter->findChild<QLineEdit *>(QStringLiteral("searchEdit"));
    auto *list = filter->findChild<QListView *>(QStringLiteral("customerList"));
    QVERIFY(edit && list && filter->model());
    QVERIFY2(edit->isEnabled(), "uncheck All customers first");

    edit->setFocus(Qt::OtherFocusReason);
    edit->clear();
    QTest::keyClicks(edit, search);
    QCOMPARE(edit->text(), search);
    const int row = filter->model()->customers()->rowOfCustomer(id);
    QVERIFY2(row >= 0, qPrintable(QStringLiteral("customer %1 is not among the matches of %2")
                                      .arg(id)
                                      .arg(search)));

    QTest::keyClick(edit, Qt::Key_Down);
    QCOMPARE(list->currentIndex().row(), 0);
    for (int step = 0; step < row; ++step)
        QTest::keyClick(list, Qt::Key_Down);
    QCOMPARE(list->currentIndex().row(), row);

    const bool wasChecked = filter->model()->isChecked(id);
    QTest::keyClick(list, Qt::Key_Space);
    QCOMPARE(filter->model()->isChecked(id), !wasChecked);
}

// Types text into the chooser and presses Enter where a user's Enter goes:
// to the completer's pop-up while it is open, which passes it on to the
// line edit.
inline void typeAndEnter(CustomerComboBox *combo, const QString &text)
{
    combo->lineEdit()->setFocus(Qt::OtherFocusReason);
    combo->lineEdit()->selectAll();
    QTest::keyClicks(combo->lineEdit(), text);
    QWidget *target = QApplication::activePopupWidget();
    QTest::keyClick(target ? target : combo->lineEdit(), Qt::Key_Return);
}

} // namespace CustomerPickers
