#pragma once

#include "connectionsettings.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

// The fields of the Database Connection dialog. The user chooses the SQLite
// file (with Browse…) or a PostgreSQL server given by host, port, database
// name and user name. Each field has its error under it. The form has no
// password field, and a note says where PostgreSQL reads the password.
class ConnectionForm : public QWidget
{
    Q_OBJECT

public:
    explicit ConnectionForm(QWidget *parent = nullptr);

    // Fills the fields. An empty user name shows the account's name, which
    // libpq logs in as when no user is given.
    void setSettings(const ConnectionSettings &settings);

    // Returns the values in the form, trimmed, with the libpq options of the
    // settings last given to setSettings(), which have no field.
    ConnectionSettings settings() const;

    // Shows the problems of the chosen kind under their fields. Returns
    // true when there are none.
    bool showProblems();

    // Enables or disables the choice and every field.
    void setEditable(bool editable);

signals:
    // The choice or a field changed.
    void edited();

protected:
    void changeEvent(QEvent *event) override;

    // Keeps each error label at least as tall as its wrapped text at the
    // width the layout gave it, which the form layout alone underestimates
    // for three lines or more.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createWidgets();
    void createLayout();
    void browse();
    void updateEnabled();
    void retranslateUi();

    bool m_editable = true;
    QString m_connectOptions;

    QRadioButton *m_sqliteRadio = nullptr;
    QWidget *m_sqlitePanel = nullptr;
    QLabel *m_fileTitle = nullptr;
    QLineEdit *m_fileEdit = nullptr;
    QPushButton *m_browseButton = nullptr;
    QLabel *m_fileError = nullptr;
    QRadioButton *m_postgresqlRadio = nullptr;
    QWidget *m_postgresqlPanel = nullptr;
    QLabel *m_hostTitle = nullptr;
    QLineEdit *m_hostEdit = nullptr;
    QLabel *m_hostError = nullptr;
    QLabel *m_portTitle = nullptr;
    QLineEdit *m_portEdit = nullptr;
    QLabel *m_portError = nullptr;
    QLabel *m_databaseTitle = nullptr;
    QLineEdit *m_databaseEdit = nullptr;
    QLabel *m_databaseError = nullptr;
    QLabel *m_userTitle = nullptr;
    QLineEdit *m_userEdit = nullptr;
    QLabel *m_userError = nullptr;
    QLabel *m_passwordNote = nullptr;
};
