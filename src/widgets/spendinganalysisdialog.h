#pragma once

#include "spendingchartview.h"

#include <QDialog>
#include <QSqlDatabase>

class QComboBox;
class QLabel;
class QPushButton;
class ReportOutputController;
class ReportProgressPanel;
class SpendingChartPanel;
class SpendingFilter;
class SpendingPeriodFields;
struct ReportRequest;

// The Spending Analysis dialog (消费分析) of the Reports menu: the charges
// and payments of charges of all customers in one currency and a period of
// months, as charts with their totals and the billing-error share. Save
// PNG… saves the charts as one image; Preview, Print… and Save PDF… put
// out the Spending Analysis document, whose charts are drawn again at
// print resolution beside tables of the same figures.
//
// The charts follow the fields at once. While the period or the currency
// is invalid, the reason shows under the fields and the output buttons are
// disabled.
class SpendingAnalysisDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SpendingAnalysisDialog(QSqlDatabase db, QWidget *parent = nullptr);
    ~SpendingAnalysisDialog() override;

    SpendingChartPanel *panel() const { return m_panel; }
    ReportOutputController *output() const { return m_output; }
    SpendingPeriodFields *periodFields() const { return m_period; }

    // Selects currency when the list offers it. Returns whether it did.
    bool setCurrency(const QString &currency);

    // Returns the message under the fields, or an empty string.
    QString errorText() const;

    // Asks for a file name and saves the charts as PNG.
    void savePng();

    // Replaces the QFileDialog of Save PNG…, e.g. in tests.
    void setSavePathChooser(SpendingChartView::SavePathChooser chooser)
    {
        m_chooseSavePath = std::move(chooser);
    }

public slots:
    // Cancels a running job before the dialog closes.
    void reject() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void loadCurrencies();
    void reload();
    void retranslateUi();
    void updateButtons();
    ReportRequest request();

    // Returns the file name that Save PNG… and Save PDF… offer, without
    // folder and extension, e.g. "spending_CNY_2026-01_2026-12".
    static QString fileBaseName(const SpendingFilter &filter);

    QSqlDatabase m_db;
    SpendingPeriodFields *m_period = nullptr;
    QLabel *m_currencyLabel = nullptr;
    QComboBox *m_currency = nullptr;
    QLabel *m_errorLabel = nullptr;
    SpendingChartPanel *m_panel = nullptr;
    ReportProgressPanel *m_progress = nullptr;
    ReportOutputController *m_output = nullptr;
    QPushButton *m_savePngButton = nullptr;
    QPushButton *m_previewButton = nullptr;
    QPushButton *m_printButton = nullptr;
    QPushButton *m_savePdfButton = nullptr;
    QPushButton *m_closeButton = nullptr;
    SpendingChartView::SavePathChooser m_chooseSavePath;
    QString m_error;
    bool m_dataValid = false;
};
