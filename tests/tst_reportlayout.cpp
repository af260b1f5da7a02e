#include "reportdocument.h"
#include "reportfonts.h"
#include "reportlayout.h"
#include "reportrenderer.h"
#include "reporttablecolumns.h"
#include "reporttypesetter.h"

#include <QBuffer>
#include <QHash>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTest>
#include <QThread>

// Cutting documents into pages: orientation, column widths, tables across
// pages, section page numbers, cancelling, and painting a layout made in
// another thread.
class tst_ReportLayout : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void orientation_data();
    void orientation();
    void chineseTitlesGoLandscape();
    void pageLayoutIsA4();
    void columnsFitWidestCell();
    void stretchColumnsShareFreeWidth();
    void wrappingColumnShrinksBeforeEliding();
    void amountsAreNeverElided();
    void headerRowOnEveryTablePage();
    void rowsStayOnOnePage();
    void groupHeaderStaysWithNextRow();
    void groupHeaderRepeatsOnContinuedPage();
    void headingStaysWithTableStart_data();
    void headingStaysWithTableStart();
    void tallRowContinuesOnNextPage();
    void pageNumbersRestartAfterSectionBreak();
    void emptyTablePrintsEmptyText();
    void cancelStopsLayout();
    void progressReachesTotal();
    void layoutInWorkerThreadPaintsElsewhere();
    void imageFillsPageWidth();
    void tallImageFitsPageBody();
    void headingStaysWithImage_data();
    void headingStaysWithImage();
};

namespace {

// A table of count rows: "R0001"..., a date, a wrapping note that every
// seventh row makes three lines long and ends with "end-R0001", and an
// amount. A group header precedes every groupSize rows when groupSize > 0.
ReportTable numberedTable(int count, int groupSize = 0)
{
    ReportTable table;
    table.columns = {ReportColumn{QStringLiteral("Number")},
                     ReportColumn{QStringLiteral("Due date")},
                     ReportColumn{QStringLiteral("Note"), Qt::AlignLeft, 1, true},
                     ReportColumn{QStringLiteral("Amount"), Qt::AlignRight}};
    table.emptyText = QStringLiteral("No charges match these filters.");
    for (int i = 1; i <= count; ++i) {
        if (groupSize > 0 && (i - 1) % groupSize == 0) {
            table.rows << ReportRow{
                ReportRow::Kind::GroupHeader,
                {QStringLiteral("Group G%1").arg(i, 4, 10, QLatin1Char('0'))}};
        }
        const QString id = QStringLiteral("R%1").arg(i, 4, 10, QLatin1Char('0'));
        QString note = QStringLiteral("Freight end-%1").arg(id);
        if (i % 7 == 0) {
            note = QStringLiteral("The customer asked for a later due date and the manager "
                                  "approved it, so a late fee and a handling fee were added "
                                  "to the bill end-%1")
                       .arg(id);
        }
        table.rows << ReportRow{ReportRow::Kind::Detail,
                                {id, QStringLiteral("2026/12/4"), note,
                                 QStringLiteral("¥1,234.56")}};
    }
    return table;
}

ReportDocument documentWith(const ReportTable &table)
{
    ReportDocument document;
    document.companyName = QStringLiteral("Northwind Traders");
    document.title = QStringLiteral("Charges");
    document.headerLines = {QStringLiteral("Status: posted")};
    document.printedAt = QDateTime(QDate(2026, 12, 4), QTime(21, 57));
    document.orientation = ReportDocument::Orientation::Portrait;
    document.addTable(table);
    return document;
}

// The paint rectangle of a portrait A4 page with the renderer's margins.
QSizeF portraitBodySize()
{
    ReportDocument document;
    document.orientation = ReportDocument::Orientation::Portrait;
    return ReportRenderer(document).pageLayout().paintRect(QPageLayout::Point).size();
}

// Lays out document with the internal classes, which show the text of
// every page, on pages of pageSize points (portrait A4 by default).
QList<ReportPage> layOut(const ReportDocument &document, QSizeF pageSize = QSizeF())
{
    const ReportTypesetter typesetter(document.language);
    QList<ReportTableColumns> columns;
    for (const ReportBlock &block : document.blocks) {
        if (block.kind != ReportBlock::Kind::Table)
            continue;
        ReportTableColumns measured;
        measured.measure(block.table, typesetter);
        columns.append(measured);
    }
    ReportLayout layout(document, typesetter, columns,
                        pageSize.isEmpty() ? portraitBodySize() : pageSize);
    if (!layout.run())
        return {};
    return layout.pages();
}

QStringList textsOf(const ReportPage &page)
{
    QStringList texts;
    for (const ReportPageText &text : page.texts)
        texts << text.text;
    return texts;
}

// Returns the index of the last page with a text containing needle (or
// equal to it, when exact), or -1. *unique is false when two pages have one.
int pageContaining(const QList<ReportPage> &pages, const QString &needle, bool *unique,
                   bool exact = false)
{
    int found = -1;
    *unique = true;
    for (int page = 0; page < pages.size(); ++page) {
        for (const QString &text : textsOf(pages.at(page))) {
            if (exact ? text != needle : !text.contains(needle))
                continue;
            if (found >= 0 && found != page)
                *unique = false;
            found = page;
        }
    }
    return found;
}

// Returns the text of page that is lowest in the body, the footer left out.
QString lowestBodyText(const ReportPage &page)
{
    qreal lowest = -1;
    QString lowestText;
    for (const ReportPageText &text : page.texts) {
        if (text.style == ReportTextStyle::Small)
            continue; // the footer
        if (text.baseline.y() > lowest) {
            lowest = text.baseline.y();
            lowestText = text.text;
        }
    }
    return lowestText;
}

ReportTableColumns measuredColumns(const ReportTable &table, UiLanguage language)
{
    ReportTableColumns columns;
    columns.measure(table, ReportTypesetter(language));
    return columns;
}

} // namespace

