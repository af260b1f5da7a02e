#include "customerfilter.h"

#include "customercheckmodel.h"
#include "customerlistmodel.h"
#include "errorlabel.h"
#include "firstrowsizedelegate.h"
#include "logging.h"

#include <QCheckBox>
#include <QEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QStyle>
#include <QVBoxLayout>

namespace {

// The widest the list grows to show its longest label, in average
// character widths. A longer label is elided and shown whole in its tool
// tip.
constexpr int MaxListWidthChars = 48;

// Checked customers the count's tool tip names; the rest are counted.
constexpr int NamedInToolTip = 20;

} // namespace

CustomerFilter::CustomerFilter(QWidget *parent)
    : QWidget(parent)
    , m_allCheck(new QCheckBox(this))
    , m_searchEdit(new QLineEdit(this))
    , m_list(new QListView(this))
    , m_checkedLabel(new QLabel(this))
    , m_emptyLabel(new QLabel(this))
{
    m_allCheck->setObjectName(QStringLiteral("allCheck"));
    m_searchEdit->setObjectName(QStringLiteral("searchEdit"));
    m_list->setObjectName(QStringLiteral("customerList"));
    m_checkedLabel->setObjectName(QStringLiteral("checkedLabel"));
    m_emptyLabel->setObjectName(QStringLiteral("emptyLabel"));
    ErrorLabel::style(m_emptyLabel);

    m_allCheck->setChecked(true);
    m_searchEdit->setClearButtonEnabled(true);
    m_searchEdit->installEventFilter(this);

    // Uniform rows let the view size every item like one, so it requests
    // only the rows it shows, and the model reads only their pages.
    m_list->setUniformItemSizes(true);
    m_list->setItemDelegate(new FirstRowSizeDelegate(m_list));
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_checkedLabel->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_allCheck);
    layout->addWidget(m_searchEdit);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_checkedLabel);
    layout->addWidget(m_emptyLabel);

    // The state is updated before the signal, so a receiver that calls
    // isEmptySelection() finds the message already shown.
    connect(m_allCheck, &QCheckBox::toggled, this, [this] {
        updateState();
        emit selectionChanged();
    });
    connect(m_searchEdit, &QLineEdit::textChanged, this, &CustomerFilter::search);
    retranslateUi();
    updateState();
}

bool CustomerFilter::setDatabase(QSqlDatabase db)
{
    delete m_model;
    m_model = new CustomerCheckModel(db, this);
    m_list->setModel(m_model);
    connect(m_model, &CustomerCheckModel::checkedChanged, this, [this] {
        updateState();
        emit selectionChanged();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &CustomerFilter::fitListWidth);

    const bool read = m_model->customers()->reload();
    m_lastError = m_model->customers()->lastError();
    if (!read)
        qCWarning(lcUi) << "Could not list the customers for a report filter:" << m_lastError;
    updateState();
    return read;
}

QString CustomerFilter::lastError() const
{
    return m_lastError;
}

void CustomerFilter::setTexts(const QString &allText, const QString &emptyMessage,
                              const QString &searchPlaceholder)
{
    m_allCheck->setText(allText);
    m_emptyLabel->setText(emptyMessage);
    m_searchEdit->setPlaceholderText(searchPlaceholder);
}

bool CustomerFilter::isAll() const
{
    return m_allCheck->isChecked();
}

void CustomerFilter::setAll(bool all)
{
    m_allCheck->setChecked(all);
}

QList<qint64> CustomerFilter::checkedIds() const
{
    if (isAll() || !m_model)
        return {};
    return m_model->checkedIds();
}

bool CustomerFilter::setCheckedIds(const QList<qint64> &ids)
{
    if (!m_model)
        return false;

    // One signal for the new checks and the unchecked "All".
    bool read = false;
    {
        const QSignalBlocker blocker(m_model);
        const QSignalBlocker allBlocker(m_allCheck);
        m_allCheck->setChecked(false);
        read = m_model->setCheckedIds(ids, &m_lastError);
    }
    if (!read)
        qCWarning(lcUi) << "Could not read the customers" << ids << "to check:" << m_lastError;
    m_list->viewport()->update();
    updateState();
    emit selectionChanged();
    return read;
}

bool CustomerFilter::isEmptySelection() const
{
    return !isAll() && (!m_model || m_model->checkedCount() == 0);
}

QStringList CustomerFilter::checkedLabels() const
{
    QStringList labels;
    if (isAll() || !m_model)
        return labels;
    for (const CustomerListRow &customer : m_model->checkedCustomers())
        labels << CustomerCheckModel::label(customer);
    return labels;
}

void CustomerFilter::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

bool CustomerFilter::eventFilter(QObject *watched, QEvent *event)
{
    // Down in the search field goes on to the list, as in a completer.
    if (watched == m_searchEdit && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Down && m_model
        && m_model->rowCount() > 0) {
        m_list->setFocus(Qt::TabFocusReason);
        if (!m_list->currentIndex().isValid())
            m_list->setCurrentIndex(m_model->index(0, 0));
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void CustomerFilter::fitListWidth()
{
    if (!m_model)
        return;

    // Only the first page is measured, which the view reads anyway. The
    // list grows but never shrinks, so it does not jump while the user types.
    // The check box indicator, the item margins and a vertical scroll bar
    // come on top of the text.
    const QFontMetrics metrics = m_list->fontMetrics();
    int widest = 0;
    const int measured = qMin(m_model->rowCount(), int(CustomerListModel::PageSize));
    for (int row = 0; row < measured; ++row) {
        widest = qMax(widest, metrics.horizontalAdvance(
                                  m_model->index(row, 0).data(Qt::DisplayRole).toString()));
    }
    const int indicator = style()->pixelMetric(QStyle::PM_IndicatorWidth, nullptr, m_list);
    const int scrollBar = style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, m_list);
    const int chrome = indicator + scrollBar + 4 * metrics.averageCharWidth()
                       + 2 * m_list->frameWidth();
    const int maxWidth = MaxListWidthChars * metrics.averageCharWidth();
    m_list->setMinimumWidth(qMax(m_list->minimumWidth(), qMin(widest + chrome, maxWidth)));
}

void CustomerFilter::search(const QString &text)
{
    if (!m_model)
        return;
    m_model->customers()->setSearchText(text);
    if (!m_model->customers()->lastError().isEmpty())
        m_lastError = m_model->customers()->lastError();
}

void CustomerFilter::retranslateUi()
{
    if (m_model)
        m_model->retranslate();
    updateState();
}

void CustomerFilter::updateState()
{
    // While "All" is checked the customer checks do not count, so they are
    // greyed out but kept for when the user unchecks "All" again.
    m_list->setEnabled(!isAll());
    m_searchEdit->setEnabled(!isAll());
    m_emptyLabel->setVisible(isEmptySelection());

    const int checked = m_model ? m_model->checkedCount() : 0;
    m_checkedLabel->setVisible(!isAll() && checked > 0);
    //: Under the customer filter: how many customers are checked, including
    //: those the current search hides.
    m_checkedLabel->setText(tr("Checked: %1").arg(QLocale().toString(checked)));

    QStringList named = checkedLabels().mid(0, NamedInToolTip);
    if (checked > NamedInToolTip)
        named << tr("and %n more", nullptr, checked - NamedInToolTip);
    m_checkedLabel->setToolTip(named.join(QLatin1Char('\n')));
}
