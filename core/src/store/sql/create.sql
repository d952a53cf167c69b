-- The latest schema, for a new database. Keep in step with schema.rs's upgrades.
CREATE TABLE settings (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE journal (
    id         INTEGER PRIMARY KEY,
    created_at INTEGER NOT NULL,
    body       TEXT NOT NULL
);
CREATE INDEX journal_by_time ON journal (created_at);
