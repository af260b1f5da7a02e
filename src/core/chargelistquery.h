#pragma once

#include "uilanguage.h"

#include <QList>
#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

// One charge as a customer's charge list shows it. Fee type, reason and
// payment method are labelled in the language of the query; the dates are
// the stored ISO 8601 texts, created_at in UTC.
struct ChargeListRow
{
    qint64 id = 0;
    QString billNo; // null for a charge on account
    QString feeType;
    qint64 amountMinor = 0;
    qint64 paidMinor = 0;
    QString status;
    QString currency;
    QString reason;
    QString note;
    QString paymentMethod;
    QString dueDate;
    QString createdBy;
    QString createdAt;
    QString voidReason;
    QString duplicateAcknowledgement;
};

// The statements behind a customer's charge list, newest first: how many
// charges the customer has, one page of them, and the position of one
// charge in that order. A page joins the labels and the bill number for
// its own rows only. So the first page of a customer with thousands of
// charges reads one page of rows, not all of them.
//
// NOTE: no index orders a customer's charges by created_at, so each page,
// and each position, still reads the created_at of every charge of the
// customer through charges_customer and sorts them.
class ChargeListQuery
{
public:
    ChargeListQuery(QSqlDatabase db, UiLanguage language);

    // Returns the number of charges of customerId, or -1 with *error set.
    int count(qint64 customerId, QSqlError *error) const;

    // Reads up to limit charges of customerId from position offset into
    // *rows. Returns false with *error set when the query failed.
    bool page(qint64 customerId, int offset, int limit, QList<ChargeListRow> *rows,
              QSqlError *error) const;

    // Returns the position of charge chargeId among the charges of
    // customerId, or -1 when it is not one of them (then *error is left
    // empty) or the query failed.
    int position(qint64 customerId, qint64 chargeId, QSqlError *error) const;

    // The statements, with the placeholders :customer_id, :limit, :offset
    // and :charge_id. They are public so that their plans can be checked.
    static QString countStatement();
    QString pageStatement() const;
    static QString positionStatement();

private:
    QSqlDatabase m_db;
    UiLanguage m_language = UiLanguage::English;
};
