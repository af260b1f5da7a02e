#pragma once

#include "generatedcustomer.h"
#include "northwindfiles.h"

#include <QList>
#include <QStringList>

class QRandomGenerator;

// Makes customers in the shape of the Northwind sample customers: each takes
// the city, region, country and the formats of the address, postal code
// and telephone numbers of one Northwind customer, with new digits, and a
// company and contact name made of Northwind contacts' names, a trade word
// and the legal form of the country. The currency follows the country: USD
// in the Americas, GBP in the United Kingdom, EUR elsewhere in Europe. A
// few customers are in Tokyo or Osaka and pay in JPY.
class WesternCustomerMaker
{
public:
    // Reads the places and names from the rows of customers.csv.
    explicit WesternCustomerMaker(const NorthwindFiles::CsvTable &customers);

    // Returns a new customer drawn from random.
    GeneratedCustomer make(QRandomGenerator &random) const;

    // Returns a person's name: a Northwind contact's first name and
    // another's surname.
    QString personName(QRandomGenerator &random) const;

    // Returns the currency of customers in country.
    static QString currencyOf(const QString &country);

private:
    struct Place
    {
        QString address;
        QString city;
        QString region;
        QString postalCode;
        QString country;
        QString phone;
        QString fax;
    };

    QList<Place> m_places;
    QStringList m_firstNames;
    QStringList m_lastNames;
    QStringList m_titles;
};
