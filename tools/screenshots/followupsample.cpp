#include "followupsample.h"

#include "calendarclock.h"
#include "contactlog.h"
#include "csvimporter.h"
#include "csvwriter.h"
#include "letterrecorder.h"
#include "openitemquery.h"
#include "reminderletterquery.h"
#include "uilanguage.h"

#include <QFile>
#include <QTextStream>

#include <algorithm>

namespace {

// One charge of the sample: its customer, fee type, amount, reason and
// due date in days from the tour's day.
struct SampleCharge
{
    const SampleCustomer *customer;
    const char *feeTypeCode;
    const char *amount;
    const char *reasonCode;
    int dueInDays;
};

} // namespace

FollowUpSample::FollowUpSample(QSqlDatabase db, const FollowUpEntries &entries,
                               const QString &userName, const QString &mainCustomerCode,
                               QDate today)
    : m_db(db)
    , m_entries(entries)
    , m_userName(userName)
    , m_mainCustomerCode(mainCustomerCode)
    , m_today(today)
    , m_ledger(std::move(db), userName)
{
}

bool FollowUpSample::write()
{
    if (!m_folder.isValid())
        return fail(QStringLiteral("Could not create a temporary folder."));

    return settleNorthwindBills() && importCustomers() && addReceivables()
           && addPaymentHistory() && addContacts() && recordEarlierLetter();
}

bool FollowUpSample::settleNorthwindBills()
{
    QList<OpenItem> items;
    QString error;
    if (OpenItemQuery(m_db, currentUiLanguage()).run({}, &items, &error)
        != ReportQueryStatus::Completed) {
        return fail(QStringLiteral("Reading the open bills failed: %1").arg(error));
    }

    for (const OpenItem &item : items) {
        if (item.kind == OpenItem::Kind::Bill)
            m_ledger.payBillLines(item.customerId, item.id, item.open.toPlainString(),
                                  item.dueDate);
    }
    return m_ledger.ok() || fail(m_ledger.errorMessage());
}

bool FollowUpSample::importCustomers()
{
    CsvImportPlan plan;
    plan.kind = CsvImportKind::Customers;
    plan.filePath = m_folder.filePath(QStringLiteral("follow-up-customers.csv"));

    QFile file(plan.filePath);
    if (!file.open(QIODevice::WriteOnly))
        return fail(QStringLiteral("Could not write %1.").arg(plan.filePath));
    {
        QTextStream out(&file);
        CsvWriter csv(out);
        csv.writeRow({QStringLiteral("code"), QStringLiteral("company_name"),
                      QStringLiteral("contact_name"), QStringLiteral("address"),
                      QStringLiteral("city"), QStringLiteral("postal_code"),
                      QStringLiteral("country"), QStringLiteral("phone"),
                      QStringLiteral("currency")});
        for (const SampleCustomer *customer : {&m_entries.regular, &m_entries.contacted,
                                               &m_entries.dueToday, &m_entries.overdue}) {
            csv.writeRow({customer->code, customer->companyName, customer->contactName,
                          customer->address, customer->city, customer->postalCode,
                          customer->country, customer->phone, m_entries.currency});
        }
    }
    file.close();

    const CsvImportSummary summary = CsvImporter(m_db, m_userName).run(plan);
    if (!summary.written || summary.added != 4) {
        return fail(QStringLiteral("The follow-up customers were not imported. %1")
                        .arg(summary.fileError));
    }
    m_records.regularCustomerId = m_ledger.customerId(m_entries.regular.code);
    m_records.contactedCustomerId = m_ledger.customerId(m_entries.contacted.code);
    return m_ledger.ok() || fail(m_ledger.errorMessage());
}

