#pragma once

#include "customerlistquery.h"

#include <QComboBox>
#include <QSqlDatabase>

class CustomerSuggestionModel;
class QCompleter;

// A customer chooser for the report dialogs: an editable combo box whose
// pop-up lists the customers whose code, company name, contact name or
// phone contains the typed text. The search runs in SQL as the user types
// (CustomerSuggestionModel), so the chooser costs the same with a hundred
// customers or a hundred thousand. The pop-up lists the first
// CustomerSuggestionModel::MaxRows matches by company name.
//
// Only a customer taken from the pop-up counts as chosen; other typed text
// leaves no customer chosen, except that Enter on a customer's exact code
// or exact company name (ignoring case) chooses that customer. Down, or the
// arrow, opens the pop-up.
class CustomerComboBox : public QComboBox
{
    Q_OBJECT

public:
    explicit CustomerComboBox(QWidget *parent = nullptr);

    // Searches the customers of db. Nothing is read until the user types
    // or opens the pop-up.
    void setDatabase(QSqlDatabase db);

    // The problem of the last search or lookup, or an empty string.
    QString lastError() const { return m_lastError; }

    // Returns the id of the chosen customer, or 0 when the text names none.
    qint64 currentCustomerId() const;

    // Returns the code of the chosen customer, or an empty string.
    QString currentCustomerCode() const;

    // Chooses the customer with id, reading it from the database, or clears
    // the text when id is 0 or unknown.
    void setCurrentCustomerId(qint64 id);

    // The pop-up's list, or nullptr before setDatabase().
    CustomerSuggestionModel *suggestions() const { return m_suggestions; }

    // Opens the completer's pop-up with the matches of the typed text, or
    // every customer while the text names the chosen one.
    void showPopup() override;

signals:
    // The chosen customer changed, to 0 when the text names none.
    void customerChanged(qint64 customerId);

    // A search or lookup failed, or the next one succeeded again; see
    // lastError().
    void errorChanged();

protected:
    void changeEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    static QString label(const CustomerListRow &customer);

    // Lists the matches of text and filters the pop-up to them.
    void search(const QString &text);
    void textEdited(const QString &text);

    // Shows the completer's pop-up below the field, wide enough for its
    // labels.
    void openPopup();
    void choose(const CustomerListRow &customer);
    void chooseIndex(const QModelIndex &index);

    // Chooses the customer whose code or company name equals the typed
    // text, when exactly one does.
    void chooseExactMatch();
    void emitIfChanged();
    void setLastError(const QString &error);

    QSqlDatabase m_db;
    CustomerSuggestionModel *m_suggestions = nullptr;
    QCompleter *m_completer = nullptr;

    // The chosen customer and the text that names it; typing other text
    // leaves it unchosen until the text names it again.
    CustomerListRow m_chosen;
    QString m_chosenText;
    qint64 m_lastCustomerId = 0;
    QString m_lastError;
};
