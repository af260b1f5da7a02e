#include "billcombobox.h"

#include "dateformat.h"

#include <QLocale>
#include <QSignalBlocker>

BillComboBox::BillComboBox(QWidget *parent)
    : QComboBox(parent)
{
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
    setBills({});
    connect(this, &QComboBox::currentIndexChanged, this,
            [this] { emit currentBillIdChanged(currentBillId()); });
}

qint64 BillComboBox::currentBillId() const
{
    return currentData().toLongLong();
}

void BillComboBox::setCurrentBillId(qint64 id)
{
    const int index = findData(id);
    setCurrentIndex(index < 0 ? 0 : index);
}

void BillComboBox::setBills(const QList<BillRecord> &bills)
{
    const qint64 selected = currentBillId();
    m_bills = bills;

    {
        const QSignalBlocker blocker(this);
        clear();
        addItem(QString(), qint64(0));
        for (const BillRecord &bill : bills)
            addItem(QString(), bill.id);
        setCurrentBillId(selected);
    }
    retranslate();

    if (currentBillId() != selected)
        emit currentBillIdChanged(currentBillId());
}

BillRecord BillComboBox::bill(qint64 id) const
{
    for (const BillRecord &bill : m_bills) {
        if (bill.id == id)
            return bill;
    }
    return {};
}

void BillComboBox::retranslate()
{
    setItemText(0, tr("(No bill — charge the account)"));
    for (int i = 0; i < m_bills.size(); ++i)
        setItemText(i + 1, entryText(m_bills.at(i)));
}

QString BillComboBox::entryText(const BillRecord &bill) const
{
    const QLocale locale;
    const std::optional<Money> total = bill.linesTotal.plus(bill.chargesTotal);
    const QString totalText = total ? total->format(locale) : bill.linesTotal.format(locale);

    //: A bill in the bill list: bill number, issue date, bill total.
    return tr("%1 — issued %2 — %3")
        .arg(bill.billNo, formatDate(bill.issueDate, locale), totalText);
}
