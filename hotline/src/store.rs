//! Where envelopes are kept: SQLite by default (one file, no set-up), PostgreSQL for hotlines
//! that run several stateless `serve` replicas. Both store exactly the bytes received, keyed by
//! the record id; the server cannot read them.
//!
//! `put` is idempotent: the same envelope again is a duplicate and keeps its first receive time
//! (so its receipt is the same); another envelope under the same id is a conflict, never stored.

use std::path::Path;
use std::sync::{Arc, Mutex};

use mitra_protocol::RecordId;
use rusqlite::{Connection, params};

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("sqlite: {0}")]
    Sqlite(#[from] rusqlite::Error),
    #[error("postgres: {0}")]
    Postgres(#[from] tokio_postgres::Error),
    #[error("storage task failed")]
    Join,
    #[error("stored data is damaged")]
    Corrupt,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PutOutcome {
    Stored { received_at_ms: i64 },
    Duplicate { received_at_ms: i64 },
    Conflict,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredEnvelope {
    pub id: RecordId,
    pub digest: [u8; 32],
    pub received_at_ms: i64,
    pub envelope: Vec<u8>,
}

#[derive(Clone)]
pub enum Store {
    Sqlite(Arc<Mutex<Connection>>),
    Postgres(Arc<tokio_postgres::Client>),
}

const SQLITE_SCHEMA: &str = "
    PRAGMA journal_mode = WAL;
    PRAGMA synchronous = FULL;
    CREATE TABLE IF NOT EXISTS envelopes (
        id          BLOB PRIMARY KEY NOT NULL,
        digest      BLOB NOT NULL,
        received_at INTEGER NOT NULL,
        envelope    BLOB NOT NULL
    ) WITHOUT ROWID;
    CREATE INDEX IF NOT EXISTS envelopes_by_time ON envelopes (received_at);
    CREATE TABLE IF NOT EXISTS directory_bundles (
        version   INTEGER NOT NULL,
        base      INTEGER NOT NULL,
        payload   BLOB NOT NULL,
        signature TEXT NOT NULL,
        PRIMARY KEY (version, base)
    ) WITHOUT ROWID;
    CREATE TABLE IF NOT EXISTS review_decisions (
        id         BLOB PRIMARY KEY NOT NULL,
        decision   TEXT NOT NULL,
        decided_at INTEGER NOT NULL
    ) WITHOUT ROWID;";

const POSTGRES_SCHEMA: &str = "
    CREATE TABLE IF NOT EXISTS envelopes (
        id          BYTEA PRIMARY KEY,
        digest      BYTEA NOT NULL,
        received_at BIGINT NOT NULL,
        envelope    BYTEA NOT NULL
    );
    CREATE INDEX IF NOT EXISTS envelopes_by_time ON envelopes (received_at);
    CREATE TABLE IF NOT EXISTS directory_bundles (
        version   BIGINT NOT NULL,
        base      BIGINT NOT NULL,
        payload   BYTEA NOT NULL,
        signature TEXT NOT NULL,
        PRIMARY KEY (version, base)
    );
    CREATE TABLE IF NOT EXISTS review_decisions (
        id         BYTEA PRIMARY KEY,
        decision   TEXT NOT NULL,
        decided_at BIGINT NOT NULL
    );";

/// A signed directory bundle as published: the payload and its minisign signature.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredBundle {
    pub version: u64,
    pub base: u64,
    pub payload: Vec<u8>,
    pub signature: String,
}

fn row_to_stored(
    id: Vec<u8>,
    digest: Vec<u8>,
    received_at_ms: i64,
    envelope: Vec<u8>,
) -> Result<StoredEnvelope, StoreError> {
    Ok(StoredEnvelope {
        id: RecordId::from_slice(&id).map_err(|_| StoreError::Corrupt)?,
        digest: digest.try_into().map_err(|_| StoreError::Corrupt)?,
        received_at_ms,
        envelope,
    })
}

fn lock(c: &Mutex<Connection>) -> std::sync::MutexGuard<'_, Connection> {
    c.lock().unwrap_or_else(|p| p.into_inner())
}

impl Store {
    pub fn open_sqlite(dir: &Path) -> Result<Store, StoreError> {
        std::fs::create_dir_all(dir).map_err(|_| StoreError::Corrupt)?;
        let conn = Connection::open(dir.join("inbox.sqlite3"))?;
        conn.busy_timeout(std::time::Duration::from_secs(5))?;
        conn.execute_batch(SQLITE_SCHEMA)?;
        Ok(Store::Sqlite(Arc::new(Mutex::new(conn))))
    }

    pub async fn open_postgres(url: &str) -> Result<Store, StoreError> {
        let (client, connection) = tokio_postgres::connect(url, tokio_postgres::NoTls).await?;
        tokio::spawn(async move {
            if let Err(e) = connection.await {
                tracing::error!("postgres connection closed: {e}");
            }
        });
        // Replicas starting together must not race on CREATE TABLE: serialise with a lock.
        client
            .batch_execute(&format!(
                "BEGIN; SELECT pg_advisory_xact_lock(7470011); {POSTGRES_SCHEMA} COMMIT;"
            ))
            .await?;
        Ok(Store::Postgres(Arc::new(client)))
    }

    pub async fn put(
        &self,
        id: RecordId,
        digest: [u8; 32],
        envelope: Vec<u8>,
        now_ms: i64,
    ) -> Result<PutOutcome, StoreError> {
        match self {
            Store::Sqlite(conn) => {
                let conn = conn.clone();
                tokio::task::spawn_blocking(move || {
                    let mut c = lock(&conn);
                    let tx = c.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
                    let inserted = tx.execute(
                        "INSERT INTO envelopes (id, digest, received_at, envelope) VALUES (?1, ?2, ?3, ?4)
                         ON CONFLICT (id) DO NOTHING",
                        params![&id.as_bytes()[..], &digest[..], now_ms, envelope],
                    )?;
                    let outcome = if inserted == 1 {
                        PutOutcome::Stored { received_at_ms: now_ms }
                    } else {
                        let (d, at): (Vec<u8>, i64) = tx.query_row(
                            "SELECT digest, received_at FROM envelopes WHERE id = ?1",
                            [&id.as_bytes()[..]],
                            |r| Ok((r.get(0)?, r.get(1)?)),
                        )?;
                        if d == digest { PutOutcome::Duplicate { received_at_ms: at } } else { PutOutcome::Conflict }
                    };
                    tx.commit()?;
                    Ok(outcome)
                })
                .await
                .map_err(|_| StoreError::Join)?
            }
            Store::Postgres(client) => {
                let inserted = client
                    .execute(
                        "INSERT INTO envelopes (id, digest, received_at, envelope) VALUES ($1, $2, $3, $4)
                         ON CONFLICT (id) DO NOTHING",
                        &[&&id.as_bytes()[..], &&digest[..], &now_ms, &envelope],
                    )
                    .await?;
                if inserted == 1 {
                    return Ok(PutOutcome::Stored {
                        received_at_ms: now_ms,
                    });
                }
                let row = client
                    .query_one(
                        "SELECT digest, received_at FROM envelopes WHERE id = $1",
                        &[&&id.as_bytes()[..]],
                    )
                    .await?;
                let d: Vec<u8> = row.get(0);
                let at: i64 = row.get(1);
                Ok(if d == digest {
                    PutOutcome::Duplicate { received_at_ms: at }
                } else {
                    PutOutcome::Conflict
                })
            }
        }
    }

    /// Envelopes received at or after `since_ms`, oldest first.
    pub async fn list(&self, since_ms: i64) -> Result<Vec<StoredEnvelope>, StoreError> {
        match self {
            Store::Sqlite(conn) => {
                let conn = conn.clone();
                tokio::task::spawn_blocking(move || {
                    let c = lock(&conn);
                    let mut stmt = c.prepare(
                        "SELECT id, digest, received_at, envelope FROM envelopes WHERE received_at >= ?1 ORDER BY received_at, id",
                    )?;
                    let rows = stmt.query_map([since_ms], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))?;
                    let mut out = Vec::new();
                    for row in rows {
                        let (id, d, at, e) = row?;
                        out.push(row_to_stored(id, d, at, e)?);
                    }
                    Ok(out)
                })
                .await
                .map_err(|_| StoreError::Join)?
            }
            Store::Postgres(client) => {
                let rows = client
                    .query(
                        "SELECT id, digest, received_at, envelope FROM envelopes WHERE received_at >= $1 ORDER BY received_at, id",
                        &[&since_ms],
                    )
                    .await?;
                rows.into_iter()
                    .map(|r| row_to_stored(r.get(0), r.get(1), r.get(2), r.get(3)))
                    .collect()
            }
        }
    }

    pub async fn count(&self) -> Result<i64, StoreError> {
        match self {
            Store::Sqlite(conn) => {
                let conn = conn.clone();
                tokio::task::spawn_blocking(move || {
                    Ok(
                        lock(&conn)
                            .query_row("SELECT count(*) FROM envelopes", [], |r| r.get(0))?,
                    )
                })
                .await
                .map_err(|_| StoreError::Join)?
            }
            Store::Postgres(client) => Ok(client
                .query_one("SELECT count(*) FROM envelopes", &[])
                .await?
                .get(0)),
        }
    }

    /// Runs `sqlite` on a blocking thread, or `postgres` on the client.
    async fn with<T: Send + 'static>(
        &self,
        sqlite: impl FnOnce(&mut Connection) -> Result<T, StoreError> + Send + 'static,
        postgres: impl AsyncFnOnce(&tokio_postgres::Client) -> Result<T, StoreError>,
    ) -> Result<T, StoreError> {
        match self {
            Store::Sqlite(conn) => {
                let conn = conn.clone();
                tokio::task::spawn_blocking(move || sqlite(&mut lock(&conn)))
                    .await
                    .map_err(|_| StoreError::Join)?
            }
            Store::Postgres(client) => postgres(client).await,
        }
    }

    /// Stores a published bundle; publishing the same (version, base) again replaces it.
    pub async fn put_bundle(&self, b: StoredBundle) -> Result<(), StoreError> {
        let (version, base) = (b.version as i64, b.base as i64);
        let pg = b.clone();
        self.with(
            move |c| {
                c.execute(
                    "INSERT OR REPLACE INTO directory_bundles (version, base, payload, signature) VALUES (?1, ?2, ?3, ?4)",
                    params![version, base, b.payload, b.signature],
                )?;
                Ok(())
            },
            async move |c| {
                c.execute(
                    "INSERT INTO directory_bundles (version, base, payload, signature) VALUES ($1, $2, $3, $4)
                     ON CONFLICT (version, base) DO UPDATE SET payload = excluded.payload, signature = excluded.signature",
                    &[&version, &base, &pg.payload, &pg.signature],
                )
                .await?;
                Ok(())
            },
        )
        .await
    }

    /// The latest published directory version; 0 when none was published.
    pub async fn latest_bundle_version(&self) -> Result<u64, StoreError> {
        const SQL: &str = "SELECT COALESCE(MAX(version), 0) FROM directory_bundles WHERE base = 0";
        let v: i64 = self
            .with(
                |c| Ok(c.query_row(SQL, [], |r| r.get(0))?),
                async |c| Ok(c.query_one(SQL, &[]).await?.get(0)),
            )
            .await?;
        Ok(v as u64)
    }

    /// The bases published for `version` (0: the full bundle; N: a delta from N).
    pub async fn bundle_bases(&self, version: u64) -> Result<Vec<u64>, StoreError> {
        let v = version as i64;
        let bases: Vec<i64> = self
            .with(
                move |c| {
                    let mut stmt =
                        c.prepare("SELECT base FROM directory_bundles WHERE version = ?1")?;
                    let rows = stmt.query_map([v], |r| r.get(0))?;
                    Ok(rows.collect::<Result<Vec<i64>, _>>()?)
                },
                async move |c| {
                    Ok(c.query(
                        "SELECT base FROM directory_bundles WHERE version = $1",
                        &[&v],
                    )
                    .await?
                    .iter()
                    .map(|r| r.get(0))
                    .collect())
                },
            )
            .await?;
        Ok(bases.into_iter().map(|b| b as u64).collect())
    }

    pub async fn bundle(
        &self,
        version: u64,
        base: u64,
    ) -> Result<Option<StoredBundle>, StoreError> {
        let (v, b) = (version as i64, base as i64);
        let found: Option<(Vec<u8>, String)> = self
            .with(
                move |c| {
                    use rusqlite::OptionalExtension;
                    Ok(c.query_row(
                        "SELECT payload, signature FROM directory_bundles WHERE version = ?1 AND base = ?2",
                        params![v, b],
                        |r| Ok((r.get(0)?, r.get(1)?)),
                    )
                    .optional()?)
                },
                async move |c| {
                    Ok(c.query_opt(
                        "SELECT payload, signature FROM directory_bundles WHERE version = $1 AND base = $2",
                        &[&v, &b],
                    )
                    .await?
                    .map(|r| (r.get(0), r.get(1))))
                },
            )
            .await?;
        Ok(found.map(|(payload, signature)| StoredBundle {
            version,
            base,
            payload,
            signature,
        }))
    }

    /// Versions of the full bundles kept, newest first.
    pub async fn full_bundle_versions(&self) -> Result<Vec<u64>, StoreError> {
        const SQL: &str =
            "SELECT version FROM directory_bundles WHERE base = 0 ORDER BY version DESC";
        let v: Vec<i64> = self
            .with(
                |c| {
                    let mut stmt = c.prepare(SQL)?;
                    let rows = stmt.query_map([], |r| r.get(0))?;
                    Ok(rows.collect::<Result<Vec<i64>, _>>()?)
                },
                async |c| Ok(c.query(SQL, &[]).await?.iter().map(|r| r.get(0)).collect()),
            )
            .await?;
        Ok(v.into_iter().map(|v| v as u64).collect())
    }

    /// Keeps the full bundles of versions after `oldest_kept` and only the deltas to `latest`.
    pub async fn prune_bundles(&self, latest: u64, oldest_kept: u64) -> Result<(), StoreError> {
        let (l, o) = (latest as i64, oldest_kept as i64);
        self.with(
            move |c| {
                c.execute(
                    "DELETE FROM directory_bundles WHERE version < ?2 OR (base <> 0 AND version <> ?1)",
                    params![l, o],
                )?;
                Ok(())
            },
            async move |c| {
                c.execute(
                    "DELETE FROM directory_bundles WHERE version < $2 OR (base <> 0 AND version <> $1)",
                    &[&l, &o],
                )
                .await?;
                Ok(())
            },
        )
        .await
    }

    /// A person's decisions on held reviews: id → "release" | "reject".
    pub async fn review_decisions(&self) -> Result<Vec<(RecordId, String)>, StoreError> {
        const SQL: &str = "SELECT id, decision FROM review_decisions";
        let rows: Vec<(Vec<u8>, String)> = self
            .with(
                |c| {
                    let mut stmt = c.prepare(SQL)?;
                    let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
                    Ok(rows.collect::<Result<Vec<_>, _>>()?)
                },
                async |c| {
                    Ok(c.query(SQL, &[])
                        .await?
                        .iter()
                        .map(|r| (r.get(0), r.get(1)))
                        .collect())
                },
            )
            .await?;
        rows.into_iter()
            .map(|(id, d)| {
                Ok((
                    RecordId::from_slice(&id).map_err(|_| StoreError::Corrupt)?,
                    d,
                ))
            })
            .collect()
    }

    pub async fn decide_review(
        &self,
        id: RecordId,
        decision: &'static str,
        now_ms: i64,
    ) -> Result<(), StoreError> {
        let key = id.as_bytes().to_vec();
        let pg_key = key.clone();
        self.with(
            move |c| {
                c.execute(
                    "INSERT OR REPLACE INTO review_decisions (id, decision, decided_at) VALUES (?1, ?2, ?3)",
                    params![key, decision, now_ms],
                )?;
                Ok(())
            },
            async move |c| {
                c.execute(
                    "INSERT INTO review_decisions (id, decision, decided_at) VALUES ($1, $2, $3)
                     ON CONFLICT (id) DO UPDATE SET decision = excluded.decision, decided_at = excluded.decided_at",
                    &[&pg_key, &decision, &now_ms],
                )
                .await?;
                Ok(())
            },
        )
        .await
    }

    /// Whether storage answers at all (for /health).
    pub async fn ping(&self) -> bool {
        self.count().await.is_ok()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The stores the tests run against: SQLite always, PostgreSQL when MITRA_TEST_POSTGRES
    /// names one (scripts/test starts a real server and sets it; MITRA_REQUIRE_TOOLS makes it
    /// mandatory).
    async fn stores(dir: &Path, test: &str) -> Vec<(&'static str, Store)> {
        let mut out = vec![("sqlite", Store::open_sqlite(dir).unwrap())];
        match std::env::var("MITRA_TEST_POSTGRES") {
            Ok(url) => {
                // One schema per test, so tests running in parallel do not see each other.
                let (admin, conn) = tokio_postgres::connect(&url, tokio_postgres::NoTls)
                    .await
                    .unwrap();
                tokio::spawn(conn);
                admin
                    .batch_execute(&format!(
                        "DROP SCHEMA IF EXISTS {test} CASCADE; CREATE SCHEMA {test}"
                    ))
                    .await
                    .unwrap();
                let sep = if url.contains('?') { '&' } else { '?' };
                let store =
                    Store::open_postgres(&format!("{url}{sep}options=-csearch_path%3D{test}"))
                        .await
                        .unwrap();
                out.push(("postgres", store));
            }
            Err(_) => assert!(
                std::env::var_os("MITRA_REQUIRE_TOOLS").is_none(),
                "MITRA_TEST_POSTGRES is required"
            ),
        }
        out
    }

    fn id(n: u8) -> RecordId {
        RecordId::from_random([n; 16])
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn put_is_idempotent_and_conflicts_are_refused_on_every_backend() {
        let tmp = tempfile::tempdir().unwrap();
        for (name, store) in stores(tmp.path(), "t_idempotent").await {
            assert_eq!(
                store
                    .put(id(1), [1; 32], b"one".to_vec(), 100)
                    .await
                    .unwrap(),
                PutOutcome::Stored {
                    received_at_ms: 100
                },
                "{name}"
            );
            assert_eq!(
                store
                    .put(id(1), [1; 32], b"one".to_vec(), 200)
                    .await
                    .unwrap(),
                PutOutcome::Duplicate {
                    received_at_ms: 100
                },
                "{name}"
            );
            assert_eq!(
                store
                    .put(id(1), [9; 32], b"evil".to_vec(), 300)
                    .await
                    .unwrap(),
                PutOutcome::Conflict,
                "{name}"
            );
            store
                .put(id(2), [2; 32], b"two".to_vec(), 400)
                .await
                .unwrap();
            assert_eq!(store.count().await.unwrap(), 2, "{name}");
            let all = store.list(0).await.unwrap();
            assert_eq!(
                all.iter().map(|s| s.envelope.clone()).collect::<Vec<_>>(),
                vec![b"one".to_vec(), b"two".to_vec()],
                "{name}"
            );
            assert_eq!(store.list(150).await.unwrap().len(), 1, "{name}");
            assert!(store.ping().await);
        }
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn racing_replicas_store_an_envelope_once() {
        let tmp = tempfile::tempdir().unwrap();
        for (name, store) in stores(tmp.path(), "t_racing").await {
            let mut tasks = Vec::new();
            for n in 0..16 {
                let s = store.clone();
                tasks.push(tokio::spawn(async move {
                    s.put(id(7), [7; 32], b"same".to_vec(), 1000 + n).await
                }));
            }
            let mut stored = 0;
            let mut first = None;
            for t in tasks {
                match t.await.unwrap().unwrap() {
                    PutOutcome::Stored { received_at_ms } => {
                        stored += 1;
                        first = Some(received_at_ms);
                    }
                    PutOutcome::Duplicate { received_at_ms } => assert!(received_at_ms >= 1000),
                    PutOutcome::Conflict => panic!("{name}: same bytes are no conflict"),
                }
            }
            assert_eq!(stored, 1, "{name}");
            let again = store
                .put(id(7), [7; 32], b"same".to_vec(), 5000)
                .await
                .unwrap();
            assert_eq!(
                again,
                PutOutcome::Duplicate {
                    received_at_ms: first.unwrap()
                },
                "{name}"
            );
        }
    }
}
