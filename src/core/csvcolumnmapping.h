#pragma once

#include "csvimportplan.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

// The assignment of CSV columns to the target fields of an import.
//
// build() matches each target to a header automatically: headers are
// compared without case, spaces, punctuation and the full-width/half-width
// difference, against the target's English names and common Chinese
// headers in simplified and traditional characters, among them the labels
// of the zh_CN and zh_TW interface (客户编号, 客戶編號, 支付日期, 付款期限 ...). An
// explicit mapping "target=Source header" overrides the automatic match,
// and "target=" leaves a target unmapped. A header feeds at most one target.
class CsvColumnMapping
{
    Q_DECLARE_TR_FUNCTIONS(CsvColumnMapping)

public:
    struct Target
    {
        QString name;       // the key of the mapping, e.g. "customer_code"
        bool required = false;
        bool text = true;   // free text or a code, as opposed to a number or date
        QStringList headers; // headers matched automatically, in any case and spacing
        const char *labelSource = nullptr; // English label, marked for translation

        // Returns the translated name shown to people, e.g. "Customer code".
        QString label() const;
    };

    CsvColumnMapping() = default;

    // Returns the target fields of kind in the order the files usually have
    // them.
    static const QList<Target> &targets(CsvImportKind kind);

    // Matches headers to the targets of kind, with overrides (target ->
    // header) applied first. Problems with the overrides (an unknown target
    // or a header the file lacks) go to *errors, one translated sentence
    // each. Missing required targets are reported by missingRequired().
    static CsvColumnMapping build(CsvImportKind kind, const QStringList &headers,
                                  const QHash<QString, QString> &overrides,
                                  QStringList *errors);

    CsvImportKind kind() const { return m_kind; }
    QStringList headers() const { return m_headers; }

    // Returns the 0-based column of target, or -1 when it is unmapped.
    int column(const QString &target) const { return m_columns.value(target, -1); }
    bool isMapped(const QString &target) const { return m_columns.contains(target); }

    // Returns the header that feeds target, or an empty string.
    QString header(const QString &target) const;

    // Returns the required targets without a column, in target order.
    QStringList missingRequired() const;

    // Returns a translated sentence naming the missing required targets and
    // what to do, or an empty string when none is missing.
    QString missingRequiredMessage() const;

    // Returns the headers that feed no target, in file order.
    QStringList unmappedHeaders() const;

    // Returns the target with name in kind, or nullptr.
    static const Target *findTarget(CsvImportKind kind, const QString &name);

private:
    // Returns text in the form headers are compared in: NFKC-normalized,
    // lower case, letters and digits only.
    static QString normalized(const QString &text);

    CsvImportKind m_kind = CsvImportKind::Customers;
    QStringList m_headers;
    QHash<QString, int> m_columns; // target -> column
};
