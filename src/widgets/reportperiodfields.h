#pragma once

#include <QDate>
#include <QObject>

class QDateEdit;
class QLabel;

// The From and To date fields of a report dialog: calendar pop-ups, dates
// in the UI locale with four-digit years, this month by default, and a
// message under the fields while the period starts after it ends.
class ReportPeriodFields : public QObject
{
    Q_OBJECT

public:
    // Drives from and to, and shows problems in errorLabel. The widgets
    // belong to the dialog, which also parents this object.
    ReportPeriodFields(QDateEdit *from, QDateEdit *to, QLabel *errorLabel, QObject *parent);

    QDate from() const;
    QDate to() const;

    // Sets both dates at once, so no problem flashes in between.
    void setPeriod(const QDate &from, const QDate &to);

    // Returns true when the period starts on or before its end.
    bool isValid() const;

    // Returns the period for file names: "2026-11" for one whole calendar
    // month, else "2026-11-05_2026-12-04".
    QString fileNamePart() const;

    // Applies the UI locale's date format and rewrites the message, after a
    // language change.
    void retranslate();

    // Returns the first and the last day of the month of day.
    static QDate firstOfMonth(const QDate &day);
    static QDate lastOfMonth(const QDate &day);

signals:
    // A date changed; isValid() may have changed with it.
    void changed();

private:
    void validate();

    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QLabel *m_errorLabel = nullptr;
};
