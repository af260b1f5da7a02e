#pragma once

#include "chargerequest.h"
#include "chargereview.h"

#include <QCoreApplication>
#include <QSqlDatabase>

// Checks every field of a ChargeRequest against the rules and the database,
// and fills the review's customer, bill, amount and balances. Each problem
// becomes a FieldError that names the field and the value and tells the user
// what to do. Reads only.
class ChargeValidator
{
    Q_DECLARE_TR_FUNCTIONS(ChargeValidator)

public:
    // Due dates further ahead than this many years are rejected as typos.
    static constexpr int MaxYearsAhead = 10;

    // Due dates before this year are rejected as typos, such as year 0024.
    static constexpr int EarliestDueYear = 1970;

    explicit ChargeValidator(QSqlDatabase db) : m_db(std::move(db)) {}

    // Returns false only when a query failed (*error contains the reason); invalid
    // input is reported in review->errors and still returns true.
    bool validate(const ChargeRequest &request, ChargeReview *review, QString *error) const;

    // Returns the length of text as the database counts it: in Unicode code
    // points, so an emoji counts once.
    static int characterCount(const QString &text);

    // Returns true if text contains a control character other than a line
    // break or a tab. Such characters are invisible, and they break CSV files
    // and printouts.
    static bool hasControlCharacter(const QString &text);

private:
    bool validateCustomerAndBill(const ChargeRequest &request, ChargeReview *review,
                                 QString *error) const;
    void validateAmount(const ChargeRequest &request, ChargeReview *review) const;
    bool validateCodes(const ChargeRequest &request, ChargeReview *review, QString *error) const;
    void validateTexts(const ChargeRequest &request, ChargeReview *review) const;
    void validateDueDate(const ChargeRequest &request, ChargeReview *review) const;

    QSqlDatabase m_db;
};
