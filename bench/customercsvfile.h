#pragma once

#include <QString>

// Writes the customer CSV file that bench_import imports: count customers
// drawn as "chargedesk-cli generate" draws them, every other one with
// Chinese names and addresses (ChineseCustomerMaker) and the rest shaped
// like the Northwind customers (WesternCustomerMaker). The columns and the
// encoding are those of "export-csv customers" without the balance: UTF-8
// with a byte order mark, CRLF, and text fields guarded against formulas.
class CustomerCsvFile
{
public:
    // The same count and seed write the same file. Returns false with
    // *error set when the file cannot be written.
    static bool write(const QString &path, qsizetype count, quint32 seed, QString *error);
};
