#pragma once

#include "integrityresult.h"

#include <QCoreApplication>
#include <QString>

// The sentences that sum up an integrity check for people, shared by the
// window and the command line.
class IntegritySummary
{
    Q_DECLARE_TR_FUNCTIONS(IntegritySummary)

public:
    // Returns the rows checked per table, e.g. "Checked 12 audit records,
    // 3 charges, …".
    static QString counts(const IntegrityResult &result);

    // Returns that nothing disagrees, or how many mismatches were found and
    // from which audit record on the chain cannot be trusted.
    static QString outcome(const IntegrityResult &result);

    // Returns the last audit record's id, "The audit log is empty." when
    // there is none. The hash is left to the caller, so that it can stand
    // on a line of its own.
    static QString lastRecord(const IntegrityResult &result);
};
