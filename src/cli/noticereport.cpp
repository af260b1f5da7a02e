#include "noticereport.h"

#include "companyprofile.h"
#include "databasesession.h"
#include "helptext.h"
#include "noticebuilder.h"
#include "noticequery.h"
#include "recordlookup.h"
#include "reportpdfwriter.h"

#include <QLocale>

ExitCode NoticeReport::run(const ArgumentParser &arguments, DatabaseSession &session,
                           CliContext &context) const
{
    RecordLookup lookup(session.database(), context);
    const NoticeQuery query(session.database(), m_language);
    QList<qint64> ids;
    QString error;
    if (arguments.isSet(QStringLiteral("customer"))) {
        const auto customer = lookup.customer(arguments.value(QStringLiteral("customer")));
        if (!customer)
            return lookup.failure();
        if (!query.postedChargeIds(customer->id, &ids, &error))
            return context.fail(ExitCode::DatabaseError, error);
        if (ids.isEmpty()) {
            return context.fail(ExitCode::Rejected,
                                tr("Customer %1 has no posted charges, so there is no notice "
                                   "to write.")
                                    .arg(customer->code));
        }
    }

    // Each id is looked up first, so that an unknown and a void charge end
    // with their own exit statuses.
    for (const QString &text : arguments.values(QStringLiteral("charge"))) {
        bool ok = false;
        const qint64 id = text.toLongLong(&ok);
        if (!ok || id <= 0) {
            return usageError(context, tr("Invalid --charge “%1”: use a charge ID, a whole "
                                          "number such as 12.")
                                           .arg(text));
        }
        const auto charge = lookup.charge(id);
        if (!charge)
            return lookup.failure();
        if (charge->isVoid()) {
            return context.fail(ExitCode::Rejected,
                                tr("Charge %1 is void, and a void charge gets no notice. Leave "
                                   "it out.")
                                    .arg(id));
        }
        if (!charge->isPosted()) {
            return context.fail(ExitCode::Rejected,
                                tr("Charge %1 waits for approval or was rejected, so it gets no "
                                   "notice. Leave it out.")
                                    .arg(id));
        }
        ids << id;
    }

    QList<ChargeNotice> notices;
    if (query.run(ids, &notices, &error) != ReportQueryStatus::Completed)
        return context.fail(ExitCode::DatabaseError, error);

    const CompanyProfile company = CompanyProfile::load();
    const QStringList missing = company.missingForNotice();
    if (!missing.isEmpty()) {
        context.err() << tr("Warning: the company details lack %1, so the notices are printed "
                            "without them. Enter them in the ChargeDesk window under Settings › "
                            "Company Details.")
                             .arg(QLocale().createSeparatedList(missing))
                      << '\n';
        context.err().flush();
    }

    const QString path = arguments.value(QStringLiteral("pdf"));
    const ReportDocument document = NoticeBuilder(company, m_language).build(notices);
    if (!ReportPdfWriter::write(document, path, &error))
        return context.fail(ExitCode::Rejected, error);
    context.out() << tr("%n notice(s) written to “%1”.", nullptr, int(notices.size())).arg(path)
                  << '\n';
    return ExitCode::Success;
}

ExitCode NoticeReport::usageError(CliContext &context, const QString &message) const
{
    return context.fail(ExitCode::UsageError,
                        message + QLatin1Char('\n') + HelpText::seeHelp(m_commandName));
}
