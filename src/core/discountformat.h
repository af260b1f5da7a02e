#pragma once

#include <QLocale>
#include <QString>

// Formats a discount given in basis points as a percentage in the locale,
// with at most two decimals and no trailing zeros: 500 is "5%", 1250 is
// "12.5%", 1 is "0.01%". Integer arithmetic keeps the value exact.
QString formatDiscount(qint64 basisPoints, const QLocale &locale = QLocale());
