#include "choicelistfilter.h"

#include "errorlabel.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSet>
#include <QSignalBlocker>
#include <QStyle>
#include <QVBoxLayout>

namespace {

// Labels the list's width is measured over.
constexpr int MeasuredRows = 1000;

constexpr int KeyRole = Qt::UserRole;

// The widest the list grows to show its longest label, in average
// character widths. A longer label is elided and shown whole in its tool
// tip.
constexpr int MaxListWidthChars = 48;

} // namespace

ChoiceListFilter::ChoiceListFilter(QWidget *parent)
    : QWidget(parent)
    , m_allCheck(new QCheckBox(this))
    , m_searchEdit(new QLineEdit(this))
    , m_list(new QListWidget(this))
    , m_emptyLabel(new QLabel(this))
{
    m_allCheck->setObjectName(QStringLiteral("allCheck"));
    m_searchEdit->setObjectName(QStringLiteral("searchEdit"));
    m_list->setObjectName(QStringLiteral("choiceList"));
    m_emptyLabel->setObjectName(QStringLiteral("emptyLabel"));
    ErrorLabel::style(m_emptyLabel);

    m_allCheck->setChecked(true);
    m_searchEdit->setClearButtonEnabled(true);
    m_searchEdit->hide();
    m_list->setUniformItemSizes(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_allCheck);
    layout->addWidget(m_searchEdit);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_emptyLabel);

    // The state is updated before the signal, so a receiver that calls
    // isEmptySelection() finds the message already shown.
    connect(m_allCheck, &QCheckBox::toggled, this, [this] {
        updateState();
        emit selectionChanged();
    });
    connect(m_list, &QListWidget::itemChanged, this, [this] {
        updateState();
        emit selectionChanged();
    });
    connect(m_searchEdit, &QLineEdit::textChanged, this, &ChoiceListFilter::applySearch);
    updateState();
}

void ChoiceListFilter::setSearchable(bool searchable)
{
    m_searchEdit->setVisible(searchable);
    if (!searchable)
        m_searchEdit->clear();
}

void ChoiceListFilter::setTexts(const QString &allText, const QString &emptyMessage,
                                const QString &searchPlaceholder)
{
    m_allCheck->setText(allText);
    m_emptyLabel->setText(emptyMessage);
    m_searchEdit->setPlaceholderText(searchPlaceholder);
}

void ChoiceListFilter::setChoices(const QList<Choice> &choices)
{
    const QVariantList checked = [this] {
        QVariantList keys;
        for (int row = 0; row < m_list->count(); ++row) {
            if (m_list->item(row)->checkState() == Qt::Checked)
                keys << m_list->item(row)->data(KeyRole);
        }
        return keys;
    }();

    {
        // Each item is complete before it joins the list: an item changed
        // after that signals the change to the view, which with a hundred
        // thousand customers took seconds.
        const QSignalBlocker blocker(m_list);
        m_list->setUpdatesEnabled(false);
        m_list->clear();
        for (const Choice &choice : choices) {
            auto *item = new QListWidgetItem(choice.label);
            item->setToolTip(choice.label);
            item->setData(KeyRole, choice.key);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            item->setCheckState(!checked.isEmpty() && checked.contains(choice.key)
                                    ? Qt::Checked
                                    : Qt::Unchecked);
            m_list->addItem(item);
        }
        m_list->setUpdatesEnabled(true);
    }
    fitListWidth();
    applySearch();
    updateState();
    emit selectionChanged();
}

void ChoiceListFilter::fitListWidth()
{
    // The check box indicator, the item margins and a vertical scroll bar
    // come on top of the text.
    // The first MeasuredRows labels set the width, so a long list opens
    // without measuring each label.
    const QFontMetrics metrics = m_list->fontMetrics();
    int widest = 0;
    for (int row = 0; row < qMin(m_list->count(), MeasuredRows); ++row)
        widest = qMax(widest, metrics.horizontalAdvance(m_list->item(row)->text()));
    const int indicator = style()->pixelMetric(QStyle::PM_IndicatorWidth, nullptr, m_list);
    const int scrollBar = style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, m_list);
    const int chrome = indicator + scrollBar + 4 * metrics.averageCharWidth()
                       + 2 * m_list->frameWidth();
    const int maxWidth = MaxListWidthChars * metrics.averageCharWidth();
    m_list->setMinimumWidth(qMin(widest + chrome, maxWidth));
}

bool ChoiceListFilter::isAll() const
{
    return m_allCheck->isChecked();
}

void ChoiceListFilter::setAll(bool all)
{
    m_allCheck->setChecked(all);
}

QVariantList ChoiceListFilter::checkedKeys() const
{
    QVariantList keys;
    if (isAll())
        return keys;
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->checkState() == Qt::Checked)
            keys << m_list->item(row)->data(KeyRole);
    }
    return keys;
}

void ChoiceListFilter::setCheckedKeys(const QVariantList &keys)
{
    {
        const QSignalBlocker blocker(m_list);
        for (int row = 0; row < m_list->count(); ++row) {
            QListWidgetItem *item = m_list->item(row);
            item->setCheckState(keys.contains(item->data(KeyRole)) ? Qt::Checked
                                                                    : Qt::Unchecked);
        }
    }
    if (isAll()) {
        m_allCheck->setChecked(false);
        return;
    }
    updateState();
    emit selectionChanged();
}

bool ChoiceListFilter::isEmptySelection() const
{
    return !isAll() && checkedKeys().isEmpty();
}

QStringList ChoiceListFilter::checkedLabels() const
{
    QStringList labels;
    if (isAll())
        return labels;
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->checkState() == Qt::Checked)
            labels << m_list->item(row)->text();
    }
    return labels;
}

void ChoiceListFilter::applySearch()
{
    const QString text = m_searchEdit->text().trimmed();
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem *item = m_list->item(row);
        item->setHidden(!text.isEmpty() && !item->text().contains(text, Qt::CaseInsensitive));
    }
}

void ChoiceListFilter::updateState()
{
    // While "All" is checked the item checks do not count, so they are
    // greyed out but kept for when the user unchecks "All" again.
    m_list->setEnabled(!isAll());
    m_searchEdit->setEnabled(!isAll());
    m_emptyLabel->setVisible(isEmptySelection());
}
