#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>

// The search terms bench_search types, taken from the generated customers
// so that they match on any generated database: a part of a Chinese
// company name, a code prefix, the end of a phone number, and one- and
// two-character terms in Latin letters and in Chinese.
struct SearchTerm
{
    QString label; // what kind of term, for the results
    QString text;
};

namespace SearchTerms {

// Reads the terms from the customers from the middle of the table on.
// Returns an empty list with *error set when no Chinese or no Latin company
// name is found there.
QList<SearchTerm> choose(const QSqlDatabase &db, QString *error);

} // namespace SearchTerms