bool FollowUpSample::addReceivables()
{
    // The reminders show what is overdue, due on the tour's day and due
    // within the 7 days of the default window. The overdue ones fall in
    // each bucket of aged receivables, and the fee types and reasons give
    // the spending analysis something to chart.
    const FollowUpEntries &e = m_entries;
    const SampleCharge charges[] = {
        {&e.contacted, "SERVICE", "1234.50", "BILLING_ERROR", -12},
        {&e.contacted, "UPGRADE_DIFF", "2600.00", "PLAN_UPGRADE", -95},
        {&e.contacted, "MATERIAL", "560.00", "CONTRACT_CHANGE", 4},
        {&e.dueToday, "MATERIAL", "8800.00", "CONTRACT_CHANGE", 0},
        {&e.dueToday, "SERVICE", "3000.00", "BILLING_ERROR", -40},
        {&e.regular, "SERVICE", "980.00", "BILLING_ERROR", 6},
        {&e.regular, "LATE_FEE", "88.88", "UNPAID", -70},
        {&e.regular, "FREIGHT", "450.00", "UNPAID", -20},
        {&e.regular, "INSTALLATION", "1500.00", "CONTRACT_CHANGE", 25},
        {&e.regular, "MATERIAL", "2350.00", "CONTRACT_CHANGE", 40},
        {&e.overdue, "INSTALLATION", "66.60", "CONTRACT_CHANGE", -8},
    };
    QList<qint64> ids;
    for (const SampleCharge &charge : charges) {
        const qint64 customerId = m_ledger.customerId(charge.customer->code);
        ids << m_ledger.addCharge(customerId, 0, QLatin1String(charge.feeTypeCode),
                                  QLatin1String(charge.amount), QLatin1String(charge.reasonCode),
                                  m_today.addDays(charge.dueInDays));
    }
    m_records.overdueChargeId = ids.at(0);
    m_records.dueSoonChargeId = ids.at(2);
    m_records.snoozeChargeId = ids.at(10);

    // Customers of the Northwind data have charges overdue and due today
    // too, in US dollars.
    const qint64 mainCustomerId = m_ledger.customerId(m_mainCustomerCode);
    m_ledger.addCharge(mainCustomerId, 0, QStringLiteral("FREIGHT"), QStringLiteral("45.00"),
                       QStringLiteral("UNPAID"), m_today.addDays(-3));
    m_ledger.addCharge(m_ledger.customerId(QStringLiteral("AROUT")), 0,
                       QStringLiteral("SERVICE"), QStringLiteral("120.00"),
                       QStringLiteral("BILLING_ERROR"), m_today);

    // Part of the charge overdue 40 days is paid, and two charges not yet
    // due are paid in part and in full. They are dated on the computer's
    // date, the only day on which a charge entered today can be paid.
    // NOTE: the spending analysis counts these charges and payments in the
    // computer's current month, so the Spending images change with the
    // month they are made in.
    const QDate paidOn = QDate::currentDate();
    const qint64 dueTodayId = m_ledger.customerId(e.dueToday.code);
    m_ledger.payCharge(dueTodayId, ids.at(4), 0, QStringLiteral("1000.00"), paidOn,
                       e.paymentReference);
    m_ledger.payCharge(m_records.regularCustomerId, ids.at(8), 0, QStringLiteral("1500.00"),
                       paidOn, e.paymentReference);
    // A second transfer of one customer has a reference of its own, because
    // a payment with the same reference would need an acknowledgement note.
    m_ledger.payCharge(m_records.regularCustomerId, ids.at(9), 0, QStringLiteral("1000.00"),
                       paidOn, QStringLiteral("TRX-20261130-0043"));
    return m_ledger.ok() || fail(m_ledger.errorMessage());
}

