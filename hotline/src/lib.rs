//! mitra-hotline as a library: the inbox server, its storage, keys, cards and export, for the
//! `mitra-hotline` binary and for an embedded hotline (`mitra demo`, tests).
//!
//! It depends on mitra-protocol only, never on mitra-core: the server needs nothing that lives on
//! a phone, and never holds the key that decrypts reports (see docs/operator-guide.md).

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
