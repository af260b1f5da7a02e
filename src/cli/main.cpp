#include "commanddispatcher.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);

    // QStandardPaths builds the default database folder from these names.
    // The window program sets the same ones, so both use one file.
    QCoreApplication::setOrganizationName(QStringLiteral("ChargeDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("ChargeDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CHARGEDESK_VERSION));

    QTextStream out(stdout);
    QTextStream err(stderr);
    CommandDispatcher dispatcher(out, err);
    return dispatcher.run(QCoreApplication::arguments());
}
