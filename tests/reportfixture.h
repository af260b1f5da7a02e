#pragma once

#include "chargerequest.h"
#include "chargeservice.h"
#include "northwindimporter.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

// Data for the report tests: the built-in Northwind customers (USD), two
// Chinese-named customers (CNY) with a bill each, and charges entered
// through ChargeService by three users, some of them voided afterwards.
namespace ReportFixture {

struct Charges
{
    QList<qint64> posted;
    QList<qint64> voided;
};

// One charge the fixture enters; dueInDays counts from today.
struct ChargeSpec
{
    const char *customerCode;
    const char *billNo; // "" for a charge on the account
    const char *feeType;
    const char *amount;
    const char *reason;
    const char *paymentMethod;
    int dueInDays;
    const char *actor;
    const char *note;
    bool voidAfterwards;
};

inline const QList<ChargeSpec> &chargeSpecs()
{
    static const QList<ChargeSpec> specs = {
        {"ALFKI", "10643", "SERVICE", "120.50", "UNPAID", "BANK_TRANSFER", 10, "wang",
         "Setup visit", false},
        {"ALFKI", "", "LATE_FEE", "15.00", "UNPAID", "CASH", 20, "li", "", false},
        {"ALFKI", "10692", "FREIGHT", "33.33", "BILLING_ERROR", "CHEQUE", 5, "wang",
         "Second pallet", true},
        {"BONAP", "", "MATERIAL", "999.99", "CONTRACT_CHANGE", "BANK_TRANSFER", 40, "zhao",
         "=SUM(A1:A9) typed as a note", false},
        {"BONAP", "", "SERVICE", "0.01", "BILLING_ERROR", "ALIPAY", 41, "li", "Rounding", false},
        {"SHHD", "SH-2026-001", "SERVICE", "1234.50", "CONTRACT_CHANGE", "CORPORATE_TRANSFER",
         30, "wang", "合同第3条变更, \"加急\"", false},
        {"SHHD", "SH-2026-001", "MATERIAL", "88.88", "BILLING_ERROR", "WECHAT_PAY", 15, "li",
         "", false},
        {"SHHD", "", "INSTALLATION", "500.00", "PLAN_UPGRADE", "ALIPAY", 45, "wang", "",
         true},
        {"SHHD", "", "OTHER", "0.01", "OTHER", "CASH", 3, "li", "尾差", false},
        {"BJHL", "BJ-2026-007", "UPGRADE_DIFF", "2000.00", "PLAN_UPGRADE", "BANK_TRANSFER", 60,
         "wang", "套餐升级至企业版", false},
        {"BJHL", "", "LATE_FEE", "66.60", "UNPAID", "CASH", 7, "zhao", "", false},
    };
    return specs;
}

inline bool exec(QSqlQuery &query, const QString &statement, const QVariantList &values,
                 QString *error)
{
    if (!query.prepare(statement)) {
        *error = query.lastError().text();
        return false;
    }
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec()) {
        *error = query.lastError().text();
        return false;
    }
    return true;
}

// Inserts a CNY customer with one bill; its balance is the bill's total.
inline bool insertChineseCustomer(QSqlDatabase db, const QString &code, const QString &name,
                                  const QString &contact, const QString &address,
                                  const QString &city, const QString &billNo, qint64 billMinor,
                                  QString *error)
{
    QSqlQuery query(db);
    if (!exec(query,
              QStringLiteral(
                  "INSERT INTO customers (code, company_name, contact_name, contact_title, "
                  "address, city, postal_code, country, phone, currency, balance_minor, "
                  "created_at, updated_at) VALUES (?, ?, ?, '财务经理', ?, ?, '200000', "
                  "'中国', '021-5555 0101', 'CNY', ?, '2026-01-05T02:00:00.000Z', "
                  "'2026-01-05T02:00:00.000Z')"),
              {code, name, contact, address, city, billMinor}, error)) {
        return false;
    }
    const qint64 customerId = query.lastInsertId().toLongLong();
    return exec(query,
                QStringLiteral("INSERT INTO bills (bill_no, customer_id, issue_date, due_date, "
                               "currency, lines_total_minor, created_at) VALUES (?, ?, "
                               "'2026-03-01', '2026-03-31', 'CNY', ?, "
                               "'2026-03-01T02:00:00.000Z')"),
                {billNo, customerId, billMinor}, error);
}

