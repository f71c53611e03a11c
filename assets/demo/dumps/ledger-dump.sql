-- Demo SQL dump of the payments ledger (shop-like schema) (H2 in PostgreSQL mode), restored by the demo drill plan.
-- Its schema version lives in a Flyway-style history table, like a real application's.
CREATE TABLE flyway_schema_history (
  installed_rank INTEGER PRIMARY KEY,
  version VARCHAR(50),
  description VARCHAR(200) NOT NULL,
  type VARCHAR(20) NOT NULL,
  script VARCHAR(1000) NOT NULL,
  checksum INTEGER,
  installed_by VARCHAR(100) NOT NULL,
  installed_on TIMESTAMP NOT NULL,
  execution_time INTEGER NOT NULL,
  success BOOLEAN NOT NULL
);
INSERT INTO flyway_schema_history VALUES
 (1, '1', 'init schema', 'SQL', 'V1__init_schema.sql', -1021475364, 'postgres', TIMESTAMP '2026-01-10 09:00:00', 41, TRUE),
 (2, '2', 'add orders', 'SQL', 'V2__add_orders.sql', 884310233, 'postgres', TIMESTAMP '2026-03-02 09:00:00', 23, TRUE),
 (3, '3', 'add order items', 'SQL', 'V3__add_order_items.sql', 1938221775, 'postgres', TIMESTAMP '2026-06-20 09:00:00', 19, TRUE),
 (4, '4.1', 'customer email index', 'SQL', 'V4_1__customer_email_index.sql', -552093124, 'postgres', TIMESTAMP '2026-10-01 09:00:00', 12, TRUE);
CREATE TABLE customers (id INTEGER PRIMARY KEY, email VARCHAR(200) NOT NULL, name VARCHAR(200) NOT NULL);
CREATE UNIQUE INDEX customers_email_idx ON customers(email);
CREATE TABLE orders (id INTEGER PRIMARY KEY, customer_id INTEGER NOT NULL REFERENCES customers(id), status VARCHAR(20) NOT NULL);
INSERT INTO customers SELECT x, 'cust' || x || '@example.com', 'Customer ' || x FROM SYSTEM_RANGE(1, 300);
INSERT INTO orders SELECT x, MOD(x, 300) + 1, CASE MOD(x, 4) WHEN 0 THEN 'new' WHEN 1 THEN 'paid' WHEN 2 THEN 'shipped' ELSE 'cancelled' END FROM SYSTEM_RANGE(1, 600);
