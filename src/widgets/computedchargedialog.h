#pragma once

#include "computedcharge.h"
#include "money.h"

#include <QDate>
#include <QDialog>
#include <QString>

#include <memory>

class QLabel;

namespace Ui {
class ComputedChargeDialog;
}

// Computes the amount of a charge for the 新增费用 dialog, one tab per kind:
// a plan upgrade difference (ProrationCalculator) or a late fee
// (LateFeeCalculator). The formula and its steps follow every edit, and
// invalid inputs are listed by field with their captions marked.
//
// OK is enabled only while the current tab gives a valid amount. The dialog
// writes nothing: the caller copies result() into its own form.
class ComputedChargeDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Kind { UpgradeDifference, LateFee };

    // Every amount is typed and computed in currency, the customer's.
    explicit ComputedChargeDialog(const QString &currency, QWidget *parent = nullptr);
    ~ComputedChargeDialog() override;

    // Prefills the late fee tab with an overdue amount and its due date,
    // counted to today. An amount that is not positive leaves the base
    // amount empty.
    void setOverdueAmount(const Money &openAmount, const QDate &dueDate);

    // Shows the tab of kind.
    void setKind(Kind kind);
    Kind kind() const;

    // Returns the computation of the current tab, valid when OK is enabled.
    ComputedCharge result() const { return m_result; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateDateFormats();
    void updateOverdueFields();
    void updateCapField();
    void updateResult();
    void acceptIfValid();

    ComputedCharge computeUpgrade(bool *incomplete) const;
    ComputedCharge computeLateFee(bool *incomplete) const;
    void showResult(bool incomplete);
    QLabel *captionForField(const QString &field) const;

    std::unique_ptr<Ui::ComputedChargeDialog> ui;
    QString m_currency;
    ComputedCharge m_result;
    bool m_complete = false;
};
