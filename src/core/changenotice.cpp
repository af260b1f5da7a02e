#include "changenotice.h"

#include "logging.h"
#include "sqlstatement.h"

#include <QSqlError>

QString ChangeNotice::channel()
{
    return QStringLiteral("chargedesk_changes");
}

bool ChangeNotice::send(const QSqlDatabase &db, qint64 customerId, QString *error)
{
    if (db.driverName() != QLatin1String("QPSQL"))
        return true;

    // pg_notify() takes the channel and the payload as values, so both are
    // bound instead of written into a NOTIFY statement. The statement comes
    // from the import's cache, if one is active.
    SqlStatement statement(db, QStringLiteral("SELECT pg_notify(:channel, :payload)"));
    QSqlQuery &query = *statement;
    if (!statement.isPrepared()) {
        *error = query.lastError().text();
        return false;
    }
    query.bindValue(QStringLiteral(":channel"), channel());
    query.bindValue(QStringLiteral(":payload"), QString::number(customerId));
    if (!query.exec()) {
        *error = query.lastError().text();
        return false;
    }
    qCDebug(lcChanges) << "Queued the change notice of customer" << customerId;
    return true;
}
