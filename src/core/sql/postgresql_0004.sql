-- ChargeDesk schema, version 4, PostgreSQL dialect: each ChargeDesk role
-- (sales, finance, admin) becomes a database role with grants. The server
-- then rejects what the role may not do, also for a login that bypasses
-- the program, such as psql or a spreadsheet's ODBC link.
--
-- Role names. PostgreSQL roles belong to the whole cluster, while users,
-- grants and tables belong to one database. Cluster-wide names such as
-- chargedesk_sales would let a login that is admin in one ChargeDesk
-- database act as admin in every other one on the same server. So each
-- database has roles of its own, named chargedesk_<database>_sales,
-- _finance and _admin, with the database name in lower case and every
-- character other than a-z, 0-9 and _ replaced by _. When that changed the
-- name, or the name would pass PostgreSQL's 63 bytes, the database part is
-- shortened and followed by 8 hex digits of its MD5, so two databases do not
-- share roles by accident. DatabaseRoleMigration (C++) computes the names,
-- creates the roles that are missing (NOLOGIN), stores the names in
-- database_roles and then calls chargedesk_apply_grants() below, all in the
-- migration's transaction. A copy of the database (CREATE DATABASE ...
-- TEMPLATE, or a dump restored under another name) keeps the stored names,
-- and with them the roles its grants name.
--
-- Creating roles needs CREATEROLE (or superuser). When the migrating
-- account has neither and a role is missing, the migration stops with a
-- message that lists the CREATE ROLE statements for a PostgreSQL
-- administrator; nothing is changed. Skipping the roles instead would leave
-- a version-4 database whose non-owner logins can do nothing.
--
-- Logins. ChargeDesk never creates login roles: a database administrator
-- creates them (CREATE ROLE name LOGIN PASSWORD ...). UserService grants
-- each login the role of its user, and revokes it when the user is
-- deactivated. The owner of the database, and superusers, bypass every
-- grant; their connections keep the program's own checks only.

-- The database role of each ChargeDesk role. Written by the migration
-- only.
CREATE TABLE database_roles (
    role      TEXT PRIMARY KEY CHECK (role IN ('sales', 'finance', 'admin')),
    role_name TEXT NOT NULL UNIQUE CHECK (role_name ~ '^[a-z_][a-z0-9_]{0,62}$')
);

-- Only the owner and the roles granted below may read or write a
-- ChargeDesk table. PostgreSQL grants PUBLIC no privilege on a new table,
-- but an administrator may have granted some by hand.
REVOKE ALL ON fee_types, charge_reasons, payment_methods, customers, bills, bill_lines,
    charges, payments, audit_log, audit_chain_head, installment_plans, installments,
    customer_contacts, reminder_snoozes, reminder_announcements, reminder_letters,
    reminder_letter_items, users, period_locks, approval_thresholds, schema_version,
    database_roles FROM PUBLIC;

-- Grants the privileges of each role, read from database_roles.
--
-- Roles nest: finance is a member of sales and admin a member of finance,
-- so each role gets only what it adds, and a login has the privileges of
-- its role and the roles below it. Admin has ADMIN OPTION on sales and
-- finance, and UserService grants admin logins their role WITH ADMIN
-- OPTION, so that every ChargeDesk admin may grant and revoke the roles.
--
-- What each role writes, by the code that writes it:
--  - every user (sales): a charge (ChargeService::commit) with its audit
--    record, the chain head, and the stored totals bills.charges_total_minor
--    and customers.balance_minor; customer details (CustomerTableModel);
--    imports of customers, bills and bill lines (CsvImporter,
--    NorthwindImporter, BillWriter); contacts, snoozes, announcements and
--    reminder letters. Every role may add charges (UserAction::AddCharge
--    needs sales), and no role restricts the writes after the charge.
--  - finance: voiding, approving and rejecting charges (the status, void
--    and approval columns of charges), payments and their reversal, paid
--    amounts, installment plans.
--  - admin: users, period lock moves, approval thresholds, lookup tables.
--
-- Column privileges keep a role to the columns its writes change, and the
-- triggers of versions 1 to 3 still check each change. SELECT FOR UPDATE on
-- audit_chain_head needs an UPDATE privilege, which the chain head's
-- trigger limits to moving forward.
--
-- NOTE: the stored totals are moved by the program, not by triggers, so a
-- sales login may change customers.balance_minor and
-- bills.charges_total_minor directly, and may insert audit records that it
-- chains itself. The server cannot tell such a write from the program's
-- without triggers that compute the totals. "chargedesk-cli verify"
-- (StoredTotalsRecomputer, AuditTrailComparer) reports any total or record
-- that does not match the charges and payments.
CREATE FUNCTION chargedesk_apply_grants() RETURNS void LANGUAGE plpgsql
SET search_path FROM CURRENT AS $$
DECLARE
    sales   TEXT := (SELECT role_name FROM database_roles WHERE role = 'sales');
    finance TEXT := (SELECT role_name FROM database_roles WHERE role = 'finance');
    admin   TEXT := (SELECT role_name FROM database_roles WHERE role = 'admin');
    inserted RECORD;
