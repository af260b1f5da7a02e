#pragma once

#include "openitem.h"
#include "reportprogress.h"
#include "uilanguage.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QSqlDatabase>
#include <QVariant>

// Reads what customers still owe, item by item, from the stored sums that
// the payment writes keep (charges.paid_minor, installments.paid_minor,
// bills.paid_minor):
// - a bill's own lines: lines_total_minor - (paid_minor - the paid_minor of
//   the bill's posted charges), due on bills.due_date;
// - a posted charge without an active installment plan: amount_minor -
//   paid_minor, due on charges.due_date;
// - an installment of a posted charge's active plan: amount_minor -
//   paid_minor, due on installments.due_date. Such a charge is listed
//   through its installments only.
// Only items with an open amount above zero are listed, and never void
// charges or the installments of cancelled plans.
//
// The amounts are those stored now: the query does not rebuild what was
// open on an earlier day.
//
// Runs in any thread on a connection of that thread.
class OpenItemQuery
{
    Q_DECLARE_TR_FUNCTIONS(OpenItemQuery)

public:
    OpenItemQuery(QSqlDatabase db, UiLanguage language)
        : m_db(std::move(db)), m_language(language)
    {}

    // Fills items with the open items of the customers in customerIds, or
    // of every customer when customerIds is empty. They are sorted by
    // company name, customer code, due date, kind and id. Fee type labels
    // are in the query's language. Fails, with a translated message, when
    // a statement fails.
    ReportQueryStatus run(const QList<qint64> &customerIds, QList<OpenItem> *items,
                          QString *error, const ReportProgress &progress = {}) const;

private:
    using BoundValues = QList<QPair<QString, QVariant>>;

    bool read(OpenItem::Kind kind, const QList<qint64> &customerIds, QList<OpenItem> *items,
              QString *error) const;
    QString statement(OpenItem::Kind kind) const;

    QSqlDatabase m_db;
    UiLanguage m_language;
};
