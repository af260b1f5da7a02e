#pragma once

#include "chargerequest.h"
#include "chargereview.h"
#include "chargeservice.h"

#include <QDialog>
#include <QSqlDatabase>

#include <memory>

namespace Ui {
class ChargeConfirmDialog;
}

// The confirmation step of 新增费用. Shows the review's summary and any
// duplicate findings, requires an acknowledgement note when there are
// possible duplicates, and commits through ChargeService.
//
// exec() returns Accepted once the charge is committed or its request key
// was replayed (see committedChargeId()), and Rejected on Back to Edit with
// nothing written. A rejected or failed commit keeps the dialog open with
// the error and, for a rejection, the new review.
class ChargeConfirmDialog : public QDialog
{
    Q_OBJECT

public:
    // review must be the result of ChargeService::review(request).
    ChargeConfirmDialog(QSqlDatabase db, const ChargeRequest &request,
                        const ChargeReview &review, QWidget *parent = nullptr);
    ~ChargeConfirmDialog() override;

    // Returns the id of the committed (or replayed) charge, 0 until then.
    qint64 committedChargeId() const { return m_committedChargeId; }

    // Returns the acknowledgement note as typed, trimmed, so the form can
    // offer it again after Back to Edit.
    QString acknowledgement() const;

    // Prefills the acknowledgement note.
    void setAcknowledgement(const QString &note);

protected:
    void changeEvent(QEvent *event) override;

private:
    void fitHeightsToText();
    void retranslateUi();
    void showReview();
    void updateConfirmButton();
    void updateErrorLabel();
    void confirm();

    // Returns true when review is rejected only for its acknowledgement
    // note, which the user can fix in this dialog.
    static bool onlyAcknowledgementErrors(const ChargeReview &review);

    std::unique_ptr<Ui::ChargeConfirmDialog> ui;
    ChargeService m_service;
    ChargeRequest m_request;
    ChargeReview m_review;
    QString m_errorMessage;
    qint64 m_committedChargeId = 0;
    bool m_committing = false;
    // Set when a commit was rejected for a reason only the form can fix.
    bool m_blocked = false;
};
