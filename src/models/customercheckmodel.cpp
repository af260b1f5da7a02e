#include "customercheckmodel.h"

#include "customerlistmodel.h"
#include "customerrepository.h"

#include <algorithm>

CustomerCheckModel::CustomerCheckModel(QSqlDatabase db, QObject *parent)
    : QIdentityProxyModel(parent)
    , m_db(db)
    , m_customers(new CustomerListModel(db, this))
{
    // By name, as a person looks a customer up; the name column walks an
    // index, so a page costs no sort of every match.
    m_customers->sort(CustomerListQuery::CompanyName, Qt::AscendingOrder);
    setSourceModel(m_customers);
}

QString CustomerCheckModel::label(const CustomerListRow &customer)
{
    //: A customer in a filter list: customer code, two spaces, company name.
    return tr("%1  %2").arg(customer.code, customer.companyName);
}

QList<CustomerListRow> CustomerCheckModel::checkedCustomers() const
{
    QList<CustomerListRow> customers = m_checked.values();
    std::sort(customers.begin(), customers.end(),
              [](const CustomerListRow &left, const CustomerListRow &right) {
                  const int byName = left.companyName.compare(right.companyName,
                                                              Qt::CaseInsensitive);
                  return byName != 0 ? byName < 0 : left.code < right.code;
              });
    return customers;
}

QList<qint64> CustomerCheckModel::checkedIds() const
{
    QList<qint64> ids;
    for (const CustomerListRow &customer : checkedCustomers())
        ids << customer.id;
    return ids;
}

bool CustomerCheckModel::setCheckedIds(const QList<qint64> &ids, QString *error)
{
    QHash<qint64, CustomerListRow> checked;
    const CustomerRepository repository(m_db);
    for (qint64 id : ids) {
        QString readError;
        const std::optional<CustomerRecord> record = repository.findById(id, &readError);
        if (!readError.isEmpty()) {
            *error = readError;
            return false;
        }
        if (!record)
            continue;
        CustomerListRow customer;
        customer.id = record->id;
        customer.code = record->code;
        customer.companyName = record->companyName;
        checked.insert(customer.id, customer);
    }
    m_checked = checked;
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, 0), {Qt::CheckStateRole});
    emit checkedChanged();
    return true;
}

void CustomerCheckModel::retranslate()
{
    if (rowCount() > 0) {
        emit dataChanged(index(0, 0), index(rowCount() - 1, 0),
                         {Qt::DisplayRole, Qt::ToolTipRole});
    }
}

QVariant CustomerCheckModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.column() != 0)
        return QIdentityProxyModel::data(index, role);

    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole: {
        const CustomerListRow customer = rowCustomer(index.row());
        return customer.id != 0 ? label(customer) : QVariant();
    }
    case Qt::CheckStateRole:
        return m_checked.contains(m_customers->customerId(index.row())) ? Qt::Checked
                                                                        : Qt::Unchecked;
    case CustomerIdRole:
        return m_customers->customerId(index.row());
    default:
        return QIdentityProxyModel::data(index, role);
    }
}

bool CustomerCheckModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || index.column() != 0 || role != Qt::CheckStateRole)
        return QIdentityProxyModel::setData(index, value, role);

    const CustomerListRow customer = rowCustomer(index.row());
    if (customer.id == 0)
        return false;
    const bool checked = value.value<Qt::CheckState>() == Qt::Checked;
    if (checked == m_checked.contains(customer.id))
        return true;
    if (checked)
        m_checked.insert(customer.id, customer);
    else
        m_checked.remove(customer.id);
    emit dataChanged(index, index, {Qt::CheckStateRole});
    emit checkedChanged();
    return true;
}

Qt::ItemFlags CustomerCheckModel::flags(const QModelIndex &index) const
{
    const Qt::ItemFlags flags = QIdentityProxyModel::flags(index);
    return index.isValid() && index.column() == 0 ? flags | Qt::ItemIsUserCheckable : flags;
}

CustomerListRow CustomerCheckModel::rowCustomer(int row) const
{
    CustomerListRow customer;
    customer.id = m_customers->customerId(row);
    if (customer.id == 0)
        return customer;
    customer.code = m_customers->index(row, CustomerListQuery::Code).data().toString();
    customer.companyName =
        m_customers->index(row, CustomerListQuery::CompanyName).data().toString();
    return customer;
}
