#pragma once

// Exit statuses of chargedesk-cli, documented in its --help.
enum class ExitCode : int {
    Success = 0,
    // Unknown command or option, missing option, argument or value, or an
    // invalid --language or --format.
    UsageError = 1,
    // Invalid charge data, an exact duplicate, an unacknowledged possible
    // duplicate charge or identical payment, a bill of another customer, or
    // sample data that cannot be imported.
    Rejected = 2,
    // Unknown customer, bill, charge or folder, or a report font that is
    // not installed.
    NotFound = 3,
    // The database cannot be opened, is newer than the program, or failed.
    DatabaseError = 4,
    // verify found a mismatch: a broken audit chain, a row that differs
    // from its audit records, or a stored total that differs from its rows.
    MismatchFound = 5,
};
