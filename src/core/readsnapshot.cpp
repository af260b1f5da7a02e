#include "readsnapshot.h"

#include <QSqlQuery>

bool ReadSnapshot::begin(QSqlDatabase &db, QSqlError *error)
{
    if (!db.transaction()) {
        *error = db.lastError();
        return false;
    }
    if (db.driverName() != QLatin1String("QPSQL"))
        return true;

    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY"))) {
        *error = query.lastError();
        db.rollback();
        return false;
    }
    return true;
}
