//! `mitra`: a terminal shell over the same facade the phones use, for field staff on laptops,
//! for trying Mitra without a phone, and for the end-to-end demo.
//!
//! Exit codes: 0 ok, 2 usage or invalid input, 3 wrong PIN or locked, 4 not found, 1 anything
//! else; every failure prints one line on stderr. PINs come from the environment (MITRA_PIN,
//! MITRA_DURESS_PIN, MITRA_NEW_PIN) or, when a terminal is attached, from a prompt that does
//! not echo. They are never printed.

mod demo;
mod output;

use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;

use clap::{Parser, Subcommand};
use mitra_ffi::{FileKeyWrapper, Mitra, MitraError, SetupOptions};

use output::Out;

#[derive(Parser)]
#[command(
    name = "mitra",
    version,
    about = "Mitra: keep evidence safe, ask for help safely."
)]
struct Cli {
    /// Where Mitra keeps its encrypted data [env: MITRA_DATA_DIR] [default: ~/.local/share/mitra]
    #[arg(long, global = true, value_name = "DIR")]
    data_dir: Option<PathBuf>,
    /// Print machine-readable JSON instead of text.
    #[arg(long, global = true)]
    json: bool,
    /// Language for messages, as a BCP 47 tag (ne, my, id, ...).
    #[arg(long, global = true, value_name = "TAG")]
    lang: Option<String>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Set up a new vault. PIN from MITRA_PIN, optional duress PIN from MITRA_DURESS_PIN.
    Init {
        /// Unlocking with the duress PIN also destroys the real vault.
        #[arg(long)]
        wipe_on_duress: bool,
        /// Wrong PINs in a row before the real vault is destroyed (0: never).
        #[arg(long, default_value_t = 10, value_name = "N")]
        max_attempts: u32,
    },
    /// Show whether a vault exists, and the wrong-PIN count. Needs no PIN.
    Status,
    /// Check the PIN (MITRA_PIN) by opening the vault.
    Unlock,
    /// Lock the vault. The CLI never leaves it open after a command, so this only confirms it.
    Lock,
    /// Change the PIN: current from MITRA_PIN, new from MITRA_NEW_PIN.
    ChangePin,
    /// Destroy all keys and files of the vault at once. No PIN needed; cannot be undone.
    Wipe {
        /// Do not ask for confirmation.
        #[arg(long)]
        yes: bool,
    },
    /// The evidence journal: dated notes kept in the vault.
    #[command(subcommand)]
    Journal(JournalCommand),
    /// Tell Mitra's story end to end in a temporary folder. Needs nothing.
    Demo,
}

#[derive(Subcommand)]
enum JournalCommand {
    /// Add a note.
    Add { text: String },
    /// List the notes, oldest first.
    List,
    /// Delete a note for good.
    Delete { id: i64 },
}

/// A failure of the shell itself, before or around a call into the facade.
pub enum Failure {
    Usage(String),
    Api(MitraError),
    Other(String),
}

impl From<MitraError> for Failure {
    fn from(e: MitraError) -> Self {
        Failure::Api(e)
    }
}

impl Failure {
    fn exit_code(&self) -> u8 {
        match self {
            Failure::Usage(_) => 2,
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

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let code = if e.use_stderr() { 2 } else { 0 };
            let _ = e.print();
            return ExitCode::from(code);
        }
    };
    mitra_ffi::init(std::env::var("MITRA_LOG").unwrap_or_else(|_| "off".into()));
    let out = Out::new(cli.json);
    match run(&cli, &out) {
        Ok(()) => ExitCode::SUCCESS,
        Err(failure) => {
            out.failure(&failure);
            ExitCode::from(failure.exit_code())
        }
    }
}

fn data_dir(cli: &Cli) -> Result<PathBuf, Failure> {
    if let Some(dir) = &cli.data_dir {
        return Ok(dir.clone());
    }
    if let Some(dir) = std::env::var_os("MITRA_DATA_DIR").filter(|d| !d.is_empty()) {
        return Ok(PathBuf::from(dir));
    }
    if let Some(dir) = std::env::var_os("XDG_DATA_HOME").filter(|d| !d.is_empty()) {
        return Ok(PathBuf::from(dir).join("mitra"));
    }
    match std::env::var_os("HOME") {
        Some(home) => Ok(PathBuf::from(home).join(".local/share/mitra")),
        None => Err(Failure::Usage(
            "no data directory: use --data-dir or MITRA_DATA_DIR".into(),
        )),
    }
}

/// Opens the facade on `dir`, with the desktop's file-based platform key beside the vault.
pub fn open(dir: &std::path::Path) -> Result<Arc<Mitra>, Failure> {
    let key = FileKeyWrapper::new(dir.join("platform.key").to_string_lossy().into_owned());
    Ok(Mitra::new(dir.to_string_lossy().into_owned(), key)?)
}

