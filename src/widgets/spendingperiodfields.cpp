#include "spendingperiodfields.h"

#include "spendingfilter.h"

#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QScopedValueRollback>

namespace {

// The display format of a month field: the year first in Chinese, as
// SpendingFilter::monthLabel() writes it.
QString monthFormat(const QLocale &locale)
{
    return locale.language() == QLocale::Chinese ? QStringLiteral("yyyy年M月")
                                                  : QStringLiteral("MMM yyyy");
}

} // namespace

SpendingPeriodFields::SpendingPeriodFields(QWidget *parent)
    : QWidget(parent)
{
    m_fromLabel = new QLabel(this);
    m_toLabel = new QLabel(this);
    m_from = new QDateEdit(this);
    m_from->setObjectName(QStringLiteral("fromMonthEdit"));
    m_to = new QDateEdit(this);
    m_to->setObjectName(QStringLiteral("toMonthEdit"));
    m_fromLabel->setBuddy(m_from);
    m_toLabel->setBuddy(m_to);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_fromLabel);
    layout->addWidget(m_from);
    layout->addSpacing(12);
    layout->addWidget(m_toLabel);
    layout->addWidget(m_to);

    const SpendingFilter period =
        SpendingFilter::lastTwelveMonths(QDate::currentDate(), 0, QString());
    m_from->setDate(period.fromMonth);
    m_to->setDate(period.toMonth);

    for (QDateEdit *edit : {m_from, m_to}) {
        connect(edit, &QDateEdit::dateChanged, this, [this] {
            if (!m_settingPeriod)
                emit changed();
        });
    }
    retranslateUi();
}

QDate SpendingPeriodFields::fromMonth() const
{
    return SpendingFilter::firstOfMonth(m_from->date());
}

QDate SpendingPeriodFields::toMonth() const
{
    return SpendingFilter::firstOfMonth(m_to->date());
}

void SpendingPeriodFields::setPeriod(const QDate &fromMonth, const QDate &toMonth)
{
    {
        const QScopedValueRollback<bool> guard(m_settingPeriod, true);
        m_from->setDate(fromMonth);
        m_to->setDate(toMonth);
    }
    emit changed();
}

void SpendingPeriodFields::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void SpendingPeriodFields::retranslateUi()
{
    m_fromLabel->setText(tr("&From:"));
    m_toLabel->setText(tr("&To:"));

    // The fields show month names of the language now in use.
    const QLocale locale;
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setLocale(locale);
        edit->setDisplayFormat(monthFormat(locale));
    }
}
