#include "integritysummary.h"

#include <QLocale>

QString IntegritySummary::counts(const IntegrityResult &result)
{
    const QLocale locale;
    return tr("Checked %1 audit records, %2 charges, %3 payments, %4 bills, %5 customers and "
              "%6 installments.")
        .arg(locale.toString(result.auditRecords), locale.toString(result.charges),
             locale.toString(result.payments), locale.toString(result.bills),
             locale.toString(result.customers), locale.toString(result.installments));
}

QString IntegritySummary::outcome(const IntegrityResult &result)
{
    if (result.isClean()) {
        return tr("No mismatches: the audit chain is unbroken, every charge and payment "
                  "matches its audit records, and every stored total matches its rows.");
    }

    const int count = int(result.mismatches.size());
    if (result.firstBrokenAuditId == 0)
        return tr("%n mismatch(es) found.", nullptr, count);
    return tr("%n mismatch(es) found. The audit chain cannot be trusted from audit record %1 "
              "on.",
              nullptr, count)
        .arg(result.firstBrokenAuditId);
}

QString IntegritySummary::lastRecord(const IntegrityResult &result)
{
    if (result.chainLastId == 0)
        return tr("The audit log is empty.");
    return tr("Last audit record: %1, with the hash").arg(result.chainLastId);
}
