//! The vault's promises, end to end through the public core API.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::fs;
use std::path::Path;

use common::{FAST, open_vault};
use mitra_core::error::{Error, PinProblem};
use mitra_core::journal;
use mitra_core::vault::{DelayPolicy, SetupOptions, VaultConfig, now_ms};

fn with_duress(pin: &str, duress: &str, wipe: bool) -> SetupOptions {
    SetupOptions {
        duress_pin: Some(duress.into()),
        wipe_real_on_duress: wipe,
        ..SetupOptions::new(pin)
    }
}

fn entries(v: &mitra_core::vault::Vault) -> Vec<String> {
    v.read(journal::list)
        .unwrap()
        .into_iter()
        .map(|e| e.text)
        .collect()
}

fn add(v: &mitra_core::vault::Vault, text: &str) {
    v.write(|tx| journal::add(tx, text, now_ms())).unwrap();
}

#[test]
fn wrong_pin_leaves_data_untouched() {
    let tmp = tempfile::tempdir().unwrap();
    let v = open_vault(tmp.path(), FAST);
    v.setup(&SetupOptions::new("2468")).unwrap();
    add(&v, "paid 0 of 3 months");
    v.lock();
    let before = fs::read(tmp.path().join("vault/keyslots")).unwrap();
    let err = v.unlock("1357").unwrap_err();
    assert!(
        matches!(
            err,
            Error::WrongPin {
                attempts_left: Some(9)
            }
        ),
        "{err:?}"
    );
    assert!(v.is_locked());
    assert_eq!(fs::read(tmp.path().join("vault/keyslots")).unwrap(), before);
    assert!(matches!(v.read(journal::list), Err(Error::Locked)));
    v.unlock("2468").unwrap();
    assert_eq!(entries(&v), ["paid 0 of 3 months"]);
    assert_eq!(v.status().unwrap().failed_attempts, 0);
}

#[test]
fn duress_pin_opens_the_decoy_as_if_it_were_the_vault() {
    let tmp = tempfile::tempdir().unwrap();
    let v = open_vault(tmp.path(), FAST);
    v.setup(&with_duress("2468", "1111", false)).unwrap();
    add(&v, "real evidence");
    let status_real = v.status().unwrap();
    v.lock();

    v.unlock("1111").unwrap();
    assert!(!v.is_locked());
    assert!(
        entries(&v).is_empty(),
        "decoy must not show the real journal"
    );
    add(&v, "shopping list");
    assert_eq!(
        v.status().unwrap(),
        status_real,
        "status must not tell the vaults apart"
    );
    v.lock();

    v.unlock("2468").unwrap();
    assert_eq!(
        entries(&v),
        ["real evidence"],
        "duress without wipe keeps the real vault"
    );
    v.lock();
    v.unlock("1111").unwrap();
    assert_eq!(entries(&v), ["shopping list"]);
}

#[test]
fn duress_pin_with_wipe_destroys_the_real_vault_silently() {
    let tmp = tempfile::tempdir().unwrap();
    let v = open_vault(tmp.path(), FAST);
    v.setup(&with_duress("2468", "1111", true)).unwrap();
    add(&v, "real evidence");
    v.lock();
    v.unlock("1111").unwrap();
    assert!(entries(&v).is_empty());
    v.lock();
    assert!(matches!(v.unlock("2468"), Err(Error::WrongPin { .. })));
    v.unlock("1111").unwrap();
}

#[test]
fn a_vault_without_duress_pin_has_the_same_files() {
    let names = |opts: SetupOptions| {
        let tmp = tempfile::tempdir().unwrap();
        let v = open_vault(tmp.path(), FAST);
        v.setup(&opts).unwrap();
        v.lock();
        let mut n: Vec<(String, u64)> = fs::read_dir(tmp.path().join("vault"))
            .unwrap()
            .map(|e| e.unwrap())
            .map(|e| {
                (
                    e.file_name().to_string_lossy().into_owned(),
                    e.metadata().unwrap().len(),
                )
            })
            .collect();
        n.sort();
        n
    };
    assert_eq!(
        names(SetupOptions::new("2468")),
        names(with_duress("2468", "1111", true))
    );
}

