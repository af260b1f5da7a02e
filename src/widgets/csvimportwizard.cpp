#include "csvimportwizard.h"

#include "csvimportcheckpage.h"
#include "csvimporter.h"
#include "csvimportjob.h"
#include "csvimportmappingpage.h"
#include "csvimportresultpage.h"
#include "csvimportsourcepage.h"
#include "logging.h"
#include "uilanguage.h"

#include <QEvent>

namespace {

// Wide and tall enough for the column list and the preview table without
// scrolling on a small file.
constexpr QSize PreferredSize(820, 640);

// Returns the mapping of headers for kind with the explicit choices in
// plan, and its problems in *errors, as CsvImporter::preview() builds them.
CsvColumnMapping buildMapping(const CsvImportPlan &plan, const QStringList &headers,
                              QStringList *errors)
{
    CsvColumnMapping mapping = CsvColumnMapping::build(plan.kind, headers, plan.mapping, errors);
    const QString missing = mapping.missingRequiredMessage();
    if (!headers.isEmpty() && !missing.isEmpty())
        errors->append(missing);
    return mapping;
}

} // namespace

CsvImportWizard::CsvImportWizard(QSqlDatabase db, QWidget *parent)
    : QWizard(parent)
    , m_db(std::move(db))
    , m_job(new CsvImportJob(m_db, this))
{
    setObjectName(QStringLiteral("csvImportWizard"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);

    m_sourcePage = new CsvImportSourcePage(this);
    m_mappingPage = new CsvImportMappingPage(this);
    m_checkPage = new CsvImportCheckPage(this);
    m_resultPage = new CsvImportResultPage(this);
    setPage(SourcePageId, m_sourcePage);
    setPage(MappingPageId, m_mappingPage);
    setPage(CheckPageId, m_checkPage);
    setPage(ResultPageId, m_resultPage);

    connect(m_job, &CsvImportJob::runningChanged, this, &CsvImportWizard::updateCloseButtons);

    resize(PreferredSize);
    retranslateUi();
}

CsvImportWizard::~CsvImportWizard() = default;

void CsvImportWizard::setKind(CsvImportKind kind)
{
    m_sourcePage->setKind(kind);
}

void CsvImportWizard::setFilePath(const QString &path)
{
    m_sourcePage->setFilePath(path);
}

void CsvImportWizard::choose(CsvImportKind kind, const QString &filePath)
{
    if (kind == m_plan.kind && filePath == m_plan.filePath)
        return;
    m_plan = CsvImportPlan();
    m_plan.kind = kind;
    m_plan.filePath = filePath;
}

void CsvImportWizard::setEncoding(TextEncoding::Encoding encoding)
{
    m_plan.encoding = encoding;
}

void CsvImportWizard::setColumn(const QString &target, const QString &header)
{
    // The target that had the header gives it up explicitly, so the
    // automatic matching does not hand it back.
    if (!header.isEmpty()) {
        for (const CsvColumnMapping::Target &other : CsvColumnMapping::targets(m_plan.kind)) {
            if (other.name != target && m_preview.mapping.header(other.name) == header)
                m_plan.mapping.insert(other.name, QString());
        }
    }
    m_plan.mapping.insert(target, header);

    m_preview.mappingErrors.clear();
    m_preview.mapping = buildMapping(m_plan, m_preview.headers, &m_preview.mappingErrors);
}

void CsvImportWizard::setDuplicateAcknowledgement(const QString &note)
{
    m_plan.duplicateAcknowledgement = note;
}

bool CsvImportWizard::readPreview()
{
    m_preview = CsvImporter(m_db, currentActor(m_db)).preview(m_plan);
    if (!m_preview.ok) {
        qCWarning(lcUi) << "CSV import preview of" << m_plan.filePath << "failed at line"
                        << m_preview.errorLine << ":" << m_preview.errorMessage;
    }

    // Another encoding or an edited file may name the columns differently,
    // and a choice of a column that is gone would block the import.
    bool dropped = false;
    for (auto it = m_plan.mapping.begin(); it != m_plan.mapping.end();) {
        if (!it.value().isEmpty() && !m_preview.headers.contains(it.value())) {
            it = m_plan.mapping.erase(it);
            dropped = true;
        } else {
            ++it;
        }
    }
    if (dropped) {
        m_preview.mappingErrors.clear();
        m_preview.mapping = buildMapping(m_plan, m_preview.headers, &m_preview.mappingErrors);
    }
    return m_preview.ok;
}

void CsvImportWizard::reject()
{
    // The check and result pages show what a canceled job did; the next
    // Cancel closes the window. On the other pages only a check that Back
    // canceled can still be ending, and a check writes nothing.
    if (m_job->isRunning()) {
        m_job->cancel();
        if (currentId() == CheckPageId || currentId() == ResultPageId)
            return;
    }
    QWizard::reject();
}

void CsvImportWizard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizard::changeEvent(event);
}

void CsvImportWizard::retranslateUi()
{
    setWindowTitle(tr("Import CSV"));
}

void CsvImportWizard::updateCloseButtons()
{
    // The last page has no Cancel once its import has ended, because the
    // records are written then.
    setOption(QWizard::NoCancelButtonOnLastPage, !m_job->isRunning());
}
