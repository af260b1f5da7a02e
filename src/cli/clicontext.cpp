#include "clicontext.h"

#include "logging.h"

ExitCode CliContext::fail(ExitCode code, const QString &message)
{
    // Flushing stdout first keeps a result and the refusal after it in order
    // when both streams go to one terminal.
    m_out.flush();
    m_err << message << '\n';
    m_err.flush();
    qCInfo(lcCli) << "Command refused with exit status" << int(code);
    return code;
}
