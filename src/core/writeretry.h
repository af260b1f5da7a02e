#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

#include <functional>

// Runs a whole write transaction again when PostgreSQL aborted it for a
// reason that a new attempt can overcome: a serialization failure (SQLSTATE
// 40001) or a deadlock that the server broke by failing one of the
// transactions (40P01). Other failures, rejections and successes return at
// once, and so does every attempt on SQLite, which reports neither.
//
// Only an outer transaction is repeated. Inside an enclosing transaction
// (a CSV import), PostgreSQL has aborted the enclosing one too, so the
// attempt runs once and its owner sees the failure.
class WriteRetry
{
public:
    static constexpr int MaxAttempts = 5;

    // Returns true for SQLSTATE 40001 and 40P01.
    static bool isTransient(const QSqlError &error);

    // Returns true when text carries the SQLSTATE of a transient failure.
    // QPSQL (Qt 6.4) appends the SQLSTATE in brackets, e.g. "(40P01)", to
    // QSqlError::databaseText(), and the services pass that text on in
    // their error messages.
    static bool isTransient(const QString &text);

    // Runs attempt up to MaxAttempts times while failureText(result) is
    // the text of a transient failure, and returns the last result.
    // failureText returns an empty string for a success or a rejection.
    // what names the write in the log.
    template<typename Result>
    static Result run(const QSqlDatabase &db, const char *what,
                      const std::function<Result()> &attempt,
                      const std::function<QString(const Result &)> &failureText)
    {
        const bool repeatable = canRepeat(db);
        for (int number = 1;; ++number) {
            Result result = attempt();
            if (!repeatable || !shouldRepeat(what, number, failureText(result)))
                return result;
        }
    }

private:
    // True on PostgreSQL outside any Transaction of the connection.
    static bool canRepeat(const QSqlDatabase &db);

    // Logs and waits before attempt number + 1 when failure is transient
    // and attempts remain; false when the caller should return.
    static bool shouldRepeat(const char *what, int number, const QString &failure);
};
