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
