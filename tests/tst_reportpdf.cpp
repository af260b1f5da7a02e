#include "opentypecmap.h"
#include "reportdocument.h"
#include "reportfontbuilder.h"
#include "reportfonts.h"
#include "reportpdfwriter.h"

#include <QDir>
#include <QFile>
#include <QPainter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// PDF files as a reader sees them, read back with poppler-utils: pdftotext
// for the text of each page and pdffonts for the embedded fonts.
class tst_ReportPdf : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void headerRowOnEveryPage();
    void rowsAreNeverSplit();
    void pageNumbersPerSection();
    void emptyTablePrintsEmptyText();
    void chineseTextAndAmountsExtract_data();
    void chineseTextAndAmountsExtract();
    void fontsAreEmbedded();
    void cmapRoundTrip();
    void radicalsLeaveCharacterMap();
    void cancelLeavesNoFile();
    void cancelKeepsExistingFile();
    void missingDirectoryNamesPath();
    void imageEmbeddedAtFullResolution();

private:
    // Writes document to name in the temporary folder; returns the path.
    QString writePdf(const ReportDocument &document, const QString &name);

    QTemporaryDir m_dir;
};

namespace {

constexpr int ToolTimeoutMs = 60000;

QString rowId(int number)
{
    return QStringLiteral("R%1").arg(number, 5, 10, QLatin1Char('0'));
}

// count rows "R00001"... with a wrapping note that every fifth row makes
// several lines long and that ends with "end-R00001", and an amount.
ReportTable numberedTable(int count)
{
    ReportTable table;
    table.columns = {ReportColumn{QStringLiteral("Number")},
                     ReportColumn{QStringLiteral("Due date")},
                     ReportColumn{QStringLiteral("Note"), Qt::AlignLeft, 1, true},
                     ReportColumn{QStringLiteral("Amount"), Qt::AlignRight}};
    table.emptyText = QStringLiteral("No charges match these filters.");
    for (int i = 1; i <= count; ++i) {
        QString note = QStringLiteral("Freight end-%1").arg(rowId(i));
        if (i % 5 == 0) {
            note = QStringLiteral("The customer asked for a later due date and the manager "
                                  "approved it, so a late fee and a handling fee were added "
                                  "to the bill and to the customer's balance end-%1")
                       .arg(rowId(i));
        }
        table.rows << ReportRow{ReportRow::Kind::Detail,
                                {rowId(i), QStringLiteral("2026/12/4"), note,
                                 QStringLiteral("$%1.50").arg(i)}};
    }
    return table;
}

ReportDocument documentWith(const ReportTable &table)
{
    ReportDocument document;
    document.companyName = QStringLiteral("Northwind Traders");
    document.title = QStringLiteral("Supplementary charges");
    document.headerLines = {QStringLiteral("Status: posted")};
    document.printedAt = QDateTime(QDate(2026, 12, 4), QTime(21, 57));
    document.addTable(table);
    return document;
}

// Runs a poppler-utils tool and returns its standard output as UTF-8.
QString runTool(const QString &program, const QStringList &arguments, bool *ok)
{
    *ok = false;
    if (QStandardPaths::findExecutable(program).isEmpty()) {
        qWarning("%s is missing; install the Debian package poppler-utils.",
                 qPrintable(program));
        return QString();
    }
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(ToolTimeoutMs) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0) {
        qWarning("%s failed: %s", qPrintable(program),
                 process.readAllStandardError().constData());
        return QString();
    }
    *ok = true;
    return QString::fromUtf8(process.readAllStandardOutput());
}

// Returns the text of each page: pdftotext ends every page with a form feed.
QStringList pageTexts(const QString &path, bool *ok)
{
    const QString text =
        runTool(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"),
                                              path, QStringLiteral("-")},
                ok);
    QStringList pages = text.split(QLatin1Char('\f'));
    if (!pages.isEmpty() && pages.last().trimmed().isEmpty())
        pages.removeLast();
    return pages;
}

} // namespace

void tst_ReportPdf::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString error = ReportFonts::ensureAvailable();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty(),
             "pdftotext is missing; install the Debian package poppler-utils");
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("pdffonts")).isEmpty(),
             "pdffonts is missing; install the Debian package poppler-utils");
}

QString tst_ReportPdf::writePdf(const ReportDocument &document, const QString &name)
{
    const QString path = m_dir.filePath(name);
    QString error;
    if (!ReportPdfWriter::write(document, path, &error)) {
        qWarning("%s", qPrintable(error));
        return QString();
    }
    return path;
}

