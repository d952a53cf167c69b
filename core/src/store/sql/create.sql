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

-- Help requests and reports. `body` is the record's CBOR (mitra-protocol); it becomes NULL when
-- the content is purged after acknowledgement, while the row and its receipt stay.
-- status: 0 draft, 1 queued, 2 sent, 3 acknowledged. kind: 0 help request, 1 report, 2 review.
CREATE TABLE records (
    id          BLOB PRIMARY KEY NOT NULL CHECK (length(id) = 16),
    kind        INTEGER NOT NULL CHECK (kind IN (0, 1, 2)),
    status      INTEGER NOT NULL CHECK (status BETWEEN 0 AND 3),
    created_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL,
    body        BLOB,
    purged_at   INTEGER
) WITHOUT ROWID;
CREATE INDEX records_by_time ON records (created_at);

CREATE TABLE attachments (
    id          INTEGER PRIMARY KEY,
    record_id   BLOB NOT NULL REFERENCES records (id) ON DELETE CASCADE,
    kind        INTEGER NOT NULL CHECK (kind IN (0, 1)),
    mime        TEXT NOT NULL,
    bytes       BLOB NOT NULL,
    sha256      BLOB NOT NULL CHECK (length(sha256) = 32),
    created_at  INTEGER NOT NULL
);
CREATE INDEX attachments_by_record ON attachments (record_id);

-- A queued record leaves this table only with a receipt or when the person deletes it.
CREATE TABLE outbox (
    record_id       BLOB PRIMARY KEY NOT NULL REFERENCES records (id) ON DELETE CASCADE,
    queued_at       INTEGER NOT NULL,
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at INTEGER NOT NULL,
    last_error      TEXT,
    envelope        BLOB,
    failed_permanently INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;

CREATE TABLE receipts (
    record_id   BLOB PRIMARY KEY NOT NULL REFERENCES records (id) ON DELETE CASCADE,
    digest      BLOB NOT NULL,
    received_at INTEGER NOT NULL,
    signature   BLOB
) WITHOUT ROWID;

CREATE TABLE hotline (
    id        INTEGER PRIMARY KEY CHECK (id = 1),
    card      TEXT NOT NULL,
    paired_at INTEGER NOT NULL
);

-- v5: the recruiter directory from signed bundles, and this device's review-signing key.
-- Entries, statistics and alerts are the bundle's CBOR, keyed by `COUNTRY:LICENCE`; the search
-- index is built in memory from them. `directory` holds the version the rows are at.
CREATE TABLE directory (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    version     INTEGER NOT NULL,
    created     INTEGER NOT NULL,
    fetched_at  INTEGER NOT NULL,
    signing_key BLOB NOT NULL,
    -- Counted once per applied bundle, so that showing the directory costs no scan.
    entries     INTEGER NOT NULL,
    alerts      INTEGER NOT NULL
);
CREATE TABLE directory_entries (
    key   TEXT PRIMARY KEY NOT NULL,
    entry BLOB NOT NULL
) WITHOUT ROWID;
CREATE TABLE directory_stats (
    key   TEXT PRIMARY KEY NOT NULL,
    stats BLOB NOT NULL
) WITHOUT ROWID;
CREATE TABLE directory_alerts (
    id    INTEGER PRIMARY KEY,
    alert BLOB NOT NULL
);
-- A bundle being downloaded in chunks over a bad link: resumed by the next sync, even after the
-- app was killed. Applied (and these rows deleted) only when complete and verified.
CREATE TABLE directory_download (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    version     INTEGER NOT NULL,
    base        INTEGER NOT NULL,
    length      INTEGER NOT NULL,
    signing_key BLOB NOT NULL
);
CREATE TABLE directory_chunks (
    start INTEGER PRIMARY KEY,
    bytes BLOB NOT NULL
);
-- A random Ed25519 key that signs this phone's reviews; linked to nothing about the person.
CREATE TABLE device_key (
    id     INTEGER PRIMARY KEY CHECK (id = 1),
    secret BLOB NOT NULL CHECK (length(secret) = 32)
);

-- v6: contract snapshots. `terms_json` and the page bytes are exactly the files whose SHA-256
-- the `manifest` (a SHA256SUMS file) lists; `digest` is SHA-256 of the manifest. The hotline's
-- signature over the manifest (a minisign file) is the trusted timestamp, kept with the key
-- that made it so that it verifies offline forever.
CREATE TABLE contracts (
    id            BLOB PRIMARY KEY NOT NULL,
    taken_at      INTEGER NOT NULL,
    terms_json    BLOB NOT NULL,
    manifest      BLOB NOT NULL,
    digest        BLOB NOT NULL,
    timestamp_sig TEXT,
    timestamp_at  INTEGER,
    timestamp_key BLOB
) WITHOUT ROWID;
CREATE TABLE contract_pages (
    contract_id BLOB NOT NULL REFERENCES contracts (id) ON DELETE CASCADE,
    n           INTEGER NOT NULL,
    name        TEXT NOT NULL,
    bytes       BLOB NOT NULL,
    PRIMARY KEY (contract_id, n)
) WITHOUT ROWID;
-- Pay received under a contract, one row per month: the evidence of unpaid wages.
CREATE TABLE contract_pay (
    contract_id BLOB NOT NULL REFERENCES contracts (id) ON DELETE CASCADE,
    month       TEXT NOT NULL,
    amount      INTEGER NOT NULL,
    currency    TEXT NOT NULL,
    recorded_at INTEGER NOT NULL,
    PRIMARY KEY (contract_id, month)
) WITHOUT ROWID;
