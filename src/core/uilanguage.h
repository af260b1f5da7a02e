#pragma once

#include <QLocale>
#include <QString>

// The languages of the user interface and of the stored lookup labels.
enum class UiLanguage { English, SimplifiedChinese, TraditionalChinese };

// Returns the UI language for a locale: Simplified Chinese for zh_CN and
// zh_SG, Traditional Chinese for zh_TW, zh_HK and zh_MO, English otherwise.
UiLanguage uiLanguageForLocale(const QLocale &locale);

// Returns the language of QLocale(), which the application sets to the
// chosen UI language.
UiLanguage currentUiLanguage();

// Returns the lookup-table label column for a language:
// "label_en", "label_zh_cn" or "label_zh_tw".
QString labelColumn(UiLanguage language);

// Returns the user name recorded as the author of writes: the operating
// system account.
QString currentActor();
