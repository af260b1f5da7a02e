#pragma once

#include "records.h"

#include <QComboBox>
#include <QList>

// A combo box of one customer's bills, led by a "no bill" entry for a charge
// on the customer's account. Each entry shows the bill number, issue date
// and total; the bill id is the item data (0 for "no bill").
//
// currentBillId is the USER property, so QDataWidgetMapper and item
// delegates bind the id.
class BillComboBox : public QComboBox
{
    Q_OBJECT
    Q_PROPERTY(qint64 currentBillId READ currentBillId WRITE setCurrentBillId
                   NOTIFY currentBillIdChanged USER true)

public:
    explicit BillComboBox(QWidget *parent = nullptr);

    // Returns the selected bill's id, or 0 for "no bill".
    qint64 currentBillId() const;

    // Selects the bill with id; 0 or an id not in the list selects "no bill".
    void setCurrentBillId(qint64 id);

    // Replaces the bills, keeping the selected id when it is still listed.
    void setBills(const QList<BillRecord> &bills);

    // Returns the listed bill with id, or a record with id 0.
    BillRecord bill(qint64 id) const;

    // Rewrites every entry's text in the current language and locale.
    void retranslate();

signals:
    void currentBillIdChanged(qint64 id);

private:
    QString entryText(const BillRecord &bill) const;

    QList<BillRecord> m_bills;
};
