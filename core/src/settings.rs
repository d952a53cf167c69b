//! Settings kept inside the vault (so the decoy has its own): small typed values over the
//! `settings` key-value table.

use rusqlite::{Connection, OptionalExtension, Transaction, params};

use crate::error::{Error, Result};

const PURGE_AFTER_DAYS: &str = "purge_after_days";
/// Longest purge delay accepted: ten years.
pub const MAX_PURGE_AFTER_DAYS: u32 = 3650;

fn get(conn: &Connection, key: &str) -> Result<Option<String>> {
    Ok(conn
        .query_row("SELECT value FROM settings WHERE key = ?1", [key], |r| {
            r.get(0)
        })
        .optional()?)
}

fn set(tx: &Transaction<'_>, key: &str, value: &str) -> Result<()> {
    tx.execute(
        "INSERT INTO settings (key, value) VALUES (?1, ?2) ON CONFLICT (key) DO UPDATE SET value = ?2",
        params![key, value],
    )?;
    Ok(())
}

/// Days after the hotline's receipt when a record's content is purged; 0 (the default) keeps it.
pub fn purge_after_days(conn: &Connection) -> Result<u32> {
    Ok(get(conn, PURGE_AFTER_DAYS)?
        .and_then(|v| v.parse().ok())
        .unwrap_or(0))
}

pub fn set_purge_after_days(tx: &Transaction<'_>, days: u32) -> Result<()> {
    if days > MAX_PURGE_AFTER_DAYS {
        return Err(Error::InvalidInput {
            field: "purge_after_days",
            reason: "out_of_range",
        });
    }
    set(tx, PURGE_AFTER_DAYS, &days.to_string())
}

const DAILY_BUDGET: &str = "daily_data_budget_bytes";
const BUDGET_DAY: &str = "data_budget_day";
const BUDGET_USED: &str = "data_budget_used_bytes";
/// Largest daily budget accepted: 10 GB.
pub const MAX_DAILY_BUDGET_BYTES: u64 = 10_000_000_000;

/// Bytes Mitra may send per day on metered connections; 0 (the default) means no limit.
pub fn daily_data_budget(conn: &Connection) -> Result<u64> {
    Ok(get(conn, DAILY_BUDGET)?
        .and_then(|v| v.parse().ok())
        .unwrap_or(0))
}

pub fn set_daily_data_budget(tx: &Transaction<'_>, bytes: u64) -> Result<()> {
    if bytes > MAX_DAILY_BUDGET_BYTES {
        return Err(Error::InvalidInput {
            field: "daily_data_budget",
            reason: "out_of_range",
        });
    }
    set(tx, DAILY_BUDGET, &bytes.to_string())
}

fn day(now_ms: i64) -> i64 {
    now_ms.div_euclid(86_400_000)
}

fn used_today(conn: &Connection, now_ms: i64) -> Result<u64> {
    let same_day = get(conn, BUDGET_DAY)?.and_then(|v| v.parse::<i64>().ok()) == Some(day(now_ms));
    Ok(if same_day {
        get(conn, BUDGET_USED)?
            .and_then(|v| v.parse().ok())
            .unwrap_or(0)
    } else {
        0
    })
}

/// What is left of today's metered budget (UTC days); `u64::MAX` without a budget.
pub fn data_budget_left(conn: &Connection, now_ms: i64) -> Result<u64> {
    match daily_data_budget(conn)? {
        0 => Ok(u64::MAX),
        budget => Ok(budget.saturating_sub(used_today(conn, now_ms)?)),
    }
}

pub fn spend_data_budget(tx: &Transaction<'_>, bytes: u64, now_ms: i64) -> Result<()> {
    let used = used_today(tx, now_ms)?.saturating_add(bytes);
    set(tx, BUDGET_DAY, &day(now_ms).to_string())?;
    set(tx, BUDGET_USED, &used.to_string())
}
