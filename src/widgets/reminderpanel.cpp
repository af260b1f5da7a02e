#include "reminderpanel.h"

#include "contactdialog.h"
#include "logging.h"
#include "reminderquery.h"
#include "remindersettings.h"
#include "remindertablemodel.h"
#include "snoozedialog.h"
#include "uilanguage.h"

#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace {

constexpr int MinuteMs = 60 * 1000;

// The midnight refresh runs this long after the date changed, so that the
// clock reads the new day even when the timer fires a little early.
constexpr int MidnightMarginMs = 2000;

} // namespace

ReminderPanel::ReminderPanel(QSqlDatabase db, QWidget *parent)
    : QDockWidget(parent)
    , m_db(std::move(db))
    , m_model(new ReminderTableModel(this))
    , m_minuteTimer(new QTimer(this))
    , m_midnightTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("reminderPanel"));
    setAllowedAreas(Qt::LeftDockWidgetArea | Qt::RightDockWidgetArea);

    auto *content = new QWidget(this);
    m_windowLabel = new QLabel(content);
    m_windowSpin = new QSpinBox(content);
    m_windowSpin->setObjectName(QStringLiteral("windowDaysSpin"));
    m_windowSpin->setRange(0, ReminderQuery::MaxWindowDays);
    m_windowSpin->setValue(ReminderSettings::windowDays());
    m_windowLabel->setBuddy(m_windowSpin);

    m_statusLabel = new QLabel(content);
    m_statusLabel->setObjectName(QStringLiteral("reminderStatusLabel"));
    m_statusLabel->setTextFormat(Qt::PlainText);
    m_statusLabel->setWordWrap(true);

    m_view = new QTableView(content);
    m_view->setObjectName(QStringLiteral("reminderView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    // The columns are sized to the rows on screen once per read (see
    // refresh()). QHeaderView::ResizeToContents sized them on every layout,
    // over up to 1,000 rows, dozens of times when the dock first filled.
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->horizontalHeader()->setResizeContentsPrecision(0);
    m_view->horizontalHeader()->setStretchLastSection(true);

    m_contactButton = new QPushButton(content);
    m_contactButton->setObjectName(QStringLiteral("markContactedButton"));
    m_snoozeButton = new QPushButton(content);
    m_snoozeButton->setObjectName(QStringLiteral("snoozeButton"));
    m_openButton = new QPushButton(content);
    m_openButton->setObjectName(QStringLiteral("openCustomerButton"));

    auto *windowRow = new QHBoxLayout;
    windowRow->addWidget(m_windowLabel);
    windowRow->addWidget(m_windowSpin);
    windowRow->addStretch();
    auto *buttonRow = new QHBoxLayout;
    buttonRow->addWidget(m_contactButton);
    buttonRow->addWidget(m_snoozeButton);
    buttonRow->addWidget(m_openButton);
    buttonRow->addStretch();

    auto *layout = new QVBoxLayout(content);
    layout->addLayout(windowRow);
    layout->addWidget(m_statusLabel);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttonRow);
    setWidget(content);

    connect(m_windowSpin, &QSpinBox::valueChanged, this, &ReminderPanel::setWindowDays);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ReminderPanel::updateButtons);
    connect(m_view, &QTableView::doubleClicked, this, &ReminderPanel::openCustomer);
    connect(m_contactButton, &QPushButton::clicked, this, &ReminderPanel::markContacted);
    connect(m_snoozeButton, &QPushButton::clicked, this, &ReminderPanel::snooze);
    connect(m_openButton, &QPushButton::clicked, this, &ReminderPanel::openCustomer);

    // Items change step as days pass and as others write, so the list is
    // read again every minute and right after midnight.
    m_minuteTimer->setInterval(MinuteMs);
    connect(m_minuteTimer, &QTimer::timeout, this, &ReminderPanel::refresh);
    m_minuteTimer->start();
    m_midnightTimer->setSingleShot(true);
    connect(m_midnightTimer, &QTimer::timeout, this, &ReminderPanel::refresh);

    retranslateUi();
    updateButtons();
}

ReminderPanel::~ReminderPanel() = default;

void ReminderPanel::setClock(CalendarClock clock)
{
    m_clock = clock;
    refresh();
}

int ReminderPanel::windowDays() const
{
    return m_windowSpin->value();
}

void ReminderPanel::setWindowDays(int days)
{
    if (m_windowSpin->value() != days) {
        // Sets the spin box, whose valueChanged() calls this again.
        m_windowSpin->setValue(days);
        return;
    }
    ReminderSettings::setWindowDays(days);
    refresh();
}

