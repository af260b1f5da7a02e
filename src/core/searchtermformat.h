#pragma once

#include <QString>

// The forms a typed search term takes for the indexes that look it up, so
// that the characters the query languages treat specially match literally.
class SearchTermFormat
{
public:
    // A to Z in lower case and every other character as it is, as SQLite's
    // lower() stores customer_search_text.search_key.
    static QString asciiLower(const QString &text);

    // A LIKE pattern that finds text anywhere, with LIKE's wildcards in text
    // taken literally (ESCAPE '\').
    static QString containsPattern(const QString &text);

    // An FTS5 phrase: the trigram tokenizer matches it as a substring.
    static QString ftsPhrase(const QString &text);
};
