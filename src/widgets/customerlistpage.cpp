#include "customerlistpage.h"

#include "customerfilterproxymodel.h"
#include "customertablemodel.h"
#include "listtableview.h"
#include "scrollpositionguard.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSqlRecord>
#include <QVBoxLayout>

CustomerListPage::CustomerListPage(CustomerTableModel *customers, QWidget *parent)
    : QWidget(parent)
    , m_customers(customers)
    , m_proxy(new CustomerFilterProxyModel(this))
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

    // Search the stored text of the four columns a user identifies a
    // customer by.
    m_proxy->setSourceModel(m_customers);
    m_proxy->setSearchColumns({m_customers->fieldIndex(QStringLiteral("code")),
                               m_customers->fieldIndex(QStringLiteral("company_name")),
                               m_customers->fieldIndex(QStringLiteral("contact_name")),
                               m_customers->fieldIndex(QStringLiteral("phone"))});

    // Sorting comes first, so the columns are sized with room for the sort
    // indicator. The company name takes the width that is left.
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(m_customers->fieldIndex(QStringLiteral("code")), Qt::AscendingOrder);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(
        m_customers->fieldIndex(QStringLiteral("company_name")), QHeaderView::Stretch);
    const QStringList shownFields = {
        QStringLiteral("code"),    QStringLiteral("company_name"), QStringLiteral("contact_name"),
        QStringLiteral("phone"),   QStringLiteral("country"),      QStringLiteral("balance_minor"),
    };
    QList<int> hiddenColumns;
    for (int column = 0; column < m_customers->columnCount(); ++column) {
        if (!shownFields.contains(m_customers->record().fieldName(column)))
            hiddenColumns << column;
    }
    m_table->setHiddenColumns(hiddenColumns);

    auto *searchLayout = new QHBoxLayout;
    searchLayout->addWidget(m_searchEdit, 1);
    searchLayout->addWidget(m_countLabel);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_titleLabel);
    layout->addLayout(searchLayout);
    layout->addWidget(m_table, 1);

    connect(m_searchEdit, &QLineEdit::textChanged, m_proxy,
            &CustomerFilterProxyModel::setSearchText);
    connect(m_searchEdit, &QLineEdit::returnPressed, this, &CustomerListPage::openSingleMatch);
    connect(m_table, &QAbstractItemView::activated, this, &CustomerListPage::activateRow);

    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &CustomerListPage::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &CustomerListPage::updateCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &CustomerListPage::updateCount);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &CustomerListPage::updateCount);

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
    const int sourceRow = m_customers->rowOfCustomer(id);
    if (sourceRow < 0)
        return;

    const QModelIndex proxyIndex = m_proxy->mapFromSource(
        m_customers->index(sourceRow, m_customers->fieldIndex(QStringLiteral("code"))));
    if (!proxyIndex.isValid())
        return;

    m_table->setCurrentIndex(proxyIndex);
    m_table->scrollTo(proxyIndex);
}

void CustomerListPage::reloadCustomers()
{
    const QModelIndex current = m_proxy->mapToSource(m_table->currentIndex());
    const qint64 currentId = current.isValid() ? m_customers->customerId(current.row()) : 0;

    const ScrollPositionGuard keepPosition(m_table);
    m_customers->refresh();
    if (currentId != 0)
        selectCustomer(currentId);
}

int CustomerListPage::matchCount() const
{
    return m_proxy->rowCount();
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
    updateCount();
}

void CustomerListPage::updateCount()
{
    m_countLabel->setText(tr("%n customer(s)", nullptr, m_proxy->rowCount()));
}

void CustomerListPage::activateRow(const QModelIndex &proxyIndex)
{
    const QModelIndex sourceIndex = m_proxy->mapToSource(proxyIndex);
    if (!sourceIndex.isValid())
        return;
    emit customerActivated(m_customers->customerId(sourceIndex.row()));
}

void CustomerListPage::openSingleMatch()
{
    if (m_proxy->rowCount() == 1) {
        activateRow(m_proxy->index(0, 0));
        return;
    }

    // With several matches, Enter moves to the table so the arrow keys pick one.
    if (m_proxy->rowCount() > 1) {
        m_table->setFocus(Qt::OtherFocusReason);
        if (!m_table->currentIndex().isValid())
            m_table->setCurrentIndex(m_proxy->index(0, m_customers->fieldIndex(
                                                           QStringLiteral("code"))));
    }
}
