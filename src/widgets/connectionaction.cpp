#include "connectionaction.h"

#include "connectiondialog.h"

#include <QAction>
#include <QEvent>
#include <QMenu>

ConnectionAction::ConnectionAction(QSqlDatabase db, QMenu *settingsMenu, QWidget *window)
    : QObject(window)
    , m_db(std::move(db))
    , m_window(window)
    , m_settingsMenu(settingsMenu)
{
    settingsMenu->addSeparator();
    m_action = settingsMenu->addAction(QString());
    m_action->setObjectName(QStringLiteral("databaseConnectionAction"));
    connect(m_action, &QAction::triggered, this, &ConnectionAction::openDialog);

    settingsMenu->installEventFilter(this);
    retranslateUi();
}

void ConnectionAction::openDialog()
{
    ConnectionDialog dialog(m_db, m_window);
    dialog.exec();
}

bool ConnectionAction::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_settingsMenu && event->type() == QEvent::LanguageChange)
        retranslateUi();
    return QObject::eventFilter(watched, event);
}

void ConnectionAction::retranslateUi()
{
    m_action->setText(tr("Database &Connection…"));
    m_action->setStatusTip(tr("Choose the database ChargeDesk opens at start: an SQLite file "
                              "on this computer or a shared PostgreSQL database."));
}
