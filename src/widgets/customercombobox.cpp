#include "customercombobox.h"

#include "customerrepository.h"
#include "customersuggestionmodel.h"
#include "logging.h"

#include <QAbstractProxyModel>
#include <QCompleter>
#include <QEvent>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListView>
#include <QStyle>

namespace {

// Rows the pop-up shows before it scrolls.
constexpr int VisibleRows = 20;

} // namespace

CustomerComboBox::CustomerComboBox(QWidget *parent)
    : QComboBox(parent)
{
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(30);

    // The combo box has no items: the customers are in the completer's
    // model, so the default completer over the items would find nothing.
    setCompleter(nullptr);

    connect(lineEdit(), &QLineEdit::textEdited, this, &CustomerComboBox::textEdited);
    connect(this, &QComboBox::editTextChanged, this, &CustomerComboBox::emitIfChanged);
    // Enter, and leaving the field with Tab or a click, choose the customer
    // whose code or company name was typed in full.
    connect(lineEdit(), &QLineEdit::editingFinished, this, &CustomerComboBox::chooseExactMatch);
}

void CustomerComboBox::setDatabase(QSqlDatabase db)
{
    m_db = db;
    delete m_completer;
    delete m_suggestions;
    m_suggestions = new CustomerSuggestionModel(db, this);
    m_suggestions->setLabeler(&CustomerComboBox::label);

    // The completer filters the listed matches again on the fields the SQL
    // search matched, so that the pop-up follows the text between two
    // searches. It is not set on the line edit, which would otherwise
    // replace the typed text with a highlighted row's search text.
    m_completer = new QCompleter(m_suggestions, this);
    m_completer->setCompletionRole(CustomerSuggestionModel::SearchTextRole);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchContains);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_completer->setMaxVisibleItems(VisibleRows);
    m_completer->setWidget(lineEdit());
    if (auto *view = qobject_cast<QListView *>(m_completer->popup()))
        view->setUniformItemSizes(true);
    connect(m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this,
            &CustomerComboBox::chooseIndex);
}

qint64 CustomerComboBox::currentCustomerId() const
{
    return m_chosen.id != 0 && currentText() == m_chosenText ? m_chosen.id : 0;
}

QString CustomerComboBox::currentCustomerCode() const
{
    return currentCustomerId() != 0 ? m_chosen.code : QString();
}

void CustomerComboBox::setCurrentCustomerId(qint64 id)
{
    std::optional<CustomerRecord> record;
    if (id != 0 && m_db.isValid()) {
        QString error;
        record = CustomerRepository(m_db).findById(id, &error);
        if (!error.isEmpty())
            qCWarning(lcUi) << "Could not read customer" << id << "to choose it:" << error;
        setLastError(error);
    }
    if (!record) {
        m_chosen = CustomerListRow();
        m_chosenText.clear();
        setEditText(QString());
        emitIfChanged();
        return;
    }

    CustomerListRow customer;
    customer.id = record->id;
    customer.code = record->code;
    customer.companyName = record->companyName;
    choose(customer);
}

void CustomerComboBox::showPopup()
{
    if (!m_completer)
        return;

    // While the text names the chosen customer, the pop-up starts from the
    // top of the list, so another customer is one click away.
    search(currentCustomerId() != 0 ? QString() : currentText());
    openPopup();
}

void CustomerComboBox::changeEvent(QEvent *event)
{
    // The label's format is translated, so a chosen customer is written
    // again in the new language and stays chosen.
    if (event->type() == QEvent::LanguageChange && m_chosen.id != 0) {
        const bool chosen = currentCustomerId() != 0;
        m_chosenText = label(m_chosen);
        if (chosen)
            setEditText(m_chosenText);
        if (m_suggestions)
            m_suggestions->relabel();
    }
    QComboBox::changeEvent(event);
}

void CustomerComboBox::keyPressEvent(QKeyEvent *event)
{
    // Down opens the pop-up as in a completer, since the combo box has no
    // items of its own to step through.
    if (event->key() == Qt::Key_Down && event->modifiers() == Qt::NoModifier) {
        showPopup();
        event->accept();
        return;
    }
    QComboBox::keyPressEvent(event);
}

QString CustomerComboBox::label(const CustomerListRow &customer)
{
    //: A customer to choose: company name and customer code.
    return tr("%1 (%2)").arg(customer.companyName, customer.code);
}

void CustomerComboBox::search(const QString &text)
{
    if (!m_suggestions)
        return;
    m_suggestions->setSearchText(text);
    setLastError(m_suggestions->lastError());
    m_completer->setCompletionPrefix(text.trimmed());
}

void CustomerComboBox::textEdited(const QString &text)
{
    if (!m_completer)
        return;
    search(text);
    if (text.trimmed().isEmpty())
        m_completer->popup()->hide();
    else
        openPopup();
}

void CustomerComboBox::openPopup()
{
    // The pop-up is as wide as the combo box, or as its longest label where
    // that is wider, so that a long company name is not cut off. At most
    // MaxRows labels are measured.
    QAbstractItemView *popup = m_completer->popup();
    const QFontMetrics metrics = popup->fontMetrics();
    int widest = 0;
    for (int row = 0; row < m_suggestions->rowCount(); ++row) {
        widest = qMax(widest, metrics.horizontalAdvance(
                                  m_suggestions->index(row).data(Qt::DisplayRole).toString()));
    }
    const int chrome = style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, popup)
                       + 2 * popup->frameWidth() + 2 * metrics.averageCharWidth();
    QRect area = lineEdit()->rect();
    area.setWidth(qMax(width(), widest + chrome));
    m_completer->complete(area);
}

void CustomerComboBox::choose(const CustomerListRow &customer)
{
    m_chosen = customer;
    m_chosenText = label(customer);
    setEditText(m_chosenText);
    emitIfChanged();
}

void CustomerComboBox::chooseIndex(const QModelIndex &index)
{
    const auto *matches = qobject_cast<const QAbstractProxyModel *>(index.model());
    const QModelIndex source = matches ? matches->mapToSource(index) : index;
    const CustomerListRow customer = m_suggestions->customer(source.row());
    if (customer.id != 0)
        choose(customer);
}

void CustomerComboBox::chooseExactMatch()
{
    const QString typed = currentText().trimmed();
    if (typed.isEmpty() || currentCustomerId() != 0 || !m_suggestions)
        return;

    // A code is unique; a company name may repeat, and then Enter chooses
    // nothing rather than one of them at random.
    // NOTE: only the listed matches are compared. A customer whose code is
    // a short text that more than MaxRows other customers contain is not
    // found this way, and the user picks it from the pop-up instead.
    search(typed);
    int match = -1;
    for (int row = 0; row < m_suggestions->rowCount(); ++row) {
        const CustomerListRow customer = m_suggestions->customer(row);
        if (customer.code.compare(typed, Qt::CaseInsensitive) == 0) {
            match = row;
            break;
        }
        if (customer.companyName.compare(typed, Qt::CaseInsensitive) == 0)
            match = match == -1 ? row : -2;
    }
    if (match < 0)
        return;

    m_completer->popup()->hide();
    choose(m_suggestions->customer(match));
}

void CustomerComboBox::emitIfChanged()
{
    const qint64 id = currentCustomerId();
    if (id == m_lastCustomerId)
        return;
    m_lastCustomerId = id;
    emit customerChanged(id);
}

void CustomerComboBox::setLastError(const QString &error)
{
    if (error == m_lastError)
        return;
    m_lastError = error;
    emit errorChanged();
}
