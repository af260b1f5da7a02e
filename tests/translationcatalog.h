#pragma once

#include <QFile>
#include <QHash>
#include <QList>
#include <QRegularExpression>
#include <QStringList>
#include <QXmlStreamReader>

#include <algorithm>

// The texts a window may show in each UI language, read from Qt Linguist
// .ts files and from lookup labels, for tests that check what a window
// shows after a language change.
//
// Each entry is one source text (English) with its finished translations by
// language name ("zh_CN", "zh_TW", "en"). A language without a finished
// translation of an entry shows the English source, as QTranslator does.
// Texts with placeholders (%1, %L2, %n) match any argument text. Entries
// whose text is only placeholders and punctuation, such as "%1/%2", say
// nothing about the language and are left out.
class TranslationCatalog
{
public:
    // The outcome of checking one shown text against the active language.
    struct Verdict
    {
        // True when the text belongs to another language than the active
        // one: an English source that has a translation in the active
        // language, or another language's translation.
        bool wrongLanguage = false;
        // Which entry and language the text came from, for the failure
        // message.
        QString explanation;
    };

    // The language of the source texts.
    static QString sourceLanguage() { return QStringLiteral("en"); }

    // Reads the messages of a .ts file as translations into language.
    // Unfinished, vanished and obsolete messages add the source text only.
    bool addTsFile(const QString &language, const QString &path, QString *error)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("cannot open %1: %2").arg(path, file.errorString());
            return false;
        }
        if (!m_languages.contains(language))
            m_languages << language;

        QXmlStreamReader xml(&file);
        QString context;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == QLatin1String("name"))
                context = xml.readElementText();
            else if (xml.name() == QLatin1String("message"))
                readMessage(xml, language, context);
        }
        if (xml.hasError()) {
            *error = QStringLiteral("%1, line %2: %3")
                         .arg(path)
                         .arg(xml.lineNumber())
                         .arg(xml.errorString());
            return false;
        }
        m_compiled = false;
        return true;
    }

    // Adds a text that is not in a .ts file, such as a lookup label stored
    // in the database: source in English and its finished translations by
    // language. origin names the text in failure messages.
    void addText(const QString &origin, const QString &source,
                 const QHash<QString, QString> &translations)
    {
        Entry &entry = entryFor(origin, source);
        for (auto it = translations.cbegin(); it != translations.cend(); ++it) {
            if (!it.value().isEmpty())
                entry.finished.insert(it.key(), {it.value()});
            if (!m_languages.contains(it.key()))
                m_languages << it.key();
        }
        m_compiled = false;
    }

    // Returns the number of source texts read.
    qsizetype entryCount() const { return m_entries.size(); }

    // Returns the finished translations of source in context into language,
    // one per plural form, or an empty list.
    QStringList translations(const QString &language, const QString &context,
                             const QString &source) const
    {
        const auto found = m_index.constFind(keyOf(context, source));
        if (found == m_index.constEnd())
            return {};
        return m_entries.at(found.value()).finished.value(language);
    }

    // Checks a shown text against language. A text that matches what the
    // active language shows for some entry passes. A text that matches only
    // what another language shows is in the wrong language. Any other text
    // is data (names, codes, amounts, dates) and passes.
    Verdict check(const QString &language, const QString &shownText)
    {
        compile();
        const QString text = shownText.trimmed();
        if (text.isEmpty() || m_accepted.value(language).matches(text, nullptr))
            return {};

        QString explanation;
        if (m_foreign.value(language).matches(text, &explanation))
            return {true, explanation};
        return {};
    }

