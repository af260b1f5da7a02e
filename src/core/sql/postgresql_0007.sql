-- ChargeDesk schema, version 7, PostgreSQL dialect: an index of the single
-- characters and pairs of characters in the customer search text, and of
-- the authors of charges.
--
-- A one- or two-character term has no trigram, so version 6 left it to
-- ILIKE over every customer. Chinese names make such terms common: one
-- character is a word, two are a city or a surname and a given name.
-- customer_search_grams lists, for each customer, every single character
-- and every pair of neighbouring characters of its search text that
-- contains a character outside ASCII, so a Chinese term of one or two
-- characters is one index lookup. The search text is the four searched
-- fields joined by line feeds, in lower case as lower() makes it. Pairs
-- with a line feed or a space are left out, because a term is typed in one
-- line and has no leading or trailing space. Latin terms stay with ILIKE:
-- indexing every ASCII character and pair would multiply the table by
-- eight.
--
-- A character outside ASCII takes more than one byte in UTF-8.
-- chargedesk_search_grams() finds such characters by that, and skips an
-- all-ASCII text at once.

CREATE TABLE customer_search_grams (
    gram        TEXT NOT NULL,
    customer_id BIGINT NOT NULL,
    PRIMARY KEY (gram, customer_id)
);

CREATE FUNCTION chargedesk_search_grams(search_key TEXT) RETURNS SETOF TEXT
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
    SELECT DISTINCT gram
    FROM (SELECT substr(search_key, position, width) AS gram
          FROM generate_series(1, CASE WHEN octet_length(search_key) > length(search_key)
                                       THEN length(search_key) ELSE 0 END) AS position,
               generate_series(1, 2) AS width
          WHERE position + width - 1 <= length(search_key)) AS cut
    WHERE octet_length(gram) > length(gram)
      AND strpos(gram, chr(10)) = 0
      AND strpos(gram, ' ') = 0
$$;

INSERT INTO customer_search_grams (gram, customer_id)
SELECT gram, c.id
FROM customers c,
     chargedesk_search_grams(lower(c.code || chr(10) || c.company_name || chr(10)
                                   || c.contact_name || chr(10) || c.phone)) AS gram;

-- Keeps the grams in step with every write to customers, whichever program
-- makes it. The update runs only when a searched field is written, not when
-- a charge or payment moves the balance.
CREATE FUNCTION customers_search_grams_write() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP <> 'INSERT' THEN
        DELETE FROM customer_search_grams
        WHERE customer_id = OLD.id
          AND gram IN (SELECT chargedesk_search_grams(
                           lower(OLD.code || chr(10) || OLD.company_name || chr(10)
                                 || OLD.contact_name || chr(10) || OLD.phone)));
    END IF;
    IF TG_OP <> 'DELETE' THEN
        INSERT INTO customer_search_grams (gram, customer_id)
        SELECT gram, NEW.id
        FROM chargedesk_search_grams(
                 lower(NEW.code || chr(10) || NEW.company_name || chr(10)
                       || NEW.contact_name || chr(10) || NEW.phone)) AS gram;
    END IF;
    RETURN NULL;
END;
$$;

CREATE TRIGGER customers_search_grams
AFTER INSERT OR DELETE OR UPDATE OF id, code, company_name, contact_name, phone ON customers
FOR EACH ROW EXECUTE FUNCTION customers_search_grams_write();

-- Every ChargeDesk user searches, and the sales role (which finance and
-- admin are members of) adds and edits customers, so its trigger writes.
DO $$
DECLARE
    sales TEXT := (SELECT role_name FROM database_roles WHERE role = 'sales');
BEGIN
    IF sales IS NULL THEN
        RAISE EXCEPTION 'database_roles must name the sales role';
    END IF;
    EXECUTE format('GRANT SELECT, INSERT, DELETE ON customer_search_grams TO %I', sales);
END;
$$;

-- The report dialog lists the authors of charges. Without an index that
-- reads every charge; with it, FilterChoiceRepository jumps from one author
-- to the next.
CREATE INDEX charges_created_by ON charges (created_by);
