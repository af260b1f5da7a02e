#include "compactjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

QString CompactJson::fromVariantMap(const QVariantMap &map)
{
    QString text;
    text.reserve(64 * (map.size() + 1));
    text += QLatin1Char('{');
    for (auto it = map.cbegin(); it != map.cend(); ++it) {
        if (it != map.cbegin())
            text += QLatin1Char(',');
        appendString(&text, it.key());
        text += QLatin1Char(':');
        if (!appendValue(&text, it.value())) {
            return QString::fromUtf8(
                QJsonDocument(QJsonObject::fromVariantMap(map)).toJson(QJsonDocument::Compact));
        }
    }
    text += QLatin1Char('}');
    return text;
}

bool CompactJson::appendPlainString(QString *text, const QString &value)
{
    *text += QLatin1Char('"');
    for (const QChar c : value) {
        const char16_t unit = c.unicode();
        if (unit < 0x20 || unit == u'"' || unit == u'\\' || c.isSurrogate())
            return false;
    }
    *text += value;
    *text += QLatin1Char('"');
    return true;
}

void CompactJson::appendString(QString *text, const QString &value)
{
    const qsizetype start = text->size();
    if (appendPlainString(text, value))
        return;

    // QJsonDocument writes a lone surrogate as \uXXXX, which no QString
    // conversion to UTF-8 does, so its escaping is used as it is.
    text->truncate(start);
    const QByteArray array
        = QJsonDocument(QJsonArray{QJsonValue(value)}).toJson(QJsonDocument::Compact);
    *text += QString::fromUtf8(array.mid(1, array.size() - 2));
}

bool CompactJson::appendValue(QString *text, const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::QString:
        appendString(text, value.toString());
        return true;
    case QMetaType::Int:
    case QMetaType::LongLong:
        *text += QString::number(value.toLongLong());
        return true;
    default:
        return false;
    }
}
