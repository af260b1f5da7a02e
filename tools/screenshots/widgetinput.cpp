#include "widgetinput.h"

#include "reportoutputcontroller.h"

#include <QAction>
#include <QDialog>
#include <QInputMethodEvent>
#include <QPushButton>
#include <QTest>

namespace {

// How long a report job may take: reading the rows and laying out the
// report. The first job of a run also loads the report fonts.
constexpr int ReportJobTimeoutMs = 60000;

} // namespace

namespace WidgetInput {

void typeText(QWidget *widget, const QString &text)
{
    bool ascii = true;
    for (const QChar character : text)
        ascii = ascii && character.unicode() < 0x80;
    if (ascii) {
        QTest::keyClicks(widget, text);
        return;
    }

    QInputMethodEvent event;
    event.setCommitString(text);
    QCoreApplication::sendEvent(widget, &event);
}

void closeIfOpen(QDialog *dialog)
{
    if (dialog->isVisible())
        dialog->done(QDialog::Rejected);
}

bool setActionChecked(QWidget *window, const char *actionName, bool checked, QString *error)
{
    auto *action = window->findChild<QAction *>(QLatin1String(actionName));
    if (!action) {
        *error = QStringLiteral("The menus have no action %1.").arg(actionName);
        return false;
    }
    if (action->isChecked() != checked)
        action->trigger();
    return true;
}

bool waitUntilIdle(ReportOutputController *output, QString *error)
{
    if (QTest::qWaitFor([output] { return !output->isBusy(); }, ReportJobTimeoutMs))
        return true;
    *error = QStringLiteral("The report did not finish in %1 s.").arg(ReportJobTimeoutMs / 1000);
    return false;
}

bool saveReportPdf(QWidget *dialog, ReportOutputController *output, const QString &path,
                   QString *error)
{
    auto *button = dialog->findChild<QPushButton *>(QStringLiteral("savePdfButton"));
    if (!button || !button->isEnabled()) {
        *error = QStringLiteral("Save PDF… is missing or disabled in %1.").arg(
            dialog->objectName());
        return false;
    }

    output->setSavePathChooser([path](const QString &, const QString &) { return path; });
    button->click();
    if (!waitUntilIdle(output, error))
        return false;
    if (output->lastSavedPath() != path) {
        *error = QStringLiteral("%1 was not saved.").arg(path);
        return false;
    }
    return true;
}

} // namespace WidgetInput
