#include "lookupresolver.h"

namespace {

QString key(const QString &text)
{
    return text.trimmed().toCaseFolded();
}

} // namespace

bool LookupResolver::load(QString *error)
{
    const LookupRepository repository(m_db);
    for (const auto table : {LookupRepository::Table::FeeTypes,
                             LookupRepository::Table::ChargeReasons,
                             LookupRepository::Table::PaymentMethods}) {
        QHash<QString, QString> &names = m_names[table];
        QStringList &codes = m_codes[table];
        codes.clear();

        // Labels first, so that a code wins over a label of another entry
        // spelled the same.
        for (const auto language : {UiLanguage::English, UiLanguage::SimplifiedChinese,
                                    UiLanguage::TraditionalChinese}) {
            QString queryError;
            const QList<LookupRepository::Entry> entries =
                repository.entries(table, language, &queryError);
            if (!queryError.isEmpty()) {
                *error = queryError;
                return false;
            }
            for (const LookupRepository::Entry &entry : entries) {
                names.insert(key(entry.label), entry.code);
                if (!codes.contains(entry.code))
                    codes << entry.code;
            }
        }
        for (const QString &code : std::as_const(codes))
            names.insert(key(code), code);
    }
    return true;
}

QString LookupResolver::resolve(LookupRepository::Table table, const QString &text) const
{
    return m_names.value(table).value(key(text));
}
