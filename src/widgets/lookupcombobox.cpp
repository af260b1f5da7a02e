#include "lookupcombobox.h"

#include <QSignalBlocker>

LookupComboBox::LookupComboBox(QWidget *parent)
    : QComboBox(parent)
{
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(this, &QComboBox::currentIndexChanged, this,
            [this] { emit currentCodeChanged(currentCode()); });
}

QString LookupComboBox::currentCode() const
{
    return currentData().toString();
}

void LookupComboBox::setCurrentCode(const QString &code)
{
    setCurrentIndex(code.isEmpty() ? -1 : findData(code));
}

void LookupComboBox::setEntries(const QList<LookupRepository::Entry> &entries)
{
    const QString selected = currentCode();

    // Rebuilding changes the index several times, but only the final selection
    // is a change of code.
    {
        const QSignalBlocker blocker(this);
        clear();
        for (const LookupRepository::Entry &entry : entries)
            addItem(entry.label, entry.code);
        setCurrentCode(selected);
    }

    if (currentCode() != selected)
        emit currentCodeChanged(currentCode());
}
