#pragma once

#include "clicommand.h"
#include "reminderitem.h"
#include "uilanguage.h"

#include <QCoreApplication>
#include <QList>

// reminders [--days N] [--format text|csv] [--as-of DATE]: the open charges
// and installments to follow up, as the window's Reminders panel lists
// them: overdue, due today and due within the window, without the snoozed
// and recently contacted ones. Lists only; nothing is announced or written.
class RemindersCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(RemindersCommand)

public:
    explicit RemindersCommand(UiLanguage language) : m_language(language) {}

    QString name() const override { return QStringLiteral("reminders"); }
    QString summary() const override;
    QString details() const override;
    void declareArguments(ArgumentParser &parser) const override;
    ExitCode run(const ArgumentParser &arguments, CliContext &context) override;

private:
    static void writeCsv(const QList<ReminderItem> &items, QTextStream &out);
    static void writeTable(const QList<ReminderItem> &items, QTextStream &out);

    UiLanguage m_language;
};
