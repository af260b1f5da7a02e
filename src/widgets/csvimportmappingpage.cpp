#include "csvimportmappingpage.h"
#include "ui_csvimportmappingpage.h"

#include "csvcolumnmapping.h"
#include "csvimportwizard.h"
#include "errorlabel.h"

#include <QComboBox>
#include <QEvent>
#include <QLabel>
#include <QLocale>
#include <QSignalBlocker>

namespace {

// The widest a first-row value is shown, in average characters. The whole
// value is in the tooltip.
constexpr int MaxSampleCharacters = 40;

// The grid row of the first target. Row 0 contains the column titles.
constexpr int FirstTargetRow = 1;

// The data of the combo box item that maps no column.
constexpr int NoColumn = -1;

} // namespace

CsvImportMappingPage::CsvImportMappingPage(CsvImportWizard *wizard)
    : QWizardPage(wizard)
    , m_ui(std::make_unique<Ui::CsvImportMappingPage>())
    , m_wizard(wizard)
{
    m_ui->setupUi(this);
    ErrorLabel::style(m_ui->errorLabel);
    m_ui->mappingLayout->setColumnStretch(2, 1);

    // The item texts are set in retranslateUi().
    for (const TextEncoding::Encoding encoding :
         {TextEncoding::Encoding::Auto, TextEncoding::Encoding::Utf8,
          TextEncoding::Encoding::Gb18030, TextEncoding::Encoding::Big5}) {
        m_ui->encodingCombo->addItem(QString(), QVariant::fromValue(int(encoding)));
    }
    connect(m_ui->encodingCombo, &QComboBox::currentIndexChanged, this,
            &CsvImportMappingPage::chooseEncoding);

    retranslateUi();
}

CsvImportMappingPage::~CsvImportMappingPage() = default;

void CsvImportMappingPage::initializePage()
{
    {
        const QSignalBlocker blocker(m_ui->encodingCombo);
        const int index = m_ui->encodingCombo->findData(int(m_wizard->plan().encoding));
        m_ui->encodingCombo->setCurrentIndex(qMax(0, index));
    }

    if (m_rows.isEmpty() || m_rowsKind != m_wizard->plan().kind) {
        removeRows();
        createRows();
    }
    updateRows();
    retranslateUi();
}

bool CsvImportMappingPage::isComplete() const
{
    return problems().isEmpty();
}

QComboBox *CsvImportMappingPage::columnCombo(const QString &target) const
{
    for (const Row &row : m_rows) {
        if (row.target == target)
            return row.combo;
    }
    return nullptr;
}

void CsvImportMappingPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslateUi();
    }
    QWizardPage::changeEvent(event);
}

void CsvImportMappingPage::createRows()
{
    m_rowsKind = m_wizard->plan().kind;
    int gridRow = FirstTargetRow;
    for (const CsvColumnMapping::Target &target : CsvColumnMapping::targets(m_rowsKind)) {
        Row row;
        row.target = target.name;
        row.required = target.required;

        row.label = new QLabel(m_ui->mappingWidget);
        row.label->setObjectName(QStringLiteral("fieldLabel_") + target.name);
        row.label->setTextFormat(Qt::PlainText);

        row.combo = new QComboBox(m_ui->mappingWidget);
        row.combo->setObjectName(QStringLiteral("columnCombo_") + target.name);
        row.combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        row.label->setBuddy(row.combo);

        row.sample = new QLabel(m_ui->mappingWidget);
        row.sample->setObjectName(QStringLiteral("sampleLabel_") + target.name);
        row.sample->setTextFormat(Qt::PlainText);

        m_ui->mappingLayout->addWidget(row.label, gridRow, 0);
        m_ui->mappingLayout->addWidget(row.combo, gridRow, 1);
        m_ui->mappingLayout->addWidget(row.sample, gridRow, 2);
        m_ui->mappingLayout->setRowStretch(gridRow, 0);
        ++gridRow;

        connect(row.combo, &QComboBox::currentIndexChanged, this,
                [this, row] { chooseColumn(row); });
        m_rows << row;
    }

    // The rows stay at the top of a tall page.
    m_ui->mappingLayout->setRowStretch(gridRow, 1);
}

void CsvImportMappingPage::removeRows()
{
    for (const Row &row : std::as_const(m_rows)) {
        delete row.label;
        delete row.combo;
        delete row.sample;
    }
    for (int gridRow = FirstTargetRow; gridRow < m_ui->mappingLayout->rowCount(); ++gridRow)
        m_ui->mappingLayout->setRowStretch(gridRow, 0);
    m_rows.clear();
}

