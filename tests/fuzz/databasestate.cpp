#include "databasestate.h"

#include "fuzzsupport.h"
#include "money.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace {

QSqlQuery run(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    FUZZ_CHECK(query.exec(sql), QStringLiteral("%1: %2").arg(sql, query.lastError().text()));
    return query;
}

qint64 scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query = run(db, sql);
    FUZZ_CHECK(query.next(), sql);
    return query.value(0).toLongLong();
}

// Sums the integer column of every row the query returns.
__int128 sum(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query = run(db, sql);
    __int128 total = 0;
    while (query.next())
        total += query.value(0).toLongLong();
    return total;
}

// Counts the rows of a query for amount and currency whose amount exceeds
// the currency's maximum.
qint64 countOverMaximum(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query = run(db, sql);
    qint64 count = 0;
    while (query.next()) {
        const qint64 amount = query.value(QStringLiteral("amount_minor")).toLongLong();
        const QString currency = query.value(QStringLiteral("currency")).toString();
        count += amount > Money::maxMinorUnits(currency) ? 1 : 0;
    }
    return count;
}

QString text(__int128 value)
{
    const bool negative = value < 0;
    unsigned __int128 magnitude = negative ? -(unsigned __int128)value : value;
    QString digits;
    do {
        digits.prepend(QChar(u'0' + int(magnitude % 10)));
        magnitude /= 10;
    } while (magnitude != 0);
    return negative ? QLatin1Char('-') + digits : digits;
}

} // namespace

DatabaseState DatabaseState::read(const QSqlDatabase &db)
{
    DatabaseState state;
    state.customers = scalar(db, QStringLiteral("SELECT COUNT(*) FROM customers"));
    state.bills = scalar(db, QStringLiteral("SELECT COUNT(*) FROM bills"));
    state.billLines = scalar(db, QStringLiteral("SELECT COUNT(*) FROM bill_lines"));
    state.charges = scalar(db, QStringLiteral("SELECT COUNT(*) FROM charges"));
    state.voidCharges =
        scalar(db, QStringLiteral("SELECT COUNT(*) FROM charges WHERE status = 'void'"));
    state.auditRecords = scalar(db, QStringLiteral("SELECT COUNT(*) FROM audit_log"));

    state.balances = sum(db, QStringLiteral("SELECT balance_minor FROM customers"));
    state.billTotals = sum(db, QStringLiteral("SELECT lines_total_minor FROM bills"));
    state.billChargeTotals = sum(db, QStringLiteral("SELECT charges_total_minor FROM bills"));
    state.postedCharges =
        sum(db, QStringLiteral("SELECT amount_minor FROM charges WHERE status = 'posted'"));

    state.wrongBillTotals = scalar(db, QStringLiteral(
        "SELECT COUNT(*) FROM bills b WHERE b.lines_total_minor <> "
        "(SELECT COALESCE(SUM(l.amount_minor), 0) FROM bill_lines l WHERE l.bill_id = b.id)"));
    state.wrongBillChargeTotals = scalar(db, QStringLiteral(
        "SELECT COUNT(*) FROM bills b WHERE b.charges_total_minor <> "
        "(SELECT COALESCE(SUM(c.amount_minor), 0) FROM charges c "
        "WHERE c.bill_id = b.id AND c.status = 'posted')"));
    state.wrongBalances = scalar(db, QStringLiteral(
        "SELECT COUNT(*) FROM customers k WHERE k.balance_minor <> "
        "(SELECT COALESCE(SUM(b.lines_total_minor), 0) FROM bills b "
        "WHERE b.customer_id = k.id) "
        "+ (SELECT COALESCE(SUM(c.amount_minor), 0) FROM charges c "
        "WHERE c.customer_id = k.id AND c.status = 'posted')"));

    state.amountsOverMaximum =
        countOverMaximum(db, QStringLiteral("SELECT l.amount_minor AS amount_minor, b.currency "
                                            "AS currency FROM bill_lines l "
                                            "JOIN bills b ON b.id = l.bill_id"))
        + countOverMaximum(db, QStringLiteral("SELECT amount_minor, currency FROM charges"));
    return state;
}

bool DatabaseState::operator==(const DatabaseState &other) const
{
    return customers == other.customers && bills == other.bills
           && billLines == other.billLines && charges == other.charges
           && voidCharges == other.voidCharges && auditRecords == other.auditRecords
           && balances == other.balances && billTotals == other.billTotals
           && billChargeTotals == other.billChargeTotals
           && postedCharges == other.postedCharges
           && wrongBillTotals == other.wrongBillTotals
           && wrongBillChargeTotals == other.wrongBillChargeTotals
           && wrongBalances == other.wrongBalances
           && amountsOverMaximum == other.amountsOverMaximum;
}

QString DatabaseState::toString() const
{
    return QStringList{
        QStringLiteral("customers=%1").arg(customers),
        QStringLiteral("bills=%1").arg(bills),
        QStringLiteral("billLines=%1").arg(billLines),
        QStringLiteral("charges=%1").arg(charges),
        QStringLiteral("voidCharges=%1").arg(voidCharges),
        QStringLiteral("auditRecords=%1").arg(auditRecords),
        QStringLiteral("balances=%1").arg(text(balances)),
        QStringLiteral("billTotals=%1").arg(text(billTotals)),
        QStringLiteral("billChargeTotals=%1").arg(text(billChargeTotals)),
        QStringLiteral("postedCharges=%1").arg(text(postedCharges)),
        QStringLiteral("wrongBillTotals=%1").arg(wrongBillTotals),
        QStringLiteral("wrongBillChargeTotals=%1").arg(wrongBillChargeTotals),
        QStringLiteral("wrongBalances=%1").arg(wrongBalances),
        QStringLiteral("amountsOverMaximum=%1").arg(amountsOverMaximum),
    }.join(QLatin1Char(' '));
}
