#include "uilanguage.h"

#include "databaseroles.h"
#include "logging.h"

#include <QtGlobal>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

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
        name = qEnvironmentVariable("LOGNAME");
    if (name.isEmpty())
        name = qEnvironmentVariable("USERNAME");
#ifdef Q_OS_UNIX
    // Services and CI jobs often run without USER set, but the account
    // database still records who the process runs as.
    if (name.isEmpty()) {
        if (const passwd *account = getpwuid(geteuid()))
            name = QString::fromLocal8Bit(account->pw_name);
    }
#endif
    if (name.isEmpty())
        name = QStringLiteral("unknown");
    return name;
}

QString currentActor(const QSqlDatabase &db)
{
    if (!DatabaseRoles::isPostgresql(db))
        return currentActor();

    QString error;
    const std::optional<DatabaseRoles::Session> session = DatabaseRoles::session(db, &error);
    if (!session) {
        qCWarning(lcService) << "Acting as the operating system account, because the login "
                                "could not be read:" << error;
        return currentActor();
    }
    return session->bypassesGrants ? currentActor() : session->login;
}
