-- ChargeDesk schema, version 5, PostgreSQL dialect: the duplicate
-- acknowledgement note of a payment.
--
-- PaymentService rejects a payment that looks identical to a posted one of
-- the same customer (same item paid, amount, currency and date, or the same
-- reference) unless the user writes a note that explains why the new payment
-- is real. The note is kept in the payment's row, as charges keep theirs, and
-- in the payment.add audit record.
--
-- The finance role's INSERT on payments (version 4) is granted on the whole
-- table, so it covers the new column. Its UPDATE is granted on the reversal
-- columns only, so the note cannot be changed afterwards.
ALTER TABLE payments ADD COLUMN duplicate_ack_note TEXT NOT NULL DEFAULT ''
    CHECK (length(duplicate_ack_note) <= 500);

-- The only change allowed to a payment is still posted -> reversed. The
-- function of version 2 is replaced so that it covers the new column too.
CREATE OR REPLACE FUNCTION payments_only_reverse() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF OLD.status <> 'posted'
       OR NEW.status <> 'reversed'
       OR NEW.id IS DISTINCT FROM OLD.id
       OR NEW.request_key IS DISTINCT FROM OLD.request_key
       OR NEW.customer_id IS DISTINCT FROM OLD.customer_id
       OR NEW.bill_id IS DISTINCT FROM OLD.bill_id
       OR NEW.charge_id IS DISTINCT FROM OLD.charge_id
       OR NEW.installment_id IS DISTINCT FROM OLD.installment_id
       OR NEW.amount_minor IS DISTINCT FROM OLD.amount_minor
       OR NEW.currency IS DISTINCT FROM OLD.currency
       OR NEW.paid_on IS DISTINCT FROM OLD.paid_on
       OR NEW.payment_method_code IS DISTINCT FROM OLD.payment_method_code
       OR NEW.reference IS DISTINCT FROM OLD.reference
       OR NEW.note IS DISTINCT FROM OLD.note
       OR NEW.duplicate_ack_note IS DISTINCT FROM OLD.duplicate_ack_note
       OR NEW.created_by IS DISTINCT FROM OLD.created_by
       OR NEW.created_at IS DISTINCT FROM OLD.created_at THEN
        RAISE EXCEPTION 'a payment can only be reversed; its other fields cannot change';
    END IF;
    RETURN NEW;
END;
$$;
