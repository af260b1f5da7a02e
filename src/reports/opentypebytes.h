#pragma once

#include <QByteArray>
#include <QtEndian>

// Reads and appends the big-endian unsigned integers that OpenType tables
// are made of. The readers do not check bounds, so check the offset
// against data.size() before reading.
namespace OpenTypeBytes {

inline quint16 readUInt16(const QByteArray &data, qsizetype offset)
{
    return qFromBigEndian<quint16>(data.constData() + offset);
}

inline quint32 readUInt32(const QByteArray &data, qsizetype offset)
{
    return qFromBigEndian<quint32>(data.constData() + offset);
}

inline void appendUInt16(QByteArray &data, quint16 value)
{
    char bytes[2];
    qToBigEndian(value, bytes);
    data.append(bytes, 2);
}

inline void appendUInt32(QByteArray &data, quint32 value)
{
    char bytes[4];
    qToBigEndian(value, bytes);
    data.append(bytes, 4);
}

} // namespace OpenTypeBytes
