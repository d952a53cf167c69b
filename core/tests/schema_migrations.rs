//! Every frozen old schema, upgraded, must equal a fresh database, and keep its rows.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use mitra_core::store;
use rusqlite::Connection;

fn schema_of(conn: &Connection) -> Vec<(String, String, String)> {
    let mut stmt = conn
        .prepare(
            "SELECT type, name, sql FROM sqlite_master
             WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name",
        )
        .unwrap();
    stmt.query_map([], |r| {
        let sql: Option<String> = r.get(2)?;
        // Formatting differs between create.sql and the upgrade steps; the meaning must not.
        let sql = sql
            .unwrap_or_default()
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        Ok((r.get(0)?, r.get(1)?, sql))
    })
    .unwrap()
    .map(Result::unwrap)
    .collect()
}

fn columns(conn: &Connection, table: &str) -> Vec<(String, String, bool)> {
    let mut stmt = conn
        .prepare(&format!("PRAGMA table_info({table})"))
        .unwrap();
    stmt.query_map([], |r| Ok((r.get(1)?, r.get(2)?, r.get(3)?)))
        .unwrap()
        .map(Result::unwrap)
        .collect()
}

const FROZEN: &[(u32, &str)] = &[
    (1, include_str!("fixtures/schema_v1.sql")),
    (2, include_str!("fixtures/schema_v2.sql")),
    (3, include_str!("fixtures/schema_v3.sql")),
    (4, include_str!("fixtures/schema_v4.sql")),
    (5, include_str!("fixtures/schema_v5.sql")),
];

#[test]
fn every_old_schema_upgrades_to_the_fresh_one_and_keeps_its_rows() {
    let key = [3u8; 32];
    let tmp = tempfile::tempdir().unwrap();
    let fresh = store::open(&tmp.path().join("fresh.db"), &key).unwrap();
    let fresh_tables: Vec<_> = schema_of(&fresh)
        .into_iter()
        .map(|(t, n, _)| (t, n))
        .collect();

    for (version, sql) in FROZEN {
        let path = tmp.path().join(format!("v{version}.db"));
        {
            let old = Connection::open(&path).unwrap();
            old.pragma_update(
                None,
                "key",
                "x'0303030303030303030303030303030303030303030303030303030303030303'",
            )
            .unwrap();
            old.execute_batch(sql).unwrap();
            old.execute(
                "INSERT INTO settings (key, value) VALUES ('language', 'ne')",
                [],
            )
            .unwrap();
        }
        let upgraded = store::open(&path, &key).unwrap();
        let v: u32 = upgraded
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .unwrap();
        assert_eq!(v, store::schema::VERSION);
        let tables: Vec<_> = schema_of(&upgraded)
            .into_iter()
            .map(|(t, n, _)| (t, n))
            .collect();
        assert_eq!(
            tables, fresh_tables,
            "v{version} upgraded has other tables or indexes"
        );
        for (_, name) in fresh_tables.iter().filter(|(t, _)| t == "table") {
            assert_eq!(
                columns(&upgraded, name),
                columns(&fresh, name),
                "v{version}: table {name}"
            );
        }
        let lang: String = upgraded
            .query_row(
                "SELECT value FROM settings WHERE key = 'language'",
                [],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(lang, "ne");
    }
    assert_eq!(
        FROZEN.len() as u32,
        store::schema::VERSION - 1,
        "freeze the schema of every released version under tests/fixtures"
    );
}

#[test]
fn a_database_from_a_newer_mitra_is_refused_not_damaged() {
    let key = [4u8; 32];
    let tmp = tempfile::tempdir().unwrap();
    let path = tmp.path().join("new.db");
    {
        let conn = store::open(&path, &key).unwrap();
        conn.pragma_update(None, "user_version", store::schema::VERSION + 1)
            .unwrap();
    }
    assert!(store::open(&path, &key).is_err());
}
