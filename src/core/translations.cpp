#include "translations.h"

#include "logging.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSet>
#include <QTranslator>

namespace {

QTranslator *g_appTranslator = nullptr;
QTranslator *g_qtTranslator = nullptr;
QString g_activeChoice;
QString g_activeLanguageName;

// The languages whose missing qtbase_<name>.qm was logged, so that
// switching back and forth logs it only once.
QSet<QString> g_reportedMissingQt;

QLocale localeFor(UiLanguage language)
{
    switch (language) {
    case UiLanguage::SimplifiedChinese:
        return QLocale(QLocale::Chinese, QLocale::SimplifiedChineseScript, QLocale::China);
    case UiLanguage::TraditionalChinese:
        return QLocale(QLocale::Chinese, QLocale::TraditionalChineseScript, QLocale::Taiwan);
    case UiLanguage::English:
        break;
    }
    return QLocale(QLocale::English, QLocale::UnitedStates);
}

void removeTranslator(QTranslator *&translator)
{
    if (!translator)
        return;
    QCoreApplication::removeTranslator(translator);
    delete translator;
    translator = nullptr;
}

} // namespace

bool Translations::parseLanguageName(const QString &name, UiLanguage *language)
{
    const QString normalized =
        name.trimmed().toLower().replace(QLatin1Char('-'), QLatin1Char('_'));
    if (normalized == QLatin1String("system")) {
        *language = systemLanguage();
        return true;
    }
    if (normalized == QLatin1String("zh_cn") || normalized == QLatin1String("zh")
        || normalized == QLatin1String("zh_hans")) {
        *language = UiLanguage::SimplifiedChinese;
        return true;
    }
    if (normalized == QLatin1String("zh_tw") || normalized == QLatin1String("zh_hk")
        || normalized == QLatin1String("zh_hant")) {
        *language = UiLanguage::TraditionalChinese;
        return true;
    }
    if (normalized == QLatin1String("en") || normalized == QLatin1String("en_us")
        || normalized == QLatin1String("c")) {
        *language = UiLanguage::English;
        return true;
    }
    return false;
}

QString Translations::languageName(UiLanguage language)
{
    switch (language) {
    case UiLanguage::SimplifiedChinese:
        return QStringLiteral("zh_CN");
    case UiLanguage::TraditionalChinese:
        return QStringLiteral("zh_TW");
    case UiLanguage::English:
        break;
    }
    return QStringLiteral("en");
}

UiLanguage Translations::systemLanguage()
{
    return uiLanguageForLocale(QLocale::system());
}

QLocale Translations::locale(UiLanguage language)
{
    return localeFor(language);
}

QString Translations::normalizedChoice(const QString &name)
{
    if (name.trimmed().compare(SystemChoice, Qt::CaseInsensitive) == 0)
        return QString(SystemChoice);

    UiLanguage language = UiLanguage::English;
    if (!parseLanguageName(name, &language))
        return QString();
    return languageName(language);
}

void Translations::apply(UiLanguage language)
{
    install(language, languageName(language));
}

bool Translations::applyChoice(const QString &choice)
{
    const QString normalized = normalizedChoice(choice);
    if (normalized.isEmpty())
        return false;

    UiLanguage language = UiLanguage::English;
    parseLanguageName(normalized, &language);
    install(language, normalized);
    return true;
}

QString Translations::activeChoice()
{
    return g_activeChoice;
}

QString Translations::activeLanguageName()
{
    return g_activeLanguageName;
}

bool Translations::isQtTranslationInstalled()
{
    return g_qtTranslator != nullptr;
}

void Translations::install(UiLanguage language, const QString &choice)
{
    removeTranslator(g_appTranslator);
    removeTranslator(g_qtTranslator);

    const QLocale locale = localeFor(language);
    QLocale::setDefault(locale);

    // Set before the translators post QEvent::LanguageChange, so that
    // widgets handling it read the new choice.
    const QString name = languageName(language);
    g_activeChoice = choice;
    g_activeLanguageName = name;

    // English is the source language; its translation holds only the plural
    // forms of texts such as "%n customer(s)".
    auto *appTranslator = new QTranslator;
    if (appTranslator->load(QStringLiteral(":/i18n/chargedesk_%1.qm").arg(name))) {
        QCoreApplication::installTranslator(appTranslator);
        g_appTranslator = appTranslator;
    } else {
        qCWarning(lcApp).noquote()
            << "ChargeDesk's translation for" << name << "not found - texts stay in English";
        delete appTranslator;
    }

    // Qt's texts are written in English, so English needs no qtbase file.
    if (language != UiLanguage::English)
        installQtTranslator(name);

    if (choice == SystemChoice)
        qCInfo(lcApp).noquote() << "Language set to" << name << "(the system locale's language)";
    else
        qCInfo(lcApp).noquote() << "Language set to" << name;
}

void Translations::installQtTranslator(const QString &name)
{
    auto *qtTranslator = new QTranslator;
    const QString qtPath = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    if (qtTranslator->load(QStringLiteral("qtbase_%1").arg(name), qtPath)) {
        QCoreApplication::installTranslator(qtTranslator);
        g_qtTranslator = qtTranslator;
        return;
    }

    if (!g_reportedMissingQt.contains(name)) {
        qCWarning(lcApp).noquote()
            << "Qt's translation" << QStringLiteral("qtbase_%1.qm").arg(name) << "not found in"
            << qtPath << "- standard buttons and Qt's dialogs stay in English";
        g_reportedMissingQt.insert(name);
    }
    delete qtTranslator;
}
