#pragma once

// Shared by the libFuzzer targets: Qt start-up and the check of an invariant.

#include <QByteArray>
#include <QCoreApplication>
#include <QLoggingCategory>
#include <QString>

#include <cstdio>
#include <cstdlib>

namespace FuzzSupport {

// Creates the QCoreApplication that the SQL driver plugins and translations
// need, once per process, from the arguments libFuzzer passes to
// LLVMFuzzerInitialize(); they outlive the application. Switches off the
// info messages of the chargedesk.* categories, because a message per input
// slows fuzzing down; warnings stay on.
inline void startQt(int *argc, char ***argv)
{
    if (QCoreApplication::instance())
        return;
    static QCoreApplication *application = new QCoreApplication(*argc, *argv);
    Q_UNUSED(application);
    QLoggingCategory::setFilterRules(QStringLiteral("chargedesk.*.info=false"));
}

// Prints which invariant failed, with details about the input, and aborts,
// so that libFuzzer reports a crash and saves the input.
[[noreturn]] inline void fail(const char *file, int line, const char *condition,
                              const QString &details)
{
    std::fprintf(stderr, "\n%s:%d: invariant failed: %s\n%s\n", file, line, condition,
                 details.toUtf8().constData());
    std::fflush(stderr);
    std::abort();
}

// Returns text with every character outside printable ASCII written as
// \uXXXX, so that a failure message shows invisible and look-alike
// characters.
inline QString escaped(const QString &text)
{
    QString result;
    for (const QChar c : text) {
        if (c.unicode() >= 0x20 && c.unicode() < 0x7F)
            result += c;
        else
            result += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
    }
    return result;
}

} // namespace FuzzSupport

// Aborts with details (a QString) when condition is false.
#define FUZZ_CHECK(condition, details)                                            \
    do {                                                                          \
        if (!(condition))                                                         \
            FuzzSupport::fail(__FILE__, __LINE__, #condition, (details));         \
    } while (false)
