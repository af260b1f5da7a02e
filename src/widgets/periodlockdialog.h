#pragma once

#include "periodlock.h"
#include "usercontext.h"

#include <QDialog>
#include <QSqlDatabase>

class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

// 关账日期 (Period Lock): shows the lock date in force and every move of it,
// and lets an admin move it with a reason, which moving it back requires.
// Other users see the dialog read-only, with a tooltip that explains why.
class PeriodLockDialog : public QDialog
{
    Q_OBJECT

public:
    PeriodLockDialog(QSqlDatabase db, QWidget *parent = nullptr);
    ~PeriodLockDialog() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void reload();
    void retranslateUi();
    void updateMoveButton();
    void move();

    QSqlDatabase m_db;
    UserContext m_user;
    QList<PeriodLockMove> m_moves;
    QString m_loadError;
    QString m_moveError;

    QLabel *m_introLabel = nullptr;
    QLabel *m_currentLabel = nullptr;
    QLabel *m_dateTitle = nullptr;
    QDateEdit *m_dateEdit = nullptr;
    QLabel *m_reasonTitle = nullptr;
    QLineEdit *m_reasonEdit = nullptr;
    QLabel *m_roleLabel = nullptr;
    QLabel *m_errorLabel = nullptr;
    QLabel *m_historyTitle = nullptr;
    QTableWidget *m_historyTable = nullptr;
    QPushButton *m_moveButton = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};
