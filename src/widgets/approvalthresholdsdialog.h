#pragma once

#include "approvalthresholds.h"
#include "usercontext.h"

#include <QDialog>
#include <QSqlDatabase>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

// 审批金额 (Approval Thresholds): the amount per currency above which a
// charge waits for approval. Admins set or remove a currency's threshold
// through ApprovalThresholdService; other users see the list, and the
// disabled controls show why in their tooltips.
class ApprovalThresholdsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ApprovalThresholdsDialog(QSqlDatabase db, QWidget *parent = nullptr);
    ~ApprovalThresholdsDialog() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void reload();
    void retranslateUi();
    void updateActions();
    void showSelected();
    void setThreshold();
    void removeThreshold();
    void finishChange(const QString &errorMessage);

    QSqlDatabase m_db;
    UserContext m_user;
    QList<ApprovalThreshold> m_thresholds;
    QString m_loadError;
    QString m_changeError;

    QLabel *m_introLabel = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_currencyTitle = nullptr;
    QComboBox *m_currencyCombo = nullptr;
    QLabel *m_amountTitle = nullptr;
    QLineEdit *m_amountEdit = nullptr;
    QPushButton *m_setButton = nullptr;
    QPushButton *m_removeButton = nullptr;
    QLabel *m_errorLabel = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};
