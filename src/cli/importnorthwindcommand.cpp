#include "importnorthwindcommand.h"

#include "databasesession.h"
#include "logging.h"
#include "northwindimporter.h"

#include <QFileInfo>

QString ImportNorthwindCommand::summary() const
{
    return tr("Import the Northwind sample customers, bills and bill lines.");
}

QString ImportNorthwindCommand::details() const
{
    return tr("DIR holds customers.csv, orders.csv, order-details.csv, products.csv and "
              "shippers.csv. "
              "Each order becomes a bill issued on the order date and due on the required "
              "date; the customers' currency is USD. Customers and bills that exist already "
              "are skipped, so importing twice adds nothing. Prints how many rows were added "
              "and skipped. When a file is missing or malformed, nothing is written.");
}

void ImportNorthwindCommand::declareArguments(ArgumentParser &parser) const
{
    parser.addPositional({QStringLiteral("DIR"),
                          tr("Folder of the Northwind CSV files, or “builtin” for the copy "
                             "built into the program.")});
}

ExitCode ImportNorthwindCommand::run(const ArgumentParser &arguments, CliContext &context)
{
    QString directory = arguments.positionalArguments().constFirst();
    if (directory == QLatin1String("builtin"))
        directory = NorthwindImporter::builtInDirectory();

    if (!QFileInfo(directory).isDir()) {
        return context.fail(ExitCode::NotFound,
                            tr("Folder “%1” not found. Give the folder that holds the "
                               "Northwind CSV files, or “builtin”.")
                                .arg(directory));
    }

    DatabaseSession session(context.databasePath());
    if (!session.isOpen())
        return context.fail(ExitCode::DatabaseError, session.errorMessage());

    qCInfo(lcCli) << "Importing Northwind data from" << directory;
    NorthwindImporter importer(session.database());
    const NorthwindImporter::Result result = importer.import(directory);
    // NOTE: Result does not tell a malformed file from a failed write, so a
    // database failure during the import also exits with Rejected.
    if (!result.ok) {
        return context.fail(ExitCode::Rejected,
                            tr("Import failed; nothing was written. %1").arg(result.errorMessage));
    }

    QTextStream &out = context.out();
    out << tr("Customers added: %1").arg(result.customersAdded) << '\n';
    out << tr("Bills added: %1").arg(result.billsAdded) << '\n';
    out << tr("Bill lines added: %1").arg(result.billLinesAdded) << '\n';
    out << tr("Customers skipped (already present): %1").arg(result.customersSkipped) << '\n';
    out << tr("Bills skipped (already present): %1").arg(result.billsSkipped) << '\n';
    return ExitCode::Success;
}
