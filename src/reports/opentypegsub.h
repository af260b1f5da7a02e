#pragma once

#include <QByteArray>
#include <QList>

// Edits of an OpenType glyph substitution ('GSUB') table. The layout
// follows the OpenType specification, chapter "OpenType Layout Common
// Table Formats" (feature list).
class OpenTypeGsub
{
public:
    // Returns gsub with the features featureTags turned off in every
    // script and language: their feature records are renamed to the tag
    // with its first letter replaced by 'x' ('locl' becomes 'xocl'), which
    // no shaper applies by default. Returns gsub unchanged when it is too
    // short or its feature list lies outside it.
    static QByteArray withoutFeatures(const QByteArray &gsub, const QList<quint32> &featureTags);
};
