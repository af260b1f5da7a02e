#pragma once

#include "reportprogress.h"
#include "statementdata.h"
#include "uilanguage.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QSqlDatabase>
#include <QVariant>

// Reads one customer's statement for a period. Bills count on their issue
// date, charges on their entry date and voids on their void date (both in
// the local time zone), payments on the day paid and reversals on their
// reversal date. So the opening balance of a period is the closing balance
// of the period before it, and with `to` today and `from` before the first
// movement the closing balance equals the customer's stored balance.
//
// Runs in any thread on a connection of that thread.
class StatementQuery
{
    Q_DECLARE_TR_FUNCTIONS(StatementQuery)

public:
    StatementQuery(QSqlDatabase db, UiLanguage language)
        : m_db(std::move(db)), m_language(language)
    {}

    // Fills data for the customer with customerId from `from` to `to`, both
    // inclusive. Fails, with a translated message, when the period is
    // invalid, the customer is unknown, a movement is in another currency
    // than the customer's, or a statement fails.
    ReportQueryStatus run(qint64 customerId, const QDate &from, const QDate &to,
                          StatementData *data, QString *error,
                          const ReportProgress &progress = {}) const;

private:
    using BoundValues = QList<QPair<QString, QVariant>>;

    bool exec(QSqlQuery &query, const QString &statement, const BoundValues &values,
              QString *error) const;
    bool readCustomer(qint64 customerId, StatementData *data, QString *error) const;
    bool checkCurrencies(const StatementData &data, QString *error) const;
    bool readOpening(StatementData *data, QString *error) const;
    bool readBills(const StatementData &data, QList<StatementEntry> *entries,
                   QString *error) const;
    bool readCharges(const StatementData &data, bool voids, QList<StatementEntry> *entries,
                     QString *error) const;
    bool readPayments(const StatementData &data, bool reversals, QList<StatementEntry> *entries,
                      QString *error) const;
    bool addUp(StatementData *data, QString *error) const;

    QSqlDatabase m_db;
    UiLanguage m_language;
};
