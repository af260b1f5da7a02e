#pragma once

#include <QString>

// The texts that generated rows carry, in Chinese for customers with
// Chinese names and in English for the others: charge notes, void reasons,
// duplicate acknowledgements, carriers of freight lines, and the accounts
// of the staff who enter and void charges. They are stored data, not
// interface texts, so they are not translated.
class GeneratedTexts
{
public:
    // Number of entries of each list; an index below the count selects one.
    static int noteCount();
    static int voidReasonCount();
    static int carrierCount(bool chinese);
    static int staffCount(bool chinese);

    // A note that says what a charge is for.
    static QString note(int index, bool chinese);

    static QString voidReason(int index, bool chinese);

    // The note that acknowledges possible duplicates, which the service
    // requires before it writes such a charge.
    static QString duplicateAcknowledgement(bool chinese);

    // Carriers of Chinese customers; Western ones use Northwind's shippers.
    static QString chineseCarrier(int index);

    // Login of a staff member, as created_by stores it.
    static QString staff(int index, bool chinese);
};
