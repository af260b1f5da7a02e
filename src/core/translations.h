#pragma once

#include "uilanguage.h"

#include <QLocale>
#include <QString>

// Installs the translators for a UI language: the program's own
// (chargedesk_<lang>.qm, built in under :/i18n) and Qt's qtbase_<lang>.qm
// from QLibraryInfo's translations path, so standard buttons follow. Sets
// QLocale::setDefault() so dates, numbers and lookup labels follow too.
// Installing posts QEvent::LanguageChange to every widget.
//
// A language choice is what the Language menu, the "ui/language" setting
// and --language store: "zh_CN", "zh_TW", "en", or "system" to follow the
// system locale's language.
class Translations
{
public:
    // The language choice that follows the system locale's language.
    static constexpr QLatin1String SystemChoice{"system"};

    // Parses a --language value: "zh_CN", "zh_TW", "en" (case-insensitive,
    // '-' or '_'), or "system" for the system locale's language.
    static bool parseLanguageName(const QString &name, UiLanguage *language);

    // Returns the name parseLanguageName() accepts for language: "zh_CN",
    // "zh_TW" or "en".
    static QString languageName(UiLanguage language);

    // Returns the language of the system locale.
    static UiLanguage systemLanguage();

    // Returns the locale apply() sets as the default for language: zh_CN,
    // zh_TW or en_US. Documents built in a language format with it.
    static QLocale locale(UiLanguage language);

    // Returns name as a language choice: "system", or languageName() of
    // the language parseLanguageName() reads from name, so "zh-cn" becomes
    // "zh_CN". Returns an empty string for a name parseLanguageName()
    // rejects.
    static QString normalizedChoice(const QString &name);

    // Replaces the installed translators with those for language. Missing
    // Qt translations are logged once per language and otherwise ignored.
    static void apply(UiLanguage language);

    // Applies a language choice as normalizedChoice() reads it, with
    // "system" applying systemLanguage(). Returns false, changing nothing,
    // when the choice names no known language.
    static bool applyChoice(const QString &choice);

    // Returns the choice in effect: "system" after applyChoice("system"),
    // else the languageName() of the language applied last. Returns an
    // empty string before the first apply().
    static QString activeChoice();

    // Returns the languageName() of the language applied last, or an empty
    // string before the first apply().
    static QString activeLanguageName();

    // Returns whether Qt's own translation of the language applied last is
    // installed. Always false for English, the language of Qt's texts.
    static bool isQtTranslationInstalled();

private:
    static void install(UiLanguage language, const QString &choice);
    static void installQtTranslator(const QString &name);
};
