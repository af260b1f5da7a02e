#pragma once

#include "uilanguage.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

// The filters of the charge report (补费明细表). Every filter is optional:
// an invalid date leaves that end of the period open, and an empty list
// matches every value. A charge is listed when it matches all filters that
// are set.
class ChargeReportFilter
{
    Q_DECLARE_TR_FUNCTIONS(ChargeReportFilter)

public:
    enum class DateBasis {
        EntryDate, // the day the charge was entered, in the local time zone
        DueDate,   // the day the charge is due
    };

    // The filter a validation problem is about, so that a form can mark the
    // field and the command line can name the option.
    enum class Field { Period, Customers, FeeTypes, Reasons, Statuses, PaymentMethods, EnteredBy };

    struct Problem
    {
        Field field = Field::Period;
        QString message; // translated; names the value and what to do
        bool databaseFailure = false; // a statement failed; the filter may be valid
    };

    // Inclusive calendar days on dateBasis.
    QDate from;
    QDate to;
    DateBasis dateBasis = DateBasis::EntryDate;

    QList<qint64> customerIds;
    QStringList feeTypeCodes;
    QStringList reasonCodes;
    QStringList statuses; // "posted", "void"
    QStringList paymentMethodCodes;
    QStringList enteredBy; // user names as charges.created_by stores them

    // Returns the first problem: a period that ends before it starts, an
    // unknown status, or a customer id or code that the database lacks.
    // Codes are checked against every row of the lookup tables, inactive
    // ones included, because old charges may use them. std::nullopt when
    // the filter is valid; a failed statement is a problem too.
    std::optional<Problem> validate(QSqlDatabase db) const;

    // Returns one translated line per active filter for a report header,
    // e.g. "Period: 11/1/2026 – 11/30/2026 (entry date)" and "Fee types:
    // Service fee and Freight", with dates, lists and lookup labels in
    // language. The period line is always there ("all dates" when open).
    QStringList describe(QSqlDatabase db, UiLanguage language) const;

    // Returns the UTC timestamp, as charges.created_at stores it, of local
    // midnight at the start of day. Entries on local days from..to are those
    // with startOfDayUtc(from) <= created_at < startOfDayUtc(to + 1 day).
    static QString startOfDayUtc(const QDate &day);

    // Returns the local calendar day of a stored UTC timestamp.
    static QDate localDate(const QDateTime &utc);

    static QString statusLabel(const QString &status);

private:
    QString periodLine(const QLocale &locale) const;
};
