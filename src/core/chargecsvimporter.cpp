#include "chargecsvimporter.h"

#include "billrepository.h"
#include "chargerepository.h"
#include "csvrowreader.h"
#include "customerrepository.h"
#include "transaction.h"

#include <QCryptographicHash>
#include <QLocale>

namespace {

// The import target of each charges column that ChargeValidator names.
QString targetOfColumn(const QString &column)
{
    static const QHash<QString, QString> targets = {
        {QStringLiteral("customer_id"), QStringLiteral("customer_code")},
        {QStringLiteral("bill_id"), QStringLiteral("bill_no")},
        {QStringLiteral("fee_type_code"), QStringLiteral("fee_type")},
        {QStringLiteral("amount_minor"), QStringLiteral("amount")},
        {QStringLiteral("reason_code"), QStringLiteral("reason")},
        {QStringLiteral("payment_method_code"), QStringLiteral("payment_method")},
        {QStringLiteral("duplicate_ack_note"), QStringLiteral("duplicate_acknowledgement")},
    };
    return targets.value(column, column);
}

// Returns 1 for void, 0 for posted (also for an empty field), -1 for text
// that is neither. The labels are those the charge lists show.
int voidStatus(const QString &text)
{
    static const QStringList posted = {QStringLiteral("posted"), QStringLiteral("已入账"),
                                       QStringLiteral("已入帳")};
    static const QStringList voided = {QStringLiteral("void"), QStringLiteral("voided"),
                                       QStringLiteral("已作废"), QStringLiteral("已作廢"),
                                       QStringLiteral("作废"), QStringLiteral("作廢")};
    const QString key = text.trimmed().toLower();
    if (key.isEmpty() || posted.contains(key))
        return 0;
    return voided.contains(key) ? 1 : -1;
}

} // namespace

ChargeCsvImporter::ChargeCsvImporter(QSqlDatabase db, QString actor, QString acknowledgement)
    : m_db(db)
    , m_actor(actor)
    , m_acknowledgement(std::move(acknowledgement))
    , m_service(db, std::move(actor))
    , m_lookups(db)
{
}

QString ChargeCsvImporter::derivedRequestKey(const QStringList &values, int occurrence)
{
    // A unit separator cannot be typed into any field, so the joined text
    // identifies the values unambiguously.
    const QString joined = (QStringList{QStringLiteral("charges")} + values
                            + QStringList{QString::number(occurrence)})
                               .join(QChar(0x1f));
    const QByteArray digest =
        QCryptographicHash::hash(joined.toUtf8(), QCryptographicHash::Sha256).toHex();
    return QStringLiteral("csv:") + QString::fromLatin1(digest);
}

bool ChargeCsvImporter::check(const CsvImportFile &file, const CsvColumnMapping &mapping,
                              CsvImportSummary *summary, CsvImportProgress *progress,
                              QString *error)
{
    m_pending.clear();
    if (!m_lookups.load(error))
        return false;

    // Derived key base -> number of rows with it so far.
    QHash<QString, int> occurrences;
    for (const CsvImportFile::Row &row : file.rows()) {
        if (!progress->next())
            return false;

        Charge charge;
        const bool read = readRow(mapping, row, summary, &charge, error);
        if (!error->isEmpty())
            return false;
        if (!read) {
            summary->countRejected();
            continue;
        }

        if (charge.request.requestKey.isEmpty()) {
            const auto owner = customer(charge.customerCode, error);
            const auto amount = Money::parse(charge.request.amountText.trimmed(),
                                             owner ? owner->currency : QString());
            const QStringList values = {
                charge.customerCode,
                charge.billNo,
                charge.request.feeTypeCode,
                amount ? QString::number(amount->minorUnits()) : charge.request.amountText,
                owner ? owner->currency : QString(),
                charge.request.reasonCode,
                charge.request.note.trimmed(),
                charge.request.paymentMethodCode,
                charge.request.dueDate.toString(Qt::ISODate),
            };
            const QString base = values.join(QChar(0x1f));
            charge.request.requestKey = derivedRequestKey(values, occurrences[base]++);
        }

        // The service reviews the charge in write(), inside the import's
        // transaction, where it also finds the charges of earlier lines. A
        // review here as well would run every check once more and find
        // nothing that write() misses.
        m_pending << charge;
    }
    return true;
}

