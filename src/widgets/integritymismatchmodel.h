#pragma once

#include "integritymismatch.h"

#include <QAbstractTableModel>
#include <QList>

// The mismatches of an integrity check, one per row: the problem, the row
// found wrong, the column, the audit record compared with, the stored value
// and the expected value. Hashes are cut to their first 16 digits; the
// full sentence of a row, with whole hashes, is its tooltip.
// Titles and problems follow the UI language.
class IntegrityMismatchModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        ProblemColumn,
        RowColumn,
        FieldColumn,
        AuditColumn,
        StoredColumn,
        ExpectedColumn,
        ColumnCount
    };

    explicit IntegrityMismatchModel(QObject *parent = nullptr);

    void setMismatches(const QList<IntegrityMismatch> &mismatches);
    const QList<IntegrityMismatch> &mismatches() const { return m_mismatches; }

    // Re-titles the columns and relabels the rows after the UI language
    // changed.
    void retranslate();

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<IntegrityMismatch> m_mismatches;
};
