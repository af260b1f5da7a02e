#pragma once

#include "records.h"

#include <QDialog>
#include <QSqlDatabase>

#include <memory>
#include <optional>

namespace Ui {
class VoidChargeDialog;
}

// Voids one posted charge through ChargeService::voidCharge() with a
// required reason. The charge row stays, and the service records who voided it
// and when.
//
// exec() returns Accepted once the void is written. Void Charge is enabled
// only for a posted charge and a reason of 1 to ChargeService::MaxNoteLength
// characters after trimming.
class VoidChargeDialog : public QDialog
{
    Q_OBJECT

public:
    VoidChargeDialog(QSqlDatabase db, qint64 chargeId, QWidget *parent = nullptr);
    ~VoidChargeDialog() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void loadCharge();
    void retranslateUi();
    void updateVoidButton();
    void voidCharge();

    std::unique_ptr<Ui::VoidChargeDialog> ui;
    QSqlDatabase m_db;
    qint64 m_chargeId = 0;
    std::optional<ChargeRecord> m_charge;
    QString m_loadError;
    QString m_voidError;
    bool m_voiding = false;
};
