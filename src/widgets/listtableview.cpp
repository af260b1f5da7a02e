#include "listtableview.h"

#include "sqllistmodel.h"

#include <QFontMetrics>
#include <QHeaderView>
#include <QItemSelectionModel>

namespace {

// Widest a column grows when sized to its contents, in average characters.
// Longer texts are elided, and the note columns show them in full in the
// tooltip.
constexpr int MaxColumnCharacters = 40;

// Room around a sample text, in average characters. The item delegate
// leaves less around a cell's text, so a sample's column never clips it.
constexpr int SampleMarginCharacters = 2;

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

    // Columns are sized to the rows on screen: precision 0, which
    // sizeHintForColumn() reads from the horizontal header. A hidden view
    // would measure every row with it, so sizeColumns() runs only while the
    // view is visible. The default of 1,000 rows made the paged customer
    // list read ten pages on every search, and the text layout of 100 rows
    // took most of the time to open a customer with many charges.
    horizontalHeader()->setResizeContentsPrecision(0);
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

void ListTableView::setColumnSamples(int column, const QStringList &samples)
{
    if (samples.isEmpty())
        m_columnSamples.remove(column);
    else
        m_columnSamples.insert(column, samples);
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

    if (!isVisible()) {
        m_sizingPending = true;
        return;
    }
    sizeColumns();
}

void ListTableView::showEvent(QShowEvent *event)
{
    QTableView::showEvent(event);
    if (m_sizingPending)
        sizeColumns();
}

void ListTableView::sizeColumns()
{
    m_sizingPending = false;
    if (!model())
        return;

    // The stretched last column is left alone, because sizing it to its
    // contents can stop it from stretching after a reset.
    int lastVisible = -1;
    for (int visual = horizontalHeader()->count() - 1; visual >= 0 && lastVisible < 0; --visual) {
        const int column = horizontalHeader()->logicalIndex(visual);
        if (!isColumnHidden(column))
            lastVisible = column;
    }

    const QFontMetrics metrics = fontMetrics();
    const int maxWidth = metrics.averageCharWidth() * MaxColumnCharacters;
    for (int column = 0; column < model()->columnCount(); ++column) {
        if (isColumnHidden(column)
            || (column == lastVisible && horizontalHeader()->stretchLastSection())) {
            continue;
        }

        const auto samples = m_columnSamples.constFind(column);
        if (samples != m_columnSamples.constEnd()) {
            int width = horizontalHeader()->sectionSizeHint(column);
            for (const QString &sample : *samples) {
                width = qMax(width, metrics.horizontalAdvance(sample)
                                        + SampleMarginCharacters * metrics.averageCharWidth());
            }
            setColumnWidth(column, width);
            continue;
        }

        resizeColumnToContents(column);
        if (columnWidth(column) > maxWidth)
            setColumnWidth(column, maxWidth);
    }
}
