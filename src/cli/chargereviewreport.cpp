#include "chargereviewreport.h"

#include "logging.h"
#include "textlayout.h"

#include <QLocale>

#include <optional>

namespace {

std::optional<LookupRepository::Table> lookupTableForField(const QString &field)
{
    if (field == QLatin1String("fee_type_code"))
        return LookupRepository::Table::FeeTypes;
    if (field == QLatin1String("reason_code"))
        return LookupRepository::Table::ChargeReasons;
    if (field == QLatin1String("payment_method_code"))
        return LookupRepository::Table::PaymentMethods;
    return std::nullopt;
}

QString chargeIds(const QList<DuplicateFinding> &findings)
{
    QStringList ids;
    for (const DuplicateFinding &finding : findings)
        ids << QString::number(finding.existing.id);
    return QLocale().createSeparatedList(ids);
}

} // namespace

ChargeReviewReport::ChargeReviewReport(QSqlDatabase db, UiLanguage language,
                                       const ArgumentParser &arguments)
    : m_lookups(std::move(db))
    , m_language(language)
    , m_arguments(arguments)
{}

QString ChargeReviewReport::errorsText(const ChargeReview &review) const
{
    QStringList lines;
    for (const FieldError &error : review.errors) {
        const QString option = optionForField(error.field);
        QString line = error.message;
        if (!option.isEmpty()) {
            const QString value = TextLayout::elided(
                TextLayout::withoutControlCharacters(m_arguments.value(option.mid(2))),
                QuotedValueWidth);
            line = tr("Invalid %1 “%2”: %3").arg(option, value, error.message);
        }

        const QString codes = knownCodesText(error.field);
        // On a line of its own: a space between two sentences is wrong in
        // Chinese, and the list is long.
        if (!codes.isEmpty())
            line += QLatin1Char('\n') + codes;
        lines << line;
    }
    lines << tr("Nothing was written.");
    return lines.join(QLatin1Char('\n'));
}

QString ChargeReviewReport::findingsText(const ChargeReview &review) const
{
    QStringList lines;
    if (review.hasExactDuplicate()) {
        lines << tr("Exact duplicates:");
        for (const DuplicateFinding &finding : review.exactDuplicates)
            lines << QStringLiteral("  - ") + finding.description;
    }
    if (review.needsAcknowledgement()) {
        lines << tr("Possible duplicates:");
        for (const DuplicateFinding &finding : review.possibleDuplicates)
            lines << QStringLiteral("  - ") + finding.description;
    }
    return lines.join(QLatin1Char('\n'));
}

QString ChargeReviewReport::refusalText(const ChargeReview &review,
                                        const QString &acknowledgement) const
{
    if (review.hasExactDuplicate()) {
        return tr("Rejected: exact duplicate of charge %1 (same customer, bill, fee type, "
                  "amount and due date, not void). Nothing was written. If that charge is "
                  "wrong, void it with void-charge first.")
            .arg(chargeIds(review.exactDuplicates));
    }
    if (review.needsAcknowledgement() && !review.canCommit(acknowledgement)) {
        return tr("Rejected: possible duplicate of charge %1. Nothing was written. If this "
                  "is a separate charge, run the command again with --acknowledge-duplicate "
                  "NOTE saying why; the note is kept in the audit log.")
            .arg(chargeIds(review.possibleDuplicates));
    }
    return {};
}

QString ChargeReviewReport::optionForField(const QString &field)
{
    static const QHash<QString, QString> options = {
        {QStringLiteral("customer_id"), QStringLiteral("--customer")},
        {QStringLiteral("bill_id"), QStringLiteral("--bill")},
        {QStringLiteral("fee_type_code"), QStringLiteral("--fee-type")},
        {QStringLiteral("amount_minor"), QStringLiteral("--amount")},
        {QStringLiteral("reason_code"), QStringLiteral("--reason")},
        {QStringLiteral("note"), QStringLiteral("--note")},
        {QStringLiteral("payment_method_code"), QStringLiteral("--payment-method")},
        {QStringLiteral("due_date"), QStringLiteral("--due")},
        {QStringLiteral("request_key"), QStringLiteral("--request-key")},
        {QStringLiteral("duplicate_ack_note"), QStringLiteral("--acknowledge-duplicate")},
    };
    return options.value(field);
}

QString ChargeReviewReport::knownCodesText(const QString &field) const
{
    const std::optional<LookupRepository::Table> table = lookupTableForField(field);
    if (!table)
        return {};

    QString error;
    const QList<LookupRepository::Entry> entries = m_lookups.entries(*table, m_language, &error);
    if (!error.isEmpty()) {
        qCWarning(lcCli) << "Could not list the known codes of"
                         << LookupRepository::tableName(*table) << ":" << error;
    }
    if (entries.isEmpty())
        return {};

    QStringList codes;
    for (const LookupRepository::Entry &entry : entries)
        codes << tr("%1 (%2)").arg(entry.code, entry.label);
    return tr("Known codes: %1.").arg(QLocale().createSeparatedList(codes));
}
