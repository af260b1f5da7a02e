#pragma once

#include "connectioncheck.h"
#include "connectionsettings.h"

#include <QDialog>
#include <QSqlDatabase>

class ConnectionForm;
class QDialogButtonBox;
class QLabel;
class QPushButton;

// The 数据库连接 (Database Connection) dialog. Its ConnectionForm chooses
// between the embedded SQLite file and a shared PostgreSQL database given by
// host, port, database name and user name. It has no password field,
// because libpq reads the password from PGPASSWORD or the password file.
// Each problem is shown under its field and keeps OK and Test Connection
// disabled.
//
// Test Connection runs ConnectionCheck in a worker thread, so the window
// stays responsive while a server does not reply. OK saves the location in
// QSettings (ConnectionSettings), and the program opens it at its next
// start. Only administrators may change the connection. Others see it
// read-only.
class ConnectionDialog : public QDialog
{
    Q_OBJECT

public:
    // Opens with the saved connection, else the one db was opened with.
    // The users of db decide whether the current account may change it.
    explicit ConnectionDialog(QSqlDatabase db, QWidget *parent = nullptr);
    ~ConnectionDialog() override;

    // Shows why the saved location could not be opened at start (error) and
    // offers to choose another connection in this dialog. Returns true with
    // the newly saved *location when the user saved one, false when the
    // user quits. No database is open yet, so no role is checked.
    static bool chooseAfterFailure(const QString &error, QString *location);

    // Returns the values in the form.
    ConnectionSettings settings() const;

    // Returns true while a connection test runs.
    bool isTesting() const { return m_testing; }

public slots:
    // Saves the location and closes, or keeps the dialog open with a
    // message box when it cannot be saved.
    void accept() override;

    // Closes without saving, after asking when the form differs from the
    // location it opened with.
    void reject() override;

    // Starts a connection test of the form's location, unless one runs.
    void testConnection();

signals:
    // A connection test ended; the result is shown in the dialog.
    void testFinished(bool succeeded);

protected:
    void changeEvent(QEvent *event) override;

private:
    enum class Purpose { Settings, Startup };

    ConnectionDialog(QSqlDatabase db, Purpose purpose, QWidget *parent);

    void createWidgets();
    void createLayout();
    void loadStoredSettings();
    void resolveRole();
    void retranslateUi();
    void formEdited();
    void showTestResult(const ConnectionCheck::Result &result);
    void updateTestLabel();
    void tellWhenItTakesEffect(const QString &location);
    bool hasChanges() const;

    // Sets the window's height to what its wrapped texts need at its width,
    // so a height changed by hand lasts until the next edit. A top-level
    // window does not grow by itself when a word-wrapped label needs more
    // lines, and the labels would be cut off.
    void growToFit();

    // Shows the problems under their fields and enables OK and Test
    // Connection when there are none. Returns true when the form is valid.
    bool validate();

    QSqlDatabase m_db;
    Purpose m_purpose = Purpose::Settings;
    ConnectionSettings m_stored;
    QString m_loadError;
    bool m_mayChange = true;
    QString m_roleRefusal;
    bool m_testing = false;
    QString m_testedLocation;
    bool m_hasTestResult = false;
    ConnectionCheck::Result m_testResult;

    QLabel *m_introLabel = nullptr;
    QLabel *m_currentLabel = nullptr;
    ConnectionForm *m_form = nullptr;
    QPushButton *m_testButton = nullptr;
    QLabel *m_testLabel = nullptr;
    QLabel *m_roleLabel = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};
