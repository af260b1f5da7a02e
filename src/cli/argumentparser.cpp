#include "argumentparser.h"

#include "textlayout.h"

namespace {

constexpr int HelpWidth = 80;
constexpr int MaxNameColumn = 30;

} // namespace

void ArgumentParser::addOption(const Option &option)
{
    m_options << option;
}

void ArgumentParser::addPositional(const Positional &positional)
{
    m_positionals << positional;
}

bool ArgumentParser::parse(const QStringList &arguments)
{
    m_values.clear();
    m_allValues.clear();
    m_positionalValues.clear();
    m_remaining.clear();
    m_errorText.clear();

    bool optionsEnded = false;
    for (qsizetype index = 0; index < arguments.size(); ++index) {
        const QString &argument = arguments.at(index);
        const bool looksLikeOption = !optionsEnded && argument.size() > 1
                                     && argument.startsWith(QLatin1Char('-'));

        if (!looksLikeOption) {
            if (m_stopAtFirstPositional) {
                m_remaining = arguments.mid(index);
                return true;
            }
            if (m_positionalValues.size() >= m_positionals.size()) {
                m_errorText = tr("Unexpected argument “%1”.").arg(argument);
                return false;
            }
            m_positionalValues << argument;
            continue;
        }

        if (argument == QLatin1String("--")) {
            optionsEnded = true;
            continue;
        }

        if (argument.startsWith(QLatin1String("--"))) {
            const qsizetype equals = argument.indexOf(QLatin1Char('='));
            const QString name = argument.mid(2, equals < 0 ? -1 : equals - 2);
            const QString inlineValue = equals < 0 ? QString() : argument.mid(equals + 1);
            const Option *option = findLong(name);
            if (!option) {
                m_errorText = tr("Unknown option “--%1”.").arg(name);
                return false;
            }
            if (!takeOption(*option, QLatin1String("--") + name,
                            equals < 0 ? nullptr : &inlineValue, arguments, &index))
                return false;
            continue;
        }

        // A short option takes exactly one letter, so "-5" or "-abc" is an
        // unknown option rather than a value or a group of flags.
        const QString name = argument.mid(1);
        const Option *option = name.size() == 1 ? findShort(name) : nullptr;
        if (!option) {
            m_errorText = tr("Unknown option “%1”.").arg(argument);
            return false;
        }
        if (!takeOption(*option, argument, nullptr, arguments, &index))
            return false;
    }
    return true;
}

bool ArgumentParser::takeOption(const Option &option, const QString &typed,
                                const QString *inlineValue, const QStringList &arguments,
                                qsizetype *index)
{
    if (m_values.contains(option.name) && !option.repeatable) {
        m_errorText = tr("Option %1 is given more than once.").arg(typed);
        return false;
    }

    if (option.valueName.isEmpty()) {
        if (inlineValue) {
            m_errorText = tr("Option %1 takes no value.").arg(typed);
            return false;
        }
        m_values.insert(option.name, QString());
        return true;
    }

    if (!inlineValue && *index + 1 >= arguments.size()) {
        m_errorText = tr("Option %1 needs a value (%2).").arg(typed, option.valueName);
        return false;
    }
    if (!inlineValue)
        *index += 1;
    const QString value = inlineValue ? *inlineValue : arguments.at(*index);
    m_values.insert(option.name, value);
    m_allValues[option.name].append(value);
    return true;
}

bool ArgumentParser::checkRequired()
{
    for (const Option &option : std::as_const(m_options)) {
        if (option.required && !isSet(option.name)) {
            m_errorText = tr("Missing required option %1 %2.")
                              .arg(displayName(option), option.valueName);
            if (option.valueName.isEmpty())
                m_errorText = tr("Missing required option %1.").arg(displayName(option));
            return false;
        }
    }
    if (m_positionalValues.size() < m_positionals.size()) {
        const Positional &missing = m_positionals.at(m_positionalValues.size());
        m_errorText = tr("Missing argument %1.").arg(missing.name);
        return false;
    }
    return true;
}

QStringList ArgumentParser::synopsisParts() const
{
    QStringList parts;
    for (const Positional &positional : m_positionals)
        parts << positional.name;
    for (const Option &option : m_options) {
        if (option.name == QLatin1String("help"))
            continue;
        QString part = displayName(option);
        if (!option.valueName.isEmpty())
            part += QLatin1Char(' ') + option.valueName;
        if (option.repeatable)
            part += QStringLiteral(" ...");
        parts << (option.required ? part : QLatin1Char('[') + part + QLatin1Char(']'));
    }
    return parts;
}

QString ArgumentParser::helpText() const
{
    QList<QPair<QString, QString>> entries;
    for (const Positional &positional : m_positionals)
        entries.append({positional.name, positional.description});
    for (const Option &option : m_options) {
        QString names = option.shortName.isEmpty()
                            ? QStringLiteral("--%1").arg(option.name)
                            : QStringLiteral("-%1, --%2").arg(option.shortName, option.name);
        if (!option.valueName.isEmpty())
            names += QLatin1Char(' ') + option.valueName;
        entries.append({names, option.description});
    }

    int nameColumn = 0;
    for (const auto &entry : std::as_const(entries)) {
        const int width = TextLayout::displayWidth(entry.first);
        if (width <= MaxNameColumn)
            nameColumn = qMax(nameColumn, width);
    }

    // Two spaces of indent, the names, two spaces, then the description.
    const int descriptionColumn = 2 + nameColumn + 2;
    const QString indent(descriptionColumn, QLatin1Char(' '));
    QString text;
    for (const auto &entry : std::as_const(entries)) {
        const QStringList lines = TextLayout::wrapped(entry.second,
                                                      HelpWidth - descriptionColumn);
        QString head = QStringLiteral("  ") + entry.first;
        if (TextLayout::displayWidth(entry.first) > nameColumn) {
            text += head + QLatin1Char('\n');
            head = indent;
        } else {
            head = TextLayout::padded(head, descriptionColumn);
        }
        for (const QString &line : lines) {
            text += head + line + QLatin1Char('\n');
            head = indent;
        }
    }
    return text;
}

QString ArgumentParser::displayName(const Option &option)
{
    return QStringLiteral("--%1").arg(option.name);
}

const ArgumentParser::Option *ArgumentParser::findLong(const QString &name) const
{
    for (const Option &option : m_options) {
        if (option.name == name)
            return &option;
    }
    return nullptr;
}

const ArgumentParser::Option *ArgumentParser::findShort(const QString &name) const
{
    for (const Option &option : m_options) {
        if (!option.shortName.isEmpty() && option.shortName == name)
            return &option;
    }
    return nullptr;
}
