#pragma once

#include "clicontext.h"
#include "records.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <optional>

// Finds the customer, bill or charge a command-line argument names. When
// there is none, or the query fails, it writes the reason to standard
// error and failure() returns the exit status to end with.
class RecordLookup
{
    Q_DECLARE_TR_FUNCTIONS(RecordLookup)

public:
    RecordLookup(QSqlDatabase db, CliContext &context)
        : m_db(std::move(db)), m_context(context)
    {}

    std::optional<CustomerRecord> customer(const QString &code);
    std::optional<BillRecord> bill(const QString &billNo);
    std::optional<ChargeRecord> charge(qint64 id);

    // NotFound or DatabaseError after a lookup returned std::nullopt.
    ExitCode failure() const { return m_failure; }

private:
    void fail(ExitCode code, const QString &message);

    QSqlDatabase m_db;
    CliContext &m_context;
    ExitCode m_failure = ExitCode::Success;
};
