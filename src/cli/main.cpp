#include "commanddispatcher.h"

#include <QGuiApplication>
#include <QTextStream>

#include <cstdio>

namespace {

QtMessageHandler g_previousHandler = nullptr;

// Drops the warning that Qt's platform start-up prints when XDG_RUNTIME_DIR
// is unset, as it is without a login session (cron jobs, containers). The
// program uses no runtime directory, and standard error is for its own
// messages.
void dropRuntimeDirectoryWarning(QtMsgType type, const QMessageLogContext &context,
                                 const QString &message)
{
    if (type == QtWarningMsg
        && message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR not set"))) {
        return;
    }
    if (g_previousHandler)
        g_previousHandler(type, context, message);
    else
        std::fprintf(stderr, "%s\n", qPrintable(qFormatLogMessage(type, context, message)));
}

} // namespace

int main(int argc, char *argv[])
{
    // The report command lays out text with fonts, which needs a
    // QGuiApplication. The offscreen platform lets the program run without
    // a display, in a terminal, over SSH or in a cron job; setting
    // QT_QPA_PLATFORM chooses another.
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    g_previousHandler = qInstallMessageHandler(dropRuntimeDirectoryWarning);
    QGuiApplication app(argc, argv);
    qInstallMessageHandler(g_previousHandler);

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
