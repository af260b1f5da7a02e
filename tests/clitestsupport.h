#pragma once

#include <QByteArray>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

// Helpers shared by the tests that run chargedesk-cli as a separate
// process. CHARGEDESK_CLI_PATH is defined by tests/CMakeLists.txt.

// The outcome of one chargedesk-cli run.
struct CliResult
{
    bool finished = false; // exited normally, without a crash or a time-out
    int exitCode = -1;
    QByteArray outBytes; // standard output as written
    QString out;         // standard output decoded as UTF-8
    QString err;         // standard error decoded as UTF-8
};

// Runs chargedesk-cli with arguments in the C.UTF-8 locale, without the
// QT_LOGGING_RULES and QT_MESSAGE_PATTERN of the test's environment, so
// that messages and logs look the same on every machine. Each variable in
// environment is set for the run, or removed when its value is empty.
inline CliResult runCli(const QStringList &arguments,
                        const QProcessEnvironment &environment = QProcessEnvironment())
{
    QProcess process;
    QProcessEnvironment variables = QProcessEnvironment::systemEnvironment();
    variables.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    variables.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    variables.remove(QStringLiteral("QT_LOGGING_RULES"));
    variables.remove(QStringLiteral("QT_MESSAGE_PATTERN"));
    const QStringList keys = environment.keys();
    for (const QString &key : keys) {
        if (environment.value(key).isEmpty())
            variables.remove(key);
        else
            variables.insert(key, environment.value(key));
    }
    process.setProcessEnvironment(variables);

    process.start(QStringLiteral(CHARGEDESK_CLI_PATH), arguments);
    CliResult result;
    // A guard against a hung program, not a timing check.
    result.finished = process.waitForFinished(120000)
                      && process.exitStatus() == QProcess::NormalExit;
    result.exitCode = process.exitCode();
    result.outBytes = process.readAllStandardOutput();
    result.out = QString::fromUtf8(result.outBytes);
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}
