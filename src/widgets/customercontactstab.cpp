#include "customercontactstab.h"

#include "contactdialog.h"
#include "contactlog.h"
#include "contacttablemodel.h"
#include "logging.h"
#include "uilanguage.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

CustomerContactsTab::CustomerContactsTab(QSqlDatabase db, QWidget *parent)
    : CustomerPageTab(parent)
    , m_db(std::move(db))
    , m_model(new ContactTableModel(this))
{
    setObjectName(QStringLiteral("customerContactsTab"));

    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("contactsStatusLabel"));
    m_statusLabel->setTextFormat(Qt::PlainText);
    m_statusLabel->setWordWrap(true);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("contactsView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(ContactTableModel::NoteColumn,
                                                     QHeaderView::Stretch);

    m_addButton = new QPushButton(this);
    m_addButton->setObjectName(QStringLiteral("addContactButton"));
    m_addButton->setEnabled(false);

    auto *buttonRow = new QHBoxLayout;
    buttonRow->addWidget(m_addButton);
    buttonRow->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttonRow);
    layout->addWidget(m_statusLabel);
    layout->addWidget(m_view, 1);

    connect(m_addButton, &QPushButton::clicked, this, &CustomerContactsTab::addContact);
    retranslateUi();
}

CustomerContactsTab::~CustomerContactsTab() = default;

void CustomerContactsTab::setCustomer(qint64 customerId)
{
    m_customerId = customerId;
    m_addButton->setEnabled(customerId != 0);
    refresh();
}

void CustomerContactsTab::refresh()
{
    m_readError.clear();
    QList<ContactRecord> contacts;
    if (m_customerId != 0) {
        contacts = ContactLog(m_db, currentActor(m_db), m_clock)
                       .contactsOfCustomer(m_customerId, &m_readError);
    }
    m_model->setContacts(contacts);
    retranslateUi();
}

QString CustomerContactsTab::title() const
{
    return tr("C&ontacts");
}

void CustomerContactsTab::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        m_model->retranslate();
    }
    CustomerPageTab::changeEvent(event);
}

void CustomerContactsTab::retranslateUi()
{
    m_addButton->setText(tr("&Add Contact…"));
    m_addButton->setToolTip(tr("Record a call, message or visit with this customer"));

    if (!m_readError.isEmpty()) {
        m_statusLabel->setText(tr("The contacts could not be read: %1").arg(m_readError));
        m_statusLabel->show();
    } else if (m_model->rowCount() == 0) {
        m_statusLabel->setText(tr("No contacts recorded yet."));
        m_statusLabel->show();
    } else {
        m_statusLabel->hide();
    }
}

void CustomerContactsTab::addContact()
{
    if (m_customerId == 0)
        return;

    ContactDialog dialog(m_db, m_customerId, m_clock, this);
    if (dialog.exec() != QDialog::Accepted)
        return;

    qCInfo(lcUi) << "Added contact" << dialog.contactId() << "for customer" << m_customerId;
    refresh();
    emit contactsChanged(m_customerId);
}
