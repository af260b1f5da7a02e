#include "sqlvalues.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QStringList>

QString notNull(const QString &text)
{
    return text.isNull() ? QString(QLatin1String("")) : text;
}

QVariant idOrNull(qint64 id)
{
    return id == 0 ? QVariant(QMetaType::fromType<qint64>()) : QVariant(id);
}

QVariant idForJson(qint64 id)
{
    return id == 0 ? QVariant::fromValue(nullptr) : QVariant(id);
}

QString utcTimestampNow()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QString fieldsFingerprint(const QStringList &fields)
{
    // A unit separator cannot be typed into any field, so the joined text
    // identifies the fields unambiguously.
    const QByteArray joined = fields.join(QChar(0x1f)).toUtf8();
    return QString::fromLatin1(
        QCryptographicHash::hash(joined, QCryptographicHash::Sha256).toHex());
}
