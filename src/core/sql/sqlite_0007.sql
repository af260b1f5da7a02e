-- ChargeDesk schema, version 7, SQLite dialect: an index of the single
-- characters and pairs of characters in the customer search text, and of
-- the authors of charges.
--
-- A one- or two-character term has no trigram, so version 6 found it by
-- reading every search text with instr(). Chinese names make such terms
-- common: one character is a word, two are a city or a surname and a given
-- name. customer_search_grams lists, for each customer, every single
-- character and every pair of neighbouring characters of its search text
-- that contains a character outside ASCII, so a Chinese term of one or two
-- characters is one index lookup. Pairs with a line feed (which joins the
-- fields) or a space are left out: a term is typed in one line and has no
-- leading or trailing space. Latin terms stay with instr(): indexing every
-- ASCII character and pair would multiply the table by eight.
--
-- customer_search_text_grams derives the rows from the search text, so the
-- migration and the triggers share one definition. A text whose UTF-8 bytes
-- are as many as its characters is all ASCII and is skipped at once, which
-- keeps an import of Latin names as quick as before. It reads the first 2,000
-- characters of a search text (customer_search_positions). CustomerListQuery
-- reads the few longer texts directly, through customer_search_text_long.

CREATE TABLE customer_search_positions (
    position INTEGER PRIMARY KEY
);

WITH RECURSIVE counted (position) AS (
    SELECT 1
    UNION ALL
    SELECT position + 1 FROM counted WHERE position < 2000
)
INSERT INTO customer_search_positions (position)
SELECT position FROM counted;

CREATE TABLE customer_search_grams (
    gram        TEXT NOT NULL,
    customer_id INTEGER NOT NULL,
    PRIMARY KEY (gram, customer_id)
) WITHOUT ROWID;

CREATE INDEX customer_search_text_long ON customer_search_text (customer_id)
    WHERE length(search_key) > 2000;

CREATE VIEW customer_search_text_grams AS
SELECT t.customer_id AS customer_id, substr(t.search_key, p.position, w.width) AS gram
FROM customer_search_text t
JOIN customer_search_positions p ON p.position <= length(t.search_key)
JOIN (SELECT 1 AS width UNION ALL SELECT 2 AS width) w
    ON p.position + w.width - 1 <= length(t.search_key)
WHERE length(CAST(t.search_key AS BLOB)) > length(t.search_key)
  AND instr(substr(t.search_key, p.position, w.width), char(10)) = 0
  AND instr(substr(t.search_key, p.position, w.width), ' ') = 0
  AND (unicode(substr(t.search_key, p.position, 1)) > 127
       OR (w.width = 2 AND unicode(substr(t.search_key, p.position + 1, 1)) > 127));

INSERT OR IGNORE INTO customer_search_grams (gram, customer_id)
SELECT gram, customer_id FROM customer_search_text_grams;

-- The triggers of version 6, with the grams written after the search text
-- and removed before it.
DROP TRIGGER customers_search_insert;
DROP TRIGGER customers_search_update;
DROP TRIGGER customers_search_delete;

CREATE TRIGGER customers_search_insert
AFTER INSERT ON customers
BEGIN
    INSERT INTO customer_search_text (customer_id, search_key)
    VALUES (NEW.id, lower(NEW.code || char(10) || NEW.company_name || char(10)
                          || NEW.contact_name || char(10) || NEW.phone));
    INSERT INTO customer_search (rowid, search_key)
    SELECT customer_id, search_key FROM customer_search_text WHERE customer_id = NEW.id;
    INSERT OR IGNORE INTO customer_search_grams (gram, customer_id)
    SELECT gram, customer_id FROM customer_search_text_grams WHERE customer_id = NEW.id;
END;

CREATE TRIGGER customers_search_update
AFTER UPDATE OF id, code, company_name, contact_name, phone ON customers
BEGIN
    DELETE FROM customer_search_grams
    WHERE customer_id = OLD.id
      AND gram IN (SELECT gram FROM customer_search_text_grams WHERE customer_id = OLD.id);
    INSERT INTO customer_search (customer_search, rowid, search_key)
    SELECT 'delete', customer_id, search_key FROM customer_search_text
    WHERE customer_id = OLD.id;
    DELETE FROM customer_search_text WHERE customer_id = OLD.id;
    INSERT INTO customer_search_text (customer_id, search_key)
    VALUES (NEW.id, lower(NEW.code || char(10) || NEW.company_name || char(10)
                          || NEW.contact_name || char(10) || NEW.phone));
    INSERT INTO customer_search (rowid, search_key)
    SELECT customer_id, search_key FROM customer_search_text WHERE customer_id = NEW.id;
    INSERT OR IGNORE INTO customer_search_grams (gram, customer_id)
    SELECT gram, customer_id FROM customer_search_text_grams WHERE customer_id = NEW.id;
END;

CREATE TRIGGER customers_search_delete
AFTER DELETE ON customers
BEGIN
    DELETE FROM customer_search_grams
    WHERE customer_id = OLD.id
      AND gram IN (SELECT gram FROM customer_search_text_grams WHERE customer_id = OLD.id);
    INSERT INTO customer_search (customer_search, rowid, search_key)
    SELECT 'delete', customer_id, search_key FROM customer_search_text
    WHERE customer_id = OLD.id;
    DELETE FROM customer_search_text WHERE customer_id = OLD.id;
END;

-- The report dialog lists the authors of charges. Without an index that
-- reads every charge; with it, FilterChoiceRepository jumps from one author
-- to the next.
CREATE INDEX charges_created_by ON charges (created_by);
