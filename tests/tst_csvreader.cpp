#include "csvreader.h"

#include <QBuffer>
#include <QTest>

class tst_CsvReader : public QObject
{
    Q_OBJECT

private slots:
    void readRecords_data();
    void readRecords();
    void malformedInput_data();
    void malformedInput();
    void readDecodedText_data();
    void readDecodedText();
    void malformedDecodedText();
};

namespace {

// Reads every record of input; lines receives the line each record starts on.
QList<QStringList> readAll(const QByteArray &input, QList<int> *lines, QString *error)
{
    QBuffer buffer;
    buffer.setData(input);
    if (!buffer.open(QIODevice::ReadOnly))
        return {};

    CsvReader reader(&buffer);
    QList<QStringList> records;
    QStringList fields;
    while (reader.readRecord(&fields)) {
        records.append(fields);
        lines->append(reader.lineNumber());
    }
    *error = reader.error();
    return records;
}

} // namespace

void tst_CsvReader::readRecords_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QList<QStringList>>("expected");
    QTest::addColumn<QList<int>>("expectedLines");

    QTest::newRow("plain LF") << QByteArray("id,name\n1,Chai\n")
                              << QList<QStringList>{{"id", "name"}, {"1", "Chai"}}
                              << QList<int>{1, 2};
    QTest::newRow("no final line break") << QByteArray("id,name\n1,Chai")
                                         << QList<QStringList>{{"id", "name"}, {"1", "Chai"}}
                                         << QList<int>{1, 2};
    QTest::newRow("CRLF") << QByteArray("id,name\r\n1,Chai\r\n")
                          << QList<QStringList>{{"id", "name"}, {"1", "Chai"}}
                          << QList<int>{1, 2};
    QTest::newRow("byte order mark") << QByteArray("\xEF\xBB\xBFid,name\n1,Chai\n")
                                     << QList<QStringList>{{"id", "name"}, {"1", "Chai"}}
                                     << QList<int>{1, 2};
    QTest::newRow("byte order mark only") << QByteArray("\xEF\xBB\xBF") << QList<QStringList>{}
                                          << QList<int>{};
    QTest::newRow("empty input") << QByteArray() << QList<QStringList>{} << QList<int>{};
    QTest::newRow("quoted comma")
        << QByteArray("\"Blondel, p\xC3\xA8re et fils\",Strasbourg\n")
        << QList<QStringList>{{QStringLiteral("Blondel, père et fils"), "Strasbourg"}}
        << QList<int>{1};
    QTest::newRow("doubled quotes") << QByteArray("\"say \"\"hi\"\"\",\"\"\"\"\n")
                                    << QList<QStringList>{{"say \"hi\"", "\""}}
                                    << QList<int>{1};
    QTest::newRow("line break in quotes")
        << QByteArray("a,\"first\nsecond\"\nb,c\n")
        << QList<QStringList>{{"a", "first\nsecond"}, {"b", "c"}} << QList<int>{1, 3};
    QTest::newRow("CRLF in quotes becomes LF")
        << QByteArray("\"first\r\n\r\nthird\",x\r\ny,z\r\n")
        << QList<QStringList>{{"first\n\nthird", "x"}, {"y", "z"}} << QList<int>{1, 4};
    QTest::newRow("quoted comma and quote across lines")
        << QByteArray("\"a,\"\"b\"\"\nc\"\n")
        << QList<QStringList>{{"a,\"b\"\nc"}} << QList<int>{1};
    QTest::newRow("empty fields") << QByteArray(",,\na,,c\n\"\",x\na,\n")
                                  << QList<QStringList>{{"", "", ""}, {"a", "", "c"},
                                                        {"", "x"}, {"a", ""}}
                                  << QList<int>{1, 2, 3, 4};
    QTest::newRow("empty lines skipped") << QByteArray("a\n\n\r\nb\n\n")
                                         << QList<QStringList>{{"a"}, {"b"}}
                                         << QList<int>{1, 4};
    QTest::newRow("spaces kept") << QByteArray(" a , b \n")
                                 << QList<QStringList>{{" a ", " b "}} << QList<int>{1};
    QTest::newRow("single quote is text") << QByteArray("Bon app',x\n")
                                          << QList<QStringList>{{"Bon app'", "x"}}
                                          << QList<int>{1};
    QTest::newRow("UTF-8 text")
        << QByteArray("\xE6\x9C\x8D\xE5\x8A\xA1\xE8\xB4\xB9,Gen\xC3\xA8ve\n")
        << QList<QStringList>{{QStringLiteral("服务费"), QStringLiteral("Genève")}}
        << QList<int>{1};
}

