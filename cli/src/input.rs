//! Reading what a person hands the CLI: a file, or `-` for standard input, never more than a
//! bound (a larger input is refused with the field and reason the core would use).

use std::io::Read;
use std::path::Path;

use mitra_ffi::MitraError;

use crate::Failure;

/// At most `limit` bytes of `path` (or standard input for `-`); more is refused as
/// `InvalidInput { field, reason }`, and an unreadable file is named.
pub fn read_bounded(
    path: &Path,
    limit: u64,
    field: &str,
    reason: &str,
) -> Result<Vec<u8>, Failure> {
    let shown = path.display().to_string();
    let unreadable = || Failure::Msg("error-file-unreadable", vec![("file", shown.clone())]);
    let mut bytes = Vec::new();
    if path.as_os_str() == "-" {
        std::io::stdin()
            .take(limit + 1)
            .read_to_end(&mut bytes)
            .map_err(|_| unreadable())?;
    } else {
        std::fs::File::open(path)
            .and_then(|f| f.take(limit + 1).read_to_end(&mut bytes))
            .map_err(|_| unreadable())?;
    }
    if bytes.len() as u64 > limit {
        return Err(Failure::Api(MitraError::InvalidInput {
            field: field.into(),
            reason: reason.into(),
        }));
    }
    Ok(bytes)
}

/// Like [`read_bounded`], as UTF-8 text (anything else is an unreadable file).
pub fn read_text_bounded(
    path: &Path,
    limit: u64,
    field: &str,
    reason: &str,
) -> Result<String, Failure> {
    let bytes = read_bounded(path, limit, field, reason)?;
    String::from_utf8(bytes).map_err(|_| {
        Failure::Msg(
            "error-file-unreadable",
            vec![("file", path.display().to_string())],
        )
    })
}
