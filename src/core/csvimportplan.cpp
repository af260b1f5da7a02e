#include "csvimportplan.h"

QString CsvImportPlan::kindName(CsvImportKind kind)
{
    switch (kind) {
    case CsvImportKind::Customers:
        return QStringLiteral("customers");
    case CsvImportKind::Bills:
        return QStringLiteral("bills");
    case CsvImportKind::Charges:
        return QStringLiteral("charges");
    }
    return {};
}

std::optional<CsvImportKind> CsvImportPlan::kindFromName(const QString &name)
{
    const QString key = name.trimmed().toLower();
    for (const CsvImportKind kind :
         {CsvImportKind::Customers, CsvImportKind::Bills, CsvImportKind::Charges}) {
        if (key == kindName(kind))
            return kind;
    }
    return std::nullopt;
}

bool CsvImportPlan::parseMapping(const QStringList &specs, QHash<QString, QString> *mapping,
                                 QString *error)
{
    for (const QString &spec : specs) {
        // A spec with one '=' is one item even when its header has a comma.
        const QStringList items = spec.count(QLatin1Char('=')) > 1
                                      ? spec.split(QLatin1Char(','))
                                      : QStringList{spec};
        for (const QString &item : items) {
            const qsizetype equals = item.indexOf(QLatin1Char('='));
            const QString target = item.left(equals).trimmed();
            if (equals < 0 || target.isEmpty()) {
                *error = tr("Invalid mapping “%1”: write target=Source header, e.g. "
                            "customer_code=客户编号.")
                             .arg(item);
                return false;
            }
            mapping->insert(target, item.mid(equals + 1).trimmed());
        }
    }
    return true;
}
