#pragma once

#include <QString>
#include <QVariantMap>

// Writes a QVariantMap as the compact JSON text that
// QJsonDocument(QJsonObject::fromVariantMap(map)).toJson(QJsonDocument::Compact)
// gives, byte for byte, because audit records hash that text. Maps of
// strings and integers, which audit details are, are written directly,
// which costs a fraction of the QJsonDocument round trip. Any other value
// type is left to QJsonDocument.
class CompactJson
{
public:
    static QString fromVariantMap(const QVariantMap &map);

private:
    // Appends value as a JSON string to text. Returns false, with text
    // partly written, when value has a character that JSON escapes or a
    // UTF-16 surrogate, whose output this class leaves to QJsonDocument.
    static bool appendPlainString(QString *text, const QString &value);

    // Appends value as a JSON string to text, escaped as QJsonDocument
    // escapes it.
    static void appendString(QString *text, const QString &value);

    // Appends value to text. Returns false for a type this class does not
    // write.
    static bool appendValue(QString *text, const QVariant &value);
};
