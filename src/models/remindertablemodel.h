#pragma once

#include "reminderitem.h"

#include <QAbstractTableModel>
#include <QList>

// The reminder items of the reminder panel: step ("Due in 3 days",
// "Overdue 12 days"), customer, due date, open amount and item, the most
// needed first because the dock is narrow. Overdue steps are shown in red.
// data() builds the texts in the current language, so retranslate() only
// emits the signals that make the views read them again.
class ReminderTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { StepColumn, CustomerColumn, DueDateColumn, OpenAmountColumn, ItemColumn,
                  ColumnCount };

    explicit ReminderTableModel(QObject *parent = nullptr);

    // Replaces the items shown.
    void setItems(const QList<ReminderItem> &items);
    const QList<ReminderItem> &items() const { return m_items; }

    // Returns the item in row; row must be valid.
    const ReminderItem &item(int row) const { return m_items.at(row); }

    // Returns the row of the item of kind with id, or -1.
    int rowOf(OpenItem::Kind kind, qint64 id) const;

    // Tells the views that every header and text changed language.
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString displayText(const ReminderItem &item, int column) const;

    QList<ReminderItem> m_items;
};
