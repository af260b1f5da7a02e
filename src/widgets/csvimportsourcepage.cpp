#include "csvimportsourcepage.h"
#include "ui_csvimportsourcepage.h"

#include "csvimporttexts.h"
#include "csvimportwizard.h"
#include "errorlabel.h"
#include "logging.h"

#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QStandardPaths>

CsvImportSourcePage::CsvImportSourcePage(CsvImportWizard *wizard)
    : QWizardPage(wizard)
    , m_ui(std::make_unique<Ui::CsvImportSourcePage>())
    , m_wizard(wizard)
{
    m_ui->setupUi(this);
    ErrorLabel::style(m_ui->errorLabel);

    for (QRadioButton *radio : {m_ui->customersRadio, m_ui->billsRadio, m_ui->chargesRadio}) {
        connect(radio, &QRadioButton::toggled, this, [this](bool checked) {
            if (checked)
                retranslateUi();
        });
    }
    connect(m_ui->fileEdit, &QLineEdit::textChanged, this, [this] {
        if (m_problem != Problem::None)
            setProblem(Problem::None);
        emit completeChanged();
    });
    connect(m_ui->browseButton, &QPushButton::clicked, this, &CsvImportSourcePage::browse);

    retranslateUi();
}

CsvImportSourcePage::~CsvImportSourcePage() = default;

CsvImportKind CsvImportSourcePage::kind() const
{
    if (m_ui->billsRadio->isChecked())
        return CsvImportKind::Bills;
    if (m_ui->chargesRadio->isChecked())
        return CsvImportKind::Charges;
    return CsvImportKind::Customers;
}

void CsvImportSourcePage::setKind(CsvImportKind kind)
{
    switch (kind) {
    case CsvImportKind::Customers:
        m_ui->customersRadio->setChecked(true);
        break;
    case CsvImportKind::Bills:
        m_ui->billsRadio->setChecked(true);
        break;
    case CsvImportKind::Charges:
        m_ui->chargesRadio->setChecked(true);
        break;
    }
}

QString CsvImportSourcePage::filePath() const
{
    return m_ui->fileEdit->text().trimmed();
}

void CsvImportSourcePage::setFilePath(const QString &path)
{
    m_ui->fileEdit->setText(QDir::toNativeSeparators(path));
}

bool CsvImportSourcePage::isComplete() const
{
    return !filePath().isEmpty();
}

bool CsvImportSourcePage::validatePage()
{
    const QString path = QDir::fromNativeSeparators(filePath());
    const QFileInfo info(path);
    m_problemPath = QDir::toNativeSeparators(path);
    if (!info.isFile()) {
        setProblem(Problem::Missing);
        return false;
    }

    m_wizard->choose(kind(), info.absoluteFilePath());
    m_wizard->readPreview();

    // A file with a header row may continue: the later pages show a bad
    // line with its number, and an encoding chosen there may read the file.
    if (m_wizard->preview().headers.isEmpty()) {
        m_readError = m_wizard->preview().errorMessage;
        qCWarning(lcUi) << "CSV import file has no header row:" << path << m_readError;
        setProblem(m_readError.isEmpty() ? Problem::Empty : Problem::Unreadable);
        return false;
    }
    setProblem(Problem::None);
    return true;
}

void CsvImportSourcePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslateUi();
    }
    QWizardPage::changeEvent(event);
}

void CsvImportSourcePage::browse()
{
    QString folder = QFileInfo(QDir::fromNativeSeparators(filePath())).absolutePath();
    if (filePath().isEmpty() || !QFileInfo(folder).isDir())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);

    const QString path = QFileDialog::getOpenFileName(
        this, tr("Choose a CSV File"), folder,
        tr("CSV files (*.csv);;Text files (*.txt);;All files (*)"));
    if (!path.isEmpty())
        setFilePath(path);
}

void CsvImportSourcePage::retranslateUi()
{
    //: %1 lists the required fields, e.g. "Customer code and Company name".
    m_ui->kindHintLabel->setText(
        tr("The file needs a column for each of these fields: %1. The header row may name "
           "them in English or Chinese.")
            .arg(CsvImportTexts::requiredFields(kind())));

    QString message;
    switch (m_problem) {
    case Problem::None:
        break;
    case Problem::Missing:
        message = tr("The file “%1” does not exist. Check the name, or choose the file with "
                     "Browse….")
                      .arg(m_problemPath);
        break;
    case Problem::Empty:
        message = tr("The file “%1” is empty. A CSV file for the import starts with a row of "
                     "column names.")
                      .arg(m_problemPath);
        break;
    case Problem::Unreadable:
        // NOTE: this message keeps the language it was written in, because
        // the importer returns finished text.
        message = m_readError;
        break;
    }
    ErrorLabel::setMessages(m_ui->errorLabel,
                            message.isEmpty() ? QStringList() : QStringList{message});
}

void CsvImportSourcePage::setProblem(Problem problem)
{
    m_problem = problem;
    retranslateUi();
}
