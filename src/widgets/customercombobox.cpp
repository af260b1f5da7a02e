#include "customercombobox.h"

#include <QCompleter>
#include <QLineEdit>

namespace {

constexpr int CodeRole = Qt::UserRole + 1;

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
