#include "currency.h"

const QList<Currency> &Currency::all()
{
    // A bare "¥" means CNY: Japanese yen must be written "JP¥" or "JPY",
    // because the users of this program work in renminbi. U+FFE5 and U+FF04
    // are the full-width yuan and dollar signs of Chinese input methods.
    static const QList<Currency> currencies = {
        {QStringLiteral("CNY"), 2, QStringLiteral("¥"),
         {QStringLiteral("¥"), QStringLiteral("\uFFE5"), QStringLiteral("CNY"),
          QStringLiteral("RMB")},
         {QStringLiteral("元"), QStringLiteral("CNY")}},
        {QStringLiteral("USD"), 2, QStringLiteral("US$"),
         {QStringLiteral("$"), QStringLiteral("US$"), QStringLiteral("USD"),
          QStringLiteral("\uFF04")},
         {QStringLiteral("USD")}},
        {QStringLiteral("EUR"), 2, QStringLiteral("€"),
         {QStringLiteral("€"), QStringLiteral("EUR")},
         {QStringLiteral("EUR")}},
        {QStringLiteral("GBP"), 2, QStringLiteral("£"),
         {QStringLiteral("£"), QStringLiteral("GBP")},
         {QStringLiteral("GBP")}},
        {QStringLiteral("HKD"), 2, QStringLiteral("HK$"),
         {QStringLiteral("HK$"), QStringLiteral("HKD")},
         {QStringLiteral("HKD")}},
        {QStringLiteral("TWD"), 2, QStringLiteral("NT$"),
         {QStringLiteral("NT$"), QStringLiteral("TWD")},
         {QStringLiteral("TWD")}},
        {QStringLiteral("JPY"), 0, QStringLiteral("JP¥"),
         {QStringLiteral("JP¥"), QStringLiteral("JPY")},
         {QStringLiteral("JPY")}},
    };
    return currencies;
}

const Currency *Currency::find(const QString &code)
{
    for (const Currency &currency : all()) {
        if (currency.code == code)
            return &currency;
    }
    return nullptr;
}

const Currency *Currency::findByPrefix(QStringView text, QString *matchedSymbol)
{
    const Currency *found = nullptr;
    QString longest;
    for (const Currency &currency : all()) {
        for (const QString &symbol : currency.inputSymbols) {
            if (symbol.size() > longest.size() && text.startsWith(symbol)) {
                found = &currency;
                longest = symbol;
            }
        }
    }
    if (matchedSymbol)
        *matchedSymbol = longest;
    return found;
}

const Currency *Currency::findBySuffix(QStringView text, QString *matchedSuffix)
{
    const Currency *found = nullptr;
    QString longest;
    for (const Currency &currency : all()) {
        for (const QString &suffix : currency.inputSuffixes) {
            if (suffix.size() > longest.size() && text.endsWith(suffix)) {
                found = &currency;
                longest = suffix;
            }
        }
    }
    if (matchedSuffix)
        *matchedSuffix = longest;
    return found;
}

QStringList Currency::knownCodes()
{
    QStringList codes;
    for (const Currency &currency : all())
        codes.append(currency.code);
    return codes;
}
