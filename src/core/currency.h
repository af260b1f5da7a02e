#pragma once

#include <QString>
#include <QStringList>

// The ISO 4217 currencies the program knows: code, decimals and symbols.
struct Currency
{
    QString code;        // "CNY"
    int minorDigits = 2; // 2 for CNY, 0 for JPY
    QString symbol;      // shown before the amount, e.g. "¥" or "US$"
    QStringList inputSymbols; // what a user may type before the amount

    // Returns the currency with this ISO code, or nullptr if it is unknown.
    static const Currency *find(const QString &code);

    static QStringList knownCodes();
};
