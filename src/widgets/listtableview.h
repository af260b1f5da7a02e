#pragma once

#include <QHash>
#include <QStringList>
#include <QTableView>

class SqlListModel;

// A read-only table for lists: whole-row single selection, alternating row
// colours, no row numbers, columns sized to their contents up to a limit.
// Hidden columns stay hidden when the model is reset or requeried.
//
// Columns are sized to the rows on screen. A view that is hidden, as the
// lists of a page or tab are when it opens, waits until it is shown, so
// that it measures only what it shows.
class ListTableView : public QTableView
{
    Q_OBJECT

public:
    explicit ListTableView(QWidget *parent = nullptr);

    // Shows model and hides its SqlListModel::hiddenColumns(), again after
    // every requery.
    void setListModel(SqlListModel *model);

    // Hides columns of any model, again after every reset.
    void setHiddenColumns(const QList<int> &columns);

    void setModel(QAbstractItemModel *model) override;

    // Sizes column to its header and the widest of samples instead of its
    // rows, for a column whose widest value is known, such as an amount or
    // a date. An empty list sizes the column to its rows again.
    void setColumnSamples(int column, const QStringList &samples);

    // Returns the model row of the selected row, or -1 when none is selected.
    int selectedRow() const;

protected:
    void showEvent(QShowEvent *event) override;

private:
    void applyColumnLayout();
    void sizeColumns();

    SqlListModel *m_listModel = nullptr;
    QList<int> m_hiddenColumns;
    QHash<int, QStringList> m_columnSamples;
    QList<QMetaObject::Connection> m_modelConnections;

    // Whether the columns wait for the view to be shown to be sized.
    bool m_sizingPending = false;
};
