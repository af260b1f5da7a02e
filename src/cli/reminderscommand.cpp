#include "reminderscommand.h"

#include "calendarclock.h"
#include "csvwriter.h"
#include "databasesession.h"
#include "helptext.h"
#include "reminderquery.h"
#include "remindersettings.h"
#include "textlayout.h"
#include "texttable.h"

#include <QLocale>

namespace {

// Customer names longer than this many terminal columns are cut with "…".
constexpr int CustomerNameWidth = 30;

} // namespace

QString RemindersCommand::summary() const
{
    return tr("List the charges and installments that are overdue, due today or due soon.");
}

QString RemindersCommand::details() const
{
    return tr("Lists what the Reminders panel of the ChargeDesk window shows: posted charges "
              "without an installment plan and the installments of active plans, with an open "
              "amount, that are overdue, due today or due within the window. Snoozed items and "
              "items contacted in their current step are left out, and an overdue item comes "
              "back 7 days after its latest contact. Overdue items come first, oldest first.")
           + QStringLiteral("\n\n")
           + tr("Today is the date on this computer's clock in its time zone (TZ), unless "
                "--as-of gives another. The default window is the one chosen in the window "
                "(%1 days unless changed).")
                 .arg(ReminderQuery::DefaultWindowDays)
           + QStringLiteral("\n\n")
           + tr("The CSV format is for programs: UTF-8 without a byte order mark, a header "
                "row, codes instead of labels, dates as YYYY-MM-DD, amounts in major units "
                "(1234.50) with a currency column, and step as due_soon, due_today or "
                "overdue. days_past_due is negative before the due date.");
}

void RemindersCommand::declareArguments(ArgumentParser &parser) const
{
    parser.addOption({QStringLiteral("days"), QString(), QStringLiteral("N"),
                      tr("Also list items due within N days after today, 0 to %1. Default: "
                         "the window chosen in the ChargeDesk window.")
                          .arg(ReminderQuery::MaxWindowDays)});
    parser.addOption({QStringLiteral("format"), QString(), QStringLiteral("FORMAT"),
                      tr("Output format: text (the default) or csv.")});
    parser.addOption({QStringLiteral("as-of"), QString(), QStringLiteral("DATE"),
                      tr("List as on this day (YYYY-MM-DD) instead of today.")});
}

ExitCode RemindersCommand::run(const ArgumentParser &arguments, CliContext &context)
{
    const auto usageError = [&](const QString &message) {
        return context.fail(ExitCode::UsageError,
                            message + QLatin1Char('\n') + HelpText::seeHelp(name()));
    };

    const QString format = arguments.isSet(QStringLiteral("format"))
                               ? arguments.value(QStringLiteral("format"))
                               : QStringLiteral("text");
    if (format != QLatin1String("text") && format != QLatin1String("csv"))
        return usageError(tr("Invalid --format “%1”: use text or csv.").arg(format));

    int days = ReminderSettings::windowDays();
    if (arguments.isSet(QStringLiteral("days"))) {
        const QString text = arguments.value(QStringLiteral("days"));
        bool ok = false;
        days = text.toInt(&ok);
        if (!ok || days < 0 || days > ReminderQuery::MaxWindowDays) {
            return usageError(tr("Invalid --days “%1”: use a whole number from 0 to %2.")
                                  .arg(text)
                                  .arg(ReminderQuery::MaxWindowDays));
        }
    }

    QDate today = CalendarClock().today();
    if (arguments.isSet(QStringLiteral("as-of"))) {
        const QString text = arguments.value(QStringLiteral("as-of"));
        today = QDate::fromString(text, Qt::ISODate);
        if (!today.isValid() || text.size() != 10)
            return usageError(tr("Invalid --as-of “%1”: use a date as YYYY-MM-DD, e.g. "
                                 "2024-07-31.")
                                  .arg(text));
    }

    DatabaseSession session(context.databasePath());
    if (!session.isOpen())
        return context.fail(ExitCode::DatabaseError, session.errorMessage());

    QString error;
    const QList<ReminderItem> items =
        ReminderQuery(session.database(), m_language).dueItems(today, days, &error);
    if (!error.isEmpty())
        return context.fail(ExitCode::DatabaseError, error);

    if (format == QLatin1String("csv")) {
        writeCsv(items, context.out());
        return ExitCode::Success;
    }

    context.out() << tr("Reminders on %1, window %n day(s):", nullptr, days)
                         .arg(today.toString(Qt::ISODate))
                  << '\n';
    if (items.isEmpty())
        context.out() << tr("Nothing is overdue, due today or due within the window.") << '\n';
    else
        writeTable(items, context.out());
    return ExitCode::Success;
}

void RemindersCommand::writeCsv(const QList<ReminderItem> &items, QTextStream &out)
{
    CsvWriter writer(out);
    writer.writeRow({QStringLiteral("step"), QStringLiteral("days_past_due"),
                     QStringLiteral("due_date"), QStringLiteral("customer_code"),
                     QStringLiteral("customer_name"), QStringLiteral("item_kind"),
                     QStringLiteral("item_id"), QStringLiteral("charge_id"),
                     QStringLiteral("installment_seq"), QStringLiteral("fee_type_code"),
                     QStringLiteral("open_amount"), QStringLiteral("currency")});
    for (const ReminderItem &reminder : items) {
        const OpenItem &item = reminder.item;
        writer.writeRow({ReminderItem::stepName(reminder.step),
                         QString::number(reminder.daysPastDue),
                         item.dueDate.toString(Qt::ISODate), item.customerCode,
                         item.customerName, OpenItem::kindName(item.kind),
                         QString::number(item.id), QString::number(item.chargeId),
                         item.installmentSeq > 0 ? QString::number(item.installmentSeq)
                                                 : QString(),
                         item.feeTypeCode, item.open.toPlainString(), item.open.currency()});
    }
}

void RemindersCommand::writeTable(const QList<ReminderItem> &items, QTextStream &out)
{
    using Alignment = TextTable::Alignment;
    TextTable table({{tr("Status"), Alignment::Left},
                     {tr("Due"), Alignment::Left},
                     {tr("Customer"), Alignment::Left},
                     {tr("Item"), Alignment::Left},
                     {tr("Open amount"), Alignment::Right}});

    const QLocale locale;
    for (const ReminderItem &reminder : items) {
        const OpenItem &item = reminder.item;
        const QString customer = TextLayout::elided(
            TextLayout::withoutControlCharacters(item.customerName), CustomerNameWidth);
        table.addRow({reminder.stepText(), item.dueDate.toString(Qt::ISODate),
                      item.customerCode + QLatin1Char(' ') + customer, reminder.description(),
                      item.open.format(locale)});
    }
    table.write(out);
}
