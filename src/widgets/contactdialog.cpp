#include "contactdialog.h"

#include "chargevalidator.h"
#include "contactlog.h"
#include "dateformat.h"
#include "errorlabel.h"
#include "logging.h"
#include "reminderquery.h"
#include "uilanguage.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

ContactDialog::ContactDialog(QSqlDatabase db, const ReminderItem &item, CalendarClock clock,
                             QWidget *parent)
    : QDialog(parent)
    , m_db(std::move(db))
    , m_clock(clock)
    , m_customerId(item.item.customerId)
    , m_item(item)
{
    createForm();
}

ContactDialog::ContactDialog(QSqlDatabase db, qint64 customerId, CalendarClock clock,
                             QWidget *parent)
    : QDialog(parent)
    , m_db(std::move(db))
    , m_clock(clock)
    , m_customerId(customerId)
{
    loadChoices();
    createForm();
}

ContactDialog::~ContactDialog() = default;

void ContactDialog::loadChoices()
{
    QString error;
    m_choices = ReminderQuery(m_db, currentUiLanguage())
                    .openItemsOfCustomer(m_customerId, m_clock.today(), &error);
    if (!error.isEmpty()) {
        qCWarning(lcUi) << "Could not read the open items of customer" << m_customerId << ":"
                        << error;
        m_loadError = error;
    }
}

void ContactDialog::createForm()
{
    setObjectName(QStringLiteral("contactDialog"));
    m_introLabel = new QLabel(this);
    m_introLabel->setWordWrap(true);
    m_itemTitle = new QLabel(this);
    m_dateTitle = new QLabel(this);
    m_noteTitle = new QLabel(this);

    if (m_item) {
        m_itemLabel = new QLabel(this);
        m_itemLabel->setObjectName(QStringLiteral("itemLabel"));
        m_itemLabel->setTextFormat(Qt::PlainText);
        m_itemLabel->setWordWrap(true);
    } else {
        m_itemCombo = new QComboBox(this);
        m_itemCombo->setObjectName(QStringLiteral("itemCombo"));
        m_itemCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        m_itemTitle->setBuddy(m_itemCombo);
    }

    // A contact is recorded when it took place, so no later day than today.
    const QDate today = m_clock.today();
    m_dateEdit = new QDateEdit(today, this);
    m_dateEdit->setObjectName(QStringLiteral("dateEdit"));
    m_dateEdit->setCalendarPopup(true);
    m_dateEdit->setMaximumDate(today);
    m_dateTitle->setBuddy(m_dateEdit);

    m_noteEdit = new QPlainTextEdit(this);
    m_noteEdit->setObjectName(QStringLiteral("noteEdit"));
    m_noteEdit->setTabChangesFocus(true);
    m_noteEdit->setMinimumHeight(fontMetrics().lineSpacing() * 4);
    m_noteTitle->setBuddy(m_noteEdit);
    m_counterLabel = new QLabel(this);
    m_counterLabel->setAlignment(Qt::AlignRight);

    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    ErrorLabel::style(m_errorLabel);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);

    auto *form = new QFormLayout;
    form->addRow(m_itemTitle, m_item ? static_cast<QWidget *>(m_itemLabel) : m_itemCombo);
    form->addRow(m_dateTitle, m_dateEdit);
    form->addRow(m_noteTitle, m_noteEdit);
    form->addRow(QString(), m_counterLabel);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_introLabel);
    layout->addLayout(form);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_buttons);

    connect(m_noteEdit, &QPlainTextEdit::textChanged, this, &ContactDialog::updateSaveButton);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ContactDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    retranslateUi();
    resize(qMax(width(), 440), height());
    m_noteEdit->setFocus();
}

void ContactDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ContactDialog::retranslateUi()
{
    const QLocale locale;
    setWindowTitle(m_item ? tr("Mark Contacted") : tr("Add Contact"));
    m_itemTitle->setText(tr("About:"));
    m_dateTitle->setText(tr("Contact &date:"));
    m_noteTitle->setText(tr("&Note:"));
    m_dateEdit->setDisplayFormat(dateDisplayFormat(locale));
    m_noteEdit->setPlaceholderText(tr("What was said or agreed, e.g. “Will pay on Friday”"));

    if (m_item) {
        m_introLabel->setText(tr("Record a contact with %1. The item leaves the reminders "
                                 "until its next step.")
                                  .arg(m_item->item.customerName));
        m_itemLabel->setText(tr("%1, due %2, open %3")
                                 .arg(m_item->description(),
                                      formatDate(m_item->item.dueDate, locale),
                                      m_item->item.open.format(locale)));
    } else {
        m_introLabel->setText(tr("Record a call, message or visit. A contact about an open "
                                 "item takes it off the reminders until its next step."));
        const int current = m_itemCombo->currentIndex();
        m_itemCombo->clear();
        m_itemCombo->addItem(tr("No particular item"));
        for (const ReminderItem &choice : std::as_const(m_choices)) {
            m_itemCombo->addItem(tr("%1, due %2, open %3")
                                     .arg(choice.description(),
                                          formatDate(choice.item.dueDate, locale),
                                          choice.item.open.format(locale)));
        }
        m_itemCombo->setCurrentIndex(qMax(current, 0));
    }

    m_buttons->button(QDialogButtonBox::Save)->setText(tr("&Save Contact"));

    QStringList problems;
    if (!m_loadError.isEmpty())
        problems << tr("The open items could not be read: %1").arg(m_loadError);
    // NOTE: the message of a failed save keeps the language it was written
    // in, because the service returns it as finished text.
    if (!m_saveError.isEmpty())
        problems << m_saveError;
    ErrorLabel::setMessages(m_errorLabel, problems);
    updateSaveButton();
}

void ContactDialog::updateSaveButton()
{
    const int length = ChargeValidator::characterCount(m_noteEdit->toPlainText().trimmed());
    m_counterLabel->setText(tr("%1/%2").arg(length).arg(ContactLog::MaxNoteLength));
    ErrorLabel::setAlarm(m_counterLabel, length > ContactLog::MaxNoteLength);
    m_buttons->button(QDialogButtonBox::Save)
        ->setEnabled(length > 0 && length <= ContactLog::MaxNoteLength);
}

void ContactDialog::save()
{
    ContactLog log(m_db, currentActor(m_db), m_clock);
    const QDate contactedOn = m_dateEdit->date();
    const QString note = m_noteEdit->toPlainText();

    ContactLog::Result result;
    if (m_item) {
        result = log.markContacted(m_item->item.kind, m_item->item.id, contactedOn, note);
    } else {
        const int choice = m_itemCombo->currentIndex() - 1;
        if (choice >= 0 && choice < m_choices.size()) {
            const OpenItem &item = m_choices.at(choice).item;
            result = log.markContacted(item.kind, item.id, contactedOn, note);
        } else {
            result = log.addContact(m_customerId, contactedOn, note);
        }
    }

    if (!result.ok) {
        qCWarning(lcUi) << "Contact for customer" << m_customerId
                        << "not saved:" << result.errorMessage;
        m_saveError = result.errorMessage;
        retranslateUi();
        return;
    }
    m_contactId = result.contactId;
    accept();
}
