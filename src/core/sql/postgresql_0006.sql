-- ChargeDesk schema, version 6, PostgreSQL dialect: an indexed customer
-- search.
--
-- The customer list searches the code, company name, contact name and phone
-- of every customer as the user types, with ILIKE over the four fields
-- joined by line feeds. A search term is typed in one line, so it never
-- matches across two fields. A trigram index (pg_trgm, which PostgreSQL
-- ships and marks trusted since version 13, so a database owner may create
-- it) serves terms of three or more characters. Shorter terms have no
-- trigram, so PostgreSQL reads the whole index or every customer for them.
-- The expression must stay the same as CustomerListQuery's, or PostgreSQL
-- no longer uses the index.

CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE INDEX customers_search ON customers USING gin (
    (code || chr(10) || company_name || chr(10) || contact_name || chr(10) || phone)
    gin_trgm_ops);