void tst_ReportPdf::headerRowOnEveryPage()
{
    const QString path = writePdf(documentWith(numberedTable(2000)), QStringLiteral("header.pdf"));
    QVERIFY(!path.isEmpty());
    bool ok = false;
    const QStringList pages = pageTexts(path, &ok);
    QVERIFY(ok);
    QVERIFY2(pages.size() > 20, qPrintable(QString::number(pages.size())));

    for (int page = 0; page < pages.size(); ++page) {
        const QString &text = pages.at(page);
        const QString where = QStringLiteral("page %1").arg(page + 1);
        QVERIFY2(text.contains(QLatin1String("Due date")), qPrintable(where));
        QVERIFY2(text.contains(QLatin1String("Note")), qPrintable(where));
        QVERIFY2(text.contains(QLatin1String("Amount")), qPrintable(where));
        QVERIFY2(text.contains(QLatin1String("Supplementary charges")), qPrintable(where));
    }

    // pdftotext of a single page agrees with the split output.
    const QString last = QString::number(pages.size());
    const QString single = runTool(QStringLiteral("pdftotext"),
                                   {QStringLiteral("-f"), last, QStringLiteral("-l"), last,
                                    QStringLiteral("-enc"), QStringLiteral("UTF-8"), path,
                                    QStringLiteral("-")},
                                   &ok);
    QVERIFY(ok);
    QVERIFY(single.contains(QLatin1String("Due date")));
    QVERIFY(single.contains(rowId(2000)));
}

void tst_ReportPdf::rowsAreNeverSplit()
{
    const int count = 2000;
    const QString path = writePdf(documentWith(numberedTable(count)), QStringLiteral("rows.pdf"));
    QVERIFY(!path.isEmpty());
    bool ok = false;
    const QStringList pages = pageTexts(path, &ok);
    QVERIFY(ok);

    // Each row's number and the last words of its note are on one page, and
    // the numbers run on without a gap from page to page.
    static const QRegularExpression idPattern(QStringLiteral("(?<!end-)\\bR(\\d{5})\\b"));
    int expected = 1;
    for (int page = 0; page < pages.size(); ++page) {
        const QString &text = pages.at(page);
        QRegularExpressionMatchIterator ids = idPattern.globalMatch(text);
        while (ids.hasNext()) {
            const int number = ids.next().captured(1).toInt();
            QCOMPARE(number, expected);
            const QString end = QStringLiteral("end-") + rowId(number);
            QVERIFY2(text.contains(end),
                     qPrintable(QStringLiteral("%1 not on page %2").arg(end).arg(page + 1)));
            ++expected;
        }
    }
    QCOMPARE(expected, count + 1);
}

void tst_ReportPdf::pageNumbersPerSection()
{
    ReportDocument document = documentWith(numberedTable(150));
    document.addSectionBreak();
    document.addHeading(QStringLiteral("Second customer"));
    document.addTable(numberedTable(3));
    const QString path = writePdf(document, QStringLiteral("sections.pdf"));
    QVERIFY(!path.isEmpty());
    bool ok = false;
    const QStringList pages = pageTexts(path, &ok);
    QVERIFY(ok);
    QVERIFY(pages.size() >= 3);

    const int firstSection = int(pages.size()) - 1;
    for (int page = 0; page < firstSection; ++page) {
        const QString expected = QStringLiteral("Page %1 of %2").arg(page + 1).arg(firstSection);
        QVERIFY2(pages.at(page).contains(expected), qPrintable(expected));
    }
    QVERIFY(pages.last().contains(QLatin1String("Page 1 of 1")));
    QVERIFY(pages.last().contains(QLatin1String("Second customer")));
}

void tst_ReportPdf::emptyTablePrintsEmptyText()
{
    const QString path = writePdf(documentWith(numberedTable(0)), QStringLiteral("empty.pdf"));
    QVERIFY(!path.isEmpty());
    bool ok = false;
    const QStringList pages = pageTexts(path, &ok);
    QVERIFY(ok);
    QCOMPARE(pages.size(), 1);
    QVERIFY(pages.first().contains(QLatin1String("No charges match these filters.")));
    QVERIFY(pages.first().contains(QLatin1String("Page 1 of 1")));
}

void tst_ReportPdf::chineseTextAndAmountsExtract_data()
{
    QTest::addColumn<UiLanguage>("language");

    // Chinese must print whatever the document's language.
    QTest::newRow("zh_CN") << UiLanguage::SimplifiedChinese;
    QTest::newRow("zh_TW") << UiLanguage::TraditionalChinese;
    QTest::newRow("en") << UiLanguage::English;
}

