#include "csvexporter.h"

#include "csvexportquery.h"
#include "logging.h"

#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>

CsvExporter::Result CsvExporter::exportToFile(Table table, const QString &path,
                                              const Filter &filter)
{
    qCInfo(lcExport) << "Exporting" << tableName(table) << "to" << path;

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        Result result;
        result.status = Result::Status::OutputFailed;
        result.errorMessage = tr("Could not create “%1”: %2. Check that the folder exists and "
                                 "that you may write to it.")
                                  .arg(path, file.errorString());
        qCWarning(lcExport) << "Export to" << path << "failed:" << file.errorString();
        return result;
    }

    QTextStream out(&file);
    out.setEncoding(QStringConverter::Utf8);
    Result result = write(table, out, filter, CsvWriter::ByteOrderMark::Write);

    // QSaveFile's destructor discards the temporary file unless commit()
    // ran, so a failed or canceled export leaves no file behind.
    if (!result.ok())
        return result;

    out.flush();
    if (out.status() != QTextStream::Ok || !file.commit()) {
        result.status = Result::Status::OutputFailed;
        result.errorMessage = tr("Could not write “%1”: %2. Check the free disk space and "
                                 "try again.")
                                  .arg(path, file.errorString());
        qCWarning(lcExport) << "Export to" << path << "failed:" << file.errorString();
        return result;
    }
    qCInfo(lcExport) << "Exported" << result.rows << tableName(table) << "rows to" << path;
    return result;
}

CsvExporter::Result CsvExporter::exportToStream(Table table, QTextStream &out,
                                                const Filter &filter,
                                                CsvWriter::ByteOrderMark byteOrderMark)
{
    qCInfo(lcExport) << "Exporting" << tableName(table) << "to a stream";
    Result result = write(table, out, filter, byteOrderMark);
    if (!result.ok())
        return result;

    out.flush();
    if (out.status() != QTextStream::Ok) {
        result.status = Result::Status::OutputFailed;
        result.errorMessage = tr("Could not write the CSV output.");
        qCWarning(lcExport) << "Export to a stream failed with status" << out.status();
        return result;
    }
    qCInfo(lcExport) << "Exported" << result.rows << tableName(table) << "rows";
    return result;
}

CsvExporter::Result CsvExporter::write(Table table, QTextStream &out, const Filter &filter,
                                       CsvWriter::ByteOrderMark byteOrderMark)
{
    Result result;
    const CsvExportQuery exportQuery(table, filter);
    const auto fail = [&](const QString &error) {
        result.status = Result::Status::DatabaseFailed;
        result.errorMessage = readErrorMessage(table, error);
        qCWarning(lcExport) << "Export of" << tableName(table) << "failed:" << error;
        return result;
    };

    // Counting first gives the progress callback its total.
    QSqlQuery count(m_db);
    count.setForwardOnly(true);
    if (!count.prepare(exportQuery.countStatement()))
        return fail(count.lastError().text());
    exportQuery.bindValues(count);
    if (!count.exec() || !count.next())
        return fail(count.lastError().text());
    const qsizetype total = count.value(QStringLiteral("row_count")).toLongLong();
    count.finish();

    QSqlQuery rows(m_db);
    rows.setForwardOnly(true);
    if (!rows.prepare(exportQuery.selectStatement()))
        return fail(rows.lastError().text());
    exportQuery.bindValues(rows);
    if (!rows.exec())
        return fail(rows.lastError().text());

    const QList<CsvColumn> columns = CsvExportQuery::columns(table);
    QStringList names;
    QList<CsvWriter::FieldKind> kinds;
    for (const CsvColumn &column : columns) {
        names << column.name;
        kinds << column.kind;
    }

    CsvWriter writer(out, byteOrderMark);
    writer.writeRow(names);
    if (!continueExport(0, total)) {
        result.status = Result::Status::Canceled;
        qCInfo(lcExport) << "Export of" << tableName(table) << "canceled before the first row";
        return result;
    }

    while (rows.next()) {
        writer.writeRow(exportQuery.fields(rows), kinds);
        ++result.rows;
        if (result.rows % ProgressInterval == 0
            && !continueExport(result.rows, qMax(total, result.rows))) {
            result.status = Result::Status::Canceled;
            qCInfo(lcExport) << "Export of" << tableName(table) << "canceled after"
                             << result.rows << "rows";
            return result;
        }
    }
    // next() returns false both at the end and on an error.
    if (rows.lastError().isValid())
        return fail(rows.lastError().text());

    if (!continueExport(result.rows, qMax(total, result.rows))) {
        result.status = Result::Status::Canceled;
        qCInfo(lcExport) << "Export of" << tableName(table) << "canceled after the last row";
        return result;
    }
    result.status = Result::Status::Written;
    return result;
}

QString CsvExporter::readErrorMessage(Table table, const QString &error)
{
    switch (table) {
    case Table::Customers:
        return tr("Could not read the customers from the database: %1").arg(error);
    case Table::Bills:
        return tr("Could not read the bills from the database: %1").arg(error);
    case Table::Charges:
        return tr("Could not read the charges from the database: %1").arg(error);
    }
    return error;
}

bool CsvExporter::continueExport(qsizetype done, qsizetype total) const
{
    return !m_progress || m_progress(done, total);
}

QList<CsvColumn> CsvExporter::columns(Table table)
{
    return CsvExportQuery::columns(table);
}

QString CsvExporter::tableName(Table table)
{
    switch (table) {
    case Table::Customers:
        return QStringLiteral("customers");
    case Table::Bills:
        return QStringLiteral("bills");
    case Table::Charges:
        return QStringLiteral("charges");
    }
    return {};
}

std::optional<CsvExporter::Table> CsvExporter::tableFromName(const QString &name)
{
    for (const Table table : {Table::Customers, Table::Bills, Table::Charges}) {
        if (tableName(table) == name)
            return table;
    }
    return std::nullopt;
}
