#include "connectionform.h"

#include "database.h"
#include "errorlabel.h"
#include "uilanguage.h"

#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace {

using Field = ConnectionSettings::Field;

// How far the fields of each choice are indented under its radio button.
constexpr int PanelIndent = 24;

QLabel *newErrorLabel(QWidget *parent, const char *objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QLatin1String(objectName));
    ErrorLabel::style(label);
    return label;
}

QLineEdit *newEdit(QWidget *parent, const char *objectName)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(QLatin1String(objectName));
    return edit;
}

} // namespace

ConnectionForm::ConnectionForm(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("connectionForm"));
    createWidgets();
    createLayout();

    connect(m_sqliteRadio, &QRadioButton::toggled, this, &ConnectionForm::updateEnabled);
    connect(m_sqliteRadio, &QRadioButton::toggled, this, &ConnectionForm::edited);
    for (QLineEdit *edit : {m_fileEdit, m_hostEdit, m_portEdit, m_databaseEdit, m_userEdit})
        connect(edit, &QLineEdit::textChanged, this, &ConnectionForm::edited);
    connect(m_browseButton, &QPushButton::clicked, this, &ConnectionForm::browse);
    for (QLabel *error : {m_fileError, m_hostError, m_portError, m_databaseError, m_userError})
        error->installEventFilter(this);

    retranslateUi();
}

bool ConnectionForm::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Resize) {
        auto *label = qobject_cast<QLabel *>(watched);
        const int needed = label ? label->heightForWidth(label->width()) : -1;
        if (needed > 0 && label->minimumHeight() != needed)
            label->setMinimumHeight(needed);
    }
    return QWidget::eventFilter(watched, event);
}

void ConnectionForm::createWidgets()
{
    m_sqliteRadio = new QRadioButton(this);
    m_sqliteRadio->setObjectName(QStringLiteral("sqliteRadio"));
    m_sqliteRadio->setChecked(true);
    m_sqlitePanel = new QWidget(this);
    m_fileTitle = new QLabel(m_sqlitePanel);
    m_fileEdit = newEdit(m_sqlitePanel, "fileEdit");
    m_fileTitle->setBuddy(m_fileEdit);
    m_browseButton = new QPushButton(m_sqlitePanel);
    m_browseButton->setObjectName(QStringLiteral("browseButton"));
    m_browseButton->setAutoDefault(false);
    m_fileError = newErrorLabel(m_sqlitePanel, "fileError");

    m_postgresqlRadio = new QRadioButton(this);
    m_postgresqlRadio->setObjectName(QStringLiteral("postgresqlRadio"));
    m_postgresqlPanel = new QWidget(this);
    m_hostTitle = new QLabel(m_postgresqlPanel);
    m_hostEdit = newEdit(m_postgresqlPanel, "hostEdit");
    m_hostTitle->setBuddy(m_hostEdit);
    m_hostError = newErrorLabel(m_postgresqlPanel, "hostError");
    m_portTitle = new QLabel(m_postgresqlPanel);
    m_portEdit = newEdit(m_postgresqlPanel, "portEdit");
    m_portEdit->setMaximumWidth(m_portEdit->fontMetrics().horizontalAdvance(QLatin1Char('0'))
                                * 12);
    m_portTitle->setBuddy(m_portEdit);
    m_portError = newErrorLabel(m_postgresqlPanel, "portError");
    m_databaseTitle = new QLabel(m_postgresqlPanel);
    m_databaseEdit = newEdit(m_postgresqlPanel, "databaseEdit");
    m_databaseTitle->setBuddy(m_databaseEdit);
    m_databaseError = newErrorLabel(m_postgresqlPanel, "databaseError");
    m_userTitle = new QLabel(m_postgresqlPanel);
    m_userEdit = newEdit(m_postgresqlPanel, "userEdit");
    m_userTitle->setBuddy(m_userEdit);
    m_userError = newErrorLabel(m_postgresqlPanel, "userError");
    m_passwordNote = new QLabel(m_postgresqlPanel);
    m_passwordNote->setObjectName(QStringLiteral("passwordNote"));
    m_passwordNote->setWordWrap(true);
    m_passwordNote->setTextInteractionFlags(Qt::TextSelectableByMouse);
}

void ConnectionForm::createLayout()
{
    // Each field has its error under it, in the field's column. A form
    // layout, unlike a grid, gives a word-wrapped error exactly its height.
    const auto columnWithError = [](QLabel *error) {
        auto *column = new QVBoxLayout;
        column->setSpacing(2);
        column->addWidget(error);
        return column;
    };

    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_fileEdit, 1);
    fileRow->addWidget(m_browseButton);
    auto *fileLayout = new QFormLayout(m_sqlitePanel);
    fileLayout->setContentsMargins(PanelIndent, 0, 0, 0);
    QVBoxLayout *fileColumn = columnWithError(m_fileError);
    fileColumn->insertLayout(0, fileRow);
    fileLayout->addRow(m_fileTitle, fileColumn);

    auto *serverLayout = new QFormLayout(m_postgresqlPanel);
    serverLayout->setContentsMargins(PanelIndent, 0, 0, 0);
    const QList<std::tuple<QLabel *, QLineEdit *, QLabel *>> rows = {
        {m_hostTitle, m_hostEdit, m_hostError},
        {m_portTitle, m_portEdit, m_portError},
        {m_databaseTitle, m_databaseEdit, m_databaseError},
        {m_userTitle, m_userEdit, m_userError},
    };
    for (const auto &[title, edit, error] : rows) {
        QVBoxLayout *column = columnWithError(error);
        column->insertWidget(0, edit);
        serverLayout->addRow(title, column);
    }
    serverLayout->addRow(m_passwordNote);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_sqliteRadio);
    layout->addWidget(m_sqlitePanel);
    layout->addWidget(m_postgresqlRadio);
    layout->addWidget(m_postgresqlPanel);
}

