#include "opentypegsub.h"

#include <QtEndian>

QByteArray OpenTypeGsub::withoutFeatures(const QByteArray &gsub,
                                         const QList<quint32> &featureTags)
{
    // Header: version (32 bits), script list offset, feature list offset.
    if (gsub.size() < 10)
        return gsub;
    const qsizetype featureList = qFromBigEndian<quint16>(gsub.constData() + 6);
    if (featureList + 2 > gsub.size())
        return gsub;
    const quint16 count = qFromBigEndian<quint16>(gsub.constData() + featureList);
    if (featureList + 2 + 6 * qsizetype(count) > gsub.size())
        return gsub;

    // Feature records: tag, offset of the feature table.
    QByteArray edited = gsub;
    for (quint16 i = 0; i < count; ++i) {
        char *record = edited.data() + featureList + 2 + 6 * qsizetype(i);
        if (featureTags.contains(qFromBigEndian<quint32>(record)))
            record[0] = 'x';
    }
    return edited;
}
