#pragma once

#include "filterchoicerepository.h"

#include <QComboBox>

// A customer chooser for the report dialogs: an editable combo box whose
// pop-up completer finds a customer by any part of the company name or
// code. Only an entry of the list counts as chosen; other typed text
// leaves no customer chosen, except that Enter on a customer's exact code
// or exact company name (ignoring case) chooses that customer.
class CustomerComboBox : public QComboBox
{
    Q_OBJECT

public:
    explicit CustomerComboBox(QWidget *parent = nullptr);

    // Replaces the entries, keeping the chosen customer if it is still
    // among them.
    void setCustomers(const QList<FilterChoiceRepository::Customer> &customers);

    // Returns the id of the chosen customer, or 0 when the text names none.
    qint64 currentCustomerId() const;

    // Returns the code of the chosen customer, or an empty string.
    QString currentCustomerCode() const;

    // Chooses the customer with id, or clears the text when id is unknown.
    void setCurrentCustomerId(qint64 id);

signals:
    // The chosen customer changed, to 0 when the text names none.
    void customerChanged(qint64 customerId);

private:
    void emitIfChanged();

    // Chooses the customer whose code or company name equals the typed
    // text, when exactly one does.
    void chooseExactMatch();

    qint64 m_lastCustomerId = 0;
};
