#pragma once

#include <QStringList>

class QLabel;

// Helpers for the inline error labels of the forms: error-coloured text,
// one message per line, hidden while there are no messages.
class ErrorLabel
{
public:
    // Colours label's text for errors. Call it once after setupUi().
    static void style(QLabel *label);

    // Colours label's text for errors while alarm is true, and restores the
    // normal colour otherwise. Leaves the label visible.
    static void setAlarm(QLabel *label, bool alarm);

    // Shows messages, one per line, or hides label when messages is empty.
    static void setMessages(QLabel *label, const QStringList &messages);
};
