#pragma once

#include <QList>
#include <QString>
#include <QVariant>
#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;

// A filter over a short list of choices, such as fee types or reasons: an
// "All" check box, checked by default, and below it the choices as
// checkable items, enabled once "All" is unchecked. A search field, when
// shown, hides the items whose label lacks the typed text, without
// changing what is checked. Below the list, a message in the error colour
// shows while "All" is unchecked and no item is checked. Customers, too
// many to list in full, have CustomerFilter, which searches in SQL.
class ChoiceListFilter : public QWidget
{
    Q_OBJECT

public:
    struct Choice
    {
        QVariant key;  // the stored code or id that reaches the query
        QString label; // the text shown, in the UI language, and its tool tip
    };

    explicit ChoiceListFilter(QWidget *parent = nullptr);

    // Shows or hides the search field above the list.
    void setSearchable(bool searchable);

    // Sets the texts of the "All" check box, of the message shown when
    // nothing is checked, and of the search field's placeholder, e.g. after
    // a language change.
    void setTexts(const QString &allText, const QString &emptyMessage,
                  const QString &searchPlaceholder = QString());

    // Replaces the choices. A key that was checked before stays checked, so
    // relabelling after a language change keeps the selection.
    void setChoices(const QList<Choice> &choices);

    // Returns true while "All" is checked.
    bool isAll() const;

    // Checks "All", or unchecks it and leaves the item checks as they are.
    void setAll(bool all);

    // Returns the keys of the checked items in list order, or an empty list
    // while "All" is checked.
    QVariantList checkedKeys() const;

    // Unchecks "All" and checks exactly the items whose keys are in keys.
    void setCheckedKeys(const QVariantList &keys);

    // Returns true when "All" is unchecked and no item is checked, a
    // selection that matches nothing.
    bool isEmptySelection() const;

    // Returns the labels of the checked items, for report headers.
    QStringList checkedLabels() const;

signals:
    // "All" or an item's check changed.
    void selectionChanged();

private:
    // Widens the list to its longest label, up to a limit.
    void fitListWidth();
    void applySearch();
    void updateState();

    QCheckBox *m_allCheck = nullptr;
    QLineEdit *m_searchEdit = nullptr;
    QListWidget *m_list = nullptr;
    QLabel *m_emptyLabel = nullptr;
};
