-- v4: the paired hotline, and sealed envelopes in the outbox.
-- An envelope is sealed once (age output is randomised) and stored, so that every re-send is
-- byte-identical and the hotline recognises it as the same envelope.
CREATE TABLE hotline (
    id        INTEGER PRIMARY KEY CHECK (id = 1),
    card      TEXT NOT NULL,
    paired_at INTEGER NOT NULL
);
ALTER TABLE outbox ADD COLUMN envelope BLOB;
ALTER TABLE outbox ADD COLUMN failed_permanently INTEGER NOT NULL DEFAULT 0;
