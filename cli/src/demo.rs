//! `mitra demo`: Mitra's story, end to end, in a temporary folder that is deleted afterwards.
//! Every claim it narrates is checked as it goes; a broken promise ends the demo with exit 1.
//! It grows with each capability until it runs phone → hotline.

use mitra_ffi::{MitraError, SetupOptions};

use crate::output::Out;
use crate::{Failure, open};

const PIN: &str = "2468";
const DURESS_PIN: &str = "1111";
const NOTE: &str = "Agent Ram kept my passport. Wages for March and April not paid.";

fn broken(promise: &str) -> Failure {
    Failure::Other(format!("demo: broken promise: {promise}"))
}

fn files_contain(dir: &std::path::Path, needle: &[u8]) -> Result<bool, Failure> {
    let io = |e: std::io::Error| Failure::Other(e.to_string());
    for entry in std::fs::read_dir(dir).map_err(io)? {
        let bytes = std::fs::read(entry.map_err(io)?.path()).map_err(io)?;
        if bytes.windows(needle.len()).any(|w| w == needle) {
            return Ok(true);
        }
    }
    Ok(false)
}

pub fn run(out: &Out) -> Result<(), Failure> {
    let tmp = tempfile::tempdir().map_err(|e| Failure::Other(e.to_string()))?;
    let dir = tmp.path().join("phone");

    out.say("Mitra demo: a worker's phone, in a temporary folder.\n");
    out.say(&format!(
        "1. Sita sets Mitra up with PIN {PIN}, and duress PIN {DURESS_PIN} for when someone forces her to unlock."
    ));
    let phone = open(&dir)?;
    phone.setup(SetupOptions {
        pin: PIN.into(),
        duress_pin: Some(DURESS_PIN.into()),
        wipe_real_on_duress: false,
        max_failed_attempts: 10,
    })?;

    out.say(&format!("2. She writes in her journal: \"{NOTE}\""));
    phone.add_journal_entry(NOTE.into())?;
    phone.lock();

    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .map_err(|e| Failure::Other(e.to_string()))?
        .filter_map(|e| e.ok().map(|e| e.file_name().to_string_lossy().into_owned()))
        .collect();
    names.sort();
    out.say(&format!(
        "3. The phone is locked. On disk: {}.",
        names.join(", ")
    ));
    if files_contain(&dir, b"passport")? || files_contain(&dir, b"SQLite format 3")? {
        return Err(broken("nothing readable on disk"));
    }
    out.say("   Searching every file for \"passport\" finds nothing: all of it is encrypted.");

    out.say("4. Her employer takes the phone and tries PIN 0000.");
    match phone.unlock("0000".into()) {
        Err(MitraError::WrongPin {
            attempts_left: Some(n),
        }) => out.say(&format!(
            "   Refused; {n} tries left before the vault destroys itself."
        )),
        _ => return Err(broken("a wrong PIN is refused")),
    }

    out.say(&format!(
        "5. He forces her to unlock. She types the duress PIN {DURESS_PIN}."
    ));
    phone.unlock(DURESS_PIN.into())?;
    if !phone.journal_entries()?.is_empty() {
        return Err(broken("the decoy shows nothing real"));
    }
    out.say("   Mitra opens normally, with an empty journal. Nothing says another vault exists.");
    phone.lock();

    out.say(&format!(
        "6. Later, alone, she unlocks with her real PIN {PIN}."
    ));
    phone.unlock(PIN.into())?;
    let entries = phone.journal_entries()?;
    if entries.len() != 1 || entries[0].text != NOTE {
        return Err(broken("the real journal is intact"));
    }
    out.say(&format!(
        "   Her note is there, dated {}.",
        crate::output::utc(entries[0].created_at_ms)
    ));

    out.say("7. Danger again: she presses panic wipe.");
    let report = phone.panic_wipe()?;
    out.say(&format!(
        "   {} files destroyed in {} ms, keys first.",
        report.files_removed, report.duration_ms
    ));
    match phone.unlock(PIN.into()) {
        Err(MitraError::NotSetUp) => {
            out.say("   Her real PIN now opens nothing: there is nothing left to open.")
        }
        _ => return Err(broken("nothing survives a wipe")),
    }

    out.demo_done();
    Ok(())
}
