//! `mitra-hotline`: the hotline's inbox server and operator commands (the library holds the
//! parts; this is the command line).

#![allow(clippy::print_stdout, clippy::print_stderr)]

use mitra_hotline::{export, keys, server, store};

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;

use clap::{Parser, Subcommand, ValueEnum};

#[derive(Parser)]
#[command(
    name = "mitra-hotline",
    version,
    about = "The hotline's inbox for Mitra reports"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Clone, Copy, ValueEnum)]
enum Format {
    Jsonl,
    Csv,
}

#[derive(Subcommand)]
enum Command {
    /// Create the hotline's keys in DIR (identity.txt is the operator's: keep it off the server).
    Keygen {
        #[arg(long, value_name = "DIR")]
        out: PathBuf,
    },
    /// Print the signed hotline card (also written to KEYS/card.txt, card.cbor and card.cbor.minisig).
    Card {
        #[arg(long, value_name = "DIR")]
        keys: PathBuf,
        #[arg(long)]
        name: String,
        /// HTTPS base URL of the inbox (repeatable, most preferred first).
        #[arg(long = "endpoint", value_name = "URL", required = true)]
        endpoints: Vec<String>,
        #[arg(long, value_name = "NUMBER")]
        sms: Option<String>,
        /// Languages the hotline answers in (repeatable BCP 47 tags).
        #[arg(long = "lang", value_name = "TAG")]
        languages: Vec<String>,
    },
    /// Run the inbox.
    Serve {
        #[arg(long, value_name = "DIR")]
        keys: PathBuf,
        /// Folder for the SQLite inbox (unused with --database).
        #[arg(long, value_name = "DIR")]
        data: PathBuf,
        #[arg(long, default_value = "127.0.0.1:8470", value_name = "ADDR")]
        listen: String,
        /// postgres://user@host/db to share one database between several servers.
        #[arg(long, value_name = "URL")]
        database: Option<String>,
        /// Requests allowed at once per client address.
        #[arg(long, default_value_t = 30.0)]
        rate_burst: f64,
        /// Requests per second per client address, sustained.
        #[arg(long, default_value_t = 2.0)]
        rate_per_second: f64,
    },
    /// Decrypt received reports on the operator's machine.
    Export {
        #[arg(long, value_name = "DIR")]
        data: PathBuf,
        #[arg(long, value_name = "URL")]
        database: Option<String>,
        #[arg(long, value_name = "FILE")]
        identity: PathBuf,
        #[arg(long, value_enum, default_value = "jsonl")]
        format: Format,
        /// Only what arrived at or after this: YYYY-MM-DD (UTC) or milliseconds since the epoch.
        #[arg(long)]
        since: Option<String>,
    },
}

fn fail(message: impl std::fmt::Display) -> ExitCode {
    eprintln!("mitra-hotline: {message}");
    ExitCode::from(1)
}

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(c) => c,
        Err(e) => {
            let code = if e.use_stderr() { 2 } else { 0 };
            let _ = e.print();
            return ExitCode::from(code);
        }
    };
    let _ = tracing_subscriber::fmt()
        .with_env_filter(tracing_subscriber::EnvFilter::new(
            std::env::var("MITRA_LOG").unwrap_or_else(|_| "mitra_hotline=info".into()),
        ))
        .with_writer(std::io::stderr)
        .try_init();
    match cli.command {
        Command::Keygen { out } => match keys::generate(&out) {
            Ok(g) => {
                println!("keys written to {}", out.display());
                println!("age recipient (public): {}", g.recipient);
                println!(
                    "signing key (minisign public key file {}/signing.pub):",
                    out.display()
                );
                print!("{}", g.signing_pub);
                println!(
                    "Move {}/identity.txt to the operator's machine; the server must not have it.",
                    out.display()
                );
                ExitCode::SUCCESS
            }
            Err(e) => fail(e),
        },
        Command::Card {
            keys: dir,
            name,
            endpoints,
            sms,
            languages,
        } => card(&dir, name, endpoints, sms, languages),
        Command::Serve {
            keys: dir,
            data,
            listen,
            database,
            rate_burst,
            rate_per_second,
        } => serve(
            &dir,
            &data,
            &listen,
            database,
            server::RateLimit {
                burst: rate_burst,
                per_second: rate_per_second,
            },
        ),
        Command::Export {
            data,
            database,
            identity,
            format,
            since,
        } => export(&data, database, &identity, format, since),
    }
}

