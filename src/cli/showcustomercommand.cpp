#include "showcustomercommand.h"

#include "billrepository.h"
#include "chargelisting.h"
#include "chargerepository.h"
#include "databasesession.h"
#include "paymentlisting.h"
#include "paymentrepository.h"
#include "recordlookup.h"
#include "texttable.h"

#include <QLocale>

QString ShowCustomerCommand::summary() const
{
    return tr("Show a customer's details, bills, charges, payments and outstanding balance.");
}

QString ShowCustomerCommand::details() const
{
    return tr("A bill's balance is its lines plus its posted charges minus payments. The "
              "outstanding balance is the customer's bills plus the posted charges minus "
              "payments; void charges are listed but not counted.");
}

void ShowCustomerCommand::declareArguments(ArgumentParser &parser) const
{
    parser.addPositional({QStringLiteral("CODE"), tr("Customer code, e.g. ALFKI.")});
}

ExitCode ShowCustomerCommand::run(const ArgumentParser &arguments, CliContext &context)
{
    DatabaseSession session(context.databasePath());
    if (!session.isOpen())
        return context.fail(ExitCode::DatabaseError, session.errorMessage());

    RecordLookup lookup(session.database(), context);
    const auto customer = lookup.customer(arguments.positionalArguments().constFirst());
    if (!customer)
        return lookup.failure();

    QString error;
    const QList<BillRecord> bills = BillRepository(session.database())
                                        .billsOfCustomer(customer->id, &error);
    if (!error.isEmpty()) {
        return context.fail(ExitCode::DatabaseError,
                            tr("Could not read the bills of %1: %2").arg(customer->code, error));
    }
    const QList<ChargeRecord> charges = ChargeRepository(session.database())
                                            .list(customer->id, &error);
    if (!error.isEmpty()) {
        return context.fail(ExitCode::DatabaseError,
                            tr("Could not read the charges of %1: %2").arg(customer->code, error));
    }
    const QList<PaymentRecord> payments = PaymentRepository(session.database())
                                              .paymentsOfCustomer(customer->id, &error);
    if (!error.isEmpty()) {
        return context.fail(ExitCode::DatabaseError,
                            tr("Could not read the payments of %1: %2").arg(customer->code, error));
    }

    QTextStream &out = context.out();
    writeDetails(*customer, out);

    out << '\n' << tr("Bills: %1").arg(bills.size()) << '\n';
    if (!bills.isEmpty())
        writeBills(bills, out);

    out << '\n' << tr("Charges: %1").arg(charges.size()) << '\n';
    if (!charges.isEmpty()) {
        ChargeListing listing(session.database(), m_language);
        listing.writeTable(charges, ChargeListing::Columns::WithoutCustomer, out);
    }

    out << '\n' << tr("Payments: %1").arg(payments.size()) << '\n';
    if (!payments.isEmpty())
        PaymentListing(session.database(), m_language).writeTable(payments, out);

    out << '\n' << tr("Outstanding balance: %1").arg(customer->balance.format(QLocale())) << '\n';
    return ExitCode::Success;
}

void ShowCustomerCommand::writeDetails(const CustomerRecord &customer, QTextStream &out) const
{
    out << tr("Customer: %1").arg(customer.code) << '\n';
    out << tr("Name: %1").arg(customer.companyName) << '\n';
    out << tr("Contact: %1").arg(customer.contactName) << '\n';
    out << tr("Phone: %1").arg(customer.phone) << '\n';
    out << tr("Currency: %1").arg(customer.currency) << '\n';
}

void ShowCustomerCommand::writeBills(const QList<BillRecord> &bills, QTextStream &out) const
{
    using Alignment = TextTable::Alignment;
    TextTable table({{tr("Bill"), Alignment::Left},
                     {tr("Issued"), Alignment::Left},
                     {tr("Due"), Alignment::Left},
                     {tr("Lines"), Alignment::Right},
                     {tr("Charges"), Alignment::Right},
                     {tr("Paid"), Alignment::Right},
                     {tr("Balance"), Alignment::Right}});

    const QLocale locale;
    for (const BillRecord &bill : bills) {
        table.addRow({bill.billNo,
                      bill.issueDate.toString(Qt::ISODate),
                      bill.dueDate.toString(Qt::ISODate),
                      bill.linesTotal.format(locale),
                      bill.chargesTotal.format(locale),
                      bill.paid.format(locale),
                      bill.balance().format(locale)});
    }
    table.write(out);
}