bool FollowUpSample::addPaymentHistory()
{
    Records &r = m_records;
    r.paymentCustomerId = m_ledger.customerId(m_mainCustomerCode);
    const qint64 customer = r.paymentCustomerId;
    const QDate paidOn = QDate::currentDate();
    const auto reference = [](int number) {
        return QStringLiteral("TRX-%1").arg(number, 4, 10, QLatin1Char('0'));
    };

    r.partlyPaidBillId = m_ledger.billId(QStringLiteral("11011"));
    r.partlyPaidChargeId = m_ledger.addCharge(customer, r.partlyPaidBillId,
                                              QStringLiteral("SERVICE"),
                                              QStringLiteral("200.00"),
                                              QStringLiteral("BILLING_ERROR"),
                                              m_today.addDays(20));
    r.partlyPaidPaymentId = m_ledger.payCharge(customer, r.partlyPaidChargeId, 0,
                                               QStringLiteral("80.00"), paidOn, reference(1001));

    const qint64 settled = m_ledger.addCharge(customer, 0, QStringLiteral("LATE_FEE"),
                                              QStringLiteral("50.00"), QStringLiteral("UNPAID"),
                                              m_today.addDays(10));
    m_ledger.payCharge(customer, settled, 0, QStringLiteral("50.00"), paidOn, reference(1002));

    // Installments must not fall due before the day the charge was entered,
    // so the plans start from the computer's date, not the tour's day.
    r.plannedChargeId = m_ledger.addCharge(customer, 0, QStringLiteral("MATERIAL"),
                                           QStringLiteral("1200.00"),
                                           QStringLiteral("CONTRACT_CHANGE"),
                                           m_today.addDays(45));
    m_ledger.addPlan(r.plannedChargeId, Money(120000, QStringLiteral("USD")), 3,
                     paidOn.addDays(15));
    m_ledger.payCharge(customer, r.plannedChargeId, m_ledger.installmentId(r.plannedChargeId, 1),
                       QStringLiteral("400.00"), paidOn, reference(1003));
    r.secondInstallmentId = m_ledger.installmentId(r.plannedChargeId, 2);

    // Unpaid again after its payment was reversed, so a plan can be made.
    r.unplannedChargeId = m_ledger.addCharge(customer, 0, QStringLiteral("INSTALLATION"),
                                             QStringLiteral("75.00"),
                                             QStringLiteral("CONTRACT_CHANGE"),
                                             m_today.addDays(30));
    const qint64 returned = m_ledger.payCharge(customer, r.unplannedChargeId, 0,
                                               QStringLiteral("20.00"), paidOn, reference(1004));
    m_ledger.reversePayment(returned, m_entries.returnedTransferReason);

    r.cancellableChargeId = m_ledger.addCharge(customer, 0, QStringLiteral("SERVICE"),
                                               QStringLiteral("90.00"),
                                               QStringLiteral("PLAN_UPGRADE"),
                                               m_today.addDays(60));
    m_ledger.addPlan(r.cancellableChargeId, Money(9000, QStringLiteral("USD")), 2,
                     paidOn.addDays(40));
    return m_ledger.ok() || fail(m_ledger.errorMessage());
}

bool FollowUpSample::addContacts()
{
    // The clock makes the tour's day today, so contacts before it are
    // accepted whatever the computer's date.
    const CalendarClock clock = CalendarClock::fixedOnDate(m_today);
    const qint64 customer = m_records.contactedCustomerId;
    const ContactLog::Result results[] = {
        ContactLog(m_db, m_entries.colleagueName, clock)
            .addContact(customer, m_today.addDays(-20), m_entries.statementSentNote),
        ContactLog(m_db, m_userName, clock)
            .addContact(customer, m_today.addDays(-6), m_entries.calledNote),
    };
    for (const ContactLog::Result &result : results) {
        if (!result.ok)
            return fail(QStringLiteral("A sample contact failed: %1").arg(result.errorMessage));
    }

    // A contact about the oldest overdue charge keeps it off the reminders
    // for a week.
    QList<OpenItem> items;
    QString error;
    if (OpenItemQuery(m_db, currentUiLanguage()).run({customer}, &items, &error)
        != ReportQueryStatus::Completed) {
        return fail(QStringLiteral("Reading the open items failed: %1").arg(error));
    }
    if (items.isEmpty())
        return fail(QStringLiteral("The contacted customer owes nothing."));
    const OpenItem &oldest = *std::min_element(
        items.cbegin(), items.cend(),
        [](const OpenItem &a, const OpenItem &b) { return a.dueDate < b.dueDate; });
    const ContactLog::Result about = ContactLog(m_db, m_entries.colleagueName, clock)
                                         .markContacted(oldest.kind, oldest.id,
                                                        m_today.addDays(-2),
                                                        m_entries.agreementNote);
    return about.ok || fail(QStringLiteral("A sample contact failed: %1").arg(about.errorMessage));
}

bool FollowUpSample::recordEarlierLetter()
{
    // A letter sent 25 days ago shows under Last letter and is mentioned in
    // the next one.
    QList<ReminderLetter> letters;
    QString error;
    if (ReminderLetterQuery(m_db, currentUiLanguage())
                .run(m_today.addDays(-25), {m_records.contactedCustomerId}, &letters, &error)
            != ReportQueryStatus::Completed
        || letters.isEmpty()) {
        return fail(QStringLiteral("Reading the earlier reminder letter failed: %1").arg(error));
    }
    if (!LetterRecorder(m_db, m_entries.colleagueName).record(letters, nullptr, &error))
        return fail(QStringLiteral("Recording the earlier reminder letter failed: %1").arg(error));
    return true;
}

bool FollowUpSample::fail(const QString &message)
{
    if (m_error.isEmpty())
        m_error = message;
    return false;
}
