#pragma once

#include "csvimportsummary.h"

#include <QAbstractTableModel>
#include <QList>

// The entries of a CSV check or import, one per row: the line of the file,
// the status, the field at fault and the message. Column titles, statuses
// and field labels follow the UI language. The messages come from the
// importer as finished text.
class CsvImportEntryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { LineColumn, StatusColumn, FieldColumn, MessageColumn, ColumnCount };

    explicit CsvImportEntryModel(QObject *parent = nullptr);

    // Shows entries, in their order, of a check (dryRun) or an import of
    // kind.
    void setEntries(CsvImportKind kind, bool dryRun,
                    const QList<CsvImportSummary::Entry> &entries);

    void clear();

    // Re-titles the columns and relabels the statuses and fields after the
    // UI language changed.
    void retranslate();

    // Returns the titles and every row as lines of tab-separated cells, for
    // the clipboard.
    QString toTabSeparatedText() const;

    // Returns the cells of row, or the column titles for row -1.
    QStringList rowTexts(int row) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    CsvImportKind m_kind = CsvImportKind::Customers;
    bool m_dryRun = false;
    QList<CsvImportSummary::Entry> m_entries;
};
