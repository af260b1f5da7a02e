#include "dateformat.h"

#include <QtTest>

// Dates for people follow the locale but always show four-digit years, and
// times never contain letters Qt cannot render.
class tst_DateFormat : public QObject
{
    Q_OBJECT

private slots:
    void formatDate_data();
    void formatDate();
    void formatDateTimeIsReadable_data();
    void formatDateTimeIsReadable();
    void invalidValuesGiveEmptyText();
};

void tst_DateFormat::formatDate_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("expected");

    QTest::newRow("en_US") << "en_US" << "12/4/2026";
    QTest::newRow("zh_CN") << "zh_CN" << "2026/12/4";
    QTest::newRow("zh_TW") << "zh_TW" << "2026/12/4";
    QTest::newRow("de_DE") << "de_DE" << "04.12.2026";
}

void tst_DateFormat::formatDate()
{
    QFETCH(QString, locale);
    QFETCH(QString, expected);

    QCOMPARE(::formatDate(QDate(2026, 12, 4), QLocale(locale)), expected);
    QVERIFY(dateDisplayFormat(QLocale(locale)).contains(QLatin1String("yyyy")));
}

void tst_DateFormat::formatDateTimeIsReadable_data()
{
    QTest::addColumn<QString>("locale");

    QTest::newRow("en_US") << "en_US";
    QTest::newRow("zh_CN") << "zh_CN";
    QTest::newRow("zh_TW") << "zh_TW";
}

void tst_DateFormat::formatDateTimeIsReadable()
{
    QFETCH(QString, locale);

    const QDateTime local(QDate(2026, 12, 4), QTime(21, 57));
    const QString text = formatDateTime(local, QLocale(locale));
    QVERIFY2(text.endsWith(QLatin1String(" 21:57")), qPrintable(text));
    QVERIFY2(!text.contains(QLatin1Char('B')), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("2026")), qPrintable(text));
}

void tst_DateFormat::invalidValuesGiveEmptyText()
{
    QVERIFY(::formatDate(QDate()).isEmpty());
    QVERIFY(formatDateTime(QDateTime()).isEmpty());
}

QTEST_APPLESS_MAIN(tst_DateFormat)
#include "tst_dateformat.moc"
