#include "firstrowsizedelegate.h"

QSize FirstRowSizeDelegate::sizeHint(const QStyleOptionViewItem &option,
                                     const QModelIndex &index) const
{
    return QStyledItemDelegate::sizeHint(option, index.siblingAtRow(0));
}