#[test]
fn duress_pin_must_differ_from_the_pin_in_any_script() {
    let tmp = tempfile::tempdir().unwrap();
    let v = open_vault(tmp.path(), FAST);
    let err = v.setup(&with_duress("1234", "१२३४", false)).unwrap_err();
    assert!(matches!(err, Error::InvalidPin(PinProblem::NotDistinct)));
    assert!(!v.is_initialized());
    v.setup(&SetupOptions::new("१२३४")).unwrap();
    v.lock();
    v.unlock("1234").unwrap();
}

#[test]
fn reaching_the_wrong_pin_limit_destroys_the_real_slot_but_not_the_decoy() {
    let tmp = tempfile::tempdir().unwrap();
    let v = open_vault(tmp.path(), FAST);
    let opts = SetupOptions {
        max_failed_attempts: 3,
        ..with_duress("2468", "1111", false)
    };
    v.setup(&opts).unwrap();
    add(&v, "real evidence");
    v.lock();
    assert!(matches!(
        v.unlock("0000"),
        Err(Error::WrongPin {
            attempts_left: Some(2)
        })
    ));
    assert!(matches!(
        v.unlock("0001"),
        Err(Error::WrongPin {
            attempts_left: Some(1)
        })
    ));
    assert!(matches!(v.unlock("0002"), Err(Error::WrongPin { .. })));
    assert!(
        matches!(v.unlock("2468"), Err(Error::WrongPin { .. })),
        "real slot must be gone"
    );
    v.unlock("1111").unwrap();
    assert!(entries(&v).is_empty());
}

#[test]
fn a_correct_unlock_resets_the_count() {
    let tmp = tempfile::tempdir().unwrap();
    let v = open_vault(tmp.path(), FAST);
    v.setup(&SetupOptions {
        max_failed_attempts: 3,
        ..SetupOptions::new("2468")
    })
    .unwrap();
    v.lock();
    for _ in 0..3 {
        assert!(v.unlock("0000").is_err());
        assert!(v.unlock("0000").is_err());
        v.unlock("2468").unwrap();
        v.lock();
    }
}

#[test]
fn wrong_pins_bring_a_growing_wait_that_the_right_pin_also_respects() {
    let tmp = tempfile::tempdir().unwrap();
    let config = VaultConfig {
        delay: DelayPolicy {
            free_attempts: 1,
            base_delay_ms: 60_000,
            max_delay_ms: 600_000,
        },
        ..FAST
    };
    let v = open_vault(tmp.path(), config);
    v.setup(&SetupOptions::new("2468")).unwrap();
    v.lock();
    assert!(matches!(v.unlock("0000"), Err(Error::WrongPin { .. })));
    assert!(matches!(v.unlock("0001"), Err(Error::WrongPin { .. })));
    let Err(Error::TryLater { retry_after_ms }) = v.unlock("2468") else {
        panic!("the right PIN must wait too");
    };
    assert!(
        retry_after_ms > 55_000 && retry_after_ms <= 60_000,
        "{retry_after_ms}"
    );
    let status = v.status().unwrap();
    assert_eq!(status.failed_attempts, 2, "a refused try is not counted");
    assert!(status.retry_after_ms > 0);
}

#[test]
fn change_pin_keeps_data_and_refuses_the_other_vaults_pin() {
    let tmp = tempfile::tempdir().unwrap();
    let v = open_vault(tmp.path(), FAST);
    v.setup(&with_duress("2468", "1111", false)).unwrap();
    add(&v, "kept");
    assert!(matches!(
        v.change_pin("2468", "1111"),
        Err(Error::InvalidPin(PinProblem::NotDistinct))
    ));
    assert!(matches!(
        v.change_pin("0000", "9999"),
        Err(Error::WrongPin { .. })
    ));
    v.change_pin("2468", "975310").unwrap();
    v.lock();
    assert!(matches!(v.change_pin("975310", "1212"), Err(Error::Locked)));
    assert!(matches!(v.unlock("2468"), Err(Error::WrongPin { .. })));
    v.unlock("975310").unwrap();
    assert_eq!(entries(&v), ["kept"]);
    v.lock();
    v.unlock("1111").unwrap();
}

fn copy_dir(from: &Path, to: &Path) {
    fs::create_dir_all(to).unwrap();
    for e in fs::read_dir(from).unwrap() {
        let e = e.unwrap();
        fs::copy(e.path(), to.join(e.file_name())).unwrap();
    }
}

