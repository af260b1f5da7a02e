#pragma once

#include "uilanguage.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

// The coded lookup tables: fee types (费用类型), charge reasons (补费原因) and
// payment methods (支付方式). Rows store codes; labels are shown in the UI
// language.
class LookupRepository
{
public:
    enum class Table { FeeTypes, ChargeReasons, PaymentMethods };

    struct Entry
    {
        QString code;
        QString label;
    };

    explicit LookupRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    static QString tableName(Table table);

    // Active entries in display order, labelled in language.
    QList<Entry> entries(Table table, UiLanguage language, QString *error = nullptr) const;

    // Returns true if code exists and is active in table.
    bool contains(Table table, const QString &code, QString *error = nullptr) const;

    // Returns the label of code in language, or the code itself when it is
    // unknown.
    QString label(Table table, const QString &code, UiLanguage language) const;

private:
    QSqlDatabase m_db;
};