void tst_ReportLayout::initTestCase()
{
    const QString error = ReportFonts::ensureAvailable();
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void tst_ReportLayout::orientation_data()
{
    QTest::addColumn<int>("columnCount");
    QTest::addColumn<ReportDocument::Orientation>("requested");
    QTest::addColumn<QPageLayout::Orientation>("expected");

    QTest::newRow("narrow table, automatic")
        << 3 << ReportDocument::Orientation::Automatic << QPageLayout::Portrait;
    QTest::newRow("wide table, automatic")
        << 12 << ReportDocument::Orientation::Automatic << QPageLayout::Landscape;
    QTest::newRow("wide table, portrait requested")
        << 12 << ReportDocument::Orientation::Portrait << QPageLayout::Portrait;
    QTest::newRow("narrow table, landscape requested")
        << 3 << ReportDocument::Orientation::Landscape << QPageLayout::Landscape;
}

void tst_ReportLayout::orientation()
{
    QFETCH(int, columnCount);
    QFETCH(ReportDocument::Orientation, requested);
    QFETCH(QPageLayout::Orientation, expected);

    // Each column contains a 17-character code that never wraps. Three
    // columns fit across portrait A4, twelve do not.
    ReportTable table;
    QStringList cells;
    for (int i = 0; i < columnCount; ++i) {
        table.columns << ReportColumn{QStringLiteral("Column %1").arg(i + 1)};
        cells << QStringLiteral("CODE-%1-ABCDEFGHIJ").arg(i, 2, 10, QLatin1Char('0'));
    }
    table.rows << ReportRow{ReportRow::Kind::Detail, cells};
    ReportDocument document = documentWith(table);
    document.orientation = requested;

    ReportRenderer renderer(document);
    QCOMPARE(renderer.pageLayout().orientation(), expected);
    QVERIFY(renderer.layout());
    QCOMPARE(renderer.pageLayout().orientation(), expected);
}

void tst_ReportLayout::chineseTitlesGoLandscape()
{
    // Sixteen four-character Chinese titles over one-character cells fit
    // across portrait A4 only when each title breaks between ideographs,
    // so automatic orientation must pick landscape instead.
    ReportTable table;
    QStringList cells;
    for (int i = 0; i < 16; ++i) {
        table.columns << ReportColumn{QStringLiteral("费用类型")};
        cells << QString::number(i % 10);
    }
    table.rows << ReportRow{ReportRow::Kind::Detail, cells};
    ReportDocument document = documentWith(table);
    document.language = UiLanguage::SimplifiedChinese;
    document.orientation = ReportDocument::Orientation::Automatic;

    ReportRenderer renderer(document);
    QVERIFY(renderer.layout());
    QCOMPARE(renderer.pageLayout().orientation(), QPageLayout::Landscape);
}

void tst_ReportLayout::pageLayoutIsA4()
{
    ReportRenderer renderer(documentWith(numberedTable(3)));
    const QPageLayout layout = renderer.pageLayout();
    QCOMPARE(layout.pageSize().id(), QPageSize::A4);
    QVERIFY(layout.margins(QPageLayout::Millimeter).left() > 0);
    QVERIFY(layout.margins(QPageLayout::Millimeter).top() > 0);
}

void tst_ReportLayout::columnsFitWidestCell()
{
    ReportTable table;
    table.columns = {ReportColumn{QStringLiteral("客户")},
                     ReportColumn{QStringLiteral("金额"), Qt::AlignRight}};
    table.rows << ReportRow{ReportRow::Kind::Detail,
                            {QStringLiteral("北京华联商贸有限公司"), QStringLiteral("¥1,234.56")}}
               << ReportRow{ReportRow::Kind::Detail,
                            {QStringLiteral("上海"), QStringLiteral("¥1,234,567.89")}};

    ReportTableColumns columns = measuredColumns(table, UiLanguage::SimplifiedChinese);
    columns.fit(500);

    const ReportTypesetter typesetter(UiLanguage::SimplifiedChinese);
    const qreal padding = 2 * ReportTableColumns::HorizontalPadding;
    QVERIFY(columns.width(0)
            >= typesetter.width(ReportTextStyle::Cell, QStringLiteral("北京华联商贸有限公司")) + padding);
    QVERIFY(columns.width(1)
            >= typesetter.width(ReportTextStyle::Cell, QStringLiteral("¥1,234,567.89")) + padding);
    QVERIFY(!columns.elides(0));
    QVERIFY(!columns.wraps(0));

    // Without stretch columns the table keeps its content width.
    QVERIFY(columns.tableWidth() < 500);
}

void tst_ReportLayout::stretchColumnsShareFreeWidth()
{
    ReportTable table;
    table.columns = {ReportColumn{QStringLiteral("Code")},
                     ReportColumn{QStringLiteral("Note"), Qt::AlignLeft, 1, true},
                     ReportColumn{QStringLiteral("Remark"), Qt::AlignLeft, 3, true}};
    table.rows << ReportRow{ReportRow::Kind::Detail,
                            {QStringLiteral("A"), QStringLiteral("x"), QStringLiteral("y")}};

    ReportTableColumns columns = measuredColumns(table, UiLanguage::English);
    const qreal codeWidth = columns.width(0);
    const qreal noteWidth = columns.width(1);
    const qreal remarkWidth = columns.width(2);
    columns.fit(500);

    QCOMPARE(columns.tableWidth(), 500.0);
    QCOMPARE(columns.width(0), codeWidth);
    const qreal noteGain = columns.width(1) - noteWidth;
    const qreal remarkGain = columns.width(2) - remarkWidth;
    QVERIFY(noteGain > 0);
    QVERIFY(qAbs(remarkGain - 3 * noteGain) < 0.01);
}

void tst_ReportLayout::wrappingColumnShrinksBeforeEliding()
{
    const QString longNote = QStringLiteral("word ").repeated(80).trimmed();
    ReportTable table;
    table.columns = {ReportColumn{QStringLiteral("Customer")},
                     ReportColumn{QStringLiteral("Note"), Qt::AlignLeft, 1, true},
                     ReportColumn{QStringLiteral("Amount"), Qt::AlignRight}};
    table.rows << ReportRow{ReportRow::Kind::Detail,
                            {QStringLiteral("Ana Trujillo Emparedados y helados"), longNote,
                             QStringLiteral("$440.00")}};

    ReportTableColumns columns = measuredColumns(table, UiLanguage::English);
    columns.fit(400);

    QVERIFY(columns.tableWidth() <= 400.01);
    QVERIFY(columns.wraps(1));
    for (qsizetype i = 0; i < columns.count(); ++i)
        QVERIFY2(!columns.elides(i), qPrintable(QStringLiteral("column %1 elides").arg(i)));
}

void tst_ReportLayout::amountsAreNeverElided()
{
    // Far too wide for the width: the last resort must cut text columns
    // and leave the amount whole.
    ReportTable table;
    QStringList cells;
    for (int i = 0; i < 6; ++i) {
        table.columns << ReportColumn{QStringLiteral("Text %1").arg(i)};
        cells << QStringLiteral("A rather long customer name %1").arg(i);
    }
    table.columns << ReportColumn{QStringLiteral("Amount"), Qt::AlignRight};
    cells << QStringLiteral("¥1,000,000,000,000.00");
    table.rows << ReportRow{ReportRow::Kind::Detail, cells};

    ReportTableColumns columns = measuredColumns(table, UiLanguage::English);
    const qsizetype amount = columns.count() - 1;
    columns.fit(300);

    QVERIFY(!columns.elides(amount));
    QVERIFY(columns.elides(0));
    const ReportTypesetter typesetter(UiLanguage::English);
    const qreal amountWidth =
        typesetter.width(ReportTextStyle::Cell, QStringLiteral("¥1,000,000,000,000.00"));
    QVERIFY(columns.wraps(amount)
            || columns.width(amount) >= amountWidth + 2 * ReportTableColumns::HorizontalPadding);

    // Every character of the amount is printed, on one line or several.
    const QList<ReportPage> pages = layOut(documentWith(table));
    QCOMPARE(pages.size(), 1);
    const QStringList texts = textsOf(pages.first());
    QVERIFY2(texts.join(QString()).contains(QStringLiteral("¥1,000,000,000,000.00")),
             qPrintable(texts.join(QLatin1Char('|'))));
}

void tst_ReportLayout::headerRowOnEveryTablePage()
{
    const QList<ReportPage> pages = layOut(documentWith(numberedTable(300)));
    QVERIFY(pages.size() > 3);
    for (int page = 0; page < pages.size(); ++page) {
        const QStringList texts = textsOf(pages.at(page));
        QVERIFY2(texts.contains(QStringLiteral("Due date")), qPrintable(QString::number(page)));
        QVERIFY2(texts.contains(QStringLiteral("Amount")), qPrintable(QString::number(page)));
    }
}

void tst_ReportLayout::rowsStayOnOnePage()
{
    const int count = 300;
    const QList<ReportPage> pages = layOut(documentWith(numberedTable(count)));

    int previousPage = 0;
    for (int i = 1; i <= count; ++i) {
        const QString id = QStringLiteral("R%1").arg(i, 4, 10, QLatin1Char('0'));
        bool unique = false;
        const int first = pageContaining(pages, id, &unique, true);
        QVERIFY2(first >= 0, qPrintable(id));
        QVERIFY2(unique, qPrintable(id));
        bool endUnique = false;
        const int last = pageContaining(pages, QStringLiteral("end-") + id, &endUnique);
        QVERIFY2(endUnique, qPrintable(id));
        QCOMPARE(last, first);
        QVERIFY2(first >= previousPage, qPrintable(id));
        previousPage = first;
    }
}

void tst_ReportLayout::groupHeaderStaysWithNextRow()
{
    const QList<ReportPage> pages = layOut(documentWith(numberedTable(400, 5)));
    QVERIFY(pages.size() > 3);

    // The lowest body text of each page is never a group header.
    for (int page = 0; page < pages.size(); ++page) {
        qreal lowest = -1;
        QString lowestText;
        for (const ReportPageText &text : pages.at(page).texts) {
            if (text.style == ReportTextStyle::Small)
                continue; // the footer
            if (text.baseline.y() > lowest) {
                lowest = text.baseline.y();
                lowestText = text.text;
            }
        }
        QVERIFY2(!lowestText.startsWith(QLatin1String("Group")),
                 qPrintable(QStringLiteral("page %1 ends with %2").arg(page + 1).arg(lowestText)));
    }
}

void tst_ReportLayout::groupHeaderRepeatsOnContinuedPage()
{
    // Three groups of 90 rows, each closed by a subtotal row.
    ReportTable table = numberedTable(0);
    QHash<QString, int> groupOfRow;
    int number = 0;
    for (int group = 1; group <= 3; ++group) {
        table.rows << ReportRow{ReportRow::Kind::GroupHeader,
                                {QStringLiteral("Customer C%1").arg(group)}};
        for (int i = 0; i < 90; ++i) {
            const QString id = QStringLiteral("R%1").arg(++number, 4, 10, QLatin1Char('0'));
            groupOfRow.insert(id, group);
            table.rows << ReportRow{ReportRow::Kind::Detail,
                                    {id, QStringLiteral("2026/12/4"), QStringLiteral("Freight"),
                                     QStringLiteral("¥1.00")}};
        }
        table.rows << ReportRow{ReportRow::Kind::Subtotal,
                                {QStringLiteral("Subtotal C%1").arg(group), QString(), QString(),
                                 QStringLiteral("¥90.00")}};
    }
    const QList<ReportPage> pages = layOut(documentWith(table));
    QVERIFY(pages.size() >= 4);

    int continuedPages = 0;
    for (int page = 0; page < pages.size(); ++page) {
        const QString where = QStringLiteral("page %1").arg(page + 1);

        // The first table row of the page below the header row, and the
        // repeated group header if there is one.
        qreal headerBaseline = -1;
        qreal firstBaseline = -1;
        QString firstText;
        qreal continuedBaseline = -1;
        QString continuedText;
        for (const ReportPageText &text : pages.at(page).texts) {
            const qreal y = text.baseline.y();
            if (text.text == QLatin1String("Number"))
                headerBaseline = y;
            if (text.text.endsWith(QLatin1String(" (continued)"))) {
                QVERIFY2(continuedText.isEmpty(), qPrintable(where));
                continuedText = text.text;
                continuedBaseline = y;
                continue;
            }
            const bool isRow = groupOfRow.contains(text.text)
                               || text.text.startsWith(QLatin1String("Customer C"))
                               || text.text.startsWith(QLatin1String("Subtotal C"));
            if (isRow && (firstBaseline < 0 || y < firstBaseline)) {
                firstBaseline = y;
                firstText = text.text;
            }
        }
        QVERIFY2(headerBaseline >= 0, qPrintable(where));
        QVERIFY2(!firstText.isEmpty(), qPrintable(where));

        if (!groupOfRow.contains(firstText)) {
            // The page starts with a group header or a subtotal row.
            QVERIFY2(continuedText.isEmpty(), qPrintable(where + QLatin1Char(' ') + firstText));
            continue;
        }
        const QString expected
            = QStringLiteral("Customer C%1 (continued)").arg(groupOfRow.value(firstText));
        QVERIFY2(continuedText == expected,
                 qPrintable(where + QStringLiteral(" starts with ") + firstText
                            + QStringLiteral(" under ") + continuedText));
        QVERIFY2(continuedBaseline > headerBaseline, qPrintable(where));
        QVERIFY2(continuedBaseline < firstBaseline, qPrintable(where));
        ++continuedPages;
    }
    QVERIFY(continuedPages >= 2);
}

void tst_ReportLayout::headingStaysWithTableStart_data()
{
    QTest::addColumn<UiLanguage>("language");
    QTest::addColumn<QString>("heading");
    QTest::addColumn<QString>("introduction"); // empty for none
    QTest::addColumn<bool>("introductionAsFields");
    QTest::addColumn<int>("rowCount");         // 0 for an empty table
    QTest::addColumn<bool>("groupHeaderFirst");

    const UiLanguage english = UiLanguage::English;
    const UiLanguage chinese = UiLanguage::SimplifiedChinese;
    const QString heading = QStringLiteral("Subtotals by customer");
    const QString chineseHeading = QStringLiteral("按客户小计");
    QTest::newRow("table") << english << heading << QString() << false << 3 << false;
    QTest::newRow("table, Chinese") << chinese << chineseHeading << QString() << false << 3
                                    << false;
    QTest::newRow("one-row table") << english << heading << QString() << false << 1 << false;
    QTest::newRow("group header first") << english << heading << QString() << false << 3
                                        << true;
    QTest::newRow("group header first, Chinese") << chinese << chineseHeading << QString()
                                                 << false << 3 << true;
    QTest::newRow("empty table") << english << heading << QString() << false << 0 << false;
    QTest::newRow("empty table, Chinese") << chinese << chineseHeading << QString() << false
                                          << 0 << false;
    QTest::newRow("paragraph before table")
        << english << QStringLiteral("Movements")
        << QStringLiteral("No movements in this period.") << false << 0 << false;
    QTest::newRow("paragraph before table, Chinese")
        << chinese << QStringLiteral("往来明细") << QStringLiteral("本期没有往来。") << false << 3
        << false;
    QTest::newRow("fields before table") << english << heading
                                         << QStringLiteral("Opening balance") << true << 3
                                         << false;
}

void tst_ReportLayout::headingStaysWithTableStart()
{
    QFETCH(UiLanguage, language);
    QFETCH(QString, heading);
    QFETCH(QString, introduction);
    QFETCH(bool, introductionAsFields);
    QFETCH(int, rowCount);
    QFETCH(bool, groupHeaderFirst);

    // What must share the page of the heading.
    QStringList together = {QStringLiteral("Customer code"), QStringLiteral("Subtotal")};
    ReportTable table;
    table.columns = {ReportColumn{together.at(0)}, ReportColumn{QStringLiteral("Charges")},
                     ReportColumn{together.at(1), Qt::AlignRight}};
    table.emptyText = QStringLiteral("Nothing to list.");
    if (rowCount == 0)
        together << table.emptyText;
    if (groupHeaderFirst) {
        table.rows << ReportRow{ReportRow::Kind::GroupHeader, {QStringLiteral("Group FIRST")}};
        together << QStringLiteral("Group FIRST");
    }
    for (int i = 1; i <= rowCount; ++i) {
        table.rows << ReportRow{ReportRow::Kind::Detail,
                                {QStringLiteral("CUSTOMER-%1").arg(i), QString::number(i),
                                 QStringLiteral("¥%1.00").arg(i)}};
    }
    if (rowCount > 0)
        together << QStringLiteral("CUSTOMER-1");

    ReportDocument document = documentWith(numberedTable(20));
    document.language = language;
    document.addHeading(heading);
    if (!introduction.isEmpty()) {
        if (introductionAsFields)
            document.addFields({ReportField{introduction, QStringLiteral("¥1,234.56")}});
        else
            document.addParagraph(introduction);
        together << introduction;
    }
    document.addTable(table);

    // Growing the page in steps far smaller than a line moves the page
    // break across the heading, the introduction and the table's start.
    const qreal width = portraitBodySize().width();
    int headingOnSecondPage = 0;
    for (qreal height = 300; height <= 700; height += 1.5) {
        const QList<ReportPage> pages = layOut(document, QSizeF(width, height));
        const QString at = QStringLiteral("page height %1").arg(height);
        bool unique = false;
        const int page = pageContaining(pages, heading, &unique, true);
        QVERIFY2(page >= 0, qPrintable(at));
        QVERIFY2(unique, qPrintable(at));
        headingOnSecondPage += page > 0 ? 1 : 0;

        const QStringList texts = textsOf(pages.at(page));
        for (const QString &text : std::as_const(together)) {
            QVERIFY2(texts.contains(text),
                     qPrintable(QStringLiteral("%1: “%2” is not on page %3 with the heading")
                                    .arg(at, text)
                                    .arg(page + 1)));
        }
        QVERIFY2(lowestBodyText(pages.at(page)) != heading,
                 qPrintable(QStringLiteral("%1: the heading ends page %2").arg(at).arg(page + 1)));
    }

    // The sweep crossed a page break.
    QVERIFY(headingOnSecondPage > 0);
}

void tst_ReportLayout::tallRowContinuesOnNextPage()
{
    // One note of 3000 numbered words is taller than a whole page.
    QStringList words;
    for (int i = 1; i <= 3000; ++i)
        words << QStringLiteral("w%1").arg(i);
    ReportTable table;
    table.columns = {ReportColumn{QStringLiteral("Number")},
                     ReportColumn{QStringLiteral("Note"), Qt::AlignLeft, 1, true}};
    table.rows << ReportRow{ReportRow::Kind::Detail,
                            {QStringLiteral("R0001"), words.join(QLatin1Char(' '))}}
               << ReportRow{ReportRow::Kind::Detail,
                            {QStringLiteral("R0002"), QStringLiteral("after")}};
    ReportDocument document = documentWith(table);

    const QList<ReportPage> pages = layOut(document);
    QVERIFY(pages.size() >= 2);

    // Every word is printed once, in order, and each page has the header.
    QStringList printed;
    for (const ReportPage &page : pages) {
        QVERIFY(textsOf(page).contains(QStringLiteral("Note")));
        for (const QString &text : textsOf(page)) {
            if (text.startsWith(QLatin1Char('w')))
                printed << text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        }
    }
    QCOMPARE(printed, words);
    bool unique = false;
    QCOMPARE(pageContaining(pages, QStringLiteral("after"), &unique), int(pages.size() - 1));
}

void tst_ReportLayout::pageNumbersRestartAfterSectionBreak()
{
    ReportDocument document = documentWith(numberedTable(120));
    document.addSectionBreak();
    document.addHeading(QStringLiteral("Second customer"));
    document.addTable(numberedTable(10));
    document.addSectionBreak(); // at the end: no blank page

    const QList<ReportPage> pages = layOut(document);
    QVERIFY(pages.size() >= 3);
    const int lastSectionPages = 1;
    const int firstSectionPages = int(pages.size()) - lastSectionPages;

    static const QRegularExpression pageNumber(QStringLiteral("^Page (\\d+) of (\\d+)$"));
    for (int page = 0; page < pages.size(); ++page) {
        const QStringList numbers = textsOf(pages.at(page)).filter(pageNumber);
        QCOMPARE(numbers.size(), 1);
        const QRegularExpressionMatch match = pageNumber.match(numbers.first());
        const bool inFirst = page < firstSectionPages;
        QCOMPARE(match.captured(1).toInt(), inFirst ? page + 1 : page - firstSectionPages + 1);
        QCOMPARE(match.captured(2).toInt(), inFirst ? firstSectionPages : lastSectionPages);
    }
    QVERIFY(textsOf(pages.last()).contains(QStringLiteral("Second customer")));
}

void tst_ReportLayout::emptyTablePrintsEmptyText()
{
    const QList<ReportPage> pages = layOut(documentWith(numberedTable(0)));
    QCOMPARE(pages.size(), 1);
    const QStringList texts = textsOf(pages.first());
    QVERIFY(texts.contains(QStringLiteral("No charges match these filters.")));
    QVERIFY(texts.contains(QStringLiteral("Amount")));
}

void tst_ReportLayout::cancelStopsLayout()
{
    ReportRenderer renderer(documentWith(numberedTable(2000)));
    qsizetype calls = 0;
    const bool finished = renderer.layout([&](qsizetype, qsizetype) { return ++calls < 5; });
    QVERIFY(!finished);
    QCOMPARE(calls, qsizetype(5));
    QCOMPARE(renderer.pageCount(), 0);

    // A later layout runs to the end.
    QVERIFY(renderer.layout());
    QVERIFY(renderer.pageCount() > 1);
}

void tst_ReportLayout::progressReachesTotal()
{
    ReportRenderer renderer(documentWith(numberedTable(500)));
    qsizetype lastDone = -1;
    qsizetype lastTotal = -1;
    bool monotonic = true;
    QVERIFY(renderer.layout([&](qsizetype done, qsizetype total) {
        monotonic = monotonic && done >= lastDone && done <= total;
        lastDone = done;
        lastTotal = total;
        return true;
    }));
    QVERIFY(monotonic);
    QVERIFY(lastTotal > 0);
    QCOMPARE(lastDone, lastTotal);
}

void tst_ReportLayout::layoutInWorkerThreadPaintsElsewhere()
{
    ReportDocument document = documentWith(numberedTable(100));
    document.language = UiLanguage::SimplifiedChinese;
    document.title = QStringLiteral("补费明细");
    ReportRenderer renderer(document);

    bool laidOut = false;
    QScopedPointer<QThread> worker(QThread::create([&] { laidOut = renderer.layout(); }));
    worker->start();
    QVERIFY(worker->wait(60000));
    QVERIFY(laidOut);
    QVERIFY(renderer.pageCount() > 1);

    // A 72 dpi image of the paint rectangle: one pixel per point.
    const QSize size = renderer.pageLayout().paintRect(QPageLayout::Point).size().toSize();
    QImage image(size, QImage::Format_RGB32);
    image.setDotsPerMeterX(2835);
    image.setDotsPerMeterY(2835);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        renderer.paintPage(&painter, 0);
    }
    int dark = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            dark += qGray(image.pixel(x, y)) < 128 ? 1 : 0;
    }
    QVERIFY2(dark > 1000, qPrintable(QString::number(dark)));

    // The same layout prints on a PDF writer in this thread.
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    QPdfWriter writer(&buffer);
    QString error;
    QVERIFY2(renderer.print(&writer, {}, &error), qPrintable(error));
    QVERIFY(buffer.data().startsWith("%PDF"));
}

