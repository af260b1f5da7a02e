#pragma once

#include <QString>

// One customer that DataGenerator writes: the columns of customers as
// stored, without the id, the balance and the timestamps, which the plan
// sets.
struct GeneratedCustomer
{
    QString codePrefix; // letters before the id in customers.code, e.g. "SH"
    QString companyName;
    QString contactName;
    QString contactTitle;
    QString address;
    QString city;
    QString region;
    QString postalCode;
    QString country;
    QString phone;
    QString fax;
    QString currency;
    bool chinese = false; // Chinese names and texts, or Western ones
};
