#pragma once

#include "calendarclock.h"
#include "customerpagetab.h"

#include <QSqlDatabase>

class ContactTableModel;
class QLabel;
class QPushButton;
class QTableView;

// The 联系记录 (Contacts) tab of the customer page: the customer's contact
// log, latest first, with Add Contact… to record a call, message or visit.
class CustomerContactsTab : public CustomerPageTab
{
    Q_OBJECT

public:
    explicit CustomerContactsTab(QSqlDatabase db, QWidget *parent = nullptr);
    ~CustomerContactsTab() override;

    void setCustomer(qint64 customerId) override;
    void refresh() override;
    QString title() const override;

    // Replaces the clock that decides which day is today; tests use a fixed
    // one.
    void setClock(CalendarClock clock) { m_clock = clock; }

signals:
    // A contact was recorded from this tab.
    void contactsChanged(qint64 customerId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void addContact();

    QSqlDatabase m_db;
    CalendarClock m_clock;
    qint64 m_customerId = 0;
    ContactTableModel *m_model = nullptr;
    QString m_readError;

    QLabel *m_statusLabel = nullptr;
    QTableView *m_view = nullptr;
    QPushButton *m_addButton = nullptr;
};
