#include "snoozedialog.h"

#include "dateformat.h"
#include "errorlabel.h"
#include "logging.h"
#include "remindersnoozer.h"
#include "uilanguage.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

SnoozeDialog::SnoozeDialog(QSqlDatabase db, const ReminderItem &item, CalendarClock clock,
                           QWidget *parent)
    : QDialog(parent)
    , m_db(std::move(db))
    , m_item(item)
    , m_clock(clock)
{
    setObjectName(QStringLiteral("snoozeDialog"));
    m_itemLabel = new QLabel(this);
    m_itemLabel->setObjectName(QStringLiteral("itemLabel"));
    m_itemLabel->setTextFormat(Qt::PlainText);
    m_itemLabel->setWordWrap(true);

    const QDate today = m_clock.today();
    m_dateTitle = new QLabel(this);
    m_dateEdit = new QDateEdit(today.addDays(DefaultSnoozeDays), this);
    m_dateEdit->setObjectName(QStringLiteral("untilEdit"));
    m_dateEdit->setCalendarPopup(true);
    m_dateEdit->setDateRange(ReminderSnoozer::earliestUntil(today),
                             ReminderSnoozer::latestUntil(today));
    m_dateTitle->setBuddy(m_dateEdit);

    m_noteTitle = new QLabel(this);
    m_noteEdit = new QLineEdit(this);
    m_noteEdit->setObjectName(QStringLiteral("noteEdit"));
    m_noteEdit->setMaxLength(ReminderSnoozer::MaxNoteLength);
    m_noteTitle->setBuddy(m_noteEdit);

    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    ErrorLabel::style(m_errorLabel);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);

    auto *form = new QFormLayout;
    form->addRow(m_dateTitle, m_dateEdit);
    form->addRow(m_noteTitle, m_noteEdit);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_itemLabel);
    layout->addLayout(form);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &SnoozeDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    retranslateUi();
    resize(qMax(width(), 420), height());
    m_dateEdit->setFocus();
}

SnoozeDialog::~SnoozeDialog() = default;

void SnoozeDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void SnoozeDialog::retranslateUi()
{
    const QLocale locale;
    setWindowTitle(tr("Snooze Reminder"));
    //: Customer name, then the item with its due date and open amount.
    m_itemLabel->setText(tr("%1\n%2, due %3, open %4")
                             .arg(m_item.item.customerName, m_item.description(),
                                  formatDate(m_item.item.dueDate, locale),
                                  m_item.item.open.format(locale)));
    m_dateTitle->setText(tr("Show &again on:"));
    m_dateEdit->setDisplayFormat(dateDisplayFormat(locale));
    m_noteTitle->setText(tr("&Note:"));
    m_noteEdit->setPlaceholderText(tr("Optional, e.g. “Waiting for the signed contract”"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Snooze"));

    // NOTE: the message of a failed save keeps the language it was written
    // in, because the service returns it as finished text.
    ErrorLabel::setMessages(m_errorLabel,
                            m_saveError.isEmpty() ? QStringList() : QStringList(m_saveError));
}

void SnoozeDialog::save()
{
    ReminderSnoozer snoozer(m_db, currentActor(m_db), m_clock);
    const ReminderSnoozer::Result result =
        snoozer.snooze(m_item.item.kind, m_item.item.id, m_dateEdit->date(), m_noteEdit->text());
    if (!result.ok) {
        qCWarning(lcUi) << "Snooze of" << OpenItem::kindName(m_item.item.kind) << m_item.item.id
                        << "not saved:" << result.errorMessage;
        m_saveError = result.errorMessage;
        retranslateUi();
        return;
    }
    accept();
}
