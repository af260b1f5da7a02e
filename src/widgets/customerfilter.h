#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QStringList>
#include <QWidget>

class CustomerCheckModel;
class QCheckBox;
class QLabel;
class QLineEdit;
class QListView;

// The customer filter of the report dialogs: an "All customers" check box,
// checked by default, and below it a search field and the customers it
// finds as checkable items, enabled once "All" is unchecked. The search
// runs in SQL as the user types (CustomerCheckModel), so the filter opens
// as quickly with a hundred thousand customers as with a hundred.
//
// Checked customers stay checked while a new search hides them, and a line
// under the list counts them. A message in the error colour shows while
// "All" is unchecked and no customer is checked. Down in the search field
// moves to the list, where Space checks the current customer.
class CustomerFilter : public QWidget
{
    Q_OBJECT

public:
    explicit CustomerFilter(QWidget *parent = nullptr);

    // Lists the customers of db. Returns false when they could not be read;
    // lastError() then names the problem.
    bool setDatabase(QSqlDatabase db);
    QString lastError() const;

    // Sets the texts of the "All" check box, of the message shown when
    // nothing is checked, and of the search field's placeholder.
    void setTexts(const QString &allText, const QString &emptyMessage,
                  const QString &searchPlaceholder);

    // Returns true while "All" is checked.
    bool isAll() const;

    // Checks "All", or unchecks it and leaves the customer checks as they are.
    void setAll(bool all);

    // Returns the ids of the checked customers by company name, or an empty
    // list while "All" is checked.
    QList<qint64> checkedIds() const;

    // Unchecks "All" and checks exactly the customers with ids. Returns
    // false when they could not be read; lastError() then names the problem.
    bool setCheckedIds(const QList<qint64> &ids);

    // Returns true when "All" is unchecked and no customer is checked, a
    // selection that matches nothing.
    bool isEmptySelection() const;

    // Returns the labels of the checked customers, for report headers, or
    // an empty list while "All" is checked.
    QStringList checkedLabels() const;

    // The list's model, or nullptr before setDatabase().
    CustomerCheckModel *model() const { return m_model; }

signals:
    // "All" or a customer's check changed.
    void selectionChanged();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // Widens the list to the longest label of the first page, up to a limit.
    void fitListWidth();
    void search(const QString &text);
    void retranslateUi();
    void updateState();

    QCheckBox *m_allCheck = nullptr;
    QLineEdit *m_searchEdit = nullptr;
    QListView *m_list = nullptr;
    QLabel *m_checkedLabel = nullptr;
    QLabel *m_emptyLabel = nullptr;
    CustomerCheckModel *m_model = nullptr;
    QString m_lastError;
};
