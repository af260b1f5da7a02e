#include "csvrowreader.h"

#include "csvwriter.h"

#include <QRegularExpression>

namespace {

QString labelOf(const CsvColumnMapping &mapping, const QString &target)
{
    const CsvColumnMapping::Target *found = CsvColumnMapping::findTarget(mapping.kind(), target);
    return found ? found->label() : target;
}

} // namespace

CsvRowReader::CsvRowReader(const CsvColumnMapping &mapping, const CsvImportFile::Row &row,
                           CsvImportSummary *summary)
    : m_mapping(mapping)
    , m_row(row)
    , m_summary(summary)
{
}

QString CsvRowReader::text(const QString &target) const
{
    const int column = m_mapping.column(target);
    if (column < 0 || column >= m_row.fields.size())
        return QStringLiteral("");

    const CsvColumnMapping::Target *found = CsvColumnMapping::findTarget(m_mapping.kind(),
                                                                         target);
    QString field = m_row.fields.at(column);

    // SQLite reads a UTF-16 value that Qt binds and that starts with U+FEFF
    // or U+FFFE as one with a byte order mark: it drops U+FEFF, and swaps
    // the bytes of the rest after U+FFFE. Both are invisible, and U+FEFF
    // inside a field is usually the byte order mark of a file appended to
    // another one, so they are removed wherever they are.
    field.remove(QChar(QChar::ByteOrderMark));
    field.remove(QChar(QChar::ByteOrderSwapped));
    if (found && found->text)
        field = CsvWriter::unguardFormula(field);

    // A null QString would bind as SQL NULL, which the text columns reject.
    return field.isNull() ? QStringLiteral("") : field;
}

QString CsvRowReader::trimmed(const QString &target) const
{
    return text(target).trimmed();
}

QString CsvRowReader::required(const QString &target)
{
    const QString value = trimmed(target);
    if (value.isEmpty()) {
        addProblem(target, tr("%1 is empty. Enter a value in column “%2”.")
                               .arg(labelOf(m_mapping, target), m_mapping.header(target)));
    }
    return value;
}

std::optional<QDate> CsvRowReader::date(const QString &target)
{
    const QString value = trimmed(target);
    if (value.isEmpty()) {
        required(target);
        return std::nullopt;
    }
    const QDate parsed = parseDate(value);
    if (!parsed.isValid()) {
        addProblem(target, tr("%1 “%2” is not a valid date. Write it as YYYY-MM-DD, e.g. "
                              "2024-07-31; 2024/7/31 is accepted too.")
                               .arg(labelOf(m_mapping, target), value));
        return std::nullopt;
    }
    return parsed;
}

std::optional<qint64> CsvRowReader::count(const QString &target, qint64 defaultValue)
{
    const QString value = trimmed(target);
    if (value.isEmpty())
        return defaultValue;

    static const QRegularExpression digits(QStringLiteral("^[0-9]{1,10}$"));
    const qint64 number = digits.match(value).hasMatch() ? value.toLongLong() : 0;
    if (number < 1 || number > MaxCount) {
        addProblem(target, tr("%1 “%2” is not a whole number from 1 to %3. Enter digits only, "
                              "e.g. 3.")
                               .arg(labelOf(m_mapping, target), value)
                               .arg(MaxCount));
        return std::nullopt;
    }
    return number;
}

std::optional<Money> CsvRowReader::amount(const QString &target, const QString &currency,
                                          Money::Range range)
{
    const QString value = trimmed(target);
    if (value.isEmpty()) {
        required(target);
        return std::nullopt;
    }

    QString message;
    const std::optional<Money> parsed =
        Money::parse(value, currency, QLocale::c(), &message, range);
    if (!parsed) {
        // The parser's message quotes the input and shows a valid amount or
        // the allowed range.
        addProblem(target, message);
        return std::nullopt;
    }
    return parsed;
}

std::optional<int> CsvRowReader::discountBasisPoints(const QString &target)
{
    const QString value = trimmed(target);
    if (value.isEmpty())
        return 0;

    static const QRegularExpression percent(
        QStringLiteral("^([0-9]{1,3})(?:\\.([0-9]{1,2}))?\\s*%?$"));
    const QRegularExpressionMatch match = percent.match(value);
    int basisPoints = -1;
    if (match.hasMatch()) {
        // Two decimals of a percent are whole basis points: "12.5" is 1250.
        const QString decimals = match.captured(2).leftJustified(2, QLatin1Char('0'));
        basisPoints = match.captured(1).toInt() * 100 + decimals.toInt();
    }
    if (basisPoints < 0 || basisPoints > 10000) {
        addProblem(target, tr("%1 “%2” is not a percentage from 0 to 100 with at most two "
                              "decimals. Enter e.g. 5 or 12.5 for 12.5 %.")
                               .arg(labelOf(m_mapping, target), value));
        return std::nullopt;
    }
    return basisPoints;
}

void CsvRowReader::addProblem(const QString &target, const QString &message)
{
    ++m_problems;
    m_summary->addProblem(m_row.line, target, message);
}

QDate CsvRowReader::parseDate(const QString &text)
{
    // The separator must be the same twice. Month and day may lack their
    // leading zero, as spreadsheets in Chinese locales write them.
    static const QRegularExpression pattern(
        QStringLiteral("^([0-9]{4})([-/])([0-9]{1,2})\\2([0-9]{1,2})$"));
    const QRegularExpressionMatch match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return {};
    return QDate(match.captured(1).toInt(), match.captured(3).toInt(),
                 match.captured(4).toInt());
}
