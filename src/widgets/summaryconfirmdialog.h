#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class SummaryConfirmDialog;
}

// The confirmation step of a write: shows a summary in full sentences and
// offers 确认提交 (Confirm and Submit) and 返回修改 (Back to Edit).
// Subclasses provide the texts and write in commitOnce().
//
// Confirm and Submit is disabled while a commit runs, so a double click or a
// click queued during the commit starts no second one. exec() returns
// Accepted after a commit that succeeded and Rejected on Back to Edit. A
// failed commit keeps the dialog open with its message.
class SummaryConfirmDialog : public QDialog
{
    Q_OBJECT

public:
    ~SummaryConfirmDialog() override;

protected:
    // The outcome of one commit attempt.
    struct CommitOutcome
    {
        enum class Kind {
            Done,    // written, or found written under the same request key
            Retry,   // nothing written; confirming again may succeed
            Blocked, // nothing written; only the form can fix the request
        };

        Kind kind = Kind::Retry;
        QString message; // translated; empty for Done
    };

    explicit SummaryConfirmDialog(QWidget *parent = nullptr);

    // Writes what the user confirmed. Runs once per click, never nested.
    virtual CommitOutcome commitOnce() = 0;

    // Sets the window title, the introduction and the summary in the
    // current language. Subclasses call it at the end of their constructor;
    // the dialog calls it again after a language change.
    virtual void retranslateTexts() = 0;

    void setIntro(const QString &text);
    void setSummary(const QString &text);

    // Adds widget below the summary and above the error message, with
    // stretch as QBoxLayout takes it.
    void addSection(QWidget *widget, int stretch = 0);

    // Returns whether the input that the subclass requires is complete, so
    // that Confirm and Submit may be pressed. Call updateConfirmButton()
    // whenever that may have changed.
    virtual bool canConfirm() const { return true; }
    void updateConfirmButton();

    // Whether a commit succeeded or was blocked, so a fresh summary after a
    // language change is no longer wanted.
    bool isFinished() const { return m_done || m_blocked; }

    void changeEvent(QEvent *event) override;

private:
    void confirm();
    void updateState();

    std::unique_ptr<Ui::SummaryConfirmDialog> ui;
    QString m_errorMessage;
    bool m_committing = false;
    bool m_done = false;
    bool m_blocked = false;
};
