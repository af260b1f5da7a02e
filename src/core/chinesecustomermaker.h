#pragma once

#include "generatedcustomer.h"

class QRandomGenerator;

// Makes customers with Chinese company and contact names, addresses in
// Chinese cities and Chinese telephone numbers, from built-in lists of
// common surnames, given-name characters, cities, trade names, industries
// and company suffixes. Most are in mainland cities and pay in CNY. A few
// are in Hong Kong (HKD) or Taipei (TWD), with those places' number
// formats.
class ChineseCustomerMaker
{
public:
    // Returns a new customer drawn from random.
    static GeneratedCustomer make(QRandomGenerator &random);

    // Returns a person's name: a surname and one or two given-name
    // characters.
    static QString personName(QRandomGenerator &random);
};
