#pragma once

#include "csvimportplan.h"

#include <QList>
#include <QWizardPage>

#include <memory>

class CsvImportWizard;
class QComboBox;
class QLabel;

namespace Ui {
class CsvImportMappingPage;
}

// Page 2 of the CSV import wizard: the encoding the file is read in
// (detected, or chosen: Auto, UTF-8, GB18030, Big5) and one row per target field
// with a combo box of the file's headers and the field's value in the
// first row. Matches found from English or Chinese headers are preselected,
// and required fields are marked with *. Next stays disabled, and the page
// names the fields, while a required field has no column.
class CsvImportMappingPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit CsvImportMappingPage(CsvImportWizard *wizard);
    ~CsvImportMappingPage() override;

    void initializePage() override;
    bool isComplete() const override;

    // Returns the combo box of target, e.g. "customer_code", or nullptr.
    QComboBox *columnCombo(const QString &target) const;

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Row
    {
        QString target;
        bool required = false;
        QLabel *label = nullptr;
        QComboBox *combo = nullptr;
        QLabel *sample = nullptr;
    };

    void createRows();
    void removeRows();
    void updateRows();
    void chooseEncoding();
    void chooseColumn(const Row &row);
    void retranslateUi();

    // Returns the translated problems that block Next.
    QStringList problems() const;

    // Returns the sentence saying encoding was guessed and how to change it.
    static QString guessedEncodingText(TextEncoding::Encoding encoding);

    std::unique_ptr<Ui::CsvImportMappingPage> m_ui;
    CsvImportWizard *m_wizard = nullptr;
    QList<Row> m_rows;
    CsvImportKind m_rowsKind = CsvImportKind::Customers;
};
