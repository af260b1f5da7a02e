-- ChargeDesk schema, version 2, SQLite dialect: payments against bills,
-- charges and installments, installment plans, the customer contact log,
-- reminder state and reminder letters.
--
-- Rules kept by the services and checked here where the database can:
-- - A payment settles a bill's own lines, a charge, or one installment of a
--   charge. A payment larger than what is still open is rejected, so no
--   customer credit arises.
-- - charges.paid_minor and installments.paid_minor are the sums of their
--   posted payments, written in the same transaction as the payment.
-- - bills.paid_minor sums every posted payment on the bill, including the
--   payments of charges on that bill.
-- - Payments are reversed with a reason, never deleted or edited.

-- Sum of the posted payments of the charge.
ALTER TABLE charges ADD COLUMN paid_minor INTEGER NOT NULL DEFAULT 0 CHECK (paid_minor >= 0);

-- A posted charge may be voided while nothing is paid on it, or have its paid
-- amount changed by a payment or a reversal. Nothing else about it changes.
DROP TRIGGER charges_only_void;

CREATE TRIGGER charges_only_void_or_pay
BEFORE UPDATE ON charges
WHEN OLD.status <> 'posted'
  OR NEW.status NOT IN ('posted', 'void')
  OR (NEW.status = 'void' AND (OLD.paid_minor <> 0 OR NEW.paid_minor <> 0))
  OR NEW.paid_minor > NEW.amount_minor
  OR NEW.id IS NOT OLD.id
  OR NEW.request_key IS NOT OLD.request_key
  OR NEW.customer_id IS NOT OLD.customer_id
  OR NEW.bill_id IS NOT OLD.bill_id
  OR NEW.fee_type_code IS NOT OLD.fee_type_code
  OR NEW.amount_minor IS NOT OLD.amount_minor
  OR NEW.currency IS NOT OLD.currency
  OR NEW.reason_code IS NOT OLD.reason_code
  OR NEW.note IS NOT OLD.note
  OR NEW.payment_method_code IS NOT OLD.payment_method_code
  OR NEW.due_date IS NOT OLD.due_date
  OR NEW.duplicate_ack_note IS NOT OLD.duplicate_ack_note
  OR NEW.created_by IS NOT OLD.created_by
  OR NEW.created_at IS NOT OLD.created_at
BEGIN
    SELECT RAISE(ABORT, 'a charge can only be voided while unpaid or have its paid amount changed');
END;

CREATE INDEX charges_open_due ON charges (due_date) WHERE status = 'posted';

-- One installment plan per charge at a time. A plan is made while nothing is
-- paid on the charge and cancelled (with a reason) only while none of its
-- installments has a payment.
CREATE TABLE installment_plans (
    id            INTEGER PRIMARY KEY,
    request_key   TEXT NOT NULL UNIQUE CHECK (length(request_key) BETWEEN 8 AND 100),
    charge_id     INTEGER NOT NULL REFERENCES charges (id) ON DELETE RESTRICT,
    status        TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'cancelled')),
    created_by    TEXT NOT NULL CHECK (length(created_by) > 0),
    created_at    TEXT NOT NULL,
    cancelled_by  TEXT,
    cancelled_at  TEXT,
    cancel_reason TEXT,
    CHECK ((status = 'active' AND cancelled_at IS NULL AND cancelled_by IS NULL
            AND cancel_reason IS NULL)
        OR (status = 'cancelled' AND cancelled_at IS NOT NULL AND cancelled_by IS NOT NULL
            AND length(trim(cancel_reason)) > 0))
);

CREATE UNIQUE INDEX installment_plans_one_active ON installment_plans (charge_id)
    WHERE status = 'active';

