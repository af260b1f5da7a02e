#include "spendingtally.h"

#include "spendingquery.h"

#include <algorithm>

namespace {

// Largest amount first; the lookup table's order, then the code, break ties.
bool sliceBefore(const SpendingSlice &a, const SpendingSlice &b)
{
    if (a.amount.minorUnits() != b.amount.minorUnits())
        return a.amount.minorUnits() > b.amount.minorUnits();
    if (a.sortOrder != b.sortOrder)
        return a.sortOrder < b.sortOrder;
    return a.code < b.code;
}

bool customerBefore(const SpendingCustomer &a, const SpendingCustomer &b)
{
    if (a.amount.minorUnits() != b.amount.minorUnits())
        return a.amount.minorUnits() > b.amount.minorUnits();
    return a.code < b.code;
}

} // namespace

SpendingTally::SpendingTally(SpendingData *data)
    : m_data(data)
    , m_currency(data->filter.currency)
    , m_billingErrors(0, data->filter.currency)
{
    const SpendingFilter &filter = m_data->filter;
    m_data->months.clear();
    for (int offset = 0; offset < filter.monthCount(); ++offset) {
        SpendingMonth month;
        month.month = filter.fromMonth.addMonths(offset);
        month.charges = Money(0, m_currency);
        month.payments = Money(0, m_currency);
        m_data->months.append(month);
    }
    m_data->feeTypes.clear();
    m_data->reasons.clear();
    m_data->topCustomers.clear();
    m_data->chargesTotal = Money(0, m_currency);
    m_data->paymentsTotal = Money(0, m_currency);
    m_data->chargeCount = 0;
    m_data->paymentCount = 0;
    m_data->billingErrorCount = 0;
    m_data->billingErrorShare = SpendingShare();
}

bool SpendingTally::addCharge(const Charge &charge, QString *error)
{
    const qsizetype index = monthIndex(charge.entryDay);
    if (index < 0)
        return true;

    SpendingMonth &month = m_data->months[index];
    SpendingSlice *feeType = slice(&m_data->feeTypes, &m_feeTypeIndex, charge.feeTypeCode,
                                   charge.feeTypeLabel, charge.feeTypeSortOrder);
    SpendingSlice *reason = slice(&m_data->reasons, &m_reasonIndex, charge.reasonCode,
                                  charge.reasonLabel, charge.reasonSortOrder);
    SpendingCustomer &customer = m_customers[charge.customerId];
    if (customer.id == 0) {
        customer.id = charge.customerId;
        customer.code = charge.customerCode;
        customer.companyName = charge.companyName;
        customer.amount = Money(0, m_currency);
    }

    // The grand total is the largest sum, so it overflows first.
    if (!add(&m_data->chargesTotal, charge.amountMinor, error)
        || !add(&month.charges, charge.amountMinor, error)
        || !add(&feeType->amount, charge.amountMinor, error)
        || !add(&reason->amount, charge.amountMinor, error)
        || !add(&customer.amount, charge.amountMinor, error)) {
        return false;
    }
    if (charge.reasonCode == SpendingQuery::BillingErrorReason) {
        if (!add(&m_billingErrors, charge.amountMinor, error))
            return false;
        ++m_data->billingErrorCount;
    }
    ++m_data->chargeCount;
    ++month.chargeCount;
    ++feeType->chargeCount;
    ++reason->chargeCount;
    ++customer.chargeCount;
    return true;
}

bool SpendingTally::addPayments(const QDate &day, qint64 amountMinor, int count,
                                QString *error)
{
    const qsizetype index = monthIndex(day);
    if (index < 0)
        return true;

    SpendingMonth &month = m_data->months[index];
    if (!add(&m_data->paymentsTotal, amountMinor, error)
        || !add(&month.payments, amountMinor, error)) {
        return false;
    }
    month.paymentCount += count;
    m_data->paymentCount += count;
    return true;
}

void SpendingTally::finish()
{
    std::sort(m_data->feeTypes.begin(), m_data->feeTypes.end(), sliceBefore);
    std::sort(m_data->reasons.begin(), m_data->reasons.end(), sliceBefore);

    if (m_data->filter.customerId == 0) {
        QList<SpendingCustomer> customers = m_customers.values();
        std::sort(customers.begin(), customers.end(), customerBefore);
        m_data->topCustomers = customers.mid(0, m_data->filter.topCount);
    }

    m_data->billingErrorShare = SpendingShare(m_billingErrors.minorUnits(),
                                              m_data->chargesTotal.minorUnits());
}

qsizetype SpendingTally::monthIndex(const QDate &day) const
{
    const QDate from = m_data->filter.fromMonth;
    if (!day.isValid() || !from.isValid())
        return -1;
    const qsizetype index = (day.year() - from.year()) * 12 + day.month() - from.month();
    return index >= 0 && index < m_data->months.size() ? index : -1;
}

bool SpendingTally::add(Money *total, qint64 amountMinor, QString *error) const
{
    const std::optional<Money> sum = total->plus(Money(amountMinor, m_currency));
    if (!sum) {
        *error = tr("The %1 amounts of this period add up to more than the program can "
                    "store. Choose a shorter period.")
                     .arg(m_currency);
        return false;
    }
    *total = *sum;
    return true;
}

SpendingSlice *SpendingTally::slice(QList<SpendingSlice> *slices,
                                    QHash<QString, qsizetype> *index, const QString &code,
                                    const QString &label, int sortOrder)
{
    auto found = index->constFind(code);
    if (found != index->constEnd())
        return &(*slices)[*found];

    SpendingSlice added;
    added.code = code;
    added.label = label;
    added.sortOrder = sortOrder;
    added.amount = Money(0, m_currency);
    index->insert(code, slices->size());
    slices->append(added);
    return &slices->last();
}
