//! The demo's contract steps: Gita saves the contract she signs at home (terms and page photos),
//! the next sync brings the hotline's signed time, in Doha she is handed a worse contract and
//! Mitra shows every difference; she records her pay and sees what she is owed; the proof folder
//! checks out the way sha256sum and minisign check it, and fails once a photo is changed.

use std::path::Path;

use mitra_ffi::{Connectivity, Mitra, SyncHandle, contract_terms_from_json};
use mitra_protocol::timestamp;

use crate::Failure;
use crate::output::{A, Out};

const HOME: &str = include_str!("../../docs/examples/contract-home.json");
const DESTINATION: &str = include_str!("../../docs/examples/contract-destination.json");

/// A stand-in for a page photo: a JPEG header and bytes that differ per page.
fn photo(page: u8) -> Vec<u8> {
    let mut bytes = vec![0xFF, 0xD8, 0xFF, 0xE0];
    bytes.extend((0..48_000u32).map(|i| (i % 251) as u8 ^ page));
    bytes
}

/// What `sha256sum -c SHA256SUMS` and `minisign -Vm SHA256SUMS -p hotline.pub` check, in Rust:
/// every listed file that is present is unchanged, and the hotline signed the manifest.
fn proof_checks_out(dir: &Path) -> bool {
    let read = |name: &str| std::fs::read(dir.join(name)).ok();
    let (Some(manifest), Some(signature), Some(key)) = (
        read("SHA256SUMS"),
        read("SHA256SUMS.minisig"),
        read("hotline.pub"),
    ) else {
        return false;
    };
    let Ok(entries) = timestamp::parse_manifest(&manifest) else {
        return false;
    };
    let files_ok = entries.iter().all(|e| match read(&e.name) {
        Some(bytes) => timestamp::digest(&bytes) == e.sha256,
        None => true,
    });
    let key = String::from_utf8_lossy(&key)
        .lines()
        .nth(1)
        .and_then(mitra_protocol::base64_decode)
        .filter(|raw| raw.len() == 42)
        .and_then(|raw| mitra_protocol::sign::verifying_key(&raw[10..]).ok());
    let signed = key.is_some_and(|k| {
        timestamp::verify(&k, &manifest, &String::from_utf8_lossy(&signature)).is_ok()
    });
    files_ok && signed
}

pub fn run(out: &Out, phone: &Mitra, tmp: &Path) -> Result<(), Failure> {
    let broken = |what: &str| Failure::Other(out.t("demo-broken", &[("what", A::T(what))]));
    let say = |id: &str, args: &[(&str, A<'_>)]| out.say(&out.t(id, args));
    let indent = |text: &str| out.say(&format!("   {text}"));
    let l = out.localizer();

    // 19. At home: the contract's terms and two page photos, saved in the vault.
    let saved = phone.snapshot_contract(
        contract_terms_from_json(HOME.into())?,
        vec![photo(1), photo(2)],
        l.clone(),
    )?;
    say("demo-contract-snapshot", &[("pages", A::N(2.0))]);
    for line in &saved.lines[..2] {
        indent(line);
    }
    let progress = phone.sync(Connectivity::Unmetered, None, SyncHandle::new())?;
    let saved = phone.contract(saved.id.clone(), l.clone())?;
    let Some(at) = saved
        .timestamped_at_ms
        .filter(|_| progress.contracts_timestamped == 1)
    else {
        return Err(broken("the hotline signs the contract's time"));
    };
    indent(&out.t(
        "demo-contract-timestamped",
        &[("time", A::T(&crate::output::utc(at)))],
    ));

    // 20. In Doha: another contract.
    say("demo-contract-substituted", &[]);
    let compared = phone.compare_contract(
        saved.id.clone(),
        contract_terms_from_json(DESTINATION.into())?,
        vec![],
        l.clone(),
    )?;
    let kinds: Vec<&str> = compared.changes.iter().map(|c| c.kind.as_str()).collect();
    if kinds.first() != Some(&"wage-lower") || !kinds.contains(&"passport-taken") {
        return Err(broken(
            "the substituted contract's lower wage and taken passport are found",
        ));
    }
    for line in &compared.lines {
        indent(line);
    }

    // 21. Three months of pay against what the saved contract promises.
    say("demo-contract-wages", &[]);
    for (month, amount) in [("2026-09", "900"), ("2026-10", "950"), ("2026-11", "900")] {
        phone.record_contract_pay(saved.id.clone(), month.into(), amount.into(), None)?;
    }
    let wages = phone.contract_wage_check(saved.id.clone(), vec![], l.clone())?;
    if wages.total_shortfall != "1450" {
        return Err(broken("the wage check adds up what is owed"));
    }
    for line in &wages.lines {
        indent(line);
    }

    // 22. The proof folder, checked; then one byte of a photo changed.
    say("demo-contract-proof", &[]);
    let dir = tmp.join("contract-proof");
    let files =
        phone.export_contract_proof(saved.id.clone(), dir.display().to_string(), true, None, l)?;
    indent(&out.t(
        "contract-proof-written",
        &[
            ("dir", A::T(&dir.display().to_string())),
            ("files", A::T(&files.join(", "))),
        ],
    ));
    if !proof_checks_out(&dir) {
        return Err(broken("the proof folder checks out"));
    }
    let page = dir.join("page-01.jpg");
    let mut bytes = std::fs::read(&page).map_err(|e| Failure::Other(e.to_string()))?;
    bytes[1000] ^= 1;
    std::fs::write(&page, bytes).map_err(|e| Failure::Other(e.to_string()))?;
    if proof_checks_out(&dir) {
        return Err(broken("a changed photo fails the check"));
    }
    Ok(())
}
