#pragma once

#include <QSet>
#include <QSqlQueryModel>
#include <QStringList>

class QSqlQuery;

// Base of the read-only lists on the customer pages: a QSqlQueryModel that
// runs one prepared query, formats money columns in the row's currency,
// shows UTC timestamps in local time, and titles its columns in the UI
// language.
//
// Subclasses build their query in refresh() and hand it to execute(). Each
// row must have a "currency" column when any money column is registered.
class SqlListModel : public QSqlQueryModel
{
    Q_OBJECT

public:
    explicit SqlListModel(QSqlDatabase db, QObject *parent = nullptr);

    // Runs the query again, for example after a charge was written.
    virtual void refresh() = 0;

    // Requeries labels and re-titles the columns after the UI language
    // changed.
    void retranslate();

    // Columns that views hide, such as ids and the currency that the money
    // columns already show.
    QList<int> hiddenColumns() const;

    // Returns the value of field in row, or an invalid QVariant.
    QVariant fieldValue(int row, const QString &field) const;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    // Returns the translated title of a result column.
    virtual QString columnTitle(const QString &field) const = 0;

    // Returns the display text of a cell that needs more than the raw value,
    // or an invalid QVariant to show the stored value.
    virtual QVariant displayText(int row, const QString &field) const;

    // Prepares statement on query. On failure the model is left empty and
    // lastError() contains the driver's message.
    bool prepare(QSqlQuery &query, const QString &statement);

    // Executes the prepared, bound query and shows its rows. On failure the
    // model is left empty and lastError() contains the driver's message.
    bool execute(QSqlQuery &query);

    QSqlDatabase database() const { return m_db; }

    void setHiddenFields(const QStringList &fields) { m_hiddenFields = fields; }
    void setMoneyFields(const QStringList &fields);
    void setNumberFields(const QStringList &fields);
    void setTimestampFields(const QStringList &fields);
    // Fields holding ISO dates, shown in the UI locale.
    void setDateFields(const QStringList &fields);

private:
    QSqlDatabase m_db;
    QStringList m_hiddenFields;
    QSet<QString> m_moneyFields;
    QSet<QString> m_numberFields;
    QSet<QString> m_timestampFields;
    QSet<QString> m_dateFields;
};
