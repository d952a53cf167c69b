//! The vault's files and the few careful ways it writes and destroys them.
//!
//! Every file is replaced atomically (write a temporary, fsync, rename, fsync the directory), so
//! a process killed at any instruction leaves either the old or the new content, never half.

use std::fs::{self, File, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use rand::RngCore;

pub const KEYSLOTS: &str = "keyslots";
pub const DEVICE_KEY: &str = "device.key";
pub const ATTEMPTS: &str = "attempts";
const TMP_SUFFIX: &str = ".tmp";

/// Both databases exist in every vault, whether or not a duress PIN was chosen.
pub fn db_file(dir: &Path, index: u8) -> PathBuf {
    dir.join(format!("vault-{index}.db"))
}

/// Every name the vault may leave in its directory, including SQLite's side files.
pub fn all_vault_files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for name in [DEVICE_KEY, KEYSLOTS, ATTEMPTS] {
        out.push(dir.join(name));
        out.push(dir.join(format!("{name}{TMP_SUFFIX}")));
    }
    for index in 0..2u8 {
        let db = db_file(dir, index);
        for suffix in ["", "-wal", "-shm", "-journal"] {
            let mut name = db.clone().into_os_string();
            name.push(suffix);
            out.push(PathBuf::from(name));
        }
    }
    out
}

fn open_private(path: &Path) -> io::Result<File> {
    let mut options = OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    options.open(path)
}

pub fn sync_dir(dir: &Path) -> io::Result<()> {
    #[cfg(unix)]
    {
        File::open(dir)?.sync_all()?;
    }
    #[cfg(not(unix))]
    let _ = dir;
    Ok(())
}

/// Replaces `dir/name` with `bytes` atomically and durably.
pub fn write_atomic(dir: &Path, name: &str, bytes: &[u8]) -> io::Result<()> {
    let tmp = dir.join(format!("{name}{TMP_SUFFIX}"));
    {
        let mut f = open_private(&tmp)?;
        f.write_all(bytes)?;
        f.sync_all()?;
    }
    fs::rename(&tmp, dir.join(name))?;
    sync_dir(dir)
}

/// Reads a small file, refusing anything longer than `max` bytes (files are untrusted input).
pub fn read_bounded(path: &Path, max: u64) -> io::Result<Option<Vec<u8>>> {
    let meta = match fs::metadata(path) {
        Ok(m) => m,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(e),
    };
    if meta.len() > max {
        return Err(io::Error::new(
            io::ErrorKind::InvalidData,
            "file larger than expected",
        ));
    }
    Ok(Some(fs::read(path)?))
}

/// Overwrites a file's bytes in place with random data, syncs, then unlinks it.
///
/// On flash storage the old blocks may survive the overwrite (wear levelling); that is why the
/// vault's real protection is destroying the platform key first. This only raises the bar.
pub fn shred_file(path: &Path) -> io::Result<bool> {
    let len = match fs::metadata(path) {
        Ok(m) => m.len(),
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(false),
        Err(e) => return Err(e),
    };
    // Only small key files are overwritten; databases are encrypted and just unlinked.
    if len <= 64 * 1024 {
        let mut f = OpenOptions::new().write(true).open(path)?;
        let mut noise = vec![0u8; len as usize];
        rand::rngs::OsRng.fill_bytes(&mut noise);
        f.write_all(&noise)?;
        f.sync_all()?;
    }
    remove_if_present(path)
}

pub fn remove_if_present(path: &Path) -> io::Result<bool> {
    match fs::remove_file(path) {
        Ok(()) => Ok(true),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(false),
        Err(e) => Err(e),
    }
}