inline qint64 idOf(QSqlDatabase db, const QString &statement, const QString &key)
{
    QSqlQuery query(db);
    QString error;
    if (!exec(query, statement, {key}, &error) || !query.next())
        return 0;
    return query.value(0).toLongLong();
}

// Enters one charge through ChargeService, acknowledging any possible
// duplicate. Returns its id, or 0 with error set.
inline qint64 enterCharge(QSqlDatabase db, const ChargeSpec &spec, QString *error)
{
    ChargeRequest request;
    request.requestKey = ChargeRequest::newRequestKey();
    request.customerId = idOf(db, QStringLiteral("SELECT id FROM customers WHERE code = ?"),
                              QString::fromUtf8(spec.customerCode));
    if (*spec.billNo) {
        request.billId = idOf(db, QStringLiteral("SELECT id FROM bills WHERE bill_no = ?"),
                              QString::fromUtf8(spec.billNo));
    }
    request.feeTypeCode = QString::fromUtf8(spec.feeType);
    request.amountText = QString::fromUtf8(spec.amount);
    request.reasonCode = QString::fromUtf8(spec.reason);
    request.note = QString::fromUtf8(spec.note);
    request.paymentMethodCode = QString::fromUtf8(spec.paymentMethod);
    request.dueDate = QDate::currentDate().addDays(spec.dueInDays);
    request.duplicateAcknowledgement = QStringLiteral("Separate work order");

    ChargeService service(db, QString::fromUtf8(spec.actor));
    const ChargeReview review = service.review(request);
    const ChargeService::CommitResult result = service.commit(request, review);
    if (!result.succeeded()) {
        *error = QStringLiteral("Charge for %1 not committed: %2 %3")
                     .arg(QString::fromUtf8(spec.customerCode), result.errorMessage,
                          result.review.problemText());
        return 0;
    }
    return result.chargeId;
}

// Fills db. Returns false with error on the first failure.
inline bool populate(QSqlDatabase db, Charges *charges, QString *error)
{
    const NorthwindImporter::Result imported
        = NorthwindImporter(db).import(NorthwindImporter::builtInDirectory());
    if (!imported.ok) {
        *error = imported.errorMessage;
        return false;
    }
    if (!insertChineseCustomer(db, QStringLiteral("SHHD"),
                               QStringLiteral("上海华东贸易有限公司"), QStringLiteral("王芳"),
                               QStringLiteral("浦东新区世纪大道100号"), QStringLiteral("上海"),
                               QStringLiteral("SH-2026-001"), 1000000, error)
        || !insertChineseCustomer(db, QStringLiteral("BJHL"),
                                  QStringLiteral("北京华联商贸有限公司"), QStringLiteral("李强"),
                                  QStringLiteral("朝阳区建国路88号"), QStringLiteral("北京"),
                                  QStringLiteral("BJ-2026-007"), 250000, error)) {
        return false;
    }

    for (const ChargeSpec &spec : chargeSpecs()) {
        const qint64 id = enterCharge(db, spec, error);
        if (id == 0)
            return false;
        if (!spec.voidAfterwards) {
            charges->posted << id;
            continue;
        }
        const ChargeService::VoidResult voided
            = ChargeService(db, QStringLiteral("li")).voidCharge(id, QStringLiteral("Entered twice"));
        if (!voided.ok) {
            *error = voided.errorMessage;
            return false;
        }
        charges->voided << id;
    }
    return true;
}

} // namespace ReportFixture
