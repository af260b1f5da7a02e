#include "followuptour.h"

#include "calendarclock.h"
#include "computetour.h"
#include "customercontactstab.h"
#include "customerdetailpage.h"
#include "followupentries.h"
#include "followupreportstour.h"
#include "followupsample.h"
#include "mainwindow.h"
#include "paymentstour.h"
#include "reminderpanel.h"
#include "reminderquery.h"
#include "reminderstour.h"
#include "sampleentries.h"

#include <QCursor>
#include <QGuiApplication>
#include <QScreen>
#include <QStyleHints>
#include <QTest>
#include <QTimer>

#include <cstdio>
#include <cstdlib>

namespace {

// Larger than the main tour's window, because the Reminders dock takes
// part of its width, and the Charges tab lists a charge in every status.
constexpr QSize WindowSize(1280, 860);

// A step that does not finish in this time waits for a dialog that never
// opened or never closed, and the tour gives up.
constexpr int WatchdogMs = 120000;

} // namespace

FollowUpTour::FollowUpTour(QSqlDatabase db, UiLanguage language, ImageFolder &images)
    : m_db(std::move(db))
    , m_language(language)
    , m_images(images)
{
}

FollowUpTour::~FollowUpTour() = default;

bool FollowUpTour::run()
{
    // As in the main tour: no blinking text cursor or hovered row, and the
    // sample user recorded as the author.
    const SampleEntries mainEntries = SampleEntries::forLanguage(m_language);
    const FollowUpEntries entries = FollowUpEntries::forLanguage(m_language);
    QGuiApplication::styleHints()->setCursorFlashTime(0);
    if (const QScreen *screen = QGuiApplication::primaryScreen())
        QCursor::setPos(screen->geometry().bottomRight());
    qputenv("USER", mainEntries.userName.toUtf8());
    qputenv("LOGNAME", mainEntries.userName.toUtf8());

    QTimer watchdog;
    watchdog.setSingleShot(true);
    QObject::connect(&watchdog, &QTimer::timeout, [this] {
        std::fprintf(stderr, "chargedesk-screenshots: gave up after %d s at step \"%s\".\n",
                     WatchdogMs / 1000, qPrintable(m_step));
        std::exit(EXIT_FAILURE);
    });
    watchdog.start(WatchdogMs);

    m_step = QStringLiteral("follow-up sample data");
    FollowUpSample sample(m_db, entries, mainEntries.userName, mainEntries.customerCode, today());
    if (!sample.write())
        return fail(sample.errorMessage());
    const FollowUpSample::Records &records = sample.records();
    if (!openWindow())
        return false;

    m_step = QStringLiteral("reminders");
    RemindersTour reminders(m_window.get(), m_images, entries, records);
    if (!reminders.run())
        return fail(reminders.errorMessage());

    m_step = QStringLiteral("payments");
    PaymentsTour payments(m_window.get(), m_images, entries, records);
    if (!payments.run())
        return fail(payments.errorMessage());

    m_step = QStringLiteral("compute");
    ComputeTour compute(m_window.get(), m_images, records.regularCustomerId);
    if (!compute.run())
        return fail(compute.errorMessage());

    m_step = QStringLiteral("follow-up reports");
    FollowUpReportsTour reports(m_window.get(), m_images, today(),
                                {entries.contacted.code, entries.dueToday.code},
                                entries.currency, records.regularCustomerId);
    if (!reports.run())
        return fail(reports.errorMessage());

    m_window.reset();
    return true;
}

bool FollowUpTour::openWindow()
{
    m_step = QStringLiteral("main window");
    m_window = std::make_unique<MainWindow>(m_db);
    auto *panel = m_window->findChild<ReminderPanel *>();
    auto *contacts = m_window->detailPage()->findChild<CustomerContactsTab *>();
    if (!panel || !contacts)
        return fail(QStringLiteral("The Reminders dock or the Contacts tab is missing."));

    // The clock is set before the window is shown, whose activation reads
    // the reminders, so the notification counts on the tour's day only.
    const CalendarClock clock = CalendarClock::fixedOnDate(today());
    panel->setClock(clock);
    panel->setWindowDays(ReminderQuery::DefaultWindowDays);
    contacts->setClock(clock);

    m_window->resize(WindowSize);
    m_window->show();
    if (!QTest::qWaitForWindowExposed(m_window.get()))
        return fail(QStringLiteral("The main window was not shown."));
    return true;
}

bool FollowUpTour::fail(const QString &message)
{
    if (m_error.isEmpty())
        m_error = QStringLiteral("%1: %2").arg(m_step, message);
    return false;
}
