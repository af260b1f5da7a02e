#pragma once

#include "lookuprepository.h"
#include "uilanguage.h"

#include <QHash>
#include <QSqlTableModel>

// The charges table for views and for the 新增费用 dialog's pending row.
//
// Manual submit, on the "charges" table from construction on, so the record
// layout is there before any select(). Money and lookup columns display
// formatted and labelled in the UI language, and Qt::EditRole returns the
// stored values (minor units, codes, ISO dates). The model never writes:
// insertRowIntoTable(), updateRowInTable() and deleteRowFromTable() fail with
// an error that points to ChargeService, so submitAll() cannot bypass the
// service's checks.
class ChargeTableModel : public QSqlTableModel
{
    Q_OBJECT

public:
    explicit ChargeTableModel(QObject *parent = nullptr, const QSqlDatabase &db = QSqlDatabase());

    // Shows only the charges of one customer (0 shows all). Takes effect on
    // the next select().
    void setCustomerFilter(qint64 customerId);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

public slots:
    // Reloads the lookup labels in the current UI language and emits
    // headerDataChanged() and dataChanged() for every header and cell. Call
    // it from the owning widget's changeEvent(QEvent::LanguageChange).
    void retranslate();

protected:
    bool insertRowIntoTable(const QSqlRecord &values) override;
    bool updateRowInTable(int row, const QSqlRecord &values) override;
    bool deleteRowFromTable(int row) override;

private:
    QVariant displayValue(const QModelIndex &index) const;
    QString lookupLabel(LookupRepository::Table table, const QString &code) const;
    void loadLabels(UiLanguage language) const;
    void rejectWrite(const char *operation);

    // Labels by LookupRepository::Table, then by code, in m_labelLanguage.
    mutable QHash<int, QHash<QString, QString>> m_labels;
    mutable UiLanguage m_labelLanguage = UiLanguage::English;
    mutable bool m_labelsLoaded = false;
};
