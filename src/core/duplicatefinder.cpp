#include "duplicatefinder.h"

#include "chargerepository.h"
#include "dateformat.h"
#include "logging.h"
#include "lookuprepository.h"
#include "sqlstatement.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace {

// At most this many possible duplicates are listed; more add nothing a
// reviewer can act on.
constexpr int MaxFindings = 20;

bool collect(const QSqlDatabase &db, const QString &where, const QVariantMap &values,
             QList<ChargeRecord> *charges, QString *error)
{
    SqlStatement query(db, ChargeRepository::selectClause() + where
                               + QStringLiteral(" ORDER BY charges.id LIMIT %1").arg(MaxFindings));
    if (query.isPrepared()) {
        for (auto it = values.cbegin(); it != values.cend(); ++it)
            query->bindValue(it.key(), it.value());
        if (query->exec()) {
            while (query->next())
                charges->append(ChargeRepository::chargeFromQuery(*query));
            return true;
        }
    }
    *error = query->lastError().text();
    qCWarning(lcService) << "Duplicate check failed:" << query->lastError().text();
    return false;
}

} // namespace

DuplicateFinder::DuplicateFinder(QSqlDatabase db, int windowDays)
    : m_db(std::move(db))
    , m_windowDays(windowDays)
{
}

bool DuplicateFinder::find(const Candidate &candidate, ChargeReview *review, QString *error) const
{
    // A charge that waits for approval counts too, so that a second entry
    // of it is caught before either is approved.
    const QString posted
        = QStringLiteral("WHERE status IN ('posted', 'pending') AND request_key <> :key ");

    // Exact duplicates.
    QList<ChargeRecord> exact;
    QVariantMap values = {
        {QStringLiteral(":key"), candidate.requestKey},
        {QStringLiteral(":customer"), candidate.customerId},
        {QStringLiteral(":fee_type"), candidate.feeTypeCode},
        {QStringLiteral(":amount"), candidate.amountMinor},
        {QStringLiteral(":due"), candidate.dueDate.toString(Qt::ISODate)},
    };
    QString exactWhere = posted
        + QStringLiteral("AND charges.customer_id = :customer AND fee_type_code = :fee_type "
                         "AND amount_minor = :amount AND charges.due_date = :due ");
    if (candidate.billId == 0) {
        exactWhere += QStringLiteral("AND charges.bill_id IS NULL");
    } else {
        exactWhere += QStringLiteral("AND charges.bill_id = :bill");
        values.insert(QStringLiteral(":bill"), candidate.billId);
    }
    if (!collect(m_db, exactWhere, values, &exact, error))
        return false;

    // Possible duplicates: same customer and amount near the due date, or
    // same bill and fee type.
    QList<ChargeRecord> possible;
    const QVariantMap nearValues = {
        {QStringLiteral(":key"), candidate.requestKey},
        {QStringLiteral(":customer"), candidate.customerId},
        {QStringLiteral(":amount"), candidate.amountMinor},
        {QStringLiteral(":from"), candidate.dueDate.addDays(-m_windowDays).toString(Qt::ISODate)},
        {QStringLiteral(":to"), candidate.dueDate.addDays(m_windowDays).toString(Qt::ISODate)},
    };
    if (!collect(m_db,
                 posted
                     + QStringLiteral("AND charges.customer_id = :customer "
                                      "AND amount_minor = :amount "
                                      "AND charges.due_date BETWEEN :from AND :to"),
                 nearValues, &possible, error)) {
        return false;
    }

    const int nearCount = possible.size();
    if (candidate.billId != 0) {
        const QVariantMap billValues = {
            {QStringLiteral(":key"), candidate.requestKey},
            {QStringLiteral(":bill"), candidate.billId},
            {QStringLiteral(":fee_type"), candidate.feeTypeCode},
        };
        if (!collect(m_db,
                     posted + QStringLiteral("AND charges.bill_id = :bill "
                                             "AND fee_type_code = :fee_type"),
                     billValues, &possible, error)) {
            return false;
        }
    }

    // Report each charge once, under the strongest reason that matched.
    QSet<qint64> seen;
    for (const ChargeRecord &charge : std::as_const(exact)) {
        seen.insert(charge.id);
        review->exactDuplicates << DuplicateFinding{DuplicateFinding::Kind::Exact, charge,
                                                    describe(DuplicateFinding::Kind::Exact, charge)};
    }
    for (int i = 0; i < possible.size(); ++i) {
        const ChargeRecord &charge = possible.at(i);
        if (seen.contains(charge.id))
            continue;
        seen.insert(charge.id);
        const auto kind = i < nearCount ? DuplicateFinding::Kind::SameAmountNearDate
                                        : DuplicateFinding::Kind::SameBillAndFeeType;
        review->possibleDuplicates << DuplicateFinding{kind, charge, describe(kind, charge)};
    }
    return true;
}

QString DuplicateFinder::describe(DuplicateFinding::Kind kind, const ChargeRecord &charge) const
{
    const QString feeType = LookupRepository(m_db).label(LookupRepository::Table::FeeTypes,
                                                         charge.feeTypeCode, currentUiLanguage());
    const QString due = formatDate(charge.dueDate);
    const QString bill = charge.billNo.isEmpty() ? tr("on the account, without a bill")
                                                 : tr("on bill %1").arg(charge.billNo);
    const QString existing
        = (charge.isPending() ? tr("Charge %1: %2 %3 %4, due %5, entered by %6 and waiting "
                                   "for approval.")
                              : tr("Charge %1: %2 %3 %4, due %5, entered by %6."))
              .arg(charge.id)
              .arg(feeType, charge.amount.format(), bill, due, charge.createdBy);

    switch (kind) {
    case DuplicateFinding::Kind::Exact:
        return tr("An identical charge already exists. %1").arg(existing);
    case DuplicateFinding::Kind::SameAmountNearDate:
        return tr("Possible duplicate: the same amount for the same customer, due no more "
                  "than %1 days apart. %2")
            .arg(m_windowDays)
            .arg(existing);
    case DuplicateFinding::Kind::SameBillAndFeeType:
        return tr("Possible duplicate: the same fee type on the same bill. %1").arg(existing);
    }
    return existing;
}
