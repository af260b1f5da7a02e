-- ChargeDesk schema, version 5, SQLite dialect: the duplicate
-- acknowledgement note of a payment.
--
-- PaymentService rejects a payment that looks identical to a posted one of
-- the same customer (same item paid, amount, currency and date, or the same
-- reference) unless the user writes a note that explains why the new payment
-- is real. The note is kept in the payment's row, as charges keep theirs, and
-- in the payment.add audit record.
ALTER TABLE payments ADD COLUMN duplicate_ack_note TEXT NOT NULL DEFAULT ''
    CHECK (length(duplicate_ack_note) <= 500);

-- The only change allowed to a payment is still posted -> reversed. The
-- trigger of version 2 is replaced so that it covers the new column too.
DROP TRIGGER payments_only_reverse;

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
  OR NEW.duplicate_ack_note IS NOT OLD.duplicate_ack_note
  OR NEW.created_by IS NOT OLD.created_by
  OR NEW.created_at IS NOT OLD.created_at
BEGIN
    SELECT RAISE(ABORT, 'a payment can only be reversed; its other fields cannot change');
END;
