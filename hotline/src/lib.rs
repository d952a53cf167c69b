//! mitra-hotline as a library: the inbox server, its storage, keys, cards and export, for the
//! `mitra-hotline` binary and for an embedded hotline (`mitra demo`, tests).
//!
//! It depends on mitra-protocol only, never on mitra-core: the server needs nothing that lives on
//! a phone, and never holds the key that decrypts reports (see docs/operator-guide.md).

pub mod directory;
pub mod export;
pub mod keys;
pub mod link;
pub mod server;
pub mod store;

use std::net::SocketAddr;
use std::path::Path;
use std::sync::Arc;

use mitra_protocol::card::HotlineCard;
use mitra_protocol::sign;

/// Makes, signs and writes the hotline card (`card.txt`, `card.cbor`, `card.cbor.minisig` in the
/// keys folder) and returns its text.
pub fn make_card(
    dir: &Path,
    name: String,
    endpoints: Vec<String>,
    sms_number: Option<String>,
    languages: Vec<String>,
) -> Result<String, String> {
    let signing = keys::load_signing(dir).map_err(|e| e.to_string())?;
    let recipient = keys::load_server(dir)
        .map_err(|e| e.to_string())?
        .recipients[0]
        .clone();
    let card = HotlineCard {
        name,
        endpoints,
        age_recipient: recipient,
        signing_key: signing.verifying_key().to_bytes(),
        sms_number,
        languages,
        issued_at: (server::now_ms() / 1000) as u64,
    };
    let text = card
        .to_text(&signing)
        .map_err(|e| format!("card refused: {e}"))?;
    let cbor = card.to_cbor();
    let minisig = sign::minisign_signature(
        &signing,
        &cbor,
        &format!("mitra hotline card, issued {}", card.issued_at),
    );
    for (path, bytes) in [
        (dir.join(keys::CARD), format!("{text}\n").into_bytes()),
        (dir.join("card.cbor"), cbor),
        (dir.join("card.cbor.minisig"), minisig.into_bytes()),
    ] {
        std::fs::write(&path, bytes).map_err(|e| format!("{}: {e}", path.display()))?;
    }
    Ok(text)
}

/// A hotline running inside this process on 127.0.0.1 (SQLite storage), until dropped.
pub struct Embedded {
    pub addr: SocketAddr,
    runtime: Option<tokio::runtime::Runtime>,
}

impl Embedded {
    pub fn start(keys_dir: &Path, data_dir: &Path) -> Result<Self, String> {
        let server_keys = keys::load_server(keys_dir).map_err(|e| e.to_string())?;
        let store = store::Store::open_sqlite(data_dir).map_err(|e| e.to_string())?;
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()
            .map_err(|e| e.to_string())?;
        let listener = runtime
            .block_on(tokio::net::TcpListener::bind("127.0.0.1:0"))
            .map_err(|e| e.to_string())?;
        let addr = listener.local_addr().map_err(|e| e.to_string())?;
        let card = std::fs::read_to_string(keys_dir.join(keys::CARD))
            .ok()
            .map(|c| c.trim().to_owned());
        let state = Arc::new(server::AppState::new(
            store,
            server_keys.signing,
            server_keys.fingerprints,
            card,
            server::RateLimit {
                burst: 1000.0,
                per_second: 1000.0,
            },
        ));
        runtime.spawn(async move {
            let _ = server::serve(listener, state).await;
        });
        Ok(Embedded {
            addr,
            runtime: Some(runtime),
        })
    }
}

impl Drop for Embedded {
    fn drop(&mut self) {
        if let Some(rt) = self.runtime.take() {
            rt.shutdown_background();
        }
    }
}

