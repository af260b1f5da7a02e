#include "databaselocation.h"

#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

namespace {

const QStringList Schemes = {QStringLiteral("postgresql"), QStringLiteral("postgres")};

// libpq's port when neither the URL nor PGPORT names one.
constexpr int LibpqDefaultPort = 5432;

// A libpq option value QPSQL can pass on unquoted: QPSQL joins the options
// with spaces, so a space, a quote or a backslash would change their meaning.
bool isPlainOptionValue(const QString &value)
{
    static const QRegularExpression plain(QStringLiteral("^[^\\s'\"\\\\;]+$"));
    return plain.match(value).hasMatch();
}

QString passwordRejection(const QString &text)
{
    return DatabaseLocation::tr("The database URL “%1” contains a password. Remove it from the "
                                "URL and put it in the PGPASSWORD environment variable or in "
                                "the file ~/.pgpass, where PostgreSQL reads it.")
        .arg(DatabaseLocation::redacted(text));
}

} // namespace

bool DatabaseLocation::isPostgresqlUrl(const QString &text)
{
    const QString trimmed = text.trimmed();
    for (const QString &scheme : Schemes) {
        if (trimmed.startsWith(scheme + QLatin1String("://"), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

DatabaseLocation DatabaseLocation::parse(const QString &text)
{
    if (text.trimmed().isEmpty()) {
        return invalid(tr("The database location is empty. Give the path of a database file "
                          "or a URL such as postgresql://user@host:5432/chargedesk."));
    }
    if (isPostgresqlUrl(text))
        return parsePostgresql(text.trimmed());

    DatabaseLocation location;
    location.m_kind = Kind::SqliteFile;
    location.m_filePath = text;
    return location;
}

DatabaseLocation DatabaseLocation::parsePostgresql(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid()) {
        return invalid(tr("The database URL “%1” is not valid: %2. Write it as "
                          "postgresql://user@host:port/database.")
                           .arg(redacted(text), url.errorString()));
    }

    // "user:@host" has an empty password, which is still a password field.
    if (!url.password().isEmpty() || url.userInfo(QUrl::FullyEncoded).contains(QLatin1Char(':')))
        return invalid(passwordRejection(text));

    QString databaseName = url.path(QUrl::FullyDecoded);
    if (databaseName.startsWith(QLatin1Char('/')))
        databaseName.remove(0, 1);
    if (databaseName.isEmpty() || databaseName.contains(QLatin1Char('/'))) {
        return invalid(tr("The database URL “%1” names no database. Add its name after the "
                          "host, as in postgresql://user@host:5432/chargedesk.")
                           .arg(redacted(text)));
    }

    DatabaseLocation location;
    location.m_kind = Kind::Postgresql;
    location.m_userName = url.userName(QUrl::FullyDecoded);
    location.m_hostName = url.host(QUrl::FullyDecoded);
    location.m_port = url.port(DefaultPort);
    location.m_databaseName = databaseName;

    const QList<QPair<QString, QString>> items
        = QUrlQuery(url).queryItems(QUrl::FullyDecoded);
    for (const auto &[key, value] : items) {
        if (key.compare(QLatin1String("password"), Qt::CaseInsensitive) == 0)
            return invalid(passwordRejection(text));
        static const QRegularExpression keyPattern(QStringLiteral("^[a-z_]+$"));
        if (!keyPattern.match(key).hasMatch() || !isPlainOptionValue(value)) {
            return invalid(tr("The connection option “%1=%2” in the database URL “%3” is not "
                              "valid. Use libpq option names such as sslmode, with values "
                              "without spaces or quotes.")
                               .arg(key, value, redacted(text)));
        }
        location.m_connectOptions << key + QLatin1Char('=') + value;
    }
    return location;
}

DatabaseLocation DatabaseLocation::invalid(const QString &errorText)
{
    DatabaseLocation location;
    location.m_errorText = errorText;
    return location;
}

QString DatabaseLocation::displayText() const
{
    if (m_kind != Kind::Postgresql)
        return m_filePath;

    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(m_userName);
    url.setHost(m_hostName);
    url.setPort(m_port);
    url.setPath(QLatin1Char('/') + m_databaseName);
    if (!m_connectOptions.isEmpty())
        url.setQuery(m_connectOptions.join(QLatin1Char('&')));
    // QUrl drops the "//" of an empty authority, which libpq's URLs keep.
    QString text = url.toString();
    if (m_userName.isEmpty() && m_hostName.isEmpty() && m_port == DefaultPort)
        text.replace(0, QStringLiteral("postgresql:").size(), QStringLiteral("postgresql://"));
    return text;
}

QString DatabaseLocation::displayHost() const
{
    if (!m_hostName.isEmpty())
        return m_hostName;
    for (const QString &option : m_connectOptions) {
        if (option.startsWith(QLatin1String("host=")))
            return option.mid(5);
    }
    const QString environmentHost = qEnvironmentVariable("PGHOST");
    if (!environmentHost.isEmpty())
        return environmentHost;
    return tr("the local Unix socket");
}

int DatabaseLocation::displayPort() const
{
    if (m_port != DefaultPort)
        return m_port;
    bool ok = false;
    const int environmentPort = qEnvironmentVariableIntValue("PGPORT", &ok);
    return ok ? environmentPort : LibpqDefaultPort;
}

QString DatabaseLocation::redacted(const QString &text)
{
    if (!isPostgresqlUrl(text))
        return text;

    QUrl url(text.trimmed(), QUrl::TolerantMode);
    if (!url.isValid())
        return url.scheme() + QLatin1String("://…");

    QUrlQuery query(url);
    const QList<QPair<QString, QString>> items = query.queryItems();
    for (const auto &[key, value] : items) {
        if (key.compare(QLatin1String("password"), Qt::CaseInsensitive) == 0)
            query.removeAllQueryItems(key);
    }
    url.setQuery(query);
    url.setPassword(QString());
    return url.toString();
}