void CsvImportMappingPage::updateRows()
{
    const CsvImportPreview &preview = m_wizard->preview();
    const QStringList firstRow =
        preview.rows.isEmpty() ? QStringList() : preview.rows.constFirst().fields;
    const int sampleWidth = fontMetrics().averageCharWidth() * MaxSampleCharacters;

    for (const Row &row : std::as_const(m_rows)) {
        const QSignalBlocker blocker(row.combo);
        row.combo->clear();
        row.combo->addItem(tr("— not imported —"), NoColumn);

        // An empty header cannot be named in a column choice.
        for (int column = 0; column < preview.headers.size(); ++column) {
            if (!preview.headers.at(column).isEmpty())
                row.combo->addItem(preview.headers.at(column), column);
        }
        const int column = preview.mapping.column(row.target);
        row.combo->setCurrentIndex(qMax(0, row.combo->findData(column)));

        const QString value = column >= 0 ? firstRow.value(column) : QString();
        row.sample->setText(fontMetrics().elidedText(value, Qt::ElideRight, sampleWidth));
        row.sample->setToolTip(value);
        ErrorLabel::setAlarm(row.label, row.required && column < 0);
    }
}

void CsvImportMappingPage::chooseEncoding()
{
    const auto encoding =
        TextEncoding::Encoding(m_ui->encodingCombo->currentData().toInt());
    m_wizard->setEncoding(encoding);
    m_wizard->readPreview();
    updateRows();
    retranslateUi();
    emit completeChanged();
}

void CsvImportMappingPage::chooseColumn(const Row &row)
{
    const int column = row.combo->currentData().toInt();
    const QString header =
        column == NoColumn ? QString() : m_wizard->preview().headers.value(column);
    m_wizard->setColumn(row.target, header);
    updateRows();
    retranslateUi();
    emit completeChanged();
}

void CsvImportMappingPage::retranslateUi()
{
    m_ui->encodingCombo->setItemText(0, tr("Auto"));
    m_ui->encodingCombo->setItemText(1, TextEncoding::name(TextEncoding::Encoding::Utf8));
    m_ui->encodingCombo->setItemText(
        2, tr("%1 (GBK)").arg(TextEncoding::name(TextEncoding::Encoding::Gb18030)));
    m_ui->encodingCombo->setItemText(3, TextEncoding::name(TextEncoding::Encoding::Big5));

    const CsvImportPreview &preview = m_wizard->preview();
    const QString encodingName = TextEncoding::name(preview.encoding);
    QString encodingText;
    if (preview.encoding == TextEncoding::Encoding::Auto)
        encodingText = tr("The encoding could not be detected. Choose one.");
    else if (m_wizard->plan().encoding != TextEncoding::Encoding::Auto)
        encodingText = tr("Read as %1.").arg(encodingName);
    else if (preview.encodingGuessed)
        encodingText = guessedEncodingText(preview.encoding);
    else if (preview.byteOrderMark)
        encodingText = tr("Detected %1 with a byte order mark.").arg(encodingName);
    else
        encodingText = tr("Detected %1.").arg(encodingName);
    m_ui->detectedEncodingLabel->setText(encodingText);

    for (const Row &row : std::as_const(m_rows)) {
        const CsvColumnMapping::Target *target =
            CsvColumnMapping::findTarget(m_rowsKind, row.target);
        const QString label = target ? target->label() : row.target;
        row.label->setText(row.required ? label + QStringLiteral(" *") : label);
        row.combo->setItemText(0, tr("— not imported —"));
    }

    QStringList messages = problems();

    // A bad line further down does not stop the column choice. The check
    // on the next page lists it with its line number.
    if (!preview.ok && !preview.headers.isEmpty())
        messages << preview.errorMessage;
    ErrorLabel::setMessages(m_ui->errorLabel, messages);
}

QString CsvImportMappingPage::guessedEncodingText(TextEncoding::Encoding encoding)
{
    const TextEncoding::Encoding other = encoding == TextEncoding::Encoding::Big5
                                             ? TextEncoding::Encoding::Gb18030
                                             : TextEncoding::Encoding::Big5;
    //: %1 is the encoding chosen, %2 the other one, e.g. "Big5" and "GB18030".
    return tr("Guessed %1 from the characters; the file is also valid %2. If the values "
              "below look wrong, choose %2.")
        .arg(TextEncoding::name(encoding), TextEncoding::name(other));
}

QStringList CsvImportMappingPage::problems() const
{
    const CsvImportPreview &preview = m_wizard->preview();
    if (preview.headers.isEmpty()) {
        // NOTE: a message from the importer keeps the language it was
        // written in, because it is returned as finished text.
        return {preview.errorMessage.isEmpty() ? tr("The file has no header row.")
                                               : preview.errorMessage};
    }

    QStringList problems;
    QStringList missing;
    for (const QString &name : preview.mapping.missingRequired()) {
        const CsvColumnMapping::Target *target =
            CsvColumnMapping::findTarget(preview.mapping.kind(), name);
        missing << (target ? target->label() : name);
    }
    if (!missing.isEmpty()) {
        //: %1 lists the fields, e.g. "Customer code and Amount".
        problems << tr("Choose a column for these required fields: %1.")
                        .arg(QLocale().createSeparatedList(missing));
    }

    // The other problems of the column choices are built again, so they are
    // in the current language. The importer's sentence for missing fields
    // is replaced by the one above, which names the fields as shown here.
    const CsvImportPlan &plan = m_wizard->plan();
    CsvColumnMapping::build(plan.kind, preview.headers, plan.mapping, &problems);
    return problems;
}
