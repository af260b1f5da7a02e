#include "logging.h"

Q_LOGGING_CATEGORY(lcApp, "chargedesk.app", QtInfoMsg)
Q_LOGGING_CATEGORY(lcDatabase, "chargedesk.database", QtInfoMsg)
Q_LOGGING_CATEGORY(lcService, "chargedesk.service", QtInfoMsg)
Q_LOGGING_CATEGORY(lcImport, "chargedesk.import", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUi, "chargedesk.ui", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCli, "chargedesk.cli", QtInfoMsg)
Q_LOGGING_CATEGORY(lcReport, "chargedesk.report", QtInfoMsg)
Q_LOGGING_CATEGORY(lcExport, "chargedesk.export", QtInfoMsg)
Q_LOGGING_CATEGORY(lcPayment, "chargedesk.payment", QtInfoMsg)
Q_LOGGING_CATEGORY(lcChanges, "chargedesk.changes", QtInfoMsg)