void ConnectionForm::setSettings(const ConnectionSettings &settings)
{
    m_connectOptions = settings.connectOptions;
    m_sqliteRadio->setChecked(settings.kind == ConnectionSettings::Kind::SqliteFile);
    m_postgresqlRadio->setChecked(settings.kind == ConnectionSettings::Kind::Postgresql);
    m_fileEdit->setText(settings.filePath);
    m_hostEdit->setText(settings.hostName);
    m_portEdit->setText(settings.port);
    m_databaseEdit->setText(settings.databaseName);
    m_userEdit->setText(settings.userName.isEmpty() ? currentActor() : settings.userName);
    updateEnabled();
}

ConnectionSettings ConnectionForm::settings() const
{
    ConnectionSettings settings;
    settings.kind = m_postgresqlRadio->isChecked() ? ConnectionSettings::Kind::Postgresql
                                                   : ConnectionSettings::Kind::SqliteFile;
    settings.filePath = m_fileEdit->text().trimmed();
    settings.hostName = m_hostEdit->text().trimmed();
    settings.port = m_portEdit->text().trimmed();
    settings.databaseName = m_databaseEdit->text().trimmed();
    settings.userName = m_userEdit->text().trimmed();
    settings.connectOptions = m_connectOptions;
    return settings;
}

bool ConnectionForm::showProblems()
{
    const ConnectionSettings values = settings();
    const bool postgresql = values.kind == ConnectionSettings::Kind::Postgresql;
    const auto show = [&values](QLabel *label, Field field, bool chosen) {
        const QString message = chosen ? values.problem(field) : QString();
        ErrorLabel::setMessages(label, message.isEmpty() ? QStringList() : QStringList{message});
    };
    show(m_fileError, Field::FilePath, !postgresql);
    show(m_hostError, Field::HostName, postgresql);
    show(m_portError, Field::Port, postgresql);
    show(m_databaseError, Field::DatabaseName, postgresql);
    show(m_userError, Field::UserName, postgresql);
    return values.problems().isEmpty();
}

void ConnectionForm::setEditable(bool editable)
{
    m_editable = editable;
    updateEnabled();
}

void ConnectionForm::updateEnabled()
{
    const bool postgresql = m_postgresqlRadio->isChecked();
    m_sqliteRadio->setEnabled(m_editable);
    m_postgresqlRadio->setEnabled(m_editable);
    m_sqlitePanel->setEnabled(m_editable && !postgresql);
    m_postgresqlPanel->setEnabled(m_editable && postgresql);
}

void ConnectionForm::browse()
{
    const QString typed = m_fileEdit->text().trimmed();
    const QString chosen = QFileDialog::getSaveFileName(
        this, tr("Choose the Database File"), typed.isEmpty() ? Database::defaultPath() : typed,
        tr("SQLite databases (*.sqlite *.db);;All files (*)"), nullptr,
        QFileDialog::DontConfirmOverwrite);
    if (!chosen.isEmpty())
        m_fileEdit->setText(QDir::toNativeSeparators(chosen));
}

void ConnectionForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ConnectionForm::retranslateUi()
{
    m_sqliteRadio->setText(tr("&SQLite file on this computer"));
    m_fileTitle->setText(tr("&File:"));
    m_browseButton->setText(tr("&Browse…"));
    m_postgresqlRadio->setText(tr("Shared &PostgreSQL database"));
    m_hostTitle->setText(tr("&Host:"));
    m_hostEdit->setPlaceholderText(tr("e.g. db.example.com"));
    m_portTitle->setText(tr("P&ort:"));
    m_databaseTitle->setText(tr("&Database name:"));
    m_databaseEdit->setPlaceholderText(tr("e.g. chargedesk"));
    m_userTitle->setText(tr("&User name:"));
#ifdef Q_OS_WIN
    m_passwordNote->setText(tr("ChargeDesk stores no password. PostgreSQL reads it from the "
                               "environment variable PGPASSWORD or from the password file %1, "
                               "one line per server: host:port:database:user:password.")
                                .arg(ConnectionSettings::passwordFilePath()));
#else
    m_passwordNote->setText(tr("ChargeDesk stores no password. PostgreSQL reads it from the "
                               "environment variable PGPASSWORD or from the password file %1, "
                               "one line per server: host:port:database:user:password. Only "
                               "you may read the file (chmod 600), or PostgreSQL ignores it.")
                                .arg(ConnectionSettings::passwordFilePath()));
#endif
    showProblems();
}
