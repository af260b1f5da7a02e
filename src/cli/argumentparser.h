#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

// Parses the options and arguments of one level of the command line: the
// global options before the command, or the options of one command.
//
// Accepts "--name value", "--name=value", "-n value" and flags. An option's
// value is the next argument even when it starts with '-', so that
// "--amount -5" reaches the validation of amounts. "--" ends the options.
// Messages are translated and name the option or argument at fault.
class ArgumentParser
{
    Q_DECLARE_TR_FUNCTIONS(ArgumentParser)

public:
    struct Option
    {
        QString name;        // the long name, without "--"
        QString shortName;   // one letter, without '-', or empty
        QString valueName;   // e.g. "CODE", or empty for a flag
        QString description; // translated, for --help
        bool required = false;
        bool repeatable = false; // may be given more than once; see values()
    };

    struct Positional
    {
        QString name;        // "DIR"
        QString description; // translated, for --help
    };

    void addOption(const Option &option);

    // Adds a required positional argument. Positionals are matched in the
    // order they were added.
    void addPositional(const Positional &positional);

    // Makes parse() stop at the first positional argument and keep it and
    // everything after it in remainingArguments(). Used for global options,
    // which end at the command name.
    void setStopAtFirstPositional(bool stop) { m_stopAtFirstPositional = stop; }

    // Parses arguments (without the program name). Returns false with
    // errorText() on an unknown option, a missing or unexpected value, a
    // repeated option or too many arguments. Required options and missing
    // positionals are checked by checkRequired(), so that --help works
    // without them.
    bool parse(const QStringList &arguments);

    // Returns false with errorText() when a required option or positional
    // argument is missing.
    bool checkRequired();

    QString errorText() const { return m_errorText; }

    bool isSet(const QString &name) const { return m_values.contains(name); }
    QString value(const QString &name) const { return m_values.value(name); }

    // Returns every value of a repeatable option in the order given. For
    // other options it returns the one value or an empty list.
    QStringList values(const QString &name) const { return m_allValues.value(name); }
    QStringList positionalArguments() const { return m_positionalValues; }
    QStringList remainingArguments() const { return m_remaining; }

    // Returns the parts of a usage line, positionals first and optional
    // options in brackets, e.g. {"ID", "--reason TEXT", "[--bill NO]"}.
    // The --help option is left out.
    QStringList synopsisParts() const;

    bool hasPositionals() const { return !m_positionals.isEmpty(); }

    // Returns the options and positionals as an indented, wrapped list.
    QString helpText() const;

    // Returns "--name", the form messages use for option.
    static QString displayName(const Option &option);

private:
    const Option *findLong(const QString &name) const;
    const Option *findShort(const QString &name) const;
    bool takeOption(const Option &option, const QString &typed, const QString *inlineValue,
                    const QStringList &arguments, qsizetype *index);

    QList<Option> m_options;
    QList<Positional> m_positionals;
    bool m_stopAtFirstPositional = false;

    QHash<QString, QString> m_values; // by long name, with "" for a set flag
    QHash<QString, QStringList> m_allValues; // by long name, for options with a value
    QStringList m_positionalValues;
    QStringList m_remaining;
    QString m_errorText;
};
