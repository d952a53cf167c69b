#![allow(dead_code, clippy::unwrap_used, clippy::expect_used)]

#[allow(unused_imports)]
pub use mitra_hotline::link;

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::Arc;

use mitra_core::protocol::card::HotlineCard;
use mitra_core::vault::{DelayPolicy, FileKeyWrapper, KdfParams, SetupOptions, Vault, VaultConfig};

pub const BIN: &str = env!("CARGO_BIN_EXE_mitra-hotline");

pub fn hotline(args: &[&str]) -> std::process::Output {
    Command::new(BIN)
        .args(args)
        .env("MITRA_LOG", "off")
        .output()
        .unwrap()
}

pub struct Server {
    child: Child,
    pub url: String,
}

impl Server {
    pub fn addr(&self) -> std::net::SocketAddr {
        self.url.strip_prefix("http://").unwrap().parse().unwrap()
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

pub fn serve(keys: &Path, data: &Path, extra: &[&str]) -> Server {
    let mut child = Command::new(BIN)
        .args([
            "serve",
            "--keys",
            keys.to_str().unwrap(),
            "--data",
            data.to_str().unwrap(),
            "--listen",
            "127.0.0.1:0",
        ])
        .args(extra)
        .env("MITRA_LOG", "off")
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let mut line = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    let url = line
        .trim()
        .strip_prefix("listening on ")
        .expect("server did not start")
        .to_owned();
    Server { child, url }
}

pub fn keygen(tmp: &Path) -> PathBuf {
    let keys = tmp.join("keys");
    assert!(
        hotline(&["keygen", "--out", keys.to_str().unwrap()])
            .status
            .success()
    );
    keys
}

/// Signs a card for `endpoint`; returns it parsed and as text.
pub fn card(keys: &Path, endpoint: &str) -> (HotlineCard, String) {
    let o = hotline(&[
        "card",
        "--keys",
        keys.to_str().unwrap(),
        "--name",
        "Pravasi Helpline",
        "--endpoint",
        endpoint,
        "--sms",
        "+977 1 4000 000",
        "--lang",
        "ne",
        "--lang",
        "en",
    ]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let text = String::from_utf8(o.stdout).unwrap().trim().to_owned();
    (HotlineCard::from_text(&text).unwrap(), text)
}

/// Moves the identity to the operator's folder: the server runs without it.
pub fn move_identity(tmp: &Path, keys: &Path) -> PathBuf {
    let operator = tmp.join("operator");
    std::fs::create_dir_all(&operator).unwrap();
    std::fs::rename(keys.join("identity.txt"), operator.join("identity.txt")).unwrap();
    operator.join("identity.txt")
}

/// Keys, a card for `endpoint`, and the identity moved off the keys folder.
pub fn setup_keys(tmp: &Path, endpoint: &str) -> (PathBuf, PathBuf, HotlineCard, String) {
    let keys = keygen(tmp);
    let (card, text) = card(&keys, endpoint);
    let identity = move_identity(tmp, &keys);
    (keys, identity, card, text)
}

pub fn fast_config() -> VaultConfig {
    VaultConfig {
        kdf: KdfParams {
            memory_kib: 64,
            iterations: 1,
            lanes: 1,
        },
        delay: DelayPolicy {
            free_attempts: u32::MAX,
            base_delay_ms: 0,
            max_delay_ms: 0,
        },
    }
}

pub const PIN: &str = "2468";

pub fn phone(dir: &Path) -> Vault {
    let v = Vault::open(
        dir.join("phone"),
        Arc::new(FileKeyWrapper::new(dir.join("phone.key"))),
        fast_config(),
    )
    .unwrap();
    if !v.is_initialized() {
        v.setup(&SetupOptions::new(PIN)).unwrap();
    } else {
        v.unlock(PIN).unwrap();
    }
    v
}

/// The operator's export, as JSON values.
pub fn export(data: &Path, identity: &Path) -> Vec<serde_json::Value> {
    let o = hotline(&[
        "export",
        "--data",
        data.to_str().unwrap(),
        "--identity",
        identity.to_str().unwrap(),
    ]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    String::from_utf8(o.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}
