#include "customerdetailpage.h"
#include "ui_customerdetailpage.h"

#include "customerchargespanel.h"
#include "customercontactstab.h"
#include "customerrepository.h"
#include "customerpagetab.h"
#include "customerpaymentstab.h"
#include "customerspendingtab.h"
#include "customertablemodel.h"
#include "logging.h"
#include "statementdialog.h"

#include <QDataWidgetMapper>
#include <QEvent>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QSqlError>
#include <QStyle>

CustomerDetailPage::CustomerDetailPage(CustomerTableModel *customers, QSqlDatabase db,
                                       QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::CustomerDetailPage>())
    , m_customers(customers)
    , m_db(std::move(db))
    , m_mapper(new QDataWidgetMapper(this))
{
    m_ui->setupUi(this);

    // Read-only fields (code, currency) look like labels, not like inputs the
    // user may type into.
    setStyleSheet(QStringLiteral("QLineEdit[readOnly=\"true\"] { background: palette(window); }"));

    QFont titleFont = m_ui->companyNameTitle->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    m_ui->companyNameTitle->setFont(titleFont);
    QFont balanceFont = m_ui->balanceLabel->font();
    balanceFont.setBold(true);
    balanceFont.setPointSizeF(balanceFont.pointSizeF() * 1.2);
    m_ui->balanceLabel->setFont(balanceFont);
    m_ui->backButton->setIcon(style()->standardIcon(QStyle::SP_ArrowBack));

    m_chargesPanel = new CustomerChargesPanel(m_db, m_ui->chargesTab);
    m_ui->chargesTabLayout->addWidget(m_chargesPanel);

    // The tabs after 费用管理, in the order shown.
    addCustomerTab(new CustomerPaymentsTab(m_db, this));
    addCustomerTab(new CustomerContactsTab(m_db, this));
    addCustomerTab(new CustomerSpendingTab(m_db, this));

    // 客户对账单 for the customer shown, beside the balance it explains.
    m_statementButton = new QPushButton(this);
    m_statementButton->setObjectName(QStringLiteral("statementButton"));
    m_ui->headerLayout->addWidget(m_statementButton);

    m_mapper->setModel(m_customers);
    m_mapper->setSubmitPolicy(QDataWidgetMapper::ManualSubmit);
    const QList<QPair<QLineEdit *, QString>> mappings = {
        {m_ui->codeEdit, QStringLiteral("code")},
        {m_ui->companyNameEdit, QStringLiteral("company_name")},
        {m_ui->contactNameEdit, QStringLiteral("contact_name")},
        {m_ui->contactTitleEdit, QStringLiteral("contact_title")},
        {m_ui->phoneEdit, QStringLiteral("phone")},
        {m_ui->faxEdit, QStringLiteral("fax")},
        {m_ui->addressEdit, QStringLiteral("address")},
        {m_ui->cityEdit, QStringLiteral("city")},
        {m_ui->regionEdit, QStringLiteral("region")},
        {m_ui->postalCodeEdit, QStringLiteral("postal_code")},
        {m_ui->countryEdit, QStringLiteral("country")},
        {m_ui->currencyEdit, QStringLiteral("currency")},
    };
    for (const auto &[field, column] : mappings) {
        m_mapper->addMapping(field, m_customers->fieldIndex(column));
        m_fields << field;
        connect(field, &QLineEdit::textChanged, this, &CustomerDetailPage::updateEditState);
    }

    connect(m_ui->saveButton, &QPushButton::clicked, this, &CustomerDetailPage::save);
    connect(m_ui->revertButton, &QPushButton::clicked, this, &CustomerDetailPage::revert);
    connect(m_ui->backButton, &QPushButton::clicked, this, &CustomerDetailPage::goBack);
    connect(m_statementButton, &QPushButton::clicked, this, &CustomerDetailPage::openStatement);
    connect(m_customers, &QAbstractItemModel::modelReset,
            this, &CustomerDetailPage::rebindAfterReset);
    connect(m_chargesPanel, &CustomerChargesPanel::chargesChanged, this, [this] {
        refreshLoadedTabs();
        handleChargesChanged();
    });
    connect(m_ui->tabWidget, &QTabWidget::currentChanged, this, &CustomerDetailPage::loadTab);

    auto *saveShortcut = new QShortcut(QKeySequence::Save, this);
    saveShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(saveShortcut, &QShortcut::activated, this, &CustomerDetailPage::save);

    retranslateUi();
    updateEditState();
}

