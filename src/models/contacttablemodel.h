#pragma once

#include "contactrecord.h"

#include <QAbstractTableModel>
#include <QList>

// A customer's contact log (联系记录): date, item, note and who recorded
// it, latest first as ContactLog::contactsOfCustomer() returns it.
class ContactTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { DateColumn, ItemColumn, NoteColumn, ByColumn, ColumnCount };

    explicit ContactTableModel(QObject *parent = nullptr);

    // Replaces the contacts shown.
    void setContacts(const QList<ContactRecord> &contacts);

    // Tells the views that every header and text changed language.
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString displayText(const ContactRecord &contact, int column) const;

    QList<ContactRecord> m_contacts;
};
