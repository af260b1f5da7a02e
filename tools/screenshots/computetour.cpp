#include "computetour.h"

#include "addchargedialog.h"
#include "computedchargedialog.h"
#include "imagefolder.h"
#include "mainwindow.h"
#include "widgetinput.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTabWidget>

using WidgetInput::namedChild;
using WidgetInput::typeText;

namespace {

// The entries of the late fee tab's Cap and Rate lists.
constexpr int PercentageCapIndex = 2;
constexpr int PerDayIndex = 0;

} // namespace

ComputeTour::ComputeTour(MainWindow *window, ImageFolder &images, qint64 customerId)
    : m_window(window)
    , m_images(images)
    , m_customerId(customerId)
{
}

bool ComputeTour::run()
{
    m_window->openCustomer(m_customerId);
    QString error;
    auto *tabs = namedChild<QTabWidget>(m_window, "tabWidget", &error);
    if (!tabs)
        return fail(error);
    tabs->setCurrentIndex(1);

    return WidgetInput::clickAndDrive<AddChargeDialog>(
               m_window, "addChargeButton",
               [this](AddChargeDialog *dialog) { return openCompute(dialog); }, &error)
           || fail(error);
}

bool ComputeTour::openCompute(AddChargeDialog *dialog)
{
    QString error;
    return WidgetInput::clickAndDrive<ComputedChargeDialog>(
               dialog, "computeButton",
               [this](ComputedChargeDialog *compute) {
                   return showUpgrade(compute) && showLateFee(compute);
               },
               &error)
           || fail(error);
}

bool ComputeTour::showUpgrade(ComputedChargeDialog *dialog)
{
    QString error;
    auto *from = namedChild<QDateEdit>(dialog, "upgradeDateEdit", &error);
    auto *to = namedChild<QDateEdit>(dialog, "periodEndEdit", &error);
    if (!from || !to)
        return fail(error);

    dialog->setKind(ComputedChargeDialog::Kind::UpgradeDifference);
    from->setDate(QDate(2026, 2, 15));
    to->setDate(QDate(2026, 2, 28));
    return retype(dialog, "newPriceEdit", QStringLiteral("300.00"))
           && retype(dialog, "oldPriceEdit", QStringLiteral("200.00"))
           && save(dialog, QStringLiteral("compute-upgrade"));
}

bool ComputeTour::showLateFee(ComputedChargeDialog *dialog)
{
    QString error;
    auto *tabs = namedChild<QTabWidget>(dialog, "tabWidget", &error);
    auto *page = namedChild<QWidget>(dialog, "lateFeePage", &error);
    auto *unit = namedChild<QComboBox>(dialog, "rateUnitCombo", &error);
    auto *byDates = namedChild<QRadioButton>(dialog, "datesRadio", &error);
    auto *dueDate = namedChild<QDateEdit>(dialog, "dueDateEdit", &error);
    auto *asOf = namedChild<QDateEdit>(dialog, "asOfDateEdit", &error);
    auto *capKind = namedChild<QComboBox>(dialog, "capKindCombo", &error);
    auto *buttons = namedChild<QDialogButtonBox>(dialog, "buttonBox", &error);
    if (!tabs || !page || !unit || !byDates || !dueDate || !asOf || !capKind || !buttons)
        return fail(error);

    // The user picks the tab, as a click on it does.
    tabs->setCurrentWidget(page);
    unit->setCurrentIndex(PerDayIndex);
    byDates->setChecked(true);
    dueDate->setDate(QDate(2026, 1, 1));
    asOf->setDate(QDate(2026, 10, 28));
    capKind->setCurrentIndex(PercentageCapIndex);
    if (!retype(dialog, "baseAmountEdit", QStringLiteral("10000.00"))
        || !retype(dialog, "rateEdit", QStringLiteral("0.05"))
        || !retype(dialog, "capEdit", QStringLiteral("10"))) {
        return false;
    }
    if (!buttons->button(QDialogButtonBox::Ok)->isEnabled())
        return fail(QStringLiteral("The late fee example was not accepted."));
    return save(dialog, QStringLiteral("compute-late-fee"));
}

bool ComputeTour::retype(QWidget *dialog, const char *name, const QString &text)
{
    QString error;
    auto *edit = namedChild<QLineEdit>(dialog, name, &error);
    if (!edit)
        return fail(error);
    edit->setFocus();
    edit->selectAll();
    typeText(edit, text);
    return true;
}

bool ComputeTour::save(QWidget *window, const QString &name)
{
    QString error;
    return m_images.saveWindow(window, name, &error) || fail(error);
}

bool ComputeTour::fail(const QString &message)
{
    if (m_error.isEmpty())
        m_error = message;
    return false;
}