void tst_ReportLayout::imageFillsPageWidth()
{
    QImage image(2000, 1000, QImage::Format_RGB32);
    image.fill(Qt::darkBlue);
    ReportDocument document = documentWith(numberedTable(2));
    document.addImage(image);
    document.addImage(QImage());
    QCOMPARE(document.blocks.size(), 2);

    const QList<ReportPage> pages = layOut(document);
    QCOMPARE(pages.size(), 1);
    QCOMPARE(pages.at(0).images.size(), 1);
    const QRectF rect = pages.at(0).images.at(0).rect;
    const qreal width = portraitBodySize().width();
    QCOMPARE(rect.left(), 0.0);
    QCOMPARE(rect.width(), width);
    QCOMPARE(rect.height(), width / 2);
    QCOMPARE(pages.at(0).images.at(0).image.size(), image.size());

    // The image follows the table.
    qreal tableBottom = 0;
    for (const ReportPageText &text : pages.at(0).texts) {
        if (text.text == QLatin1String("R0002"))
            tableBottom = text.baseline.y();
    }
    QVERIFY(tableBottom > 0);
    QVERIFY2(rect.top() > tableBottom, qPrintable(QString::number(rect.top())));
}

void tst_ReportLayout::tallImageFitsPageBody()
{
    QImage image(1000, 4000, QImage::Format_RGB32);
    image.fill(Qt::darkBlue);
    ReportDocument document = documentWith(numberedTable(2));
    document.addImage(image);

    // Too tall for the rest of the first page, the image starts the second,
    // shrunk to the body's height with its aspect ratio and centred.
    const QList<ReportPage> pages = layOut(document);
    QCOMPARE(pages.size(), 2);
    QVERIFY(pages.at(0).images.isEmpty());
    QCOMPARE(pages.at(1).images.size(), 1);
    const QRectF rect = pages.at(1).images.at(0).rect;
    const QSizeF page = portraitBodySize();
    QVERIFY2(rect.height() < page.height() && rect.height() > page.height() / 2,
             qPrintable(QString::number(rect.height())));
    QVERIFY(qFuzzyCompare(rect.width() * 4, rect.height()));
    QVERIFY(qFuzzyCompare(2 * rect.left() + rect.width(), page.width()));
}

