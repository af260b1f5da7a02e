#pragma once

#include "csvimportpreview.h"

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>

// The first rows of a CSV file as the import will read them: the line
// number, then one column per mapped target field in the order of the
// fields. The titles follow the UI language, and the cells are the file's
// text.
class CsvImportPreviewModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit CsvImportPreviewModel(QObject *parent = nullptr);

    // Shows the rows of preview with the columns its mapping feeds.
    void setPreview(const CsvImportPreview &preview);

    // Re-titles the columns after the UI language changed.
    void retranslate();

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    CsvImportKind m_kind = CsvImportKind::Customers;
    QStringList m_targets;      // the mapped targets, one per column after the line
    QList<int> m_fileColumns;   // the file's column of each of them
    QList<CsvImportFile::Row> m_rows;
};
