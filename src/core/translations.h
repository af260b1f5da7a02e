#pragma once

#include "uilanguage.h"

#include <QString>

// Installs the translators for a UI language: the program's own
// (chargedesk_<lang>.qm, built in under :/i18n) and Qt's qtbase_<lang>.qm
// from QLibraryInfo's translations path, so standard buttons follow. Sets
// QLocale::setDefault() so dates, numbers and lookup labels follow too.
// Installing posts QEvent::LanguageChange to every widget.
class Translations
{
public:
    // Parses a --language value: "zh_CN", "zh_TW", "en" (case-insensitive,
    // '-' or '_'), or "system" for the system locale's language.
    static bool parseLanguageName(const QString &name, UiLanguage *language);

    // Returns the name parseLanguageName() accepts for language: "zh_CN",
    // "zh_TW" or "en".
    static QString languageName(UiLanguage language);

    // Returns the language of the system locale.
    static UiLanguage systemLanguage();

    // Replaces the installed translators with those for language. Missing
    // Qt translations are logged once and otherwise ignored.
    static void apply(UiLanguage language);
};
