#include "databasesession.h"

#include "database.h"

namespace {

const QString ConnectionName = QStringLiteral("chargedesk-cli");

} // namespace

DatabaseSession::DatabaseSession(const QString &path)
{
    m_open = Database::open(path, ConnectionName, &m_errorMessage);
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
