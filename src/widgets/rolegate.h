#pragma once

#include "useraction.h"

class QWidget;
class UserContext;

// Keeps a control usable only for the roles that may do its action, and
// shows in its tooltip why it is disabled.
class RoleGate
{
public:
    // Enables widget when enabledByState is true and user may do action.
    // While the role does not allow the action, the tooltip names the role
    // needed and whom to ask. Otherwise it is the widget's own tooltip, so
    // the widget's code may set that again before any call.
    static void apply(QWidget *widget, const UserContext &user, UserAction action,
                      bool enabledByState);
};