fn card(
    dir: &Path,
    name: String,
    endpoints: Vec<String>,
    sms: Option<String>,
    languages: Vec<String>,
) -> ExitCode {
    match mitra_hotline::make_card(dir, name, endpoints, sms, languages) {
        Ok(text) => {
            println!("{text}");
            ExitCode::SUCCESS
        }
        Err(e) => fail(e),
    }
}

fn runtime() -> std::io::Result<tokio::runtime::Runtime> {
    tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
}

async fn open_store(
    data: &Path,
    database: Option<String>,
) -> Result<store::Store, store::StoreError> {
    match database {
        Some(url) => store::Store::open_postgres(&url).await,
        None => store::Store::open_sqlite(data),
    }
}

fn serve(
    dir: &Path,
    data: &Path,
    listen: &str,
    database: Option<String>,
    rate: server::RateLimit,
) -> ExitCode {
    let keys = match keys::load_server(dir) {
        Ok(k) => k,
        Err(e) => return fail(e),
    };
    if dir.join(keys::IDENTITY).exists() {
        tracing::warn!(
            "{} is on the server: move it to the operator's machine",
            keys::IDENTITY
        );
    }
    let card = std::fs::read_to_string(dir.join(keys::CARD))
        .ok()
        .map(|c| c.trim().to_owned());
    let rt = match runtime() {
        Ok(rt) => rt,
        Err(e) => return fail(e),
    };
    rt.block_on(async {
        let store = match open_store(data, database).await {
            Ok(s) => s,
            Err(e) => return fail(e),
        };
        let listener = match tokio::net::TcpListener::bind(listen).await {
            Ok(l) => l,
            Err(e) => return fail(format!("{listen}: {e}")),
        };
        let addr = listener
            .local_addr()
            .map(|a| a.to_string())
            .unwrap_or_default();
        println!("listening on http://{addr}");
        let state = Arc::new(server::AppState::new(
            store,
            keys.signing,
            keys.fingerprints,
            card,
            rate,
        ));
        match server::serve(listener, state).await {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => fail(e),
        }
    })
}

fn parse_since(since: &str) -> Option<i64> {
    if let Ok(ms) = since.parse::<i64>() {
        return Some(ms);
    }
    let parts: Vec<i64> = since
        .split('-')
        .map(|p| p.parse().ok())
        .collect::<Option<_>>()?;
    let [y, m, d] = parts[..] else { return None };
    if !(1..=12).contains(&m) || !(1..=31).contains(&d) {
        return None;
    }
    // days_from_civil (Howard Hinnant)
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    Some((era * 146_097 + doe - 719_468) * 86_400_000)
}

fn export(
    data: &Path,
    database: Option<String>,
    identity: &Path,
    format: Format,
    since: Option<String>,
) -> ExitCode {
    let identities = match keys::load_identities(identity) {
        Ok(i) => i,
        Err(e) => return fail(e),
    };
    let since_ms = match since.as_deref().map(parse_since) {
        None => 0,
        Some(Some(ms)) => ms,
        Some(None) => {
            eprintln!("mitra-hotline: --since: use YYYY-MM-DD or milliseconds");
            return ExitCode::from(2);
        }
    };
    let rt = match runtime() {
        Ok(rt) => rt,
        Err(e) => return fail(e),
    };
    let stored = match rt.block_on(async { open_store(data, database).await?.list(since_ms).await })
    {
        Ok(s) => s,
        Err(e) => return fail(e),
    };
    if matches!(format, Format::Csv) {
        println!("{}", export::CSV_COLUMNS.join(","));
    }
    let mut unreadable = 0;
    for s in &stored {
        match export::decrypt(s, &identities) {
            Some(v) => match format {
                Format::Jsonl => println!("{v}"),
                Format::Csv => println!("{}", export::csv_row(&v)),
            },
            None => {
                unreadable += 1;
                eprintln!("mitra-hotline: {} does not open with this identity", s.id);
            }
        }
    }
    if unreadable > 0 {
        eprintln!(
            "mitra-hotline: {unreadable} of {} envelopes could not be decrypted",
            stored.len()
        );
        return ExitCode::from(1);
    }
    ExitCode::SUCCESS
}

#[cfg(test)]
mod tests {
    use super::parse_since;

    #[test]
    fn since_accepts_dates_and_milliseconds() {
        assert_eq!(parse_since("1970-01-02"), Some(86_400_000));
        assert_eq!(parse_since("2000-03-01"), Some(951_868_800_000));
        assert_eq!(parse_since("1234"), Some(1234));
        assert_eq!(parse_since("yesterday"), None);
        assert_eq!(parse_since("2025-13-01"), None);
    }
}
