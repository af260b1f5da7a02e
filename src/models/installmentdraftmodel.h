#pragma once

#include "money.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QList>

#include <optional>

// The installments of a plan being drafted in the 回款计划 dialog: number,
// due date and amount, with the due date and the amount editable in place.
//
// An amount is typed in the plan's currency and parsed with the UI locale
// (Money::parse, positive amounts only). A text that does not parse stays
// in the cell as typed, shown in the error colour with the reason in its
// tooltip, until it is corrected.
class InstallmentDraftModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { SeqColumn, DueDateColumn, AmountColumn, ColumnCount };

    explicit InstallmentDraftModel(QObject *parent = nullptr);

    // Replaces the rows with one per due date and amount; both lists must
    // have the same length, and amounts in currency.
    void setInstallments(const QString &currency, const QList<QDate> &dueDates,
                         const QList<Money> &amounts);

    // Replaces the due dates and keeps the amounts; dueDates must have one
    // date per row.
    void setDueDates(const QList<QDate> &dueDates);

    QString currency() const { return m_currency; }
    QDate dueDate(int row) const;

    // Returns the amount of row, or std::nullopt while its text is invalid.
    std::optional<Money> amount(int row) const;

    // Returns the translated reason why the amount of row is invalid, or an
    // empty string.
    QString amountError(int row) const;

    // Returns the sum of the amounts, or std::nullopt while any is invalid.
    std::optional<Money> total() const;

    // Writes the messages of invalid amounts again and retitles the columns,
    // after a language change. Valid amounts are formatted in the current
    // locale whenever they are shown.
    void retranslate();

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QDate dueDate;
        std::optional<Money> amount;
        QString invalidText; // as typed while amount is std::nullopt
        QString error;
    };

    QString m_currency;
    QList<Row> m_rows;
};
