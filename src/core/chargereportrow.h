#pragma once

#include "money.h"
#include "uilanguage.h"

#include <QDate>
#include <QDateTime>
#include <QSqlQuery>
#include <QString>

// One charge as the reports show it: the charge's fields, its customer's
// code and name, its bill's number, and the lookup labels in one language.
struct ChargeReportRow
{
    qint64 chargeId = 0;
    QDateTime createdAt; // UTC
    QDate entryDate;     // createdAt's calendar day in the local time zone
    QDate dueDate;
    qint64 customerId = 0;
    QString customerCode;
    QString companyName;
    qint64 billId = 0; // 0 for a charge on the account
    QString billNo;
    QDate billIssueDate;
    QString feeTypeCode;
    QString feeTypeLabel;
    int feeTypeSortOrder = 0;
    QString reasonCode;
    QString reasonLabel;
    QString paymentMethodCode;
    QString paymentMethodLabel;
    QString note;
    Money amount;
    QString status; // "posted" or "void"
    QString enteredBy;
    QDateTime voidedAt; // UTC; invalid unless void
    QString voidReason;

    bool isVoid() const { return status == QLatin1String("void"); }

    // Returns "SELECT <columns> FROM charges JOIN ..." with the labels in
    // language, for fromQuery(). Append a WHERE clause with bound values.
    // The customers table is joined, so its columns may be selected too by
    // inserting them before " FROM" with selectClause(language, extra).
    static QString selectClause(UiLanguage language, const QString &extraColumns = QString());

    // Reads the current row of a query built on selectClause().
    static ChargeReportRow fromQuery(const QSqlQuery &query);
};
