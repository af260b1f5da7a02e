#include "listtableview.h"

#include "sqllistmodel.h"

#include <QHeaderView>
#include <QItemSelectionModel>

namespace {

// Widest a column grows when sized to its contents, in average characters.
// Longer texts are elided, and the note columns show them in full in the
// tooltip.
constexpr int MaxColumnCharacters = 40;

// Rows a column is sized over: the rows on screen, and for the customer
// list one page of CustomerListModel.
constexpr int SizedRows = 100;

} // namespace

ListTableView::ListTableView(QWidget *parent)
    : QTableView(parent)
{
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setAlternatingRowColors(true);
    setWordWrap(false);
    verticalHeader()->hide();

    // Columns are sized to at most SizedRows rows. sizeHintForColumn()
    // reads this precision from the horizontal header. Its default of 1,000
    // rows made the paged customer list read ten pages on every search, and
    // 0 ("the rows on screen") measures every row while the view is hidden,
    // as the lists are when a page or tab opens.
    horizontalHeader()->setResizeContentsPrecision(SizedRows);
    horizontalHeader()->setStretchLastSection(true);
    horizontalHeader()->setHighlightSections(false);
}

void ListTableView::setListModel(SqlListModel *model)
{
    m_listModel = model;
    setModel(model);
}

void ListTableView::setHiddenColumns(const QList<int> &columns)
{
    m_hiddenColumns = columns;
    applyColumnLayout();
}

void ListTableView::setModel(QAbstractItemModel *model)
{
    for (const QMetaObject::Connection &connection : std::as_const(m_modelConnections))
        disconnect(connection);
    m_modelConnections.clear();

    QTableView::setModel(model);
    if (model) {
        // Connected after the header's own handlers, so the layout is
        // applied to the rebuilt sections.
        m_modelConnections << connect(model, &QAbstractItemModel::modelReset,
                                      this, &ListTableView::applyColumnLayout)
                           << connect(model, &QAbstractItemModel::headerDataChanged,
                                      this, &ListTableView::applyColumnLayout);
    }
    applyColumnLayout();
}

int ListTableView::selectedRow() const
{
    const QModelIndexList rows = selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

void ListTableView::applyColumnLayout()
{
    if (!model())
        return;

    QList<int> hidden = m_hiddenColumns;
    if (m_listModel && m_listModel == model())
        hidden += m_listModel->hiddenColumns();

    for (int column = 0; column < model()->columnCount(); ++column)
        setColumnHidden(column, hidden.contains(column));

    // The stretched last column is left alone, because sizing it to its
    // contents can stop it from stretching after a reset.
    int lastVisible = -1;
    for (int visual = horizontalHeader()->count() - 1; visual >= 0 && lastVisible < 0; --visual) {
        const int column = horizontalHeader()->logicalIndex(visual);
        if (!isColumnHidden(column))
            lastVisible = column;
    }

    const int maxWidth = fontMetrics().averageCharWidth() * MaxColumnCharacters;
    for (int column = 0; column < model()->columnCount(); ++column) {
        if (isColumnHidden(column)
            || (column == lastVisible && horizontalHeader()->stretchLastSection())) {
            continue;
        }
        resizeColumnToContents(column);
        if (columnWidth(column) > maxWidth)
            setColumnWidth(column, maxWidth);
    }
}
