#include "searchterms.h"

#include <QSqlError>
#include <QSqlQuery>

namespace {

bool isChinese(const QString &text)
{
    return !text.isEmpty() && text.at(0).script() == QChar::Script_Han;
}

bool isLatin(const QString &text)
{
    return text.size() >= 2 && text.at(0).isLetter() && text.at(0).unicode() < 0x80
           && text.at(1).isLetter() && text.at(1).unicode() < 0x80;
}

} // namespace

QList<SearchTerm> SearchTerms::choose(const QSqlDatabase &db, QString *error)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(QStringLiteral(
            "SELECT code, company_name, phone FROM customers "
            "WHERE id >= (SELECT MAX(id) FROM customers) / 2 ORDER BY id LIMIT 5000"))
        || !query.exec()) {
        *error = query.lastError().text();
        return {};
    }

    QString chineseName;
    QString code;
    QString phone;
    QString latinName;
    while (query.next() && (chineseName.isEmpty() || latinName.isEmpty())) {
        const QString name = query.value(QStringLiteral("company_name")).toString();
        if (chineseName.isEmpty() && isChinese(name) && name.size() >= 6) {
            chineseName = name;
            code = query.value(QStringLiteral("code")).toString();
            phone = query.value(QStringLiteral("phone")).toString();
        } else if (latinName.isEmpty() && isLatin(name)) {
            latinName = name;
        }
    }
    if (chineseName.isEmpty() || latinName.isEmpty()) {
        *error = QStringLiteral("found no Chinese and Latin company names to search for; "
                                "use a database made by chargedesk-cli generate");
        return {};
    }

    const QString digits = phone.right(4);
    return {
        {QStringLiteral("Chinese name part"), chineseName.mid(2, 4)},
        {QStringLiteral("code prefix"), code.left(std::max<qsizetype>(3, code.size() - 2))},
        {QStringLiteral("phone fragment"), digits},
        {QStringLiteral("1 Latin letter"), latinName.left(1).toLower()},
        {QStringLiteral("2 Latin letters"), latinName.left(2).toLower()},
        {QStringLiteral("1 Chinese character"), chineseName.left(1)},
        {QStringLiteral("2 Chinese characters"), chineseName.left(2)},
    };
}
