#pragma once

#include "exitcode.h"

#include <QString>
#include <QTextStream>

// The output streams and global options that the dispatcher passes to every
// command. Standard output carries only a command's result, and messages
// about rejected requests go to standard error.
class CliContext
{
public:
    CliContext(QTextStream &out, QTextStream &err, QString databasePath)
        : m_out(out), m_err(err), m_databasePath(std::move(databasePath))
    {}

    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }
    QString databasePath() const { return m_databasePath; }

    // Writes message to standard error and returns code, so that a command
    // can end with `return context.fail(...)`.
    ExitCode fail(ExitCode code, const QString &message);

private:
    QTextStream &m_out;
    QTextStream &m_err;
    QString m_databasePath;
};
