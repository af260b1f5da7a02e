#pragma once

#include "uilanguage.h"

#include <QByteArray>
#include <QDate>
#include <QString>

// The CSV files that the screenshot tour imports, in the language of the
// screenshots. They are data a user has in files, not interface texts, so
// they do not go through tr().
//
// customers adds three customers with Chinese names who are billed in the
// local currency. charges then adds a charge for each of them and one for
// the tour's customer, with the header row and the labels in the language
// of the screenshots. It is saved the way Excel saves "CSV" on a computer
// in that language: GB18030 for Simplified Chinese, Big5 for Traditional
// Chinese, and UTF-8 for English. Its third line has an amount with three
// decimals, which the check rejects; correctedCharges is the same file
// with that amount corrected. Its last line has the bill and fee type of
// the tour's first charge, so it is a possible duplicate that needs
// acknowledgement. charges and correctedCharges are empty when Qt cannot
// write the encoding.
struct SampleCsvFiles
{
    QByteArray customers;
    QByteArray charges;
    QByteArray correctedCharges;

    // The file name of charges, shown on the import's result page.
    QString chargesFileName;

    // The note typed for the possible duplicate.
    QString acknowledgement;

    // customerCode and billNo are the tour's customer and bill, dueDate the
    // due date written in every charge.
    static SampleCsvFiles forLanguage(UiLanguage language, const QString &customerCode,
                                      const QString &billNo, QDate dueDate);
};
