#pragma once

#include "chargereview.h"
#include "money.h"

#include <QList>
#include <QString>
#include <QStringList>

// The result of a charge calculator (ProrationCalculator or
// LateFeeCalculator). It contains the amount, rounded once, the formula in
// one line and each step, in the calculator's language and locale. When
// inputs are invalid, it contains their errors instead.
struct ComputedCharge
{
    // Each invalid input: field is the calculator's name for it, such as
    // "new_price" or "rate", or "amount" when the result itself cannot be
    // charged (zero after rounding, or above Money::MaxMajorUnits).
    QList<FieldError> errors;

    Money amount;       // valid only when errors is empty
    QString formula;    // e.g. "(¥300.00 − ¥200.00) × 12 ÷ 30 days = ¥40.00"
    QStringList steps;  // one line per step, e.g. "Exact difference: ¥38.709677…"

    bool isValid() const { return errors.isEmpty(); }

    // Returns whether field has an error.
    bool hasError(const QString &field) const;

    // Returns the error messages, in the order the inputs were checked.
    QStringList errorMessages() const;

    // Returns note with formula on a line of its own at the end. A line
    // equal to replacedFormula, which an earlier computation added, is
    // removed first, so computing again leaves one formula in the note.
    static QString noteWithFormula(const QString &note, const QString &formula,
                                   const QString &replacedFormula = QString());
};
