#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

// An ISO 4217 currency the program supports: code, decimals and symbols.
struct Currency
{
    QString code;        // "CNY"
    int minorDigits = 2; // 2 for CNY, 0 for JPY
    QString symbol;      // shown before the amount, e.g. "¥" or "US$"
    QStringList inputSymbols;  // what a user may type before the amount, code included
    QStringList inputSuffixes; // what a user may type after the amount, e.g. "元"

    // Returns the currency with this ISO code, or nullptr if it is unknown.
    // The code is case-sensitive: "CNY" is found, "cny" is not.
    static const Currency *find(const QString &code);

    // Returns the currency with the longest input symbol that starts text,
    // so that "US$" wins over "$" and "JP¥" over "¥", and stores that symbol
    // in matchedSymbol. Returns nullptr if no symbol matches.
    static const Currency *findByPrefix(QStringView text, QString *matchedSymbol);

    // Returns the currency with the longest input suffix that ends text,
    // such as "元", and stores that suffix in matchedSuffix. Returns nullptr
    // if no suffix matches.
    static const Currency *findBySuffix(QStringView text, QString *matchedSuffix);

    // Returns the ISO codes of all known currencies, in table order.
    static QStringList knownCodes();

    // Returns every known currency. The references stay valid for the
    // lifetime of the program.
    static const QList<Currency> &all();
};
