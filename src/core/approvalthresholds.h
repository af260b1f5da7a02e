#pragma once

#include "money.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

// One row of approval_thresholds: a charge of more than amount waits for a
// finance user's approval.
struct ApprovalThreshold
{
    qint64 id = 0;
    Money amount; // in the threshold's currency
    QString updatedBy;
    QDateTime updatedAt; // UTC
};

// Read queries on approval_thresholds. Functions set *error when a
// statement fails.
class ApprovalThresholds
{
public:
    explicit ApprovalThresholds(QSqlDatabase db) : m_db(std::move(db)) {}

    // Every threshold, by currency.
    QList<ApprovalThreshold> all(QString *error) const;

    // The threshold of currency, std::nullopt when its charges need no
    // approval.
    std::optional<ApprovalThreshold> find(const QString &currency, QString *error) const;

private:
    QList<ApprovalThreshold> select(const QString &where, const QVariantMap &values,
                                    QString *error) const;

    QSqlDatabase m_db;
};