void tst_ReportLayout::headingStaysWithImage_data()
{
    QTest::addColumn<bool>("tableAfterImage");

    QTest::newRow("image alone") << false;
    QTest::newRow("image before a table") << true;
}

void tst_ReportLayout::headingStaysWithImage()
{
    QFETCH(bool, tableAfterImage);

    QImage image(1600, 800, QImage::Format_RGB32);
    image.fill(Qt::darkBlue);
    const QString heading = QStringLiteral("Charges by month");
    ReportDocument document = documentWith(numberedTable(20));
    document.addHeading(heading);
    document.addImage(image);
    ReportTable figures;
    figures.columns = {ReportColumn{QStringLiteral("Month")},
                       ReportColumn{QStringLiteral("Amount"), Qt::AlignRight}};
    figures.rows << ReportRow{ReportRow::Kind::Detail,
                              {QStringLiteral("FIRST-MONTH"), QStringLiteral("¥1.00")}};
    if (tableAfterImage)
        document.addTable(figures);

    // Growing the page moves the page break across the heading, the image
    // and the table's start, which stay on one page.
    const qreal width = portraitBodySize().width();
    int headingOnSecondPage = 0;
    for (qreal height = 500; height <= 900; height += 2.5) {
        const QList<ReportPage> pages = layOut(document, QSizeF(width, height));
        const QString at = QStringLiteral("page height %1").arg(height);
        bool unique = false;
        const int page = pageContaining(pages, heading, &unique, true);
        QVERIFY2(page >= 0 && unique, qPrintable(at));
        QVERIFY2(pages.at(page).images.size() == 1, qPrintable(at));
        if (tableAfterImage) {
            QVERIFY2(pageContaining(pages, QStringLiteral("FIRST-MONTH"), &unique) == page,
                     qPrintable(at));
        }
        headingOnSecondPage += page == 1 ? 1 : 0;
    }
    QVERIFY(headingOnSecondPage > 0);
}

QTEST_MAIN(tst_ReportLayout)
#include "tst_reportlayout.moc"