void tst_ReportPdf::chineseTextAndAmountsExtract()
{
    QFETCH(UiLanguage, language);

    // 户, 金, 小, 月, 日 and 文 share their glyphs with Kangxi radicals in
    // Noto Sans CJK; they must come back as the ideographs.
    ReportTable table;
    table.columns = {ReportColumn{QStringLiteral("客户")}, ReportColumn{QStringLiteral("到期日")},
                     ReportColumn{QStringLiteral("备注"), Qt::AlignLeft, 1, true},
                     ReportColumn{QStringLiteral("金额"), Qt::AlignRight}};
    table.rows << ReportRow{ReportRow::Kind::GroupHeader, {QStringLiteral("北京华联商贸有限公司")}}
               << ReportRow{ReportRow::Kind::Detail,
                            {QStringLiteral("北京华联"), QStringLiteral("2026年12月4日"),
                             QStringLiteral("套餐升级至企业版，文件已寄出"),
                             QStringLiteral("¥1,234.56")}}
               << ReportRow{ReportRow::Kind::Subtotal,
                            {QString(), QStringLiteral("小计"), QString(),
                             QStringLiteral("¥1,234.56")}}
               << ReportRow{ReportRow::Kind::Total,
                            {QString(), QStringLiteral("合計"), QString(),
                             QStringLiteral("¥1,234.56")}};
    ReportDocument document = documentWith(table);
    document.language = language;
    document.companyName = QStringLiteral("北风贸易有限公司");
    document.title = QStringLiteral("客户补费明细");

    const QString path = writePdf(document, QStringLiteral("chinese.pdf"));
    QVERIFY(!path.isEmpty());
    bool ok = false;
    const QString text = pageTexts(path, &ok).join(QString());
    QVERIFY(ok);

    for (const QString &expected :
         {QStringLiteral("北风贸易有限公司"), QStringLiteral("客户补费明细"),
          QStringLiteral("北京华联商贸有限公司"), QStringLiteral("2026年12月4日"),
          QStringLiteral("套餐升级至企业版，文件已寄出"), QStringLiteral("小计"),
          QStringLiteral("合計"), QStringLiteral("金额"), QStringLiteral("¥1,234.56")}) {
        QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral(" in ") + text));
    }

    // No Kangxi radical or CJK radicals supplement character replaces an
    // ideograph.
    for (QChar c : text)
        QVERIFY2(c.unicode() < 0x2E80 || c.unicode() > 0x2FDF, qPrintable(text));
}

void tst_ReportPdf::fontsAreEmbedded()
{
    ReportDocument document = documentWith(numberedTable(3));
    document.language = UiLanguage::SimplifiedChinese;
    document.title = QStringLiteral("补费明细");
    const QString path = writePdf(document, QStringLiteral("fonts.pdf"));
    QVERIFY(!path.isEmpty());

    bool ok = false;
    const QString output = runTool(QStringLiteral("pdffonts"), {path}, &ok);
    QVERIFY(ok);

    // After two header lines, each font is a row ending in
    // "emb sub uni object-number generation": emb must read "yes".
    static const QRegularExpression fontRow(
        QStringLiteral("^(\\S+)\\s.*\\s(yes|no)\\s+(yes|no)\\s+(yes|no)\\s+\\d+\\s+\\d+\\s*$"));
    QStringList lines = output.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY2(lines.size() > 2, qPrintable(output));
    lines = lines.mid(2);
    for (const QString &line : lines) {
        const QRegularExpressionMatch match = fontRow.match(line);
        QVERIFY2(match.hasMatch(), qPrintable(line));
        QCOMPARE(match.captured(2), QStringLiteral("yes")); // embedded
        QCOMPARE(match.captured(4), QStringLiteral("yes")); // has a ToUnicode map
    }
}

void tst_ReportPdf::cmapRoundTrip()
{
    // Runs of consecutive glyphs, single mappings, and code points beyond
    // the BMP.
    const QList<OpenTypeCmap::Mapping> mappings = {
        {0x20, 1},          {0x21, 2},          {0x22, 3},           {0x41, 34},
        {0x6237, 18579},    {0x91D1, 41228},    {0x20000, 60000},    {0x20001, 60001},
    };
    const std::optional<QList<OpenTypeCmap::Mapping>> read =
        OpenTypeCmap::read(OpenTypeCmap::write(mappings));
    QVERIFY(read.has_value());
    QCOMPARE(read->size(), mappings.size());
    for (qsizetype i = 0; i < mappings.size(); ++i) {
        QCOMPARE(uint(read->at(i).codePoint), uint(mappings.at(i).codePoint));
        QCOMPARE(read->at(i).glyph, mappings.at(i).glyph);
    }
    QVERIFY(!OpenTypeCmap::read(QByteArray("\0\0\0\1", 4)).has_value());
}

