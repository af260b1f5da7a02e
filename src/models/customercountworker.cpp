#include "customercountworker.h"

#include "customerlistquery.h"
#include "logging.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QUuid>

CustomerCountWorker::CustomerCountWorker(const QString &sourceConnection)
    : m_sourceConnection(sourceConnection)
{
}

CustomerCountWorker::~CustomerCountWorker()
{
    if (m_connection.isEmpty())
        return;

    // The connection belongs to this thread, so it closes here.
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

void CustomerCountWorker::count(int generation, const QString &searchText)
{
    QString error;
    if (!open(&error)) {
        emit counted(generation, -1, error);
        return;
    }

    CustomerListQuery query(QSqlDatabase::database(m_connection, false));
    query.setSearchText(searchText);
    QSqlError sqlError;
    const int matches = query.count(&sqlError);
    if (matches < 0) {
        // A lost server connection still reports itself open, so the next
        // count opens it anew.
        qCWarning(lcUi) << "Counting customers in the background failed:" << sqlError.text();
        QSqlDatabase::database(m_connection, false).close();
        emit counted(generation, -1, sqlError.text());
        return;
    }
    emit counted(generation, matches, QString());
}

bool CustomerCountWorker::open(QString *error)
{
    if (!m_connection.isEmpty() && QSqlDatabase::database(m_connection, false).isOpen())
        return true;

    // The overload by name may clone from another thread than the source's.
    if (m_connection.isEmpty()) {
        m_connection = QStringLiteral("customer-count-")
                       + QUuid::createUuid().toString(QUuid::WithoutBraces);
        QSqlDatabase::cloneDatabase(m_sourceConnection, m_connection);
    }
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!db.isValid() || !db.open()) {
        *error = db.lastError().text();
        qCWarning(lcUi) << "Could not open a connection for counting customers:" << *error;
        return false;
    }
    return true;
}