CustomerDetailPage::~CustomerDetailPage() = default;

bool CustomerDetailPage::openCustomer(qint64 id)
{
    if (!confirmLeave())
        return false;

    // Set first, so that the model's reset on selecting the customer binds
    // the form to it.
    const qint64 previousId = m_customerId;
    m_customerId = id;
    if (m_customers->rowOfCustomer(id) < 0) {
        qCWarning(lcUi) << "Customer" << id << "not found";
        m_customerId = previousId;
        m_customers->showCustomer(previousId);
        return false;
    }

    m_listRowStale = false;
    bindCustomerRow();
    m_chargesPanel->setCustomer(id);
    m_unloadedTabs = QSet<CustomerPageTab *>(m_extraTabs.cbegin(), m_extraTabs.cend());
    m_ui->tabWidget->setCurrentWidget(m_ui->basicTab);
    m_ui->companyNameEdit->setFocus(Qt::OtherFocusReason);
    updateHeader();
    updateEditState();
    qCInfo(lcUi) << "Opened customer" << id;
    return true;
}

bool CustomerDetailPage::hasUnsavedChanges() const
{
    return !editedValues().isEmpty();
}

bool CustomerDetailPage::confirmLeave()
{
    if (hasUnsavedChanges()) {
        QMessageBox box(QMessageBox::Question, tr("Unsaved Changes"),
                        tr("The changes to the customer “%1” have not been saved.")
                            .arg(m_ui->companyNameTitle->fullText()),
                        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
        box.setTextFormat(Qt::PlainText);
        box.setInformativeText(tr("Do you want to save them?"));
        box.setDefaultButton(QMessageBox::Save);

        switch (box.exec()) {
        case QMessageBox::Save:
            if (!save())
                return false;
            break;
        case QMessageBox::Discard:
            revert();
            break;
        default:
            return false;
        }
    }

    if (m_listRowStale)
        refreshCustomerRow();
    return true;
}

bool CustomerDetailPage::save()
{
    if (!hasUnsavedChanges())
        return true;

    if (m_ui->companyNameEdit->text().trimmed().isEmpty()) {
        m_ui->tabWidget->setCurrentWidget(m_ui->basicTab);
        QMessageBox::warning(this, tr("Company Name Missing"),
                             tr("The company name is empty. Enter the company name, then "
                                "save again."));
        m_ui->companyNameEdit->setFocus(Qt::OtherFocusReason);
        return false;
    }

    // The model rereads the table when it saves and on failure, which
    // repopulates the fields, so the edits are kept here to be put back.
    const QHash<QLineEdit *, QString> edits = editedValues();
    QString error;
    bool saved = m_mapper->submit();
    if (!saved)
        error = m_customers->lastError().text();
    if (saved)
        saved = m_customers->save(&error);

    if (!saved) {
        bindCustomerRow();
        restoreValues(edits);
        updateEditState();

        const QString message = tr("The changes to the customer could not be saved. They are "
                                   "still in the form: correct them and save again, or revert "
                                   "them.");
        QMessageBox box(QMessageBox::Warning, tr("Could Not Save"),
                        message + QStringLiteral("\n\n") + error, QMessageBox::Ok, this);
        box.setTextFormat(Qt::PlainText);
        box.exec();
        return false;
    }

    qCInfo(lcUi) << "Saved customer" << m_customerId;
    m_listRowStale = false;
    updateHeader();
    updateEditState();
    return true;
}

void CustomerDetailPage::revert()
{
    restoreValues(m_storedValues);
    updateEditState();
}

void CustomerDetailPage::refresh()
{
    if (m_customerId == 0)
        return;

    updateHeader();
    m_chargesPanel->refresh();
    refreshLoadedTabs();
}

void CustomerDetailPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void CustomerDetailPage::retranslateUi()
{
    m_ui->saveButton->setToolTip(tr("Save the changes to the customer (%1)")
                                     .arg(QKeySequence(QKeySequence::Save)
                                              .toString(QKeySequence::NativeText)));
    m_ui->revertButton->setToolTip(tr("Drop the changes and show the stored values again"));
    m_statementButton->setText(tr("State&ment…"));
    for (CustomerPageTab *tab : std::as_const(m_extraTabs))
        m_ui->tabWidget->setTabText(m_ui->tabWidget->indexOf(tab), tab->title());
    m_statementButton->setToolTip(tr("Print or save this customer's statement for a period"));
    if (m_customerId != 0)
        updateHeader();
    updateEditState();
}

void CustomerDetailPage::bindCustomerRow()
{
    m_mapper->setCurrentIndex(m_customers->rowOfCustomer(m_customerId));

    m_storedValues.clear();
    for (QLineEdit *field : std::as_const(m_fields))
        m_storedValues.insert(field, field->text());
}

void CustomerDetailPage::rebindAfterReset()
{
    if (m_customerId == 0)
        return;

    // A reset clears the mapper's row. Fields the user changed keep their
    // text, and the others show the values just read.
    const QHash<QLineEdit *, QString> edits = editedValues();
    bindCustomerRow();
    restoreValues(edits);
    updateHeader();
    updateEditState();
}

void CustomerDetailPage::updateHeader()
{
    QString error;
    const std::optional<CustomerRecord> customer =
        CustomerRepository(m_db).findById(m_customerId, &error);
    if (!customer) {
        qCWarning(lcUi) << "Could not read customer" << m_customerId << ":" << error;
        m_ui->balanceLabel->setText(tr("Outstanding balance: not available"));
        return;
    }

    m_ui->companyNameTitle->setFullText(customer->companyName);
    m_ui->customerCodeLabel->setText(tr("Customer code: %1").arg(customer->code));
    m_ui->balanceLabel->setText(
        tr("Outstanding balance: %1").arg(customer->balance.format(QLocale())));
}

void CustomerDetailPage::updateEditState()
{
    const bool changed = hasUnsavedChanges();
    m_ui->saveButton->setEnabled(changed);
    m_ui->revertButton->setEnabled(changed);
    m_ui->unsavedLabel->setText(changed ? tr("Unsaved changes") : QString());
}

void CustomerDetailPage::refreshCustomerRow()
{
    const int row = m_customers->rowOfCustomer(m_customerId);
    if (row >= 0 && m_customers->refreshRow(row))
        m_listRowStale = false;
    bindCustomerRow();
}

void CustomerDetailPage::addCustomerTab(CustomerPageTab *tab)
{
    m_extraTabs << tab;
    m_ui->tabWidget->addTab(tab, tab->title());
    connect(tab, &CustomerPageTab::customerMoneyChanged, this, [this, tab] {
        m_chargesPanel->refresh();
        refreshLoadedTabs(tab);
        handleChargesChanged();
    });
}

void CustomerDetailPage::loadTab(int index)
{
    auto *tab = qobject_cast<CustomerPageTab *>(m_ui->tabWidget->widget(index));
    if (tab && m_customerId != 0 && m_unloadedTabs.remove(tab))
        tab->setCustomer(m_customerId);
}

void CustomerDetailPage::refreshLoadedTabs(CustomerPageTab *except)
{
    for (CustomerPageTab *tab : std::as_const(m_extraTabs)) {
        if (tab != except && !m_unloadedTabs.contains(tab))
            tab->refresh();
    }
}

void CustomerDetailPage::handleChargesChanged()
{
    updateHeader();

    // Rereading the row repopulates every field, so it waits while the
    // form has unsaved edits.
    if (hasUnsavedChanges())
        m_listRowStale = true;
    else
        refreshCustomerRow();

    emit customerMoneyChanged();
}

void CustomerDetailPage::goBack()
{
    if (confirmLeave())
        emit backRequested();
}

void CustomerDetailPage::openStatement()
{
    if (m_customerId == 0)
        return;
    StatementDialog dialog(m_db, m_customerId, this);
    dialog.exec();
}

QHash<QLineEdit *, QString> CustomerDetailPage::editedValues() const
{
    QHash<QLineEdit *, QString> edits;
    for (QLineEdit *field : m_fields) {
        if (field->text() != m_storedValues.value(field))
            edits.insert(field, field->text());
    }
    return edits;
}

void CustomerDetailPage::restoreValues(const QHash<QLineEdit *, QString> &values)
{
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        it.key()->setText(it.value());
}
