#pragma once

#include "followupentries.h"
#include "followupsample.h"

#include <QString>

#include <functional>

class CustomerPaymentsTab;
class ImageFolder;
class InstallmentPlanDialog;
class MainWindow;
class QWidget;
class RecordPaymentDialog;

// Saves the payment steps for the user guide on the main tour's customer,
// whose charges FollowUpSample left in every payment status. The images
// are the Charges tab with the Paid and Status columns, and the Payments
// tab with the charge in installments selected. Record Payment… for its
// second installment shows an overpayment and the confirmation, which
// records the payment. Record Payment… for the partly paid charge, with the
// amount of its earlier payment, shows that payment in the confirmation as
// looking identical, with a note, and goes back without recording. Reverse
// Payment… is opened for the partly paid
// charge's payment. Installment Plan… splits the unpaid charge in four,
// first US$8.75 short and then confirmed. Cancel Plan… is opened for the
// other charge in installments. The reversal and the cancellation are left
// unsubmitted.
//
// The Reminders dock is hidden meanwhile, so the customer page has the
// window's width.
class PaymentsTour
{
public:
    PaymentsTour(MainWindow *window, ImageFolder &images, const FollowUpEntries &entries,
                 const FollowUpSample::Records &records);

    // Runs every step. Returns false at the first step that fails, with
    // errorMessage() naming the cause.
    bool run();

    QString errorMessage() const { return m_error; }

private:
    bool showChargesTab();
    bool showPaymentsTab();
    bool recordPayment();
    bool enterPayment(RecordPaymentDialog *dialog);
    bool showIdenticalPayment();
    bool enterIdenticalPayment(RecordPaymentDialog *dialog);
    bool showReversal();
    bool makePlan();
    bool enterPlan(InstallmentPlanDialog *dialog);
    bool showCancelPlan();

    // Selects the charge in the Payments tab's Bills and Charges list.
    bool selectCharge(qint64 chargeId);

    // Clicks the Payments tab's button named buttonName and runs drive on
    // the dialog of type T that it opens.
    template<typename T>
    bool openFromTab(const char *buttonName, std::function<bool(T *)> drive);

    bool setRemindersShown(bool visible);
    bool save(QWidget *window, const QString &name);
    bool fail(const QString &message);

    MainWindow *m_window = nullptr;
    ImageFolder &m_images;
    FollowUpEntries m_entries;
    FollowUpSample::Records m_records;
    CustomerPaymentsTab *m_tab = nullptr;
    QString m_error;
};
