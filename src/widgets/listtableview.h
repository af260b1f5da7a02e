#pragma once

#include <QTableView>

class SqlListModel;

// A read-only table for lists: whole-row single selection, alternating row
// colours, no row numbers, columns sized to their contents up to a limit.
// Hidden columns stay hidden when the model is reset or requeried.
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

    // Returns the model row of the selected row, or -1 when none is selected.
    int selectedRow() const;

private:
    void applyColumnLayout();

    SqlListModel *m_listModel = nullptr;
    QList<int> m_hiddenColumns;
    QList<QMetaObject::Connection> m_modelConnections;
};
