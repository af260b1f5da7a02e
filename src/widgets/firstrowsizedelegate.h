#pragma once

#include <QStyledItemDelegate>

// An item delegate that sizes every row like the first one. With uniform
// item sizes, QListView measures the last row (QListViewPrivate::itemSize in
// Qt 6.4). A model that reads its rows page by page from SQL then reads the
// last page, and an OFFSET that far walks every row before it. The first
// row is on the page the view reads anyway.
class FirstRowSizeDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};