/// [`publish_directory`] on an SQLite inbox, blocking (the demo and tests).
pub fn publish_directory_sqlite(
    data_dir: &Path,
    keys_dir: &Path,
    identity: Option<&Path>,
    csv_files: &[std::path::PathBuf],
    alerts_file: Option<&Path>,
) -> Result<PublishSummary, String> {
    let store = store::Store::open_sqlite(data_dir).map_err(|e| e.to_string())?;
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| e.to_string())?
        .block_on(publish_directory(
            &store,
            keys_dir,
            identity,
            csv_files,
            alerts_file,
        ))
}

/// Decrypts everything stored in an SQLite inbox with the identity file (operator side).
pub fn export_sqlite(data_dir: &Path, identity: &Path) -> Result<Vec<serde_json::Value>, String> {
    let identities = keys::load_identities(identity).map_err(|e| e.to_string())?;
    let store = store::Store::open_sqlite(data_dir).map_err(|e| e.to_string())?;
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| e.to_string())?;
    let stored = runtime.block_on(store.list(0)).map_err(|e| e.to_string())?;
    Ok(stored
        .iter()
        .filter_map(|s| export::decrypt(s, &identities))
        .collect())
}

/// What `directory publish` did.
pub struct PublishSummary {
    pub published: directory::Published,
    pub problems: Vec<directory::Problem>,
    /// `None` when no identity was at hand to read reviews (statistics carried over).
    pub reviews: Option<directory::Aggregate>,
}

/// Reads the signed reviews in the inbox (needs the operator's identity).
pub async fn received_reviews(
    store: &store::Store,
    identities: &[mitra_protocol::age::x25519::Identity],
) -> Result<Vec<directory::ReceivedReview>, store::StoreError> {
    Ok(store
        .list(0)
        .await?
        .iter()
        .filter_map(|s| match export::open(s, identities)? {
            mitra_protocol::records::Body::Review(review) => Some(directory::ReceivedReview {
                id: s.id,
                received_at_ms: s.received_at_ms,
                review,
            }),
            _ => None,
        })
        .collect())
}

/// Imports the CSV files, aggregates reviews when `identity` opens them, and publishes a new
/// signed directory version into the store.
pub async fn publish_directory(
    store: &store::Store,
    keys_dir: &Path,
    identity: Option<&Path>,
    csv_files: &[std::path::PathBuf],
    alerts_file: Option<&Path>,
) -> Result<PublishSummary, String> {
    let signing = keys::load_signing(keys_dir).map_err(|e| e.to_string())?;
    let read = |p: &Path| std::fs::read(p).map_err(|e| format!("{}: {e}", p.display()));
    let mut files = Vec::new();
    for p in csv_files {
        files.push((p.display().to_string(), read(p)?));
    }
    let (entries, mut problems) = directory::import(&files).map_err(|e| e.to_string())?;
    let alerts = match alerts_file {
        Some(p) => {
            let (alerts, more) = directory::import_alerts(&p.display().to_string(), &read(p)?)
                .map_err(|e| e.to_string())?;
            problems.extend(more);
            Some(alerts)
        }
        None => None,
    };
    let reviews = match identity {
        Some(path) => {
            let identities = keys::load_identities(path).map_err(|e| e.to_string())?;
            let reviews = received_reviews(store, &identities)
                .await
                .map_err(|e| e.to_string())?;
            let decisions = store
                .review_decisions()
                .await
                .map_err(|e| e.to_string())?
                .into_iter()
                .filter_map(|(id, d)| Some((id, directory::Decision::from_code(&d)?)))
                .collect();
            Some(directory::aggregate(
                &entries,
                &reviews,
                &decisions,
                directory::BurstRule::default(),
            ))
        }
        None => None,
    };
    let published = directory::publish(
        store,
        &signing,
        directory::PublishInput {
            entries,
            alerts,
            stats: reviews.as_ref().map(|a| a.stats.clone()),
            created_s: (server::now_ms() / 1000) as u64,
        },
    )
    .await
    .map_err(|e| e.to_string())?;
    Ok(PublishSummary {
        published,
        problems,
        reviews,
    })
}
