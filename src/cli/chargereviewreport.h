#pragma once

#include "argumentparser.h"
#include "chargereview.h"
#include "lookuprepository.h"

#include <QCoreApplication>
#include <QSqlDatabase>

// Formats a ChargeReview as text for add-charge. Each field error names the
// command-line option and the value typed, and lists the known codes when a
// code is wrong. Duplicate findings name the existing charges by ID.
class ChargeReviewReport
{
    Q_DECLARE_TR_FUNCTIONS(ChargeReviewReport)

public:
    // Maximum width of a value quoted in a message, in terminal columns.
    static constexpr int QuotedValueWidth = 40;

    ChargeReviewReport(QSqlDatabase db, UiLanguage language, const ArgumentParser &arguments);

    // One line per field error, for a review that is not valid.
    QString errorsText(const ChargeReview &review) const;

    // The exact and possible duplicates, one line each, or an empty string.
    QString findingsText(const ChargeReview &review) const;

    // Why a valid review cannot be committed with acknowledgement: an exact
    // duplicate, or possible duplicates and no acknowledgement. Ends with
    // what to do next.
    QString refusalText(const ChargeReview &review, const QString &acknowledgement) const;

    // Returns the option that sets a charges column, e.g. "--amount" for
    // "amount_minor", or an empty string for a column without one.
    static QString optionForField(const QString &field);

private:
    QString knownCodesText(const QString &field) const;

    LookupRepository m_lookups;
    UiLanguage m_language;
    const ArgumentParser &m_arguments;
};
