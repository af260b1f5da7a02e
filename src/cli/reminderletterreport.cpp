#include "reminderletterreport.h"

#include "addchargecommand.h"
#include "companyprofile.h"
#include "databasesession.h"
#include "helptext.h"
#include "letterrecorder.h"
#include "recordlookup.h"
#include "reminderletterbuilder.h"
#include "reminderletterquery.h"
#include "reportpdfwriter.h"

#include <QSet>

QString ReminderLetterReport::details()
{
    return tr("“report reminder-letters” writes one payment reminder per --customer "
              "(repeatable) that has amounts overdue on --as-of (default: today), the date "
              "printed on the letters: the open part of bills, posted charges without an "
              "installment plan, and installments, due before that day. It needs --pdf. A "
              "customer with nothing overdue gets no letter and is named on standard error. "
              "--record-sent records the letters as sent once the PDF is written, so that the "
              "window shows their date and the next letter mentions it. When none of the "
              "customers has anything overdue, no PDF is written and the command ends with "
              "status 2.");
}

std::optional<ExitCode> ReminderLetterReport::checkOptions(const ArgumentParser &arguments,
                                                           CliContext &context) const
{
    for (const QString &option : {QStringLiteral("from"), QStringLiteral("to"),
                                  QStringLiteral("csv"), QStringLiteral("charge")}) {
        if (arguments.isSet(option)) {
            return usageError(context, tr("--%1 does not apply to report reminder-letters. "
                                          "Leave it out.")
                                           .arg(option));
        }
    }
    if (!arguments.isSet(QStringLiteral("customer"))) {
        return usageError(context, tr("report reminder-letters needs --customer CODE "
                                      "(repeatable) to choose the customers."));
    }
    if (!arguments.isSet(QStringLiteral("pdf")))
        return usageError(context, tr("report reminder-letters needs --pdf FILE."));
    if (arguments.isSet(QStringLiteral("as-of"))
        && !AddChargeCommand::parseIsoDate(arguments.value(QStringLiteral("as-of")))
                .isValid()) {
        return usageError(context, tr("Invalid --as-of “%1”: use a calendar date as "
                                      "YYYY-MM-DD, e.g. 2026-06-30.")
                                       .arg(arguments.value(QStringLiteral("as-of"))));
    }
    return std::nullopt;
}

ExitCode ReminderLetterReport::run(const ArgumentParser &arguments, DatabaseSession &session,
                                   CliContext &context) const
{
    const QDate date = arguments.isSet(QStringLiteral("as-of"))
                           ? AddChargeCommand::parseIsoDate(
                                 arguments.value(QStringLiteral("as-of")))
                           : QDate::currentDate();
    const QString isoDate = date.toString(Qt::ISODate);

    RecordLookup lookup(session.database(), context);
    QList<qint64> customerIds;
    QStringList codes;
    for (const QString &code : arguments.values(QStringLiteral("customer"))) {
        const auto customer = lookup.customer(code);
        if (!customer)
            return lookup.failure();
        if (customerIds.contains(customer->id))
            continue;
        customerIds << customer->id;
        codes << customer->code;
    }

    QList<ReminderLetter> letters;
    QString error;
    if (ReminderLetterQuery(session.database(), m_language)
            .run(date, customerIds, &letters, &error)
        != ReportQueryStatus::Completed) {
        return context.fail(ExitCode::DatabaseError, error);
    }
    if (letters.isEmpty()) {
        return context.fail(ExitCode::Rejected,
                            tr("Nothing of %1 is overdue on %2, so there is no letter to "
                               "write.")
                                .arg(QLocale().createSeparatedList(codes), isoDate));
    }

    // Customers without a letter are named, so that none is left out
    // unnoticed.
    QSet<qint64> written;
    for (const ReminderLetter &letter : std::as_const(letters))
        written.insert(letter.customer.id);
    for (qsizetype i = 0; i < customerIds.size(); ++i) {
        if (!written.contains(customerIds.at(i))) {
            context.err() << tr("Customer %1 has nothing overdue on %2 and gets no letter.")
                                 .arg(codes.at(i), isoDate)
                          << '\n';
        }
    }

    const CompanyProfile company = CompanyProfile::load();
    const QStringList missing = company.missingForNotice();
    if (!missing.isEmpty()) {
        context.err() << tr("Warning: the company details lack %1, so the letters are printed "
                            "without them. Enter them in the ChargeDesk window under Settings › "
                            "Company Details.")
                             .arg(QLocale().createSeparatedList(missing))
                      << '\n';
    }
    context.err().flush();

    const QString path = arguments.value(QStringLiteral("pdf"));
    const ReportDocument document = ReminderLetterBuilder(company, m_language).build(letters);
    if (!ReportPdfWriter::write(document, path, &error))
        return context.fail(ExitCode::Rejected, error);
    context.out() << tr("%n reminder letter(s) written to “%1”.", nullptr, int(letters.size()))
                         .arg(path)
                  << '\n';

    if (arguments.isSet(QStringLiteral("record-sent"))) {
        const LetterRecorder recorder(session.database(), currentActor(session.database()));
        if (!recorder.record(letters, nullptr, &error))
            return context.fail(ExitCode::DatabaseError, error);
        context.out() << tr("%n letter(s) recorded as sent on %1.", nullptr,
                            int(letters.size()))
                             .arg(isoDate)
                      << '\n';
    }
    return ExitCode::Success;
}

ExitCode ReminderLetterReport::usageError(CliContext &context, const QString &message) const
{
    return context.fail(ExitCode::UsageError,
                        message + QLatin1Char('\n') + HelpText::seeHelp(m_commandName));
}
