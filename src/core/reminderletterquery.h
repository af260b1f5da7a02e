#pragma once

#include "reminderletter.h"
#include "reportprogress.h"
#include "uilanguage.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSqlDatabase>

class QSqlQuery;

// Reads reminder letters (催款通知) as of a day: for each customer, the
// open items (see OpenItemQuery) whose due date is before that day, with
// the customer's postal details and the date of the latest letter recorded
// for the customer.
//
// Runs in any thread on a connection of that thread.
class ReminderLetterQuery
{
    Q_DECLARE_TR_FUNCTIONS(ReminderLetterQuery)

public:
    ReminderLetterQuery(QSqlDatabase db, UiLanguage language)
        : m_db(std::move(db)), m_language(language)
    {}

    // Fills letters with one letter per customer in customerIds, or per
    // customer of the database when customerIds is empty, that has at
    // least one item overdue on asOf. Customers with nothing overdue get
    // no letter. Letters are sorted by company name and customer code.
    // Fails, with a translated message, when asOf is invalid, a sum
    // overflows or a statement fails.
    ReportQueryStatus run(const QDate &asOf, const QList<qint64> &customerIds,
                          QList<ReminderLetter> *letters, QString *error,
                          const ReportProgress &progress = {}) const;

private:
    // Reads the customer and the latest letter date of letter.
    bool readCustomer(QSqlQuery &query, qint64 customerId, ReminderLetter *letter,
                      QString *error) const;

    // Sums the open amounts of letter's items per currency.
    bool addUp(ReminderLetter *letter, QString *error) const;

    QSqlDatabase m_db;
    UiLanguage m_language;
};
