#pragma once

#include "records.h"
#include "usercontext.h"

#include <QDialog>
#include <QSqlDatabase>

class QDialogButtonBox;
class QLabel;
class QPushButton;
class QTableWidget;

// 待审批 (Approvals): the charges that wait for approval, oldest first,
// with Approve and Reject…. Finance users approve charges that others
// entered. The buttons show in their tooltips why they are disabled.
class ApprovalsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ApprovalsDialog(QSqlDatabase db, QWidget *parent = nullptr);
    ~ApprovalsDialog() override;

    // Number of pending charges shown.
    int pendingCount() const { return int(m_charges.size()); }

signals:
    // A charge was approved or rejected.
    void chargesChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void reload();
    void retranslateUi();
    void updateActions();
    void approve();
    void reject();

    // Returns the charge of the selected row, std::nullopt when none.
    std::optional<ChargeRecord> selectedCharge() const;

    void selectCharge(qint64 chargeId);

    QSqlDatabase m_db;
    UserContext m_user;
    QList<ChargeRecord> m_charges;
    QHash<qint64, QString> m_customerNames;
    QString m_loadError;
    QString m_actionError;

    QLabel *m_introLabel = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_errorLabel = nullptr;
    QPushButton *m_approveButton = nullptr;
    QPushButton *m_rejectButton = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};
