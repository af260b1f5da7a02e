#pragma once

#include <QPointer>

class QAbstractItemView;

// Keeps the scroll position of a view across a requery of its model. A
// requery resets the model, after which the view would show its rows from
// the top, so a list that another program's change rereads would jump.
//
//   const ScrollPositionGuard keep(view);
//   model->refresh();
//   ... restore the selection ...
//
// The destructor lays the view out for the new rows and scrolls back to the
// same offsets, limited to the new range. It runs last, so that restoring
// the selection, which scrolls to the selected row, does not move the view.
class ScrollPositionGuard
{
public:
    explicit ScrollPositionGuard(QAbstractItemView *view);
    ~ScrollPositionGuard();

    ScrollPositionGuard(const ScrollPositionGuard &) = delete;
    ScrollPositionGuard &operator=(const ScrollPositionGuard &) = delete;

private:
    QPointer<QAbstractItemView> m_view;
    int m_horizontal = 0;
    int m_vertical = 0;
};