void ReminderPanel::refresh()
{
    // The model is replaced, so the selection is kept by kind and id.
    const ReminderItem *selected = selectedItem();
    const OpenItem::Kind keptKind = selected ? selected->item.kind : OpenItem::Kind::Charge;
    const qint64 keptId = selected ? selected->item.id : 0;

    const QDate today = m_clock.today();
    const int days = windowDays();
    m_readError.clear();
    const QList<ReminderItem> items = ReminderQuery(m_db, currentUiLanguage())
                                          .mostUrgentItems(today, days, ReminderQuery::ListedItems,
                                                           &m_moreDue, &m_readError);
    m_model->setItems(items);
    m_read = true;
    m_view->resizeColumnsToContents();

    const int keptRow = keptId != 0 ? m_model->rowOf(keptKind, keptId) : -1;
    if (keptRow >= 0)
        m_view->selectRow(keptRow);
    updateStatus();
    updateButtons();
    scheduleMidnightRefresh();

    if (m_readError.isEmpty())
        emit refreshed(today, days);
}

const ReminderItem *ReminderPanel::selectedItem() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty() || rows.constFirst().row() >= m_model->rowCount())
        return nullptr;
    return &m_model->item(rows.constFirst().row());
}

void ReminderPanel::changeEvent(QEvent *event)
{
    // The items carry fee type labels read in the language of the last
    // refresh, so they are read again.
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        refresh();
    }
    QDockWidget::changeEvent(event);
}

void ReminderPanel::retranslateUi()
{
    setWindowTitle(tr("Reminders"));
    m_windowLabel->setText(tr("Due &within:"));
    //: Suffix of the reminder window spin box, after the number of days.
    m_windowSpin->setSuffix(tr(" days"));
    m_windowSpin->setToolTip(tr("Show the items due within this many days from today, "
                                "besides those due today and overdue"));
    m_contactButton->setText(tr("Mark &Contacted…"));
    m_contactButton->setToolTip(tr("Record a contact with the customer about this item; it "
                                   "leaves the list until its next step"));
    m_snoozeButton->setText(tr("S&nooze…"));
    m_snoozeButton->setToolTip(tr("Hide this item until a day you choose"));
    m_openButton->setText(tr("&Open Customer"));
    m_model->retranslate();
    updateStatus();
}

void ReminderPanel::updateStatus()
{
    // Until the first read, an empty list does not mean that nothing is due,
    // so no status shows.
    if (!m_read) {
        m_statusLabel->clear();
        return;
    }
    if (!m_readError.isEmpty()) {
        m_statusLabel->setText(m_readError);
        return;
    }
    const int count = m_model->rowCount();
    if (count == 0) {
        m_statusLabel->setText(
            tr("Nothing is overdue, due today or due within %n day(s).", nullptr, windowDays()));
        return;
    }
    if (m_moreDue) {
        m_statusLabel->setText(
            tr("The %n most urgent item(s) to follow up; more are due", nullptr, count));
        return;
    }
    m_statusLabel->setText(tr("%n item(s) to follow up", nullptr, count));
}

void ReminderPanel::updateButtons()
{
    const bool selected = selectedItem() != nullptr;
    m_contactButton->setEnabled(selected);
    m_snoozeButton->setEnabled(selected);
    m_openButton->setEnabled(selected);
}

void ReminderPanel::scheduleMidnightRefresh()
{
    if (m_clock.isFixed()) {
        m_midnightTimer->stop();
        return;
    }
    const QDateTime now = QDateTime::currentDateTime();
    const QDateTime nextMidnight(now.date().addDays(1), QTime(0, 0));
    m_midnightTimer->start(int(qMin<qint64>(now.msecsTo(nextMidnight), 24LL * 3600 * 1000))
                           + MidnightMarginMs);
}

void ReminderPanel::markContacted()
{
    const ReminderItem *selected = selectedItem();
    if (!selected)
        return;

    const ReminderItem item = *selected;
    ContactDialog dialog(m_db, item, m_clock, this);
    if (dialog.exec() != QDialog::Accepted)
        return;

    qCInfo(lcUi) << "Marked" << OpenItem::kindName(item.item.kind) << item.item.id
                 << "contacted";
    refresh();
    emit contactsChanged(item.item.customerId);
}

void ReminderPanel::snooze()
{
    const ReminderItem *selected = selectedItem();
    if (!selected)
        return;

    const ReminderItem item = *selected;
    SnoozeDialog dialog(m_db, item, m_clock, this);
    if (dialog.exec() != QDialog::Accepted)
        return;

    qCInfo(lcUi) << "Snoozed" << OpenItem::kindName(item.item.kind) << item.item.id;
    refresh();
}

void ReminderPanel::openCustomer()
{
    if (const ReminderItem *selected = selectedItem())
        emit customerRequested(selected->item.customerId);
}
