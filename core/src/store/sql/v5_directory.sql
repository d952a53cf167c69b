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
