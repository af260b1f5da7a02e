#pragma once

#include <QString>

class AddChargeDialog;
class ComputedChargeDialog;
class ImageFolder;
class MainWindow;
class QWidget;

// Saves the Compute… dialog of Add Charge for the user guide, with the
// examples that the guide works through, in the customer's currency. The
// first is an upgrade from 200.00 to 300.00 a month on 15 February 2026
// for a period ending on 28 February, which is 50.00. The second is a late
// fee of 0.05% a day on 10,000.00 from 1 January to 28 October 2026 (300
// days), capped at 10% of the base, which is 1,000.00. Both dialogs are
// then closed without a charge.
class ComputeTour
{
public:
    // customerId is a customer without bills, so the late fee's base
    // amount is typed rather than taken from a bill.
    ComputeTour(MainWindow *window, ImageFolder &images, qint64 customerId);

    // Runs every step. Returns false at the first step that fails, with
    // errorMessage() naming the cause.
    bool run();

    QString errorMessage() const { return m_error; }

private:
    bool openCompute(AddChargeDialog *dialog);
    bool showUpgrade(ComputedChargeDialog *dialog);
    bool showLateFee(ComputedChargeDialog *dialog);

    // Replaces the text of the line edit named name in dialog with text.
    bool retype(QWidget *dialog, const char *name, const QString &text);

    bool save(QWidget *window, const QString &name);
    bool fail(const QString &message);

    MainWindow *m_window = nullptr;
    ImageFolder &m_images;
    qint64 m_customerId = 0;
    QString m_error;
};