void tst_CsvReader::readRecords()
{
    QFETCH(QByteArray, input);
    QFETCH(QList<QStringList>, expected);
    QFETCH(QList<int>, expectedLines);

    QList<int> lines;
    QString error;
    const QList<QStringList> records = readAll(input, &lines, &error);

    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(records.size(), expected.size());
    for (int i = 0; i < records.size(); ++i)
        QCOMPARE(records.at(i), expected.at(i));
    QCOMPARE(lines, expectedLines);
}

void tst_CsvReader::malformedInput_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("recordsBeforeError");
    QTest::addColumn<int>("errorLine");

    QTest::newRow("unterminated quote") << QByteArray("id,name\n1,\"Chai\n2,Chang\n") << 1 << 2;
    QTest::newRow("unterminated quote CRLF") << QByteArray("a\r\nb\r\n\"open\r\n") << 2 << 3;
    QTest::newRow("text after closing quote") << QByteArray("\"Chai\"x,1\n") << 0 << 1;
    QTest::newRow("space after closing quote") << QByteArray("a\nb\n\"Chai\" ,1\n") << 2 << 3;
    QTest::newRow("text after quote on later line")
        << QByteArray("a\n\"one\ntwo\"three\n") << 1 << 3;
    QTest::newRow("quote inside unquoted field") << QByteArray("a,b\nab\"c,d\n") << 1 << 2;
    QTest::newRow("space before opening quote") << QByteArray(" \"a\",b\n") << 0 << 1;
    QTest::newRow("invalid UTF-8") << QByteArray("ok\n\xFF\xFE,x\n") << 1 << 2;
}

void tst_CsvReader::malformedInput()
{
    QFETCH(QByteArray, input);
    QFETCH(int, recordsBeforeError);
    QFETCH(int, errorLine);

    QBuffer buffer;
    buffer.setData(input);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    CsvReader reader(&buffer);

    QStringList fields;
    int records = 0;
    while (reader.readRecord(&fields))
        ++records;

    QCOMPARE(records, recordsBeforeError);
    QVERIFY(fields.isEmpty());
    const QString prefix = QStringLiteral("Line %1:").arg(errorLine);
    QVERIFY2(reader.error().startsWith(prefix), qPrintable(reader.error()));

    // The reader stays stopped after malformed input.
    QVERIFY(!reader.readRecord(&fields));
    QVERIFY(reader.error().startsWith(prefix));
}

void tst_CsvReader::readDecodedText_data()
{
    readRecords_data();
}

void tst_CsvReader::readDecodedText()
{
    QFETCH(QByteArray, input);
    QFETCH(QList<QStringList>, expected);
    QFETCH(QList<int>, expectedLines);

    // The text reader skips a decoded byte order mark (U+FEFF) as the byte
    // reader skips EF BB BF.
    CsvReader reader(QString::fromUtf8(input));
    QList<QStringList> records;
    QList<int> lines;
    QStringList fields;
    while (reader.readRecord(&fields)) {
        records.append(fields);
        lines.append(reader.lineNumber());
    }

    QVERIFY2(reader.error().isEmpty(), qPrintable(reader.error()));
    QCOMPARE(records, expected);
    QCOMPARE(lines, expectedLines);
}

void tst_CsvReader::malformedDecodedText()
{
    CsvReader reader(QStringLiteral("名称,城市\n\"上海,x\n北京,y\n"));
    QStringList fields;
    QVERIFY(reader.readRecord(&fields));
    QCOMPARE(fields, QStringList({QStringLiteral("名称"), QStringLiteral("城市")}));

    QVERIFY(!reader.readRecord(&fields));
    QCOMPARE(reader.lineNumber(), 2);
    QVERIFY2(reader.error().startsWith(QStringLiteral("Line 2:")), qPrintable(reader.error()));
}

QTEST_GUILESS_MAIN(tst_CsvReader)
#include "tst_csvreader.moc"
