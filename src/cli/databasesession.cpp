#include "databasesession.h"

#include "database.h"
#include "uilanguage.h"
#include "upgradebackup.h"
#include "usercontext.h"

#include <cstdio>

namespace {

const QString ConnectionName = QStringLiteral("chargedesk-cli");

} // namespace

DatabaseSession::DatabaseSession(const QString &path)
{
    m_open = Database::open(path, ConnectionName, &m_errorMessage);

    // Once users are set up, an account that is not one of them, or is
    // deactivated, may not use the database at all.
    const QString refusal
        = m_open ? UserContext::accessRefusalFor(database(), currentActor(database())) : QString();
    if (!refusal.isEmpty()) {
        Database::close(ConnectionName);
        m_open = false;
        m_errorMessage = refusal;
    }

    // Where the copy made before a schema upgrade is goes to standard error
    // with the other messages, before the command's own output.
    const QString notice = UpgradeBackup::takeNoticeFor(ConnectionName);
    if (!notice.isEmpty()) {
        std::fprintf(stderr, "%s\n", notice.toLocal8Bit().constData());
        std::fflush(stderr);
    }
}

DatabaseSession::~DatabaseSession()
{
    if (m_open)
        Database::close(ConnectionName);
}

QSqlDatabase DatabaseSession::database() const
{
    return QSqlDatabase::database(ConnectionName, false);
}
