#include "scrollpositionguard.h"

#include <QAbstractItemView>
#include <QScrollBar>

ScrollPositionGuard::ScrollPositionGuard(QAbstractItemView *view)
    : m_view(view)
    , m_horizontal(view->horizontalScrollBar()->value())
    , m_vertical(view->verticalScrollBar()->value())
{
}

ScrollPositionGuard::~ScrollPositionGuard()
{
    if (!m_view)
        return;

    // The scroll ranges follow the new rows only after the view's delayed
    // layout, which doItemsLayout() runs now.
    m_view->doItemsLayout();
    m_view->horizontalScrollBar()->setValue(m_horizontal);
    m_view->verticalScrollBar()->setValue(m_vertical);
}
