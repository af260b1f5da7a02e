#include "customerlistpage.h"

#include "customerlistmodel.h"
#include "listtableview.h"
#include "money.h"
#include "scrollpositionguard.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QVBoxLayout>

CustomerListPage::CustomerListPage(CustomerListModel *customers, QWidget *parent)
    : QWidget(parent)
    , m_customers(customers)
    , m_titleLabel(new QLabel(this))
    , m_searchEdit(new QLineEdit(this))
    , m_table(new ListTableView(this))
    , m_countLabel(new QLabel(this))
{
    m_titleLabel->setObjectName(QStringLiteral("titleLabel"));
    QFont titleFont = m_titleLabel->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    m_titleLabel->setFont(titleFont);

    m_searchEdit->setObjectName(QStringLiteral("searchEdit"));
    m_searchEdit->setClearButtonEnabled(true);
    m_table->setObjectName(QStringLiteral("customerTable"));
    m_countLabel->setObjectName(QStringLiteral("countLabel"));

    // The model lists by code already. With the indicator set before
    // sorting is enabled and the model set, neither sorts nor reads the
    // rows again, and the columns are sized with room for the indicator.
    // The company name takes the width that is left.
    m_table->horizontalHeader()->setSortIndicator(CustomerListQuery::Code, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);
    m_table->setModel(m_customers);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(CustomerListQuery::CompanyName,
                                                      QHeaderView::Stretch);

    auto *searchLayout = new QHBoxLayout;
    searchLayout->addWidget(m_searchEdit, 1);
    searchLayout->addWidget(m_countLabel);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_titleLabel);
    layout->addLayout(searchLayout);
    layout->addWidget(m_table, 1);

    connect(m_searchEdit, &QLineEdit::textChanged, m_customers,
            &CustomerListModel::setSearchText);
    connect(m_searchEdit, &QLineEdit::returnPressed, this, &CustomerListPage::openSingleMatch);
    connect(m_table, &QAbstractItemView::activated, this, &CustomerListPage::activateRow);

    connect(m_customers, &QAbstractItemModel::modelReset, this, &CustomerListPage::updateCount);
    connect(m_customers, &CustomerListModel::countCompleted, this,
            &CustomerListPage::updateCount);

    setFocusProxy(m_searchEdit);
    retranslateUi();
}

void CustomerListPage::focusSearch()
{
    m_searchEdit->setFocus(Qt::OtherFocusReason);
    m_searchEdit->selectAll();
}

void CustomerListPage::selectCustomer(qint64 id)
{
    const int row = m_customers->rowOfCustomer(id);
    if (row < 0)
        return;

    const QModelIndex index = m_customers->index(row, CustomerListQuery::Code);
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
}

void CustomerListPage::reloadCustomers()
{
    const QModelIndex current = m_table->currentIndex();
    const qint64 currentId = current.isValid() ? m_customers->customerId(current.row()) : 0;

    const ScrollPositionGuard keepPosition(m_table);
    m_customers->reload();
    if (currentId != 0)
        selectCustomer(currentId);
}

void CustomerListPage::refreshRows()
{
    m_customers->refreshRows();
}

int CustomerListPage::matchCount() const
{
    return m_customers->rowCount();
}

void CustomerListPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void CustomerListPage::retranslateUi()
{
    m_titleLabel->setText(tr("Customers"));
    m_searchEdit->setPlaceholderText(tr("Search by code, company name, contact name or phone"));
    m_searchEdit->setToolTip(tr("Shows the customers whose code, company name, contact name "
                                "or phone contains the text, ignoring case."));
    m_searchEdit->setMinimumWidth(
        m_searchEdit->fontMetrics().horizontalAdvance(m_searchEdit->placeholderText()) + 48);
    fitBalanceColumn();
    updateCount();
}

void CustomerListPage::fitBalanceColumn()
{
    // The columns are sized over the rows on screen only, so the balance
    // column is sized for a large amount in a long currency symbol instead,
    // formatted as the language formats it.
    m_table->setColumnSamples(CustomerListQuery::Balance,
                              {Money(-99'999'999'999, QStringLiteral("TWD")).format(QLocale())});
}

void CustomerListPage::updateCount()
{
    // %Ln groups the digits as the language does: 100,000 customers.
    if (!m_customers->isCountComplete()) {
        m_countLabel->setText(tr("At least %Ln customer(s)", nullptr, m_customers->rowCount()));
        return;
    }

    // An empty list after a search names the text that found nothing, so
    // that a typing mistake is seen at once.
    const QString searched = m_customers->searchText();
    if (m_customers->rowCount() == 0 && !searched.isEmpty()) {
        const QString elidedText = m_countLabel->fontMetrics().elidedText(
            searched, Qt::ElideRight, m_countLabel->fontMetrics().averageCharWidth() * 12);
        m_countLabel->setText(tr("No match for “%1”").arg(elidedText));
        return;
    }
    m_countLabel->setText(tr("%Ln customer(s)", nullptr, m_customers->rowCount()));
}

void CustomerListPage::activateRow(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const qint64 id = m_customers->customerId(index.row());
    if (id != 0)
        emit customerActivated(id);
}

void CustomerListPage::openSingleMatch()
{
    if (m_customers->rowCount() == 1) {
        activateRow(m_customers->index(0, 0));
        return;
    }

    // With several matches, Enter moves to the table so the arrow keys pick one.
    if (m_customers->rowCount() > 1) {
        m_table->setFocus(Qt::OtherFocusReason);
        if (!m_table->currentIndex().isValid())
            m_table->setCurrentIndex(m_customers->index(0, CustomerListQuery::Code));
    }
}
