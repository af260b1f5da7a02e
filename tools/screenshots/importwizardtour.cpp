#include "importwizardtour.h"

#include "csvimportcheckpage.h"
#include "csvimportresultpage.h"
#include "csvimportwizard.h"
#include "mainwindow.h"
#include "widgetinput.h"

#include <QAbstractButton>
#include <QAction>
#include <QFile>
#include <QTest>

using WidgetInput::closeIfOpen;
using WidgetInput::whenModalOpens;

namespace {

// How long the check or the import of the sample file may take.
constexpr int JobTimeoutMs = 60000;

// The sample customers, with a header row in the language of the
// screenshots. The file starts with the byte order mark that Excel writes.
QByteArray sampleCustomers(UiLanguage language)
{
    const QString header = language == UiLanguage::English
                               ? QStringLiteral("Customer Code,Company Name,Contact,City,Phone")
                               : language == UiLanguage::TraditionalChinese
                                     ? QStringLiteral("客戶編號,公司名稱,聯絡人,城市,電話")
                                     : QStringLiteral("客户编号,公司名称,联系人,城市,电话");
    const QString rows = QStringLiteral(
        "CN001,上海补费科技有限公司,王小明,上海,021-5555 0101\n"
        "CN002,北京示例贸易公司,李华,北京,010-6666 0202\n"
        "CN003,广州测试有限公司,陈静,广州,020-7777 0303\n");
    return QByteArray("\xEF\xBB\xBF") + (header + QLatin1Char('\n') + rows).toUtf8();
}

} // namespace

ImportWizardTour::ImportWizardTour(MainWindow *window, UiLanguage language, Save save)
    : m_window(window)
    , m_language(language)
    , m_save(std::move(save))
{
}

bool ImportWizardTour::run()
{
    auto *action = m_window->findChild<QAction *>(QStringLiteral("importCsvAction"));
    if (!action)
        return fail(QStringLiteral("The File menu has no Import CSV… action."));
    if (!writeSampleFile())
        return false;

    bool driven = false;
    whenModalOpens<CsvImportWizard>(m_window, [this, &driven](CsvImportWizard *wizard) {
        driven = drive(wizard);
        if (!driven) {
            wizard->job()->waitForFinished(JobTimeoutMs);
            closeIfOpen(wizard);
        }
    });
    action->trigger();
    return driven;
}

bool ImportWizardTour::writeSampleFile()
{
    if (!m_folder.isValid())
        return fail(QStringLiteral("Could not create a temporary folder."));
    m_filePath = m_folder.filePath(QStringLiteral("customers.csv"));
    QFile file(m_filePath);
    const QByteArray bytes = sampleCustomers(m_language);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return fail(QStringLiteral("Could not write %1.").arg(m_filePath));
    return true;
}

bool ImportWizardTour::drive(CsvImportWizard *wizard)
{
    wizard->setKind(CsvImportKind::Customers);
    wizard->setFilePath(m_filePath);
    if (!m_save(wizard, QStringLiteral("12-import-file"))
        || !moveOn(wizard, CsvImportWizard::MappingPageId)
        || !m_save(wizard, QStringLiteral("13-import-columns"))
        || !moveOn(wizard, CsvImportWizard::CheckPageId)) {
        return false;
    }

    auto *check = qobject_cast<CsvImportCheckPage *>(wizard->page(CsvImportWizard::CheckPageId));
    if (!QTest::qWaitFor([check] { return check->checkResult().has_value(); }, JobTimeoutMs))
        return fail(QStringLiteral("The check did not end."));
    if (!m_save(wizard, QStringLiteral("14-import-check"))
        || !moveOn(wizard, CsvImportWizard::ResultPageId)) {
        return false;
    }

    auto *result =
        qobject_cast<CsvImportResultPage *>(wizard->page(CsvImportWizard::ResultPageId));
    if (!QTest::qWaitFor([result] { return result->importResult().has_value(); }, JobTimeoutMs))
        return fail(QStringLiteral("The import did not end."));
    if (!result->importResult()->written)
        return fail(QStringLiteral("The import wrote nothing."));
    if (!m_save(wizard, QStringLiteral("15-import-result")))
        return false;
    wizard->button(QWizard::FinishButton)->click();
    return true;
}

bool ImportWizardTour::moveOn(CsvImportWizard *wizard, int expectedPage)
{
    const bool commit = wizard->currentPage()->isCommitPage();
    QAbstractButton *button =
        wizard->button(commit ? QWizard::CommitButton : QWizard::NextButton);
    if (!button->isEnabled())
        return fail(QStringLiteral("Next is disabled on page %1.").arg(wizard->currentId()));
    button->click();
    if (wizard->currentId() != expectedPage)
        return fail(QStringLiteral("Next did not open page %1.").arg(expectedPage));
    return true;
}

bool ImportWizardTour::fail(const QString &message)
{
    if (m_error.isEmpty())
        m_error = message;
    return false;
}