BEGIN
    IF sales IS NULL OR finance IS NULL OR admin IS NULL THEN
        RAISE EXCEPTION 'database_roles must name the sales, finance and admin roles';
    END IF;

    EXECUTE format('GRANT %I TO %I', sales, finance);
    EXECUTE format('GRANT %I TO %I WITH ADMIN OPTION', finance, admin);
    EXECUTE format('GRANT %I TO %I WITH ADMIN OPTION', sales, admin);
    EXECUTE format('GRANT CONNECT ON DATABASE %I TO %I', current_database(), sales);

    -- Every ChargeDesk user reads every table.
    EXECUTE format('GRANT SELECT ON fee_types, charge_reasons, payment_methods, customers, '
                   'bills, bill_lines, charges, payments, audit_log, audit_chain_head, '
                   'installment_plans, installments, customer_contacts, reminder_snoozes, '
                   'reminder_announcements, reminder_letters, reminder_letter_items, users, '
                   'period_locks, approval_thresholds, schema_version, database_roles TO %I',
                   sales);

    -- Sales: a charge, its audit record and stored totals.
    EXECUTE format('GRANT INSERT ON charges, audit_log TO %I', sales);
    EXECUTE format('GRANT UPDATE (last_id, last_hash) ON audit_chain_head TO %I', sales);
    EXECUTE format('GRANT UPDATE (charges_total_minor) ON bills TO %I', sales);
    EXECUTE format('GRANT UPDATE (balance_minor) ON customers TO %I', sales);

    -- Sales: the writes that no role restricts.
    EXECUTE format('GRANT INSERT ON customers, bills, bill_lines, customer_contacts, '
                   'reminder_snoozes, reminder_announcements, reminder_letters, '
                   'reminder_letter_items TO %I', sales);
    EXECUTE format('GRANT UPDATE (company_name, contact_name, contact_title, address, city, '
                   'region, postal_code, country, phone, fax, updated_at) ON customers TO %I',
                   sales);

    -- Finance: void, approve and reject charges, payments and plans.
    EXECUTE format('GRANT UPDATE (status, voided_by, voided_at, void_reason, approved_by, '
                   'approved_at, paid_minor) ON charges TO %I', finance);
    EXECUTE format('GRANT INSERT ON payments, installment_plans, installments TO %I',
                   finance);
    EXECUTE format('GRANT UPDATE (status, reversed_by, reversed_at, reverse_reason) '
                   'ON payments TO %I', finance);
    EXECUTE format('GRANT UPDATE (paid_minor) ON bills, installments TO %I', finance);
    EXECUTE format('GRANT UPDATE (status, cancelled_by, cancelled_at, cancel_reason) '
                   'ON installment_plans TO %I', finance);

    -- Admin: users, the period lock, approval thresholds and lookup tables.
    -- Triggers refuse deleting users and changing period lock moves.
    EXECUTE format('GRANT INSERT, UPDATE ON users TO %I', admin);
    EXECUTE format('GRANT INSERT ON period_locks TO %I', admin);
    EXECUTE format('GRANT INSERT, UPDATE, DELETE ON approval_thresholds, fee_types, '
                   'charge_reasons, payment_methods TO %I', admin);

    -- An insert draws the id from the identity column's sequence, which
    -- needs USAGE on it. audit_log is left out: AuditLog::append sets the id.
    FOR inserted IN
        SELECT * FROM (VALUES
            ('charges', sales), ('customers', sales), ('bills', sales),
            ('bill_lines', sales), ('customer_contacts', sales), ('reminder_snoozes', sales),
            ('reminder_announcements', sales), ('reminder_letters', sales),
            ('payments', finance), ('installment_plans', finance), ('installments', finance),
            ('users', admin), ('period_locks', admin), ('approval_thresholds', admin))
            AS grants (table_name, grantee)
    LOOP
        EXECUTE format('GRANT USAGE ON SEQUENCE %s TO %I',
                       pg_get_serial_sequence(inserted.table_name, 'id'), inserted.grantee);
    END LOOP;
END;
$$;

REVOKE ALL ON FUNCTION chargedesk_apply_grants() FROM PUBLIC;

-- Indexes
--
-- installment_plans.charge_id refers to charges, and its only index is
-- partial (active plans), which a foreign key lookup cannot use. Without a
-- full index, the foreign key check that an insert into charges may run
-- reads every plan.
CREATE INDEX installment_plans_charge ON installment_plans (charge_id);
