#include "writeretry.h"

#include "logging.h"
#include "transaction.h"

#include <QRandomGenerator>
#include <QThread>

namespace {

const QString SerializationFailure = QStringLiteral("40001");
const QString DeadlockDetected = QStringLiteral("40P01");

// The first wait before a new attempt, in milliseconds. It doubles with
// each attempt and gets a random part, so that the sessions that collided
// do not collide again.
constexpr int FirstBackoffMs = 10;

} // namespace

bool WriteRetry::isTransient(const QSqlError &error)
{
    const QString code = error.nativeErrorCode();
    return code == SerializationFailure || code == DeadlockDetected;
}

bool WriteRetry::isTransient(const QString &text)
{
    return text.contains(QLatin1Char('(') + SerializationFailure + QLatin1Char(')'))
           || text.contains(QLatin1Char('(') + DeadlockDetected + QLatin1Char(')'));
}

bool WriteRetry::canRepeat(const QSqlDatabase &db)
{
    return db.driverName() == QLatin1String("QPSQL")
           && Transaction::depth(db.connectionName()) == 0;
}

bool WriteRetry::shouldRepeat(const char *what, int number, const QString &failure)
{
    if (failure.isEmpty() || !isTransient(failure))
        return false;
    if (number >= MaxAttempts) {
        qCWarning(lcDatabase) << what << "failed" << number << "times with a serialization "
                              << "failure or deadlock; giving up:" << failure;
        return false;
    }

    const int backoff = FirstBackoffMs << (number - 1);
    const int wait = backoff + int(QRandomGenerator::global()->bounded(backoff));
    qCInfo(lcDatabase) << what << "attempt" << number << "was aborted by the database; trying"
                       << "again in" << wait << "ms:" << failure;
    QThread::msleep(wait);
    return true;
}
