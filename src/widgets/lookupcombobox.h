#pragma once

#include "lookuprepository.h"

#include <QComboBox>

// A combo box of lookup codes (fee types, charge reasons, payment methods)
// that shows each code's label and stores the code as item data.
//
// currentCode is the USER property, so QDataWidgetMapper and item delegates
// bind the code, not the label. No entry is selected until the user or
// setCurrentCode() picks one; the placeholder text shows meanwhile.
class LookupComboBox : public QComboBox
{
    Q_OBJECT
    Q_PROPERTY(QString currentCode READ currentCode WRITE setCurrentCode
                   NOTIFY currentCodeChanged USER true)

public:
    explicit LookupComboBox(QWidget *parent = nullptr);

    // Returns the code of the selected entry, or an empty string.
    QString currentCode() const;

    // Selects the entry with code; an unknown or empty code clears the
    // selection.
    void setCurrentCode(const QString &code);

    // Replaces the entries, keeping the selected code when it is still
    // among them. Call it again with labels in another language after a
    // language change.
    void setEntries(const QList<LookupRepository::Entry> &entries);

signals:
    void currentCodeChanged(const QString &code);
};
