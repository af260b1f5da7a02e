-- ChargeDesk schema, version 6, SQLite dialect: an indexed customer search.
--
-- The customer list searches the code, company name, contact name and phone
-- of every customer as the user types. customer_search_text contains that text
-- once per customer: the four fields joined by line feeds, so that a term
-- (typed in one line) never matches across two fields, with A to Z in lower
-- case. It is small (about 50 bytes a customer), so reading all of it is
-- quick, which one- and two-character terms need: they have no trigram, and
-- CustomerListQuery finds them with instr() over this table.
--
-- customer_search indexes the same text by trigrams (FTS5, ignoring case),
-- for terms of three or more characters. Its content is
-- customer_search_text, so the text is stored once.
--
-- The triggers keep both in step with every write to customers, whichever
-- program makes it. The update trigger fires only when one of the four
-- fields is written, not when a charge or payment moves the balance.

CREATE TABLE customer_search_text (
    customer_id INTEGER PRIMARY KEY,
    search_key  TEXT NOT NULL
);

CREATE VIRTUAL TABLE customer_search USING fts5 (
    search_key,
    content = 'customer_search_text',
    content_rowid = 'customer_id',
    tokenize = 'trigram'
);

INSERT INTO customer_search_text (customer_id, search_key)
SELECT id, lower(code || char(10) || company_name || char(10) || contact_name || char(10) || phone)
FROM customers;

INSERT INTO customer_search (customer_search) VALUES ('rebuild');

CREATE TRIGGER customers_search_insert
AFTER INSERT ON customers
BEGIN
    INSERT INTO customer_search_text (customer_id, search_key)
    VALUES (NEW.id, lower(NEW.code || char(10) || NEW.company_name || char(10)
                          || NEW.contact_name || char(10) || NEW.phone));
    INSERT INTO customer_search (rowid, search_key)
    SELECT customer_id, search_key FROM customer_search_text WHERE customer_id = NEW.id;
END;

CREATE TRIGGER customers_search_update
AFTER UPDATE OF id, code, company_name, contact_name, phone ON customers
BEGIN
    INSERT INTO customer_search (customer_search, rowid, search_key)
    SELECT 'delete', customer_id, search_key FROM customer_search_text
    WHERE customer_id = OLD.id;
    DELETE FROM customer_search_text WHERE customer_id = OLD.id;
    INSERT INTO customer_search_text (customer_id, search_key)
    VALUES (NEW.id, lower(NEW.code || char(10) || NEW.company_name || char(10)
                          || NEW.contact_name || char(10) || NEW.phone));
    INSERT INTO customer_search (rowid, search_key)
    SELECT customer_id, search_key FROM customer_search_text WHERE customer_id = NEW.id;
END;

CREATE TRIGGER customers_search_delete
AFTER DELETE ON customers
BEGIN
    INSERT INTO customer_search (customer_search, rowid, search_key)
    SELECT 'delete', customer_id, search_key FROM customer_search_text
    WHERE customer_id = OLD.id;
    DELETE FROM customer_search_text WHERE customer_id = OLD.id;
END;
