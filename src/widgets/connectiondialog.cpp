#include "connectiondialog.h"

#include "connectionform.h"
#include "database.h"
#include "databaselocation.h"
#include "errorlabel.h"
#include "logging.h"
#include "uilanguage.h"
#include "usercontext.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QThread>
#include <QVBoxLayout>

#include <memory>

namespace {

// Returns location as people read it: a native file path, or the URL.
QString displayLocation(const QString &location)
{
    const DatabaseLocation parsed = DatabaseLocation::parse(location);
    if (!parsed.isValid())
        return DatabaseLocation::redacted(location);
    return parsed.isPostgresql() ? parsed.displayText()
                                 : QDir::toNativeSeparators(parsed.filePath());
}

} // namespace

ConnectionDialog::ConnectionDialog(QSqlDatabase db, QWidget *parent)
    : ConnectionDialog(std::move(db), Purpose::Settings, parent)
{
}

ConnectionDialog::ConnectionDialog(QSqlDatabase db, Purpose purpose, QWidget *parent)
    : QDialog(parent)
    , m_db(std::move(db))
    , m_purpose(purpose)
{
    setObjectName(QStringLiteral("connectionDialog"));
    createWidgets();
    createLayout();
    loadStoredSettings();

    connect(m_form, &ConnectionForm::edited, this, &ConnectionDialog::formEdited);
    connect(m_testButton, &QPushButton::clicked, this, &ConnectionDialog::testConnection);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ConnectionDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ConnectionDialog::reject);

    // The width comes first, so that no height is ever computed for the
    // 100 pixels a new dialog with a parent starts with.
    resize(fontMetrics().averageCharWidth() * 90, height());
    retranslateUi();
}

// A test still running keeps its thread; the thread deletes itself when
// the check ends, and its result then goes nowhere.
ConnectionDialog::~ConnectionDialog() = default;

void ConnectionDialog::createWidgets()
{
    m_introLabel = new QLabel(this);
    m_introLabel->setWordWrap(true);
    m_currentLabel = new QLabel(this);
    m_currentLabel->setObjectName(QStringLiteral("currentLabel"));
    m_currentLabel->setWordWrap(true);
    m_currentLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_form = new ConnectionForm(this);

    m_testButton = new QPushButton(this);
    m_testButton->setObjectName(QStringLiteral("testButton"));
    m_testButton->setAutoDefault(false);
    m_testLabel = new QLabel(this);
    m_testLabel->setObjectName(QStringLiteral("testLabel"));
    m_testLabel->setWordWrap(true);
    m_testLabel->setTextFormat(Qt::PlainText);
    m_testLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_roleLabel = new QLabel(this);
    m_roleLabel->setObjectName(QStringLiteral("roleLabel"));
    m_roleLabel->setWordWrap(true);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("buttonBox"));
}

void ConnectionDialog::createLayout()
{
    auto *testLayout = new QHBoxLayout;
    testLayout->addWidget(m_testButton);
    testLayout->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_introLabel);
    layout->addWidget(m_currentLabel);
    layout->addSpacing(6);
    layout->addWidget(m_form);
    layout->addSpacing(6);
    layout->addLayout(testLayout);
    layout->addWidget(m_testLabel);
    layout->addWidget(m_roleLabel);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
}

void ConnectionDialog::loadStoredSettings()
{
    // Without a saved connection the form shows the database in use.
    QString location = ConnectionSettings::savedLocation();
    if (location.isEmpty())
        location = m_db.isValid() ? Database::location(m_db) : Database::defaultPath();
    m_stored = ConnectionSettings::fromLocation(location, &m_loadError);
    if (!m_loadError.isEmpty())
        qCWarning(lcUi) << "The saved database connection is invalid:" << m_loadError;

    // Compared with what the form shows, so that a filled-in default such
    // as the user name does not count as a change.
    m_form->setSettings(m_stored);
    m_stored = m_form->settings();
}

