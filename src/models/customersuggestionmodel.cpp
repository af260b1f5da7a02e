#include "customersuggestionmodel.h"

#include "customerlistmodel.h"

CustomerSuggestionModel::CustomerSuggestionModel(QSqlDatabase db, QObject *parent)
    : QAbstractListModel(parent)
    , m_customers(new CustomerListModel(db, this))
{
    m_customers->sort(CustomerListQuery::CompanyName, Qt::AscendingOrder);
}

void CustomerSuggestionModel::setLabeler(std::function<QString(const CustomerListRow &)> labeler)
{
    m_labeler = std::move(labeler);
    relabel();
}

bool CustomerSuggestionModel::setSearchText(const QString &text)
{
    // The list model skips a search equal to its last one and counts nothing
    // before its first, so those cases reload it instead.
    const QString term = text.trimmed();
    if (m_searched && term == m_customers->searchText() && m_lastError.isEmpty())
        return true;
    if (term != m_customers->searchText())
        m_customers->setSearchText(term);
    else
        m_customers->reload();
    m_searched = true;

    beginResetModel();
    m_rows.clear();
    m_lastError = m_customers->lastError();
    const int listed = qMin(m_customers->rowCount(), MaxRows);
    for (int row = 0; row < listed && m_lastError.isEmpty(); ++row) {
        CustomerListRow customer;
        customer.id = m_customers->customerId(row);
        customer.code = m_customers->index(row, CustomerListQuery::Code).data().toString();
        customer.companyName =
            m_customers->index(row, CustomerListQuery::CompanyName).data().toString();
        customer.contactName =
            m_customers->index(row, CustomerListQuery::ContactName).data().toString();
        customer.phone = m_customers->index(row, CustomerListQuery::Phone).data().toString();
        m_lastError = m_customers->lastError();
        if (customer.id != 0)
            m_rows.append(customer);
    }
    if (!m_lastError.isEmpty())
        m_rows.clear();
    endResetModel();
    return m_lastError.isEmpty();
}

CustomerListRow CustomerSuggestionModel::customer(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row) : CustomerListRow();
}

int CustomerSuggestionModel::matchCount() const
{
    return m_lastError.isEmpty() ? m_customers->rowCount() : 0;
}

int CustomerSuggestionModel::cachedRowCount() const
{
    return m_customers->cachedRowCount();
}

void CustomerSuggestionModel::relabel()
{
    if (!m_rows.isEmpty())
        emit dataChanged(index(0), index(int(m_rows.size()) - 1), {Qt::DisplayRole});
}

int CustomerSuggestionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant CustomerSuggestionModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const CustomerListRow &customer = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return m_labeler ? m_labeler(customer) : customer.companyName;
    case CustomerIdRole:
        return customer.id;
    case SearchTextRole:
        return QStringList{customer.code, customer.companyName, customer.contactName,
                           customer.phone}
            .join(QLatin1Char('\n'));
    default:
        return {};
    }
}
