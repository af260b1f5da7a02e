#include "reportperiodfields.h"

#include "dateformat.h"
#include "errorlabel.h"

#include <QDateEdit>
#include <QLabel>
#include <QLocale>
#include <QSignalBlocker>

ReportPeriodFields::ReportPeriodFields(QDateEdit *from, QDateEdit *to, QLabel *errorLabel,
                                       QObject *parent)
    : QObject(parent)
    , m_from(from)
    , m_to(to)
    , m_errorLabel(errorLabel)
{
    ErrorLabel::style(m_errorLabel);
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        connect(edit, &QDateEdit::dateChanged, this, [this] {
            validate();
            emit changed();
        });
    }

    const QDate today = QDate::currentDate();
    setPeriod(firstOfMonth(today), lastOfMonth(today));
    retranslate();
}

QDate ReportPeriodFields::from() const
{
    return m_from->date();
}

QDate ReportPeriodFields::to() const
{
    return m_to->date();
}

void ReportPeriodFields::setPeriod(const QDate &from, const QDate &to)
{
    {
        const QSignalBlocker fromBlocker(m_from);
        const QSignalBlocker toBlocker(m_to);
        m_from->setDate(from);
        m_to->setDate(to);
    }
    validate();
    emit changed();
}

bool ReportPeriodFields::isValid() const
{
    return from() <= to();
}

QString ReportPeriodFields::fileNamePart() const
{
    if (from() == firstOfMonth(from()) && to() == lastOfMonth(from()))
        return from().toString(QStringLiteral("yyyy-MM"));
    return from().toString(Qt::ISODate) + QLatin1Char('_') + to().toString(Qt::ISODate);
}

void ReportPeriodFields::retranslate()
{
    const QLocale locale;
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setLocale(locale);
        edit->setDisplayFormat(dateDisplayFormat(locale));
    }
    validate();
}

QDate ReportPeriodFields::firstOfMonth(const QDate &day)
{
    return QDate(day.year(), day.month(), 1);
}

QDate ReportPeriodFields::lastOfMonth(const QDate &day)
{
    return firstOfMonth(day).addMonths(1).addDays(-1);
}

void ReportPeriodFields::validate()
{
    QStringList problems;
    if (!isValid()) {
        problems << tr("The period starts on %1, after it ends on %2. Choose a From date on "
                       "or before the To date.")
                        .arg(formatDate(from()), formatDate(to()));
    }
    ErrorLabel::setMessages(m_errorLabel, problems);
}
