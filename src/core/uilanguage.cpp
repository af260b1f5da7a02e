#include "uilanguage.h"

#include <QtGlobal>

UiLanguage uiLanguageForLocale(const QLocale &locale)
{
    if (locale.language() != QLocale::Chinese)
        return UiLanguage::English;

    if (locale.script() == QLocale::TraditionalChineseScript)
        return UiLanguage::TraditionalChinese;
    switch (locale.territory()) {
    case QLocale::Taiwan:
    case QLocale::HongKong:
    case QLocale::Macao:
        return UiLanguage::TraditionalChinese;
    default:
        return UiLanguage::SimplifiedChinese;
    }
}

UiLanguage currentUiLanguage()
{
    return uiLanguageForLocale(QLocale());
}

QString labelColumn(UiLanguage language)
{
    switch (language) {
    case UiLanguage::SimplifiedChinese:
        return QStringLiteral("label_zh_cn");
    case UiLanguage::TraditionalChinese:
        return QStringLiteral("label_zh_tw");
    case UiLanguage::English:
        break;
    }
    return QStringLiteral("label_en");
}

QString currentActor()
{
    QString name = qEnvironmentVariable("USER");
    if (name.isEmpty())
        name = qEnvironmentVariable("USERNAME");
    if (name.isEmpty())
        name = QStringLiteral("unknown");
    return name;
}
