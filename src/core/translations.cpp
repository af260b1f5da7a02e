#include "translations.h"

#include "logging.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace {

QTranslator *g_appTranslator = nullptr;
QTranslator *g_qtTranslator = nullptr;
bool g_reportedMissingQt = false;

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
    const QString normalized = name.trimmed().toLower().replace(QLatin1Char('-'), QLatin1Char('_'));
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

void Translations::apply(UiLanguage language)
{
    removeTranslator(g_appTranslator);
    removeTranslator(g_qtTranslator);

    const QLocale locale = localeFor(language);
    QLocale::setDefault(locale);

    // English is the source language; its translation holds only the plural
    // forms of texts such as "%n customer(s)".
    const QString name = languageName(language);
    auto *appTranslator = new QTranslator;
    if (appTranslator->load(QStringLiteral(":/i18n/chargedesk_%1.qm").arg(name))) {
        QCoreApplication::installTranslator(appTranslator);
        g_appTranslator = appTranslator;
    } else {
        qCWarning(lcApp) << "No ChargeDesk translation for" << name << "; texts stay in English";
        delete appTranslator;
    }

    if (language == UiLanguage::English) {
        qCInfo(lcApp) << "Language set to English";
        return;
    }

    auto *qtTranslator = new QTranslator;
    const QString qtPath = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    if (qtTranslator->load(QStringLiteral("qtbase_%1").arg(name), qtPath)) {
        QCoreApplication::installTranslator(qtTranslator);
        g_qtTranslator = qtTranslator;
    } else {
        if (!g_reportedMissingQt)
            qCWarning(lcApp) << "Qt's own translation qtbase_" << name << "not found in" << qtPath
                             << "; standard buttons stay in English";
        g_reportedMissingQt = true;
        delete qtTranslator;
    }
    qCInfo(lcApp) << "Language set to" << name;
}