-- The installments of a plan sum exactly to the charge's amount.
CREATE TABLE installments (
    id           INTEGER PRIMARY KEY,
    plan_id      INTEGER NOT NULL REFERENCES installment_plans (id) ON DELETE RESTRICT,
    charge_id    INTEGER NOT NULL REFERENCES charges (id) ON DELETE RESTRICT,
    seq          INTEGER NOT NULL CHECK (seq > 0),
    due_date     TEXT NOT NULL CHECK (due_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    amount_minor INTEGER NOT NULL CHECK (amount_minor > 0),
    currency     TEXT NOT NULL CHECK (length(currency) = 3),
    -- Sum of the posted payments of this installment.
    paid_minor   INTEGER NOT NULL DEFAULT 0 CHECK (paid_minor >= 0 AND paid_minor <= amount_minor),
    UNIQUE (plan_id, seq)
);

CREATE INDEX installments_charge ON installments (charge_id, seq);
CREATE INDEX installments_due ON installments (due_date);

CREATE TRIGGER installment_plans_no_delete
BEFORE DELETE ON installment_plans
BEGIN
    SELECT RAISE(ABORT, 'installment plans cannot be deleted; cancel the plan instead');
END;

CREATE TRIGGER installment_plans_only_cancel
BEFORE UPDATE ON installment_plans
WHEN OLD.status <> 'active'
  OR NEW.status <> 'cancelled'
  OR NEW.id IS NOT OLD.id
  OR NEW.request_key IS NOT OLD.request_key
  OR NEW.charge_id IS NOT OLD.charge_id
  OR NEW.created_by IS NOT OLD.created_by
  OR NEW.created_at IS NOT OLD.created_at
BEGIN
    SELECT RAISE(ABORT, 'an installment plan can only be cancelled');
END;

CREATE TRIGGER installments_no_delete
BEFORE DELETE ON installments
BEGIN
    SELECT RAISE(ABORT, 'installments cannot be deleted; cancel the plan instead');
END;

CREATE TRIGGER installments_only_pay
BEFORE UPDATE ON installments
WHEN NEW.id IS NOT OLD.id
  OR NEW.plan_id IS NOT OLD.plan_id
  OR NEW.charge_id IS NOT OLD.charge_id
  OR NEW.seq IS NOT OLD.seq
  OR NEW.due_date IS NOT OLD.due_date
  OR NEW.amount_minor IS NOT OLD.amount_minor
  OR NEW.currency IS NOT OLD.currency
BEGIN
    SELECT RAISE(ABORT, 'only the paid amount of an installment can change');
END;

-- Version 1 declared payments without the installment link and the checks;
-- no version-1 code wrote payments, but any rows there are carried over.
CREATE TABLE payments_v2 (
    id                  INTEGER PRIMARY KEY,
    request_key         TEXT NOT NULL UNIQUE CHECK (length(request_key) BETWEEN 8 AND 100),
    customer_id         INTEGER NOT NULL REFERENCES customers (id) ON DELETE RESTRICT,
    -- The bill whose balance the payment lowers: the bill paid, or the bill
    -- of the charge paid. NULL for a charge on the customer's account.
    bill_id             INTEGER REFERENCES bills (id) ON DELETE RESTRICT,
    -- The charge paid; NULL when the payment settles the bill's own lines.
    charge_id           INTEGER REFERENCES charges (id) ON DELETE RESTRICT,
    installment_id      INTEGER REFERENCES installments (id) ON DELETE RESTRICT,
    amount_minor        INTEGER NOT NULL CHECK (amount_minor > 0 AND amount_minor <= 100000000000000),
    currency            TEXT NOT NULL CHECK (length(currency) = 3),
    paid_on             TEXT NOT NULL CHECK (paid_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    payment_method_code TEXT NOT NULL REFERENCES payment_methods (code),
    reference           TEXT NOT NULL DEFAULT '' CHECK (length(reference) <= 100),
    note                TEXT NOT NULL DEFAULT '' CHECK (length(note) <= 500),
    status              TEXT NOT NULL DEFAULT 'posted' CHECK (status IN ('posted', 'reversed')),
    created_by          TEXT NOT NULL CHECK (length(created_by) > 0),
    created_at          TEXT NOT NULL,
    reversed_by         TEXT,
    reversed_at         TEXT,
    reverse_reason      TEXT,
    CHECK (bill_id IS NOT NULL OR charge_id IS NOT NULL),
    CHECK (installment_id IS NULL OR charge_id IS NOT NULL),
    CHECK ((status = 'posted' AND reversed_at IS NULL AND reversed_by IS NULL
            AND reverse_reason IS NULL)
        OR (status = 'reversed' AND reversed_at IS NOT NULL AND reversed_by IS NOT NULL
            AND length(trim(reverse_reason)) > 0))
);

INSERT INTO payments_v2 (id, request_key, customer_id, bill_id, charge_id, amount_minor,
                         currency, paid_on, payment_method_code, reference, status,
                         created_by, created_at, reversed_by, reversed_at, reverse_reason)
SELECT id, request_key, customer_id, bill_id, charge_id, amount_minor, currency, paid_on,
       payment_method_code, reference, status, created_by, created_at, reversed_by,
       reversed_at, reverse_reason
FROM payments;

DROP TABLE payments;

ALTER TABLE payments_v2 RENAME TO payments;

CREATE INDEX payments_customer ON payments (customer_id, paid_on);
CREATE INDEX payments_bill ON payments (bill_id);
CREATE INDEX payments_charge ON payments (charge_id);
CREATE INDEX payments_installment ON payments (installment_id);

CREATE TRIGGER payments_no_delete
BEFORE DELETE ON payments
BEGIN
    SELECT RAISE(ABORT, 'payments cannot be deleted; reverse the payment instead');
END;

-- The only change allowed to a payment is posted -> reversed.
CREATE TRIGGER payments_only_reverse
BEFORE UPDATE ON payments
WHEN OLD.status <> 'posted'
  OR NEW.status <> 'reversed'
  OR NEW.id IS NOT OLD.id
  OR NEW.request_key IS NOT OLD.request_key
  OR NEW.customer_id IS NOT OLD.customer_id
  OR NEW.bill_id IS NOT OLD.bill_id
  OR NEW.charge_id IS NOT OLD.charge_id
  OR NEW.installment_id IS NOT OLD.installment_id
  OR NEW.amount_minor IS NOT OLD.amount_minor
  OR NEW.currency IS NOT OLD.currency
  OR NEW.paid_on IS NOT OLD.paid_on
  OR NEW.payment_method_code IS NOT OLD.payment_method_code
  OR NEW.reference IS NOT OLD.reference
  OR NEW.note IS NOT OLD.note
  OR NEW.created_by IS NOT OLD.created_by
  OR NEW.created_at IS NOT OLD.created_at
BEGIN
    SELECT RAISE(ABORT, 'a payment can only be reversed; its other fields cannot change');
END;

-- A payment must name a bill and a charge of its own customer.
CREATE TRIGGER payments_same_customer
BEFORE INSERT ON payments
WHEN (NEW.bill_id IS NOT NULL
      AND (SELECT customer_id FROM bills WHERE id = NEW.bill_id) IS NOT NEW.customer_id)
  OR (NEW.charge_id IS NOT NULL
      AND (SELECT customer_id FROM charges WHERE id = NEW.charge_id) IS NOT NEW.customer_id)
  OR (NEW.installment_id IS NOT NULL
      AND (SELECT charge_id FROM installments WHERE id = NEW.installment_id) IS NOT NEW.charge_id)
BEGIN
    SELECT RAISE(ABORT, 'the bill, charge or installment belongs to another customer or charge');
END;

-- Calls, messages and visits about what a customer owes.
CREATE TABLE customer_contacts (
    id             INTEGER PRIMARY KEY,
    customer_id    INTEGER NOT NULL REFERENCES customers (id) ON DELETE RESTRICT,
    -- The reminder item the contact was about, if any.
    charge_id      INTEGER REFERENCES charges (id) ON DELETE RESTRICT,
    installment_id INTEGER REFERENCES installments (id) ON DELETE RESTRICT,
    contacted_on   TEXT NOT NULL CHECK (contacted_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    note           TEXT NOT NULL CHECK (length(trim(note)) > 0 AND length(note) <= 500),
    created_by     TEXT NOT NULL CHECK (length(created_by) > 0),
    created_at     TEXT NOT NULL
);

CREATE INDEX customer_contacts_customer ON customer_contacts (customer_id, contacted_on);
CREATE INDEX customer_contacts_item ON customer_contacts (charge_id, installment_id);

-- A reminder item hidden until a date. The latest row of an item counts.
CREATE TABLE reminder_snoozes (
    id            INTEGER PRIMARY KEY,
    item_kind     TEXT NOT NULL CHECK (item_kind IN ('charge', 'installment')),
    item_id       INTEGER NOT NULL,
    snoozed_until TEXT NOT NULL CHECK (snoozed_until GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    note          TEXT NOT NULL DEFAULT '' CHECK (length(note) <= 500),
    created_by    TEXT NOT NULL CHECK (length(created_by) > 0),
    created_at    TEXT NOT NULL
);

CREATE INDEX reminder_snoozes_item ON reminder_snoozes (item_kind, item_id, id);

-- Each notification shown to a user, so that an item is announced once per
-- step and due date, also after a restart or on another desk of that user.
CREATE TABLE reminder_announcements (
    id           INTEGER PRIMARY KEY,
    recipient    TEXT NOT NULL CHECK (length(recipient) > 0),
    item_kind    TEXT NOT NULL CHECK (item_kind IN ('charge', 'installment')),
    item_id      INTEGER NOT NULL,
    due_date     TEXT NOT NULL CHECK (due_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    step         TEXT NOT NULL CHECK (step IN ('due_soon', 'due_today', 'overdue')),
    announced_at TEXT NOT NULL,
    UNIQUE (recipient, item_kind, item_id, due_date, step)
);

-- Reminder letters (催款通知) printed for a customer, with the items listed.
CREATE TABLE reminder_letters (
    id          INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customers (id) ON DELETE RESTRICT,
    letter_date TEXT NOT NULL CHECK (letter_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    created_by  TEXT NOT NULL CHECK (length(created_by) > 0),
    created_at  TEXT NOT NULL
);

CREATE INDEX reminder_letters_customer ON reminder_letters (customer_id, letter_date);

CREATE TABLE reminder_letter_items (
    letter_id         INTEGER NOT NULL REFERENCES reminder_letters (id) ON DELETE RESTRICT,
    item_kind         TEXT NOT NULL CHECK (item_kind IN ('bill', 'charge', 'installment')),
    item_id           INTEGER NOT NULL,
    due_date          TEXT NOT NULL,
    outstanding_minor INTEGER NOT NULL CHECK (outstanding_minor > 0),
    currency          TEXT NOT NULL CHECK (length(currency) = 3),
    PRIMARY KEY (letter_id, item_kind, item_id)
);