void ConnectionDialog::resolveRole()
{
    m_mayChange = true;
    m_roleRefusal.clear();
    if (m_purpose == Purpose::Startup)
        return;

    // NOTE: the check asks for the administrator role directly, because
    // UserAction has no action for program settings yet. The location is
    // stored in this account's own settings file, so the check guards the
    // window, not the file.
    QString error;
    const UserContext user = UserContext::resolve(m_db, currentActor(m_db), &error);
    if (!error.isEmpty()) {
        m_mayChange = false;
        m_roleRefusal = tr("Could not read your role, so the connection cannot be changed: %1")
                            .arg(error);
        qCWarning(lcUi) << "Could not resolve the user for the connection settings:" << error;
    } else if (!user.accessRefusal().isEmpty()) {
        m_mayChange = false;
        m_roleRefusal = user.accessRefusal();
    } else if (!UserRoleText::covers(user.role(), UserRole::Admin)) {
        m_mayChange = false;
        m_roleRefusal = tr("Only administrators may change the database connection, and the "
                           "user %1 has the role %2. Ask an administrator if it must change. "
                           "%3")
                            .arg(user.displayName(), UserRoleText::label(user.role()),
                                 user.adminSentence());
    }
}

ConnectionSettings ConnectionDialog::settings() const
{
    return m_form->settings();
}

bool ConnectionDialog::validate()
{
    const bool valid = m_form->showProblems();
    m_form->setEditable(m_mayChange);
    m_testButton->setEnabled(valid && !m_testing);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(valid && m_mayChange);
    growToFit();
    return valid;
}

void ConnectionDialog::growToFit()
{
    const int needed = heightForWidth(width());
    if (needed != height())
        resize(width(), needed);
}

void ConnectionDialog::formEdited()
{
    // A finished test's result is about the values before the edit. A test
    // that still runs names its location when it ends.
    if (m_hasTestResult && !m_testing) {
        m_hasTestResult = false;
        updateTestLabel();
    }
    validate();
}

