#include "rolegate.h"

#include "usercontext.h"

#include <QVariant>
#include <QWidget>

namespace {

// Dynamic properties that keep the widget's own tooltip while the refusal
// is shown in its place.
const char OwnToolTipProperty[] = "roleGateOwnToolTip";
const char RefusalProperty[] = "roleGateRefusal";

} // namespace

void RoleGate::apply(QWidget *widget, const UserContext &user, UserAction action,
                     bool enabledByState)
{
    const QString refusal = user.refusal(action);
    widget->setEnabled(enabledByState && refusal.isEmpty());

    // A tooltip other than the refusal shown last was set by the widget's
    // own code, for example after a language change.
    const QString shown = widget->toolTip();
    if (shown != widget->property(RefusalProperty).toString())
        widget->setProperty(OwnToolTipProperty, shown);
    widget->setProperty(RefusalProperty, refusal);
    widget->setToolTip(refusal.isEmpty() ? widget->property(OwnToolTipProperty).toString()
                                         : refusal);
}
