#pragma once

#include "uilanguage.h"

#include <QDate>
#include <QSqlDatabase>
#include <QString>

#include <memory>

class ImageFolder;
class MainWindow;

// Saves the images of payments and installment plans, reminders and
// contacts, computed charges, aged receivables, reminder letters and the
// spending analysis for the user guide. Each is saved as name.png without
// a step number, so that the guide's links stay the same as steps are
// added.
//
// It runs after ScreenshotTour on the same database: FollowUpSample adds
// its receivables, then a new main window whose Reminders dock and
// Contacts tab count days on today() opens for PaymentsTour, RemindersTour,
// ComputeTour and FollowUpReportsTour in turn.
class FollowUpTour
{
public:
    // The day on which reminders, contacts, aged receivables and reminder
    // letters are counted, so that their images do not change from day to
    // day. It lies in the past, because a payment cannot be dated after
    // the computer's date.
    static QDate today() { return QDate(2026, 11, 30); }

    FollowUpTour(QSqlDatabase db, UiLanguage language, ImageFolder &images);
    ~FollowUpTour();

    // Runs every step. Returns false at the first step that fails, with
    // errorMessage() naming the step and the cause.
    bool run();

    QString errorMessage() const { return m_error; }

private:
    bool openWindow();
    bool fail(const QString &message);

    QSqlDatabase m_db;
    UiLanguage m_language;
    ImageFolder &m_images;
    std::unique_ptr<MainWindow> m_window;
    QString m_step;
    QString m_error;
};
