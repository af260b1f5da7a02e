#pragma once

#include "chargerequest.h"
#include "chargeservice.h"
#include "csvrecordimporter.h"
#include "csvrowreader.h"
#include "lookupresolver.h"
#include "records.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

// Imports supplementary charges, one per row, through ChargeService only:
// each row becomes a ChargeRequest that the service reviews and commits,
// so every rule of the 新增费用 form applies and every charge gets its
// audit record and stored balances. A row with status "void" is committed
// and then voided with its void_reason. check() reads the rows and resolves
// their customers, bills and lookups; the service's review runs in
// write(), once per row, inside the import's transaction.
//
// Fee type, reason and payment method may be codes or labels in any
// language. The request key is the request_key field when the file has one
// (an export of this program), otherwise "csv:" and the SHA-256 of the
// row's values and of how many identical rows come before it. Importing
// the same file again therefore replays every row ("already imported as
// charge N") and writes nothing, while two identical rows in one file are
// two requests, and the second is an exact duplicate of the first.
class ChargeCsvImporter : public CsvRecordImporter
{
    Q_DECLARE_TR_FUNCTIONS(ChargeCsvImporter)

public:
    // acknowledgement applies to rows whose duplicate_acknowledgement field
    // is empty and that have possible duplicates.
    ChargeCsvImporter(QSqlDatabase db, QString actor, QString acknowledgement);

    bool check(const CsvImportFile &file, const CsvColumnMapping &mapping,
               CsvImportSummary *summary, CsvImportProgress *progress,
               QString *error) override;
    qsizetype recordsToWrite() const override { return m_pending.size(); }
    bool write(CsvImportSummary *summary, CsvImportProgress *progress,
               QString *error) override;

    // Returns the derived request key of a row: "csv:" and 64 hex digits.
    // values are the row's normalized field values; occurrence counts the
    // identical rows before it.
    static QString derivedRequestKey(const QStringList &values, int occurrence);

private:
    struct Charge
    {
        int line = 0;
        ChargeRequest request;
        QString customerCode;
        QString billNo;
        bool isVoid = false;
        QString voidReason;
    };

    // Reads one row into charge. Returns false when the row has a problem,
    // or when a query failed (*error set).
    bool readRow(const CsvColumnMapping &mapping, const CsvImportFile::Row &row,
                 CsvImportSummary *summary, Charge *charge, QString *error);

    // Resolves the lookup field target into a code, reporting a problem
    // when the value names nothing.
    QString lookupCode(CsvRowReader &reader, const QString &target,
                       LookupRepository::Table table) const;

    // Reviews charge through the service into *review and reports its
    // problems; *ok is true when it may be committed. Returns false when
    // the check could not run (*error set).
    bool review(const Charge &charge, CsvImportSummary *summary, ChargeReview *review,
                bool *ok, QString *error);

    // Returns the row's own duplicate acknowledgement, or the import's
    // when the row has none and review found possible duplicates.
    QString acknowledgement(const Charge &charge, const ChargeReview &review) const;

    // Commits one charge with the review that write() confirmed, voids it
    // when its status is void, and records the outcome. Returns false when
    // the database failed (*error set).
    bool commit(const Charge &charge, const ChargeReview &review, CsvImportSummary *summary,
                QString *error);

    std::optional<CustomerRecord> customer(const QString &code, QString *error);
    std::optional<BillRecord> bill(const QString &billNo, QString *error);

    QSqlDatabase m_db;
    QString m_actor;
    QString m_acknowledgement;
    ChargeService m_service;
    LookupResolver m_lookups;
    QHash<QString, std::optional<CustomerRecord>> m_customers;
    QHash<QString, std::optional<BillRecord>> m_bills;
    QList<Charge> m_pending;
};
