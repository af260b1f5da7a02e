#pragma once

#include <QString>
#include <QStringList>

// Joins the parts of a postal address (street, place, country) into one
// line. Two parts are joined with the ASCII ", " when the character before
// the join and the one after it are both narrow (Latin letters, digits and
// ASCII punctuation, as in "Obere Str. 57, 12209 Berlin"), and with the
// full-width "，" when either is a CJK character or full-width form, as
// Chinese text writes it ("文三路 90 号，杭州 310012"). Parts are trimmed
// and empty parts are left out. The rule ignores the document's language,
// so a German address reads the same in a Chinese statement.
QString joinAddressParts(const QStringList &parts);
