#pragma once

#include "chargereview.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlDatabase>

// Finds posted charges, and charges that wait for approval, that duplicate
// or resemble a new one.
//
// Exact duplicate: same customer, same bill (or both without a bill), same
// fee type, same amount and same due date. Possible duplicate: same customer
// and amount due within windowDays of the new due date, or same bill and
// same fee type. Void and rejected charges and the charge written under the
// request's own key are ignored.
class DuplicateFinder
{
    Q_DECLARE_TR_FUNCTIONS(DuplicateFinder)

public:
    struct Candidate
    {
        qint64 customerId = 0;
        qint64 billId = 0;
        QString feeTypeCode;
        qint64 amountMinor = 0;
        QDate dueDate;
        QString requestKey;
    };

    DuplicateFinder(QSqlDatabase db, int windowDays);

    // Fills exactDuplicates and possibleDuplicates of review. Returns false
    // and sets *error when a query fails.
    bool find(const Candidate &candidate, ChargeReview *review, QString *error) const;

private:
    QString describe(DuplicateFinding::Kind kind, const ChargeRecord &charge) const;

    QSqlDatabase m_db;
    int m_windowDays = 30;
};
