#include "customercombobox.h"

#include <QCompleter>
#include <QLineEdit>

namespace {

constexpr int CodeRole = Qt::UserRole + 1;
constexpr int NameRole = Qt::UserRole + 2;

} // namespace

CustomerComboBox::CustomerComboBox(QWidget *parent)
    : QComboBox(parent)
{
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    setMaxVisibleItems(20);
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(30);

    auto *completer = new QCompleter(model(), this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    setCompleter(completer);

    connect(this, &QComboBox::currentIndexChanged, this, &CustomerComboBox::emitIfChanged);
    connect(this, &QComboBox::editTextChanged, this, &CustomerComboBox::emitIfChanged);

    // Connected after QComboBox's own handler, which chooses an entry only
    // when the text equals its whole label.
    connect(lineEdit(), &QLineEdit::returnPressed, this, &CustomerComboBox::chooseExactMatch);
}

void CustomerComboBox::setCustomers(const QList<FilterChoiceRepository::Customer> &customers)
{
    const qint64 chosen = currentCustomerId();
    {
        const QSignalBlocker blocker(this);
        clear();
        for (const FilterChoiceRepository::Customer &customer : customers) {
            //: A customer to choose: company name and customer code.
            addItem(tr("%1 (%2)").arg(customer.companyName, customer.code), customer.id);
            setItemData(count() - 1, customer.code, CodeRole);
            setItemData(count() - 1, customer.companyName, NameRole);
        }
    }
    setCurrentCustomerId(chosen);
}

qint64 CustomerComboBox::currentCustomerId() const
{
    const int index = findText(currentText(), Qt::MatchFixedString);
    return index >= 0 ? itemData(index).toLongLong() : 0;
}

QString CustomerComboBox::currentCustomerCode() const
{
    const int index = findText(currentText(), Qt::MatchFixedString);
    return index >= 0 ? itemData(index, CodeRole).toString() : QString();
}

void CustomerComboBox::setCurrentCustomerId(qint64 id)
{
    const int index = id != 0 ? findData(id) : -1;
    setCurrentIndex(index);
    if (index < 0)
        setEditText(QString());
    emitIfChanged();
}

void CustomerComboBox::emitIfChanged()
{
    const qint64 id = currentCustomerId();
    if (id == m_lastCustomerId)
        return;
    m_lastCustomerId = id;
    emit customerChanged(id);
}

void CustomerComboBox::chooseExactMatch()
{
    const QString typed = currentText().trimmed();
    if (typed.isEmpty() || currentCustomerId() != 0)
        return;

    // A code is unique; a company name may repeat, and then Enter chooses
    // nothing rather than one of them at random.
    int match = -1;
    for (int index = 0; index < count(); ++index) {
        if (itemData(index, CodeRole).toString().compare(typed, Qt::CaseInsensitive) == 0) {
            match = index;
            break;
        }
        if (itemData(index, NameRole).toString().compare(typed, Qt::CaseInsensitive) == 0)
            match = match == -1 ? index : -2;
    }
    if (match < 0)
        return;

    setCurrentIndex(match);
    setEditText(itemText(match));
    emitIfChanged();
}
