#include "westerncustomermaker.h"

#include <QHash>
#include <QRandomGenerator>

#include <iterator>

namespace {

const char *const TradeWords[] = {
    "Trading", "Imports", "Foods", "Delicatessen", "Market", "Provisions", "Wholesale",
    "Supplies", "Gourmet", "Traders", "Distribution", "Catering", "Grocers", "Specialties",
};

// The legal form that ends company names in each country.
const QHash<QString, QString> &legalForms()
{
    static const QHash<QString, QString> forms = {
        {QStringLiteral("Germany"), QStringLiteral("GmbH")},
        {QStringLiteral("Austria"), QStringLiteral("GmbH")},
        {QStringLiteral("Switzerland"), QStringLiteral("AG")},
        {QStringLiteral("France"), QStringLiteral("SARL")},
        {QStringLiteral("Belgium"), QStringLiteral("SA")},
        {QStringLiteral("Spain"), QStringLiteral("S.L.")},
        {QStringLiteral("Mexico"), QStringLiteral("S.A. de C.V.")},
        {QStringLiteral("Argentina"), QStringLiteral("S.R.L.")},
        {QStringLiteral("Brazil"), QStringLiteral("Ltda.")},
        {QStringLiteral("Venezuela"), QStringLiteral("C.A.")},
        {QStringLiteral("Italy"), QStringLiteral("S.r.l.")},
        {QStringLiteral("Portugal"), QStringLiteral("Lda.")},
        {QStringLiteral("UK"), QStringLiteral("Ltd.")},
        {QStringLiteral("Ireland"), QStringLiteral("Ltd.")},
        {QStringLiteral("USA"), QStringLiteral("Inc.")},
        {QStringLiteral("Canada"), QStringLiteral("Inc.")},
        {QStringLiteral("Sweden"), QStringLiteral("AB")},
        {QStringLiteral("Denmark"), QStringLiteral("A/S")},
        {QStringLiteral("Norway"), QStringLiteral("AS")},
        {QStringLiteral("Finland"), QStringLiteral("Oy")},
        {QStringLiteral("Poland"), QStringLiteral("Sp. z o.o.")},
        {QStringLiteral("Japan"), QStringLiteral("K.K.")},
    };
    return forms;
}

// Replaces every digit of text with a random one, keeping the first digit
// of a number non-zero where it was, so that formats stay as they are.
QString newDigits(QRandomGenerator &random, const QString &text, qsizetype from = 0)
{
    QString result = text;
    for (qsizetype i = from; i < result.size(); ++i) {
        if (!result.at(i).isDigit())
            continue;
        const bool leading = i == 0 || !result.at(i - 1).isDigit();
        const int low = leading && result.at(i) != QLatin1Char('0') ? 1 : 0;
        result[i] = QChar(u'0' + low + random.bounded(10 - low));
    }
    return result;
}

// Keeps the area code of a Northwind telephone number, "(171)" or the part
// before the first '-', and replaces the other digits.
QString newNumber(QRandomGenerator &random, const QString &number)
{
    if (number.isEmpty())
        return number;
    qsizetype keep = number.indexOf(QLatin1Char(')'));
    if (keep < 0)
        keep = number.indexOf(QLatin1Char('-'));
    return newDigits(random, number, keep < 0 ? 0 : keep + 1);
}

} // namespace

WesternCustomerMaker::WesternCustomerMaker(const NorthwindFiles::CsvTable &customers)
{
    for (const NorthwindFiles::CsvTable::Row &row : customers.rows) {
        const auto value = [&](const char *column) {
            return customers.value(row, QLatin1String(column));
        };
        m_places.append({value("address"), value("city"), value("region"), value("postalCode"),
                         value("country"), value("phone"), value("fax")});
        const QString contact = value("contactName").simplified();
        const qsizetype space = contact.lastIndexOf(QLatin1Char(' '));
        if (space > 0) {
            m_firstNames.append(contact.left(space));
            m_lastNames.append(contact.mid(space + 1));
        }
        if (!value("contactTitle").isEmpty())
            m_titles.append(value("contactTitle"));
    }

    // Northwind's suppliers in Japan, for customers that pay in yen.
    m_places.append({QStringLiteral("9-8 Sekimai Musashino-shi"), QStringLiteral("Tokyo"),
                     QString(), QStringLiteral("100"), QStringLiteral("Japan"),
                     QStringLiteral("(03) 3555-5011"), QString()});
    m_places.append({QStringLiteral("92 Setsuko Chuo-ku"), QStringLiteral("Osaka"), QString(),
                     QStringLiteral("545"), QStringLiteral("Japan"),
                     QStringLiteral("(06) 431-7877"), QString()});
}

QString WesternCustomerMaker::personName(QRandomGenerator &random) const
{
    if (m_firstNames.isEmpty())
        return QStringLiteral("Maria Anders");
    return m_firstNames.at(random.bounded(int(m_firstNames.size()))) + QLatin1Char(' ')
           + m_lastNames.at(random.bounded(int(m_lastNames.size())));
}

QString WesternCustomerMaker::currencyOf(const QString &country)
{
    static const QStringList dollarCountries = {
        QStringLiteral("USA"), QStringLiteral("Canada"), QStringLiteral("Mexico"),
        QStringLiteral("Brazil"), QStringLiteral("Venezuela"), QStringLiteral("Argentina"),
    };
    if (country == QLatin1String("UK"))
        return QStringLiteral("GBP");
    if (country == QLatin1String("Japan"))
        return QStringLiteral("JPY");
    return dollarCountries.contains(country) ? QStringLiteral("USD") : QStringLiteral("EUR");
}

GeneratedCustomer WesternCustomerMaker::make(QRandomGenerator &random) const
{
    // The two places in Japan are the last, and are drawn for one customer
    // in fifty.
    const int northwindPlaces = int(m_places.size()) - 2;
    const int index = random.bounded(50) == 0 ? northwindPlaces + random.bounded(2)
                                              : random.bounded(northwindPlaces);
    const Place &place = m_places.at(index);

    GeneratedCustomer customer;
    const QString owner = personName(random);
    const QString surname = owner.section(QLatin1Char(' '), -1);
    const QString trade = QLatin1String(TradeWords[random.bounded(int(std::size(TradeWords)))]);
    const QString form = legalForms().value(place.country);
    customer.companyName = random.bounded(2) == 0 ? surname + QLatin1Char(' ') + trade
                                                  : place.city + QLatin1Char(' ') + trade;
    if (!form.isEmpty())
        customer.companyName += QLatin1Char(' ') + form;

    // The code starts with the first four ASCII letters of the company name.
    for (const QChar c : std::as_const(customer.companyName)) {
        if (c.unicode() < 128 && c.isLetter())
            customer.codePrefix += c.toUpper();
        if (customer.codePrefix.size() == 4)
            break;
    }

    customer.contactName = random.bounded(3) == 0 ? owner : personName(random);
    customer.contactTitle = m_titles.isEmpty()
                                ? QString()
                                : m_titles.at(random.bounded(int(m_titles.size())));
    customer.address = newDigits(random, place.address);
    customer.city = place.city;
    customer.region = place.region;
    customer.postalCode = newDigits(random, place.postalCode);
    customer.country = place.country;
    customer.phone = newNumber(random, place.phone);
    customer.fax = newNumber(random, place.fax);
    customer.currency = currencyOf(place.country);
    return customer;
}
