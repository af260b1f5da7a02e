#pragma once

#include <QDate>
#include <QWidget>

class QDateEdit;
class QLabel;

// The From and To months of a spending analysis: two month fields in the
// UI locale ("Mar 2026", "2026年3月"), the last 12 months by default.
// SpendingFilter::validate() checks the period.
class SpendingPeriodFields : public QWidget
{
    Q_OBJECT

public:
    explicit SpendingPeriodFields(QWidget *parent = nullptr);

    // The first days of the first and the last month.
    QDate fromMonth() const;
    QDate toMonth() const;

    // Sets both months at once, emitting changed() once.
    void setPeriod(const QDate &fromMonth, const QDate &toMonth);

signals:
    // A month changed.
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLabel *m_fromLabel = nullptr;
    QLabel *m_toLabel = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    bool m_settingPeriod = false;
};