void ConnectionDialog::testConnection()
{
    if (m_testing || !validate())
        return;

    m_testing = true;
    m_testedLocation = settings().location();
    updateTestLabel();
    validate();

    // The check blocks until the server responds or the timeout passes, so it
    // runs in a thread with a connection of its own.
    const QString location = m_testedLocation;
    auto result = std::make_shared<ConnectionCheck::Result>();
    QThread *thread = QThread::create([location, result] {
        *result = ConnectionCheck::run(location);
    });
    connect(thread, &QThread::finished, this, [this, result] { showTestResult(*result); });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

void ConnectionDialog::showTestResult(const ConnectionCheck::Result &result)
{
    m_testing = false;
    m_hasTestResult = true;
    m_testResult = result;
    updateTestLabel();
    validate();
    emit testFinished(result.succeeded);
}

void ConnectionDialog::updateTestLabel()
{
    const QString shown = displayLocation(m_testedLocation);
    if (m_testing) {
        ErrorLabel::setAlarm(m_testLabel, false);
        m_testLabel->setText(
            DatabaseLocation::isPostgresqlUrl(m_testedLocation)
                ? tr("Connecting to %1 … The test gives up when the server does not answer "
                     "within %n seconds.",
                     nullptr, ConnectionCheck::DefaultTimeoutSeconds)
                      .arg(shown)
                : tr("Checking %1 …").arg(shown));
    } else if (m_hasTestResult) {
        // NOTE: the result's own text keeps the language it was made in.
        const QString verdict = m_testResult.succeeded ? tr("The connection test passed.")
                                                       : tr("The connection test failed.");
        ErrorLabel::setAlarm(m_testLabel, !m_testResult.succeeded);
        m_testLabel->setText(verdict + QLatin1Char('\n') + m_testResult.message);
    } else if (!m_loadError.isEmpty()) {
        ErrorLabel::setAlarm(m_testLabel, true);
        m_testLabel->setText(tr("The saved connection cannot be used: %1").arg(m_loadError));
    } else {
        m_testLabel->clear();
    }
    m_testLabel->setVisible(!m_testLabel->text().isEmpty());
    growToFit();
}

void ConnectionDialog::accept()
{
    if (!m_mayChange || !validate())
        return;

    const ConnectionSettings values = settings();
    QSettings stored;
    QString error;
    if (!values.save(stored, &error)) {
        qCWarning(lcUi) << "Could not save the database connection:" << error;
        QMessageBox box(QMessageBox::Warning, tr("Could Not Save"), error, QMessageBox::Ok,
                        this);
        box.setTextFormat(Qt::PlainText);
        box.exec();
        return;
    }
    if (m_purpose == Purpose::Settings)
        tellWhenItTakesEffect(values.location());
    QDialog::accept();
}

void ConnectionDialog::tellWhenItTakesEffect(const QString &location)
{
    const QString chosen = displayLocation(location);
    const QString current = displayLocation(Database::location(m_db));
    const QString text
        = chosen == current
              ? tr("The database connection is saved. ChargeDesk already uses %1.").arg(chosen)
              : tr("The database connection is saved. ChargeDesk opens %1 the next time it "
                   "starts; until then it keeps using %2. Started with --database, it opens "
                   "the database given there instead.")
                    .arg(chosen, current);
    QMessageBox box(QMessageBox::Information, tr("Connection Saved"), text, QMessageBox::Ok,
                    this);
    box.setTextFormat(Qt::PlainText);
    box.exec();
}

void ConnectionDialog::reject()
{
    if (m_mayChange && hasChanges()) {
        QMessageBox question(QMessageBox::Question, tr("Discard Changes"),
                             tr("Discard the changes to the database connection? They are "
                                "not saved."),
                             QMessageBox::Discard | QMessageBox::Cancel, this);
        question.setDefaultButton(QMessageBox::Cancel);
        if (question.exec() != QMessageBox::Discard)
            return;
    }
    QDialog::reject();
}

bool ConnectionDialog::hasChanges() const
{
    const ConnectionSettings typed = settings();
    return typed.kind != m_stored.kind || typed.location() != m_stored.location();
}

bool ConnectionDialog::chooseAfterFailure(const QString &error, QString *location)
{
    QMessageBox box(QMessageBox::Critical, tr("ChargeDesk"),
                    error + QStringLiteral("\n\n")
                        + tr("This database was chosen under Settings › Database Connection. "
                             "Choose another connection, or quit."),
                    QMessageBox::NoButton);
    box.setTextFormat(Qt::PlainText);
    QPushButton *change = box.addButton(tr("&Change Connection…"), QMessageBox::AcceptRole);
    box.addButton(tr("&Quit"), QMessageBox::RejectRole);
    box.setDefaultButton(change);
    box.exec();
    if (box.clickedButton() != change)
        return false;

    ConnectionDialog dialog(QSqlDatabase(), Purpose::Startup, nullptr);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    *location = ConnectionSettings::savedLocation();
    return true;
}

void ConnectionDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ConnectionDialog::retranslateUi()
{
    // The refusal is a sentence in the current language.
    resolveRole();

    setWindowTitle(tr("Database Connection"));
    m_introLabel->setText(tr("ChargeDesk keeps its data in one database: an SQLite file on "
                             "this computer, or a PostgreSQL database that several computers "
                             "share."));
    m_currentLabel->setText(
        m_purpose == Purpose::Startup
            ? tr("Choose the database to open. ChargeDesk opens it when you click OK.")
            : tr("ChargeDesk now uses %1.").arg(displayLocation(Database::location(m_db))));


    m_testButton->setText(tr("&Test Connection"));
    m_testButton->setToolTip(tr("Try to open the database with these settings, without "
                                "changing it or the saved connection."));
    updateTestLabel();
    m_roleLabel->setText(m_roleRefusal);
    m_roleLabel->setVisible(!m_roleRefusal.isEmpty());
    validate();
}