bool ChargeCsvImporter::readRow(const CsvColumnMapping &mapping, const CsvImportFile::Row &row,
                                CsvImportSummary *summary, Charge *charge, QString *error)
{
    CsvRowReader reader(mapping, row, summary);
    ChargeRequest &request = charge->request;
    charge->line = row.line;

    request.requestKey = reader.trimmed(QStringLiteral("request_key"));
    charge->customerCode = reader.required(QStringLiteral("customer_code"));
    std::optional<CustomerRecord> owner;
    if (!charge->customerCode.isEmpty()) {
        owner = customer(charge->customerCode, error);
        if (!error->isEmpty())
            return false;
        if (!owner) {
            reader.addProblem(QStringLiteral("customer_code"),
                              tr("Customer “%1” does not exist. Correct the code, or import "
                                 "the customers first.")
                                  .arg(charge->customerCode));
        } else {
            request.customerId = owner->id;
        }
    }

    const QString billNo = reader.trimmed(QStringLiteral("bill_no"));
    charge->billNo = billNo;
    if (!billNo.isEmpty()) {
        const auto found = bill(billNo, error);
        if (!error->isEmpty())
            return false;
        if (!found) {
            reader.addProblem(QStringLiteral("bill_no"),
                              tr("Bill “%1” does not exist. Correct the number, import the "
                                 "bills first, or leave the field empty for a charge on the "
                                 "customer's account.")
                                  .arg(billNo));
        } else if (owner && found->customerId != owner->id) {
            reader.addProblem(QStringLiteral("bill_no"),
                              tr("Bill %1 belongs to another customer, not to %2. Correct the "
                                 "bill number or the customer code.")
                                  .arg(billNo, owner->code));
        } else {
            request.billId = found->id;
        }
    }

    request.feeTypeCode = lookupCode(reader, QStringLiteral("fee_type"),
                                     LookupRepository::Table::FeeTypes);
    // The amount is read here too, so that its problem is reported along
    // with the others of the line; the service reads it again.
    request.amountText = reader.trimmed(QStringLiteral("amount"));
    request.amountLocale = QLocale::c();
    if (owner)
        reader.amount(QStringLiteral("amount"), owner->currency, Money::Range::Positive);
    else
        reader.required(QStringLiteral("amount"));
    const QString currency = reader.trimmed(QStringLiteral("currency")).toUpper();
    if (owner && !currency.isEmpty() && currency != owner->currency) {
        reader.addProblem(QStringLiteral("currency"),
                          tr("The currency “%1” differs from customer %2's currency %3. A "
                             "charge is in its customer's currency: leave the field empty or "
                             "write %3.")
                              .arg(currency, owner->code, owner->currency));
    }
    request.reasonCode = lookupCode(reader, QStringLiteral("reason"),
                                    LookupRepository::Table::ChargeReasons);
    request.note = reader.text(QStringLiteral("note"));
    request.paymentMethodCode = lookupCode(reader, QStringLiteral("payment_method"),
                                           LookupRepository::Table::PaymentMethods);
    request.dueDate = reader.date(QStringLiteral("due_date")).value_or(QDate());

    const int status = voidStatus(reader.text(QStringLiteral("status")));
    charge->isVoid = status == 1;
    charge->voidReason = reader.text(QStringLiteral("void_reason")).trimmed();
    if (status < 0) {
        reader.addProblem(QStringLiteral("status"),
                          tr("The status “%1” is unknown. Write posted or void, or leave it "
                             "empty for posted.")
                              .arg(reader.trimmed(QStringLiteral("status"))));
    } else if (charge->isVoid && charge->voidReason.isEmpty()) {
        reader.addProblem(QStringLiteral("void_reason"),
                          tr("The charge is void but has no void reason. Enter the reason in "
                             "the void_reason field."));
    }

    request.duplicateAcknowledgement = reader.text(QStringLiteral("duplicate_acknowledgement"));
    return reader.problemCount() == 0;
}

QString ChargeCsvImporter::lookupCode(CsvRowReader &reader, const QString &target,
                                      LookupRepository::Table table) const
{
    const QString value = reader.required(target);
    if (value.isEmpty())
        return {};
    const QString code = m_lookups.resolve(table, value);
    if (code.isEmpty()) {
        reader.addProblem(target, tr("“%1” is neither a code nor a label of %2. Use one of "
                                     "these codes or their labels: %3.")
                                      .arg(value, target,
                                           QLocale().createSeparatedList(m_lookups.codes(table))));
    }
    return code;
}

bool ChargeCsvImporter::review(const Charge &charge, CsvImportSummary *summary,
                               ChargeReview *review, bool *ok, QString *error)
{
    *review = m_service.review(charge.request);
    if (!review->failure.isEmpty()) {
        *error = review->failure;
        return false;
    }

    *ok = review->isValid();
    for (const FieldError &fieldError : std::as_const(review->errors))
        summary->addProblem(charge.line, targetOfColumn(fieldError.field), fieldError.message);
    if (!*ok || review->existingChargeId != 0) {
        // A replayed request key returns the earlier charge before any
        // duplicate rule applies.
        return true;
    }

    for (const DuplicateFinding &finding : std::as_const(review->exactDuplicates)) {
        summary->addProblem(charge.line, QString(),
                            tr("%1 An exact duplicate is never imported: remove the line.")
                                .arg(finding.description));
        *ok = false;
    }
    if (*ok && review->needsAcknowledgement()
        && acknowledgement(charge, *review).trimmed().isEmpty()) {
        for (const DuplicateFinding &finding : std::as_const(review->possibleDuplicates))
            summary->addProblem(charge.line, QStringLiteral("duplicate_acknowledgement"),
                                tr("%1 Give a duplicate_acknowledgement saying why this is "
                                   "not a duplicate, or remove the line.")
                                    .arg(finding.description),
                                CsvImportSummary::Problem::PossibleDuplicate);
        *ok = false;
    }
    return true;
}

