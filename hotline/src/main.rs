//! `mitra-hotline`: the hotline's inbox server and operator commands (the library holds the
//! parts; this is the command line).

#![allow(clippy::print_stdout, clippy::print_stderr)]

use mitra_hotline::{directory, export, keys, server, store};

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
    /// Publish the recruiter directory (on the operator's machine, or wherever the keys are).
    Directory {
        #[command(subcommand)]
        command: DirectoryCommand,
    },
    /// Reviews workers sent: list them, and release or reject those held as a suspicious burst.
    Reviews {
        #[command(subcommand)]
        command: ReviewsCommand,
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

#[derive(Subcommand)]
enum DirectoryCommand {
    /// Build and sign a new directory version from CSV files; `serve` then hands it to phones.
    ///
    /// CSV header: licence_number,country,authority,name,aliases,status,status_since,phones,address
    /// (aliases and phones separated by '|'). Bad rows are reported by line and skipped.
    Publish {
        #[arg(long, value_name = "DIR")]
        keys: PathBuf,
        #[arg(long, value_name = "DIR")]
        data: PathBuf,
        #[arg(long, value_name = "URL")]
        database: Option<String>,
        /// Decrypts reviews to aggregate them (default: KEYS/identity.txt when it is there).
        #[arg(long, value_name = "FILE")]
        identity: Option<PathBuf>,
        /// Known fake offers, CSV header: kind,value,country,since (kind: phone, page, company).
        #[arg(long, value_name = "FILE")]
        alerts: Option<PathBuf>,
        /// Also write the signed payload to FILE and its signature to FILE.minisig.
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
        #[arg(required = true, value_name = "FILE.csv")]
        files: Vec<PathBuf>,
    },
}

#[derive(Subcommand)]
enum ReviewsCommand {
    /// Decrypted reviews as JSON Lines, each with "held" (waiting for a person) and "decision".
    List {
        #[arg(long, value_name = "DIR")]
        keys: PathBuf,
        #[arg(long, value_name = "DIR")]
        data: PathBuf,
        #[arg(long, value_name = "URL")]
        database: Option<String>,
        #[arg(long, value_name = "FILE")]
        identity: PathBuf,
        /// Only the reviews held for a person.
        #[arg(long)]
        held: bool,
    },
    /// Count held reviews from the next `directory publish` on.
    Release {
        #[arg(long, value_name = "DIR")]
        data: PathBuf,
        #[arg(long, value_name = "URL")]
        database: Option<String>,
        #[arg(required = true, value_name = "ID")]
        ids: Vec<String>,
    },
    /// Never count these reviews.
    Reject {
        #[arg(long, value_name = "DIR")]
        data: PathBuf,
        #[arg(long, value_name = "URL")]
        database: Option<String>,
        #[arg(required = true, value_name = "ID")]
        ids: Vec<String>,
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
        Command::Directory {
            command:
                DirectoryCommand::Publish {
                    keys,
                    data,
                    database,
                    identity,
                    alerts,
                    out,
                    files,
                },
        } => publish(&keys, &data, database, identity, alerts, out, &files),
        Command::Reviews { command } => reviews(command),
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
    mitra_protocol::directory::parse_date(since).map(|days| i64::from(days) * 86_400_000)
}

fn publish(
    keys_dir: &Path,
    data: &Path,
    database: Option<String>,
    identity: Option<PathBuf>,
    alerts: Option<PathBuf>,
    out: Option<PathBuf>,
    files: &[PathBuf],
) -> ExitCode {
    let identity = identity.or_else(|| {
        let default = keys_dir.join(keys::IDENTITY);
        default.exists().then_some(default)
    });
    let rt = match runtime() {
        Ok(rt) => rt,
        Err(e) => return fail(e),
    };
    let summary = rt.block_on(async {
        let store = open_store(data, database)
            .await
            .map_err(|e| e.to_string())?;
        mitra_hotline::publish_directory(
            &store,
            keys_dir,
            identity.as_deref(),
            files,
            alerts.as_deref(),
        )
        .await
    });
    let summary = match summary {
        Ok(s) => s,
        Err(e) => return fail(e),
    };
    for p in &summary.problems {
        eprintln!("{} line {}: {} (row skipped)", p.file, p.line, p.reason);
    }
    let p = &summary.published;
    println!(
        "published directory version {}: {} agencies, {} alerts, review statistics for {} agencies",
        p.version, p.entries, p.alerts, p.stats
    );
    println!(
        "  full bundle {} bytes; deltas from {} earlier versions{}",
        p.full.payload.len(),
        p.deltas.len(),
        p.deltas
            .iter()
            .map(|(base, bytes)| format!(" (from {base}: {bytes} bytes)"))
            .collect::<String>()
    );
    if !summary.problems.is_empty() {
        println!("  {} rows skipped (listed above)", summary.problems.len());
    }
    match &summary.reviews {
        Some(a) => {
            println!(
                "  reviews: {} counted, {} held for a person, {} rejected, {} unsigned, {} about agencies not in the directory",
                a.counted,
                a.held.len(),
                a.rejected,
                a.unsigned,
                a.not_in_directory
            );
            if !a.held.is_empty() {
                println!(
                    "  held reviews count only once released: mitra-hotline reviews list --held ..."
                );
            }
        }
        None => println!("  no identity at hand: review statistics carried over unchanged"),
    }
    if let Some(out) = out {
        let sig = out.with_file_name(format!(
            "{}.minisig",
            out.file_name()
                .and_then(|n| n.to_str())
                .unwrap_or("directory")
        ));
        for (path, bytes) in [
            (&out, p.full.payload.clone()),
            (&sig, p.full.signature.clone().into_bytes()),
        ] {
            if let Err(e) = std::fs::write(path, bytes) {
                return fail(format!("{}: {e}", path.display()));
            }
        }
        println!(
            "  wrote {} and {} (check: minisign -Vm {} -p {})",
            out.display(),
            sig.display(),
            out.display(),
            keys_dir.join(keys::SIGNING_PUB).display()
        );
    }
    ExitCode::SUCCESS
}

fn reviews(command: ReviewsCommand) -> ExitCode {
    let rt = match runtime() {
        Ok(rt) => rt,
        Err(e) => return fail(e),
    };
    match command {
        ReviewsCommand::List {
            keys: keys_dir,
            data,
            database,
            identity,
            held,
        } => rt.block_on(async {
            let result: Result<(), String> = async {
                let identities = keys::load_identities(&identity).map_err(|e| e.to_string())?;
                let signing = keys::load_signing(&keys_dir).map_err(|e| e.to_string())?;
                let store = open_store(&data, database)
                    .await
                    .map_err(|e| e.to_string())?;
                let entries = match store
                    .latest_bundle_version()
                    .await
                    .map_err(|e| e.to_string())?
                {
                    0 => Vec::new(),
                    v => match store.bundle(v, 0).await.map_err(|e| e.to_string())? {
                        Some(b) => {
                            directory::open_stored(&signing, &b)
                                .map_err(|e| e.to_string())?
                                .entries
                        }
                        None => Vec::new(),
                    },
                };
                let decisions: std::collections::HashMap<_, _> = store
                    .review_decisions()
                    .await
                    .map_err(|e| e.to_string())?
                    .into_iter()
                    .collect();
                let received = mitra_hotline::received_reviews(&store, &identities)
                    .await
                    .map_err(|e| e.to_string())?;
                let typed = decisions
                    .iter()
                    .filter_map(|(id, d)| Some((*id, directory::Decision::from_code(d)?)))
                    .collect();
                let agg = directory::aggregate(
                    &entries,
                    &received,
                    &typed,
                    directory::BurstRule::default(),
                );
                let held_ids: std::collections::HashSet<_> =
                    agg.held.iter().map(|(id, _)| *id).collect();
                for s in store.list(0).await.map_err(|e| e.to_string())? {
                    if !received.iter().any(|r| r.id == s.id) {
                        continue;
                    }
                    let is_held = held_ids.contains(&s.id);
                    if held && !is_held {
                        continue;
                    }
                    if let Some(mut v) = export::decrypt(&s, &identities) {
                        v["held"] = serde_json::json!(is_held);
                        v["decision"] = serde_json::json!(decisions.get(&s.id));
                        println!("{v}");
                    }
                }
                Ok(())
            }
            .await;
            match result {
                Ok(()) => ExitCode::SUCCESS,
                Err(e) => fail(e),
            }
        }),
        ReviewsCommand::Release {
            data,
            database,
            ids,
        } => decide(&rt, &data, database, &ids, directory::Decision::Release),
        ReviewsCommand::Reject {
            data,
            database,
            ids,
        } => decide(&rt, &data, database, &ids, directory::Decision::Reject),
    }
}

fn decide(
    rt: &tokio::runtime::Runtime,
    data: &Path,
    database: Option<String>,
    ids: &[String],
    decision: directory::Decision,
) -> ExitCode {
    let mut parsed = Vec::new();
    for id in ids {
        match id.parse::<mitra_protocol::RecordId>() {
            Ok(id) => parsed.push(id),
            Err(_) => {
                eprintln!("mitra-hotline: {id:?} is not a record id");
                return ExitCode::from(2);
            }
        }
    }
    let result: Result<(), store::StoreError> = rt.block_on(async {
        let store = open_store(data, database).await?;
        for id in parsed {
            store
                .decide_review(id, decision.code(), server::now_ms())
                .await?;
        }
        Ok(())
    });
    match result {
        Ok(()) => {
            println!(
                "{} {} review(s); the next `directory publish` applies it",
                match decision {
                    directory::Decision::Release => "released",
                    directory::Decision::Reject => "rejected",
                },
                ids.len()
            );
            ExitCode::SUCCESS
        }
        Err(e) => fail(e),
    }
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
