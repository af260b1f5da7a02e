#pragma once

#include <QStyledItemDelegate>

class QSqlTableModel;

// The item delegate between the 新增费用 form's widgets and the pending row
// of a charges model, for QDataWidgetMapper.
//
// Converts values where the widget and the column differ.
// - amount_minor: The line edit keeps the text as typed. The column gets
//   the minor units that Money::parse() reads from the text in the row's
//   currency and QLocale(), or NULL while the text is not a valid amount.
// - due_date: A QDateEdit's date is stored as an ISO 8601 string.
// - bill_id: A BillComboBox's 0 ("no bill") is stored as NULL.
// Other columns go through the editor's USER property unchanged.
class ChargeFormDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit ChargeFormDelegate(const QSqlTableModel *model, QObject *parent = nullptr);

    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;

protected:
    bool eventFilter(QObject *object, QEvent *event) override;

private:
    QString currencyOf(const QModelIndex &index) const;

    int m_amountColumn = -1;
    int m_currencyColumn = -1;
    int m_dueDateColumn = -1;
    int m_billColumn = -1;
};
