-- Core: application settings
-- Conventions for every table: instants are INTEGER epoch milliseconds (UTC), money is INTEGER fen (cents),
-- enum values are stored as their TEXT names, booleans as 0/1, rows made by `demo` carry demo = 1.
CREATE TABLE setting (
    key        TEXT PRIMARY KEY,
    value      TEXT NOT NULL,
    updated_at INTEGER NOT NULL
);