private:
    struct Entry
    {
        QString context;
        QString source;
        QHash<QString, QStringList> finished;
    };

    // One text, either literal or with placeholders as wildcards.
    struct Pattern
    {
        QRegularExpression expression;
        // The literal part with the maximum length, searched for before the expression runs.
        QString anchor;
        QString explanation;
    };

    class PatternSet
    {
    public:
        void add(const QString &text, const QString &explanation)
        {
            static const QRegularExpression placeholder(QStringLiteral("%L?(?:\\d{1,2}|n)"));

            // %n is always a number, so it matches digits only: as a wildcard
            // it would let "%n bill" match any sentence ending in " bill".
            QStringList literals;
            QStringList wildcards;
            qsizetype start = 0;
            QRegularExpressionMatchIterator it = placeholder.globalMatch(text);
            while (it.hasNext()) {
                const QRegularExpressionMatch match = it.next();
                literals << text.mid(start, match.capturedStart() - start);
                wildcards << (match.captured().endsWith(QLatin1Char('n'))
                                  ? QStringLiteral("[0-9][0-9,. ]*")
                                  : QStringLiteral(".*"));
                start = match.capturedEnd();
            }
            literals << text.mid(start);

            const QString literalText = literals.join(QString());
            if (std::none_of(literalText.cbegin(), literalText.cend(),
                             [](QChar c) { return c.isLetter(); })) {
                return;
            }

            if (literals.size() == 1) {
                m_exact.insert(text, explanation);
                return;
            }

            QString pattern;
            QString anchor;
            for (qsizetype i = 0; i < literals.size(); ++i) {
                pattern += QRegularExpression::escape(literals.at(i));
                if (i < wildcards.size())
                    pattern += wildcards.at(i);
                if (literals.at(i).size() > anchor.size())
                    anchor = literals.at(i);
            }
            const QRegularExpression expression(QRegularExpression::anchoredPattern(pattern),
                                                QRegularExpression::DotMatchesEverythingOption);
            m_wildcards.append({expression, anchor, explanation});
        }

        bool matches(const QString &text, QString *explanation) const
        {
            const auto exact = m_exact.constFind(text);
            if (exact != m_exact.constEnd()) {
                if (explanation)
                    *explanation = exact.value();
                return true;
            }
            for (const Pattern &pattern : m_wildcards) {
                if (!text.contains(pattern.anchor) || !pattern.expression.match(text).hasMatch())
                    continue;
                if (explanation)
                    *explanation = pattern.explanation;
                return true;
            }
            return false;
        }

    private:
        QHash<QString, QString> m_exact;
        QList<Pattern> m_wildcards;
    };

    static QString keyOf(const QString &context, const QString &source)
    {
        return context + QChar(0x1f) + source;
    }

    Entry &entryFor(const QString &context, const QString &source)
    {
        const QString key = keyOf(context, source);
        auto found = m_index.constFind(key);
        if (found == m_index.constEnd()) {
            found = m_index.insert(key, int(m_entries.size()));
            m_entries.append({context, source, {}});
        }
        return m_entries[found.value()];
    }

    void readMessage(QXmlStreamReader &xml, const QString &language, const QString &context)
    {
        QString source;
        QStringList forms;
        bool finished = false;
        while (xml.readNextStartElement()) {
            if (xml.name() == QLatin1String("source")) {
                source = xml.readElementText();
            } else if (xml.name() == QLatin1String("translation")) {
                const QStringView type = xml.attributes().value(QLatin1String("type"));
                finished = type.isEmpty();
                forms = readTranslation(xml);
            } else {
                xml.skipCurrentElement();
            }
        }

        Entry &entry = entryFor(context, source);
        forms.removeAll(QString());
        if (finished && !forms.isEmpty())
            entry.finished.insert(language, forms);
    }

    // Returns the text of a <translation>, or its <numerusform>s.
    static QStringList readTranslation(QXmlStreamReader &xml)
    {
        QStringList forms;
        QString text;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isCharacters())
                text += xml.text();
            else if (xml.isStartElement() && xml.name() == QLatin1String("numerusform"))
                forms << xml.readElementText();
            else if (xml.isEndElement() && xml.name() == QLatin1String("translation"))
                break;
        }
        if (forms.isEmpty())
            forms << text;
        return forms;
    }

    // Returns the texts language shows for entry: its finished translations,
    // else the source. The source language shows both, because its
    // translation contains only the plural forms.
    QStringList shownTexts(const Entry &entry, const QString &language) const
    {
        const QStringList translated = entry.finished.value(language);
        if (language == sourceLanguage())
            return QStringList{entry.source} + translated;
        return translated.isEmpty() ? QStringList{entry.source} : translated;
    }

    void compile()
    {
        if (m_compiled)
            return;

        m_accepted.clear();
        m_foreign.clear();
        for (const QString &language : std::as_const(m_languages)) {
            PatternSet &accepted = m_accepted[language];
            PatternSet &foreign = m_foreign[language];
            for (const Entry &entry : std::as_const(m_entries)) {
                const QString origin = QStringLiteral("“%1” in %2").arg(entry.source,
                                                                       entry.context);
                for (const QString &text : shownTexts(entry, language))
                    accepted.add(text, origin);

                if (language != sourceLanguage() && entry.finished.contains(language)) {
                    foreign.add(entry.source,
                                QStringLiteral("untranslated: the English source of %1, "
                                               "which has a %2 translation")
                                    .arg(origin, language));
                }
                for (auto it = entry.finished.cbegin(); it != entry.finished.cend(); ++it) {
                    if (it.key() == language)
                        continue;
                    for (const QString &text : it.value()) {
                        foreign.add(text, QStringLiteral("stale: the %1 translation of %2")
                                              .arg(it.key(), origin));
                    }
                }
            }
        }
        m_compiled = true;
    }

    QList<Entry> m_entries;
    QHash<QString, int> m_index;
    QStringList m_languages;
    QHash<QString, PatternSet> m_accepted;
    QHash<QString, PatternSet> m_foreign;
    bool m_compiled = false;
};
