-- ChargeDesk schema, version 4, SQLite dialect: no role change, one index.
--
-- Version 4 makes each ChargeDesk role a database role with grants on
-- PostgreSQL (postgresql_0004.sql). SQLite has no database roles or
-- grants: whoever may write the file may change any table, so on SQLite
-- the program's checks (ChargeAccess, PeriodLock, ChargeApprover) and the
-- triggers of version 3 enforce the roles, and the acting user is the
-- operating-system account. The version number moves with PostgreSQL's so
-- that both dialects share one schema version.

-- Indexes
--
-- installment_plans.charge_id refers to charges, and its only index is
-- partial (active plans), which a foreign key lookup cannot use. Without a
-- full index, the foreign key check that an insert into charges may run
-- reads every plan.
CREATE INDEX installment_plans_charge ON installment_plans (charge_id);