void tst_ReportPdf::radicalsLeaveCharacterMap()
{
    QVERIFY(ReportFontBuilder::isDroppedCodePoint(0x2F3E)); // ⼾, the radical of 户
    QVERIFY(ReportFontBuilder::isDroppedCodePoint(0x2EDB)); // ⻛, a form of 风
    QVERIFY(ReportFontBuilder::isDroppedCodePoint(0x09));
    QVERIFY(!ReportFontBuilder::isDroppedCodePoint(0x6237)); // 户
    QVERIFY(!ReportFontBuilder::isDroppedCodePoint(0x20));
    QVERIFY(!ReportFontBuilder::isDroppedCodePoint(0x3000)); // ideographic space
}

void tst_ReportPdf::cancelLeavesNoFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("canceled.pdf"));

    qsizetype calls = 0;
    QString error;
    const bool written = ReportPdfWriter::write(documentWith(numberedTable(2000)), path, &error,
                                                [&](qsizetype, qsizetype) { return ++calls < 3; });
    QVERIFY(!written);
    QCOMPARE(calls, qsizetype(3));
    QVERIFY2(error.contains(QDir::toNativeSeparators(path)), qPrintable(error));
    QVERIFY(!QFile::exists(path));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::System),
             QStringList());

    // Cancelled while painting, after the layout: still no file.
    qsizetype lastTotal = 0;
    QVERIFY(!ReportPdfWriter::write(documentWith(numberedTable(500)), path, &error,
                                    [&](qsizetype done, qsizetype total) {
                                        lastTotal = total;
                                        return done < total * 3 / 4;
                                    }));
    QVERIFY(lastTotal > 0);
    QVERIFY(!QFile::exists(path));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::System),
             QStringList());
}

void tst_ReportPdf::cancelKeepsExistingFile()
{
    const QString path = m_dir.filePath(QStringLiteral("existing.pdf"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("earlier report");
    file.close();

    QString error;
    QVERIFY(!ReportPdfWriter::write(documentWith(numberedTable(100)), path, &error,
                                    [](qsizetype, qsizetype) { return false; }));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("earlier report"));
}

void tst_ReportPdf::missingDirectoryNamesPath()
{
    const QString path = m_dir.filePath(QStringLiteral("missing/folder/report.pdf"));
    QString error;
    QVERIFY(!ReportPdfWriter::write(documentWith(numberedTable(3)), path, &error));
    QVERIFY2(error.contains(QDir::toNativeSeparators(path)), qPrintable(error));
    QVERIFY(!QFile::exists(path));
}

void tst_ReportPdf::imageEmbeddedAtFullResolution()
{
    QImage image(1800, 900, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.fillRect(QRect(100, 100, 400, 700), QColor(0x2f, 0x6d, 0xb5));
    painter.end();
    ReportDocument document = documentWith(numberedTable(3));
    document.addHeading(QStringLiteral("Charges by month"));
    document.addImage(image);
    const QString path = writePdf(document, QStringLiteral("image.pdf"));
    QVERIFY(!path.isEmpty());

    // pdfimages -list: two header lines, then one line per image with its
    // width and height in pixels in the fourth and fifth columns.
    bool ok = false;
    const QStringList lines = runTool(QStringLiteral("pdfimages"),
                                      {QStringLiteral("-list"), path}, &ok)
                                  .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY(ok);
    QCOMPARE(lines.size(), 3);
    const QStringList columns = lines.at(2).simplified().split(QLatin1Char(' '));
    QVERIFY2(columns.size() > 4, qPrintable(lines.at(2)));
    QCOMPARE(columns.at(3), QStringLiteral("1800"));
    QCOMPARE(columns.at(4), QStringLiteral("900"));

    const QStringList pages = pageTexts(path, &ok);
    QVERIFY(ok);
    QCOMPARE(pages.size(), 1);
    QVERIFY(pages.at(0).contains(QLatin1String("Charges by month")));
    QVERIFY(pages.at(0).contains(rowId(3)));
}

QTEST_MAIN(tst_ReportPdf)
#include "tst_reportpdf.moc"