#[test]
fn after_panic_wipe_nothing_decrypts_even_from_copies_of_the_old_files() {
    let tmp = tempfile::tempdir().unwrap();
    let v = open_vault(tmp.path(), FAST);
    v.setup(&SetupOptions::new("2468")).unwrap();
    add(&v, "evidence");
    v.lock();
    // What a forensic lab might recover from flash blocks the overwrite did not reach.
    let remnants = tempfile::tempdir().unwrap();
    copy_dir(&tmp.path().join("vault"), remnants.path());

    let report = v.panic_wipe().unwrap();
    assert!(report.files_removed >= 5, "{report:?}");
    assert!(!v.is_initialized());
    assert!(
        !tmp.path().join("platform.key").exists(),
        "platform key destroyed"
    );
    let left: Vec<_> = fs::read_dir(tmp.path().join("vault")).unwrap().collect();
    assert!(left.is_empty(), "{left:?}");
    assert!(matches!(v.unlock("2468"), Err(Error::NotSetUp)));

    copy_dir(remnants.path(), &tmp.path().join("vault"));
    let v = open_vault(tmp.path(), FAST);
    let err = v.unlock("2468").unwrap_err();
    assert!(matches!(err, Error::KeyWrapper(_)), "{err:?}");
}

#[test]
fn an_interrupted_wipe_is_finished_on_next_open() {
    let tmp = tempfile::tempdir().unwrap();
    let v = open_vault(tmp.path(), FAST);
    v.setup(&SetupOptions::new("2468")).unwrap();
    v.lock();
    drop(v);
    // Killed right after the first step of the wipe: the device secret is gone.
    fs::remove_file(tmp.path().join("vault/device.key")).unwrap();
    let v = open_vault(tmp.path(), FAST);
    assert!(!v.is_initialized());
    assert_eq!(fs::read_dir(tmp.path().join("vault")).unwrap().count(), 0);
    v.setup(&SetupOptions::new("1357")).unwrap();
}

#[test]
fn an_unfinished_setup_leaves_nothing_behind() {
    let tmp = tempfile::tempdir().unwrap();
    let v = open_vault(tmp.path(), FAST);
    v.setup(&SetupOptions::new("2468")).unwrap();
    v.lock();
    drop(v);
    // Killed before the commit point: no key slots were written.
    fs::remove_file(tmp.path().join("vault/keyslots")).unwrap();
    let v = open_vault(tmp.path(), FAST);
    assert!(!v.is_initialized());
    assert!(matches!(v.unlock("2468"), Err(Error::NotSetUp)));
    assert_eq!(fs::read_dir(tmp.path().join("vault")).unwrap().count(), 0);
}

#[test]
fn setting_up_twice_is_refused_and_changes_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    let v = open_vault(tmp.path(), FAST);
    v.setup(&SetupOptions::new("2468")).unwrap();
    add(&v, "kept");
    v.lock();
    assert!(matches!(
        v.setup(&SetupOptions::new("1357")),
        Err(Error::AlreadySetUp)
    ));
    v.unlock("2468").unwrap();
    assert_eq!(entries(&v), ["kept"]);
}

#[test]
fn damaged_key_slots_give_a_typed_error() {
    let tmp = tempfile::tempdir().unwrap();
    let v = open_vault(tmp.path(), FAST);
    v.setup(&SetupOptions::new("2468")).unwrap();
    v.lock();
    fs::write(tmp.path().join("vault/keyslots"), b"garbage").unwrap();
    assert!(matches!(
        v.unlock("2468"),
        Err(Error::Corrupt {
            file: "keyslots",
            ..
        })
    ));
    assert!(matches!(v.status(), Err(Error::Corrupt { .. })));
}

#[test]
fn bad_journal_input_is_refused_and_nothing_is_lost() {
    let tmp = tempfile::tempdir().unwrap();
    let v = open_vault(tmp.path(), FAST);
    v.setup(&SetupOptions::new("2468")).unwrap();
    add(&v, "first");
    let too_long = "x".repeat(journal::MAX_TEXT_BYTES + 1);
    assert!(matches!(
        v.write(|tx| journal::add(tx, &too_long, 0)),
        Err(Error::InvalidInput { field: "text", .. })
    ));
    assert!(matches!(
        v.write(|tx| journal::add(tx, "  ", 0)),
        Err(Error::InvalidInput { .. })
    ));
    assert_eq!(entries(&v), ["first"]);
}
