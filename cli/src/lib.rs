//! The parts of the `mitra` CLI that read what a person hands it (the report file, flag values)
//! and its failure type, as a library: the binary uses them, and so do the fuzz target and the
//! property tests, which is why they live here.

pub mod records;

use mitra_ffi::MitraError;

/// A failure of the shell itself, before or around a call into the facade.
pub enum Failure {
    /// Already in the person's language (or clap's).
    Usage(String),
    /// A message id and its text arguments, localised when printed. Exit code 2.
    Msg(&'static str, Vec<(&'static str, String)>),
    Api(MitraError),
    Other(String),
}

impl From<MitraError> for Failure {
    fn from(e: MitraError) -> Self {
        Failure::Api(e)
    }
}

impl Failure {
    /// 0 ok, 2 usage or invalid input, 3 wrong PIN or locked, 4 not found, 1 anything else.
    pub fn exit_code(&self) -> u8 {
        match self {
            Failure::Usage(_) | Failure::Msg(..) => 2,
            Failure::Other(_) => 1,
            Failure::Api(e) => match e {
                MitraError::InvalidInput { .. } => 2,
                MitraError::WrongPin { .. } | MitraError::Locked | MitraError::TryLater { .. } => 3,
                MitraError::NotSetUp | MitraError::NotFound => 4,
                _ => 1,
            },
        }
    }
}
