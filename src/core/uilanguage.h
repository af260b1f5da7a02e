#pragma once

#include <QLocale>
#include <QSqlDatabase>
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

// Returns the account that acts on db. On PostgreSQL that is the login
// (session_user), because the server checks its grants against that role.
// A login that owns the database, or a superuser, bypasses the grants, so
// for it the operating system account names the user, as on SQLite. When
// the login cannot be read, logs a warning and returns currentActor().
QString currentActor(const QSqlDatabase &db);
