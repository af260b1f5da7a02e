#pragma once

#include "clicommand.h"
#include "uilanguage.h"

#include <QCoreApplication>

class ChargeReviewReport;
class ChargeService;
struct ChargeRequest;
struct ChargeReview;

// add-charge: reviews a supplementary charge through the charge service and
// prints the confirmation summary and any duplicate findings. Only with
// --confirm does it commit, and then it prints the new charge's ID.
class AddChargeCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(AddChargeCommand)

public:
    explicit AddChargeCommand(UiLanguage language) : m_language(language) {}

    QString name() const override { return QStringLiteral("add-charge"); }
    QString summary() const override;
    QString details() const override;
    void declareArguments(ArgumentParser &parser) const override;
    ExitCode run(const ArgumentParser &arguments, CliContext &context) override;

    // Parses a strict YYYY-MM-DD calendar date. Returns an invalid QDate for
    // any other text.
    static QDate parseIsoDate(const QString &text);

private:
    ExitCode preview(const ChargeRequest &request, const ChargeReview &review,
                     const ChargeReviewReport &report, CliContext &context) const;
    ExitCode commit(ChargeService &service, const ChargeRequest &request,
                    const ChargeReview &review, const ChargeReviewReport &report,
                    CliContext &context) const;

    UiLanguage m_language;
};
