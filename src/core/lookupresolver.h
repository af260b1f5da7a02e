#pragma once

#include "lookuprepository.h"

#include <QHash>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

// Finds the code of a fee type, charge reason or payment method from what a
// file holds: the code in any case ("service"), or the label in English,
// Simplified or Traditional Chinese ("Service fee", "服务费", "服務費").
// Only active entries are found, as for the 新增费用 form.
class LookupResolver
{
public:
    explicit LookupResolver(QSqlDatabase db) : m_db(std::move(db)) {}

    // Reads the three tables. Returns false and sets *error when a query
    // fails.
    bool load(QString *error);

    // Returns the code that text names in table, or an empty string.
    QString resolve(LookupRepository::Table table, const QString &text) const;

    // Returns the active codes of table in display order, for messages.
    QStringList codes(LookupRepository::Table table) const { return m_codes.value(table); }

private:
    QSqlDatabase m_db;
    QHash<LookupRepository::Table, QStringList> m_codes;
    // Table -> case-folded code or label -> code.
    QHash<LookupRepository::Table, QHash<QString, QString>> m_names;
};
