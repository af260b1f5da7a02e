#include "customercsvfile.h"

#include "chinesecustomermaker.h"
#include "csvwriter.h"
#include "northwindfiles.h"
#include "northwindimporter.h"
#include "westerncustomermaker.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTextStream>

bool CustomerCsvFile::write(const QString &path, qsizetype count, quint32 seed, QString *error)
{
    const std::optional<NorthwindFiles> northwind
        = NorthwindFiles::read(NorthwindImporter::builtInDirectory(), error);
    if (!northwind)
        return false;
    const WesternCustomerMaker western(northwind->customers());

    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        *error = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    QTextStream out(&file);
    CsvWriter csv(out, CsvWriter::ByteOrderMark::Write);
    csv.writeRow({QStringLiteral("code"), QStringLiteral("company_name"),
                  QStringLiteral("contact_name"), QStringLiteral("contact_title"),
                  QStringLiteral("address"), QStringLiteral("city"), QStringLiteral("region"),
                  QStringLiteral("postal_code"), QStringLiteral("country"),
                  QStringLiteral("phone"), QStringLiteral("fax"), QStringLiteral("currency")});

    // Codes as GeneratedDataWriter::customerCode() makes them: the maker's
    // letters and the number with six digits.
    QRandomGenerator random(seed);
    const QList<CsvWriter::FieldKind> kinds(12, CsvWriter::FieldKind::Text);
    for (qsizetype i = 0; i < count; ++i) {
        const GeneratedCustomer customer = i % 2 == 0 ? ChineseCustomerMaker::make(random)
                                                      : western.make(random);
        const QString letters = customer.codePrefix.isEmpty() ? QStringLiteral("C")
                                                              : customer.codePrefix;
        const QString code = letters + QStringLiteral("%1").arg(i + 1, 6, 10, QLatin1Char('0'));
        csv.writeRow({code, customer.companyName, customer.contactName, customer.contactTitle,
                      customer.address, customer.city, customer.region, customer.postalCode,
                      customer.country, customer.phone, customer.fax, customer.currency},
                     kinds);
    }
    out.flush();
    if (out.status() != QTextStream::Ok || !file.flush()) {
        *error = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}
