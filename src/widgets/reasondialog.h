#pragma once

#include <QDialog>

#include <memory>

class QFormLayout;
class QLabel;

namespace Ui {
class ReasonDialog;
}

// A dialog that undoes something with a required reason, such as 冲销 (a
// payment reversal) or cancelling an installment plan: an introduction,
// details of the record, the reason with a character counter, and the
// action button. Subclasses fill the details and run the action.
//
// The action button is enabled only while canApply() and the reason has 1
// to maxReasonLength() characters after trimming. exec() returns Accepted
// once apply() succeeded; a failure stays in the dialog with its message.
class ReasonDialog : public QDialog
{
    Q_OBJECT

public:
    ~ReasonDialog() override;

    // Returns the reason as typed, trimmed.
    QString reason() const;

protected:
    explicit ReasonDialog(QWidget *parent = nullptr);

    // Runs the action with the trimmed reason. Returns false and sets
    // *error to a translated message when it failed.
    virtual bool apply(const QString &reason, QString *error) = 0;

    // Returns true if the record may be undone now.
    virtual bool canApply() const = 0;

    virtual int maxReasonLength() const = 0;

    // Sets the title, the introduction, the captions and the details in the
    // current language and returns the problems to show, such as a record
    // not found. Subclasses call refreshTexts() at the end of their
    // constructor; the dialog calls it again after a language change.
    virtual QStringList retranslateTexts() = 0;

    void setIntro(const QString &text);
    void setReasonCaption(const QString &text);
    void setApplyText(const QString &text);

    // Replaces the text of the button that closes the dialog without the
    // action, "Cancel" by default.
    void setCloseText(const QString &text);

    // Adds a row of details with a caption and returns its value label.
    QLabel *addDetail(const QString &objectName);
    void setDetail(QLabel *value, const QString &caption, const QString &text);

    // Writes every text again and shows the problems with the last failure.
    void refreshTexts();

    void changeEvent(QEvent *event) override;

private:
    void updateApplyButton();
    void run();

    std::unique_ptr<Ui::ReasonDialog> ui;
    QString m_failure;
    bool m_running = false;
};