/// A PIN from `var`, or from a silent prompt when a terminal is attached.
fn read_pin(var: &str, prompt: &str, confirm: bool) -> Result<Option<String>, Failure> {
    if let Ok(pin) = std::env::var(var) {
        return Ok(Some(pin));
    }
    if !std::io::stdin().is_terminal() {
        return Ok(None);
    }
    let pin = rpassword::prompt_password(prompt).map_err(|e| Failure::Other(e.to_string()))?;
    if confirm {
        let again =
            rpassword::prompt_password("Again: ").map_err(|e| Failure::Other(e.to_string()))?;
        if again != pin {
            return Err(Failure::Usage("the two PINs differ".into()));
        }
    }
    Ok(Some(pin))
}

fn require_pin(var: &str) -> Result<String, Failure> {
    read_pin(var, "PIN: ", false)?.ok_or(Failure::Api(MitraError::Locked))
}

/// Opens the vault in `dir` with MITRA_PIN (or a prompt); returns it and the PIN used.
fn unlocked(dir: &std::path::Path) -> Result<(Arc<Mitra>, String), Failure> {
    let mitra = open(dir)?;
    if !mitra.status()?.initialized {
        return Err(MitraError::NotSetUp.into());
    }
    let pin = require_pin("MITRA_PIN")?;
    mitra.unlock(pin.clone())?;
    Ok((mitra, pin))
}

fn run(cli: &Cli, out: &Out) -> Result<(), Failure> {
    if let Some(tag) = &cli.lang {
        if tag.is_empty()
            || !tag
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
        {
            return Err(Failure::Usage(format!(
                "--lang: not a language tag: {tag:?}"
            )));
        }
    }
    match &cli.command {
        Command::Demo => demo::run(out),
        Command::Init {
            wipe_on_duress,
            max_attempts,
        } => {
            let dir = data_dir(cli)?;
            let pin = read_pin("MITRA_PIN", "New PIN: ", true)?
                .ok_or_else(|| Failure::Usage("set MITRA_PIN or run in a terminal".into()))?;
            let duress_pin = std::env::var("MITRA_DURESS_PIN")
                .ok()
                .filter(|p| !p.is_empty());
            if *wipe_on_duress && duress_pin.is_none() {
                return Err(Failure::Usage(
                    "--wipe-on-duress needs MITRA_DURESS_PIN".into(),
                ));
            }
            let mitra = open(&dir)?;
            mitra.setup(SetupOptions {
                pin,
                duress_pin,
                wipe_real_on_duress: *wipe_on_duress,
                max_failed_attempts: *max_attempts,
            })?;
            mitra.lock();
            out.initialized(&dir, &mitra.status()?);
            Ok(())
        }
        Command::Status => {
            let dir = data_dir(cli)?;
            out.status(&dir, &open(&dir)?.status()?);
            Ok(())
        }
        Command::Unlock => {
            let (mitra, _) = unlocked(&data_dir(cli)?)?;
            mitra.lock();
            out.unlocked();
            Ok(())
        }
        Command::Lock => {
            let mitra = open(&data_dir(cli)?)?;
            mitra.lock();
            out.status_line_locked(&mitra.status()?);
            Ok(())
        }
        Command::ChangePin => {
            let (mitra, current) = unlocked(&data_dir(cli)?)?;
            let new = read_pin("MITRA_NEW_PIN", "New PIN: ", true)?
                .ok_or_else(|| Failure::Usage("set MITRA_NEW_PIN or run in a terminal".into()))?;
            mitra.change_pin(current, new)?;
            mitra.lock();
            out.pin_changed();
            Ok(())
        }
        Command::Wipe { yes } => {
            let dir = data_dir(cli)?;
            if !yes {
                if !std::io::stdin().is_terminal() {
                    return Err(Failure::Usage(
                        "wipe needs --yes when no terminal is attached".into(),
                    ));
                }
                if !out.confirm_wipe(&dir) {
                    return Err(Failure::Usage("not confirmed: nothing was wiped".into()));
                }
            }
            let report = open(&dir)?.panic_wipe()?;
            out.wiped(&report);
            Ok(())
        }
        Command::Journal(cmd) => {
            let (mitra, _) = unlocked(&data_dir(cli)?)?;
            let result = match cmd {
                JournalCommand::Add { text } => mitra
                    .add_journal_entry(text.clone())
                    .map(|e| out.entry_added(&e)),
                JournalCommand::List => mitra.journal_entries().map(|es| out.entries(&es)),
                JournalCommand::Delete { id } => mitra
                    .delete_journal_entry(*id)
                    .map(|()| out.entry_deleted(*id)),
            };
            mitra.lock();
            Ok(result?)
        }
    }
}