QString ChargeCsvImporter::acknowledgement(const Charge &charge,
                                           const ChargeReview &review) const
{
    const QString own = charge.request.duplicateAcknowledgement;
    if (!own.trimmed().isEmpty() || !review.needsAcknowledgement())
        return own;
    return m_acknowledgement;
}

bool ChargeCsvImporter::write(CsvImportSummary *summary, CsvImportProgress *progress,
                              QString *error)
{
    for (const Charge &charge : std::as_const(m_pending)) {
        if (!progress->next())
            return false;

        // The review runs here, inside the import's transaction, so that it
        // finds the charges of the earlier lines of the file.
        ChargeReview reviewed;
        bool ok = false;
        if (!review(charge, summary, &reviewed, &ok, error))
            return false;
        if (!ok) {
            summary->countRejected();
            continue;
        }
        if (!commit(charge, reviewed, summary, error))
            return false;
    }
    return true;
}

bool ChargeCsvImporter::commit(const Charge &charge, const ChargeReview &review,
                               CsvImportSummary *summary, QString *error)
{
    // A void charge is committed and voided inside one more savepoint, so
    // both happen or neither does. The service's own savepoint covers a
    // posted one.
    Transaction transaction(m_db);
    if (charge.isVoid && !transaction.begin()) {
        *error = transaction.error().text();
        return false;
    }

    ChargeRequest request = charge.request;
    request.duplicateAcknowledgement = acknowledgement(charge, review);
    const ChargeService::CommitResult result = m_service.commit(request, review);
    switch (result.status) {
    case ChargeService::CommitResult::Status::Failed:
        *error = result.errorMessage;
        return false;

    case ChargeService::CommitResult::Status::Rejected:
        summary->addProblem(charge.line, QString(), result.errorMessage);
        summary->countRejected();
        return true;

    case ChargeService::CommitResult::Status::Replayed: {
        // The same request was imported before; its status must match too.
        const auto existing = ChargeRepository(m_db).findById(result.chargeId, error);
        if (!existing) {
            if (error->isEmpty())
                *error = tr("charge %1 was not found").arg(result.chargeId);
            return false;
        }
        if (existing->isVoid() != charge.isVoid) {
            summary->addProblem(
                charge.line, QStringLiteral("status"),
                existing->isVoid()
                    ? tr("Charge %1 of this line was imported before and is void now, but "
                         "the file says posted. Correct the status in the file.")
                          .arg(result.chargeId)
                    : tr("Charge %1 of this line was imported before and is posted, but the "
                         "file says void. Void the charge in the program, or correct the "
                         "file.")
                          .arg(result.chargeId));
            summary->countRejected();
            return true;
        }
        summary->addRecord(charge.line, CsvImportSummary::Status::AlreadyPresent,
                           tr("Already imported as charge %1.").arg(result.chargeId),
                           result.chargeId);
        return true;
    }

    case ChargeService::CommitResult::Status::Committed:
        break;
    }

    QString message = tr("Charge of %1 for %2, fee type %3.")
                          .arg(result.review.amount.format(), charge.customerCode,
                               charge.request.feeTypeCode);
    if (charge.isVoid) {
        const ChargeService::VoidResult voided =
            m_service.voidCharge(result.chargeId, charge.voidReason);
        if (!voided.ok) {
            transaction.rollback();
            if (voided.databaseFailure) {
                *error = voided.errorMessage;
                return false;
            }
            summary->addProblem(charge.line, QStringLiteral("void_reason"),
                                voided.errorMessage);
            summary->countRejected();
            return true;
        }
        message += QLatin1Char(' ') + tr("Voided: %1").arg(charge.voidReason);
    }
    if (transaction.isActive() && !transaction.commit()) {
        *error = transaction.error().text();
        return false;
    }
    summary->addRecord(charge.line, CsvImportSummary::Status::Added, message, result.chargeId);
    return true;
}

std::optional<CustomerRecord> ChargeCsvImporter::customer(const QString &code, QString *error)
{
    const auto cached = m_customers.constFind(code);
    if (cached != m_customers.cend())
        return *cached;
    const auto found = CustomerRepository(m_db).findByCode(code, error);
    if (error->isEmpty())
        m_customers.insert(code, found);
    return found;
}

std::optional<BillRecord> ChargeCsvImporter::bill(const QString &billNo, QString *error)
{
    const auto cached = m_bills.constFind(billNo);
    if (cached != m_bills.cend())
        return *cached;
    const auto found = BillRepository(m_db).findByNumber(billNo, error);
    if (error->isEmpty())
        m_bills.insert(billNo, found);
    return found;
}
