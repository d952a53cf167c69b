//! `mitra`: a terminal shell over the same facade the phones use, for field staff on laptops,
//! for trying Mitra without a phone, and for the end-to-end demo.
//!
//! Exit codes: 0 ok, 2 usage or invalid input, 3 wrong PIN or locked, 4 not found, 1 anything
//! else; every failure prints one line on stderr, in the person's language. PINs come from the
//! environment (MITRA_PIN, MITRA_DURESS_PIN, MITRA_NEW_PIN) or, when a terminal is attached,
//! from a prompt that does not echo. They are never printed.

mod contracts;
mod demo;
mod demo_contracts;
mod demo_directory;
mod input;
mod output;
mod recruiters;

use mitra_cli::{Failure, records};

use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;

use clap::{Args, Parser, Subcommand};
use mitra_ffi::{
    Connectivity, FileKeyWrapper, HelpRequest, Mitra, MitraError, Report, SetupOptions, SyncHandle,
};

/// A card is a few hundred characters; anything much larger is not one.
const MAX_CARD_BYTES: u64 = 8 * 1024;

/// Reads a card from a file or `-` (standard input), bounded in size.
fn read_card(path: &Path) -> Result<String, Failure> {
    input::read_text_bounded(path, MAX_CARD_BYTES, "card", "too_long")
}

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
    /// Language for messages, as a BCP 47 tag (ne, my, ar, id, en) [env: MITRA_LANG, LANG]
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
    /// Ask for help: saved encrypted and queued for the hotline in one step. Prints its id.
    HelpRequest(HelpArgs),
    /// Reports and help requests: new, list, show, queue, delete.
    #[command(subcommand)]
    Report(ReportCommand),
    /// What is waiting to be delivered.
    Outbox,
    /// Pair with a hotline: import its card (a file, or - for standard input). The card's
    /// signature is checked; a forged or altered card is refused.
    Pair { file: PathBuf },
    /// Send what is waiting to the paired hotline, now.
    Sync {
        /// The connection is billed per byte: the daily data budget applies.
        #[arg(long)]
        metered: bool,
    },
    /// Show or change the vault's settings.
    Settings {
        /// Remove a record's content this many days after the hotline's receipt (0: never).
        #[arg(long, value_name = "DAYS")]
        purge_after_days: Option<u32>,
        /// Bytes Mitra may send per day on metered connections (0: no limit).
        #[arg(long, value_name = "BYTES")]
        daily_data_budget: Option<u64>,
    },
    /// The recruiter directory: search it offline, show an agency, review one.
    #[command(subcommand)]
    Recruiter(recruiters::RecruiterCommand),
    /// The recruiter directory on this phone: its version and age; import a bundle file.
    #[command(subcommand)]
    Directory(recruiters::DirectoryCommand),
    /// Check a job offer for the signs of fraud and forced labour, each explained.
    JobCheck(recruiters::JobCheckArgs),
    /// Contracts: save the one you sign, compare a later one with it, check your pay, make a
    /// proof folder.
    #[command(subcommand)]
    Contract(contracts::ContractCommand),
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

#[derive(Args)]
struct HelpArgs {
    /// What is needed: leave-now, medical, shelter, police, legal, unpaid-wages,
    /// documents-taken, other-in-danger, other. Repeat or separate with commas.
    #[arg(
        long = "need",
        required = true,
        value_delimiter = ',',
        value_name = "NEED"
    )]
    needs: Vec<String>,
    /// How many people need help.
    #[arg(long, default_value_t = 1)]
    people: u16,
    /// Children under 18 are there.
    #[arg(long)]
    minors: bool,
    /// Country, ISO 3166 two-letter code (NP, MY, QA, ...).
    #[arg(long, value_name = "CC")]
    country: Option<String>,
    /// A town, a district, a landmark.
    #[arg(long, value_name = "TEXT")]
    area: Option<String>,
    /// A precise position, only if the person chooses: LAT,LON in degrees.
    #[arg(long, value_name = "LAT,LON")]
    position: Option<String>,
    /// none, sms:NUMBER, call:NUMBER or whatsapp:NUMBER.
    #[arg(long, default_value = "none", value_name = "HOW")]
    contact: String,
    /// When it is safe to be contacted.
    #[arg(long, value_name = "TEXT")]
    contact_window: Option<String>,
    /// A short note (500 bytes at most).
    #[arg(long, value_name = "TEXT")]
    note: Option<String>,
}

#[derive(Args)]
struct ReportArgs {
    /// A JSON report file (docs/cli.md). Flags below are used when no file is given.
    #[arg(long, value_name = "FILE.json")]
    file: Option<PathBuf>,
    /// self or someone-else.
    #[arg(long, default_value = "self")]
    about: String,
    /// When recording for someone else: outreach-worker, case-worker, lawyer, health-worker,
    /// shelter-staff, volunteer, other.
    #[arg(long)]
    role: Option<String>,
    /// domestic-work, construction, agriculture, fishing, manufacturing, hospitality,
    /// care-work, entertainment, mining, transport, other.
    #[arg(long)]
    sector: Option<String>,
    #[arg(long, value_name = "CC")]
    origin: Option<String>,
    #[arg(long, value_name = "CC", value_delimiter = ',')]
    transit: Vec<String>,
    #[arg(long, value_name = "CC")]
    destination: Option<String>,
    #[arg(long, value_name = "CC")]
    nationality: Option<String>,
    #[arg(long)]
    recruiter: Option<String>,
    #[arg(long)]
    employer: Option<String>,
    /// YYYY, YYYY-MM or YYYY-MM-DD.
    #[arg(long, value_name = "DATE")]
    recruited_on: Option<String>,
    #[arg(long, value_name = "DATE")]
    started_on: Option<String>,
    #[arg(long, value_name = "DATE")]
    ended_on: Option<String>,
    /// What happened, in the person's words.
    #[arg(long, default_value = "")]
    narrative: String,
    /// INDICATOR=yes|no|unsure, repeatable (deception=yes, debt-bondage=unsure, ...).
    #[arg(long = "answer", value_name = "INDICATOR=ANSWER")]
    answers: Vec<String>,
    /// Children under 18 are involved.
    #[arg(long)]
    minors: bool,
    /// Who may receive it: any of hotline,ngo,police. Without hotline it never leaves the phone.
    #[arg(long, default_value = "none")]
    consent: String,
    /// Queue it for the hotline right away instead of keeping a draft.
    #[arg(long)]
    queue: bool,
    /// A photo or recording to attach (repeatable); the type comes from the file name.
    #[arg(long = "attach", value_name = "FILE")]
    attachments: Vec<PathBuf>,
}

#[derive(Subcommand)]
enum ReportCommand {
    /// Record a report (a draft unless --queue).
    New(Box<ReportArgs>),
    /// List reports and help requests, newest first.
    List,
    /// Show one, with its assessment. ID: the full id or its first 6+ characters.
    Show { id: String },
    /// Queue a draft report for the hotline (needs the person's consent).
    Queue { id: String },
    /// Delete a report or help request for good.
    Delete { id: String },
}

/// The person's languages: --lang, then MITRA_LANG, then the POSIX locale, then English.
fn languages(flag: Option<&str>) -> Vec<String> {
    let from_env = |var: &str| {
        std::env::var(var)
            .ok()
            .map(|v| v.split(['.', '@']).next().unwrap_or("").to_owned())
            .filter(|v| !v.is_empty() && v != "C" && v != "POSIX")
    };
    let mut out: Vec<String> = Vec::new();
    if let Some(tag) = flag {
        out.push(tag.to_owned());
    }
    out.extend(from_env("MITRA_LANG"));
    for var in ["LC_ALL", "LC_MESSAGES", "LANG"] {
        if let Some(v) = from_env(var) {
            out.push(v);
            break;
        }
    }
    out
}

fn valid_tag(tag: &str) -> bool {
    !tag.is_empty()
        && tag.len() <= 35
        && tag
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
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
    let out = Out::new(cli.json, &languages(cli.lang.as_deref()));
    let result = match &cli.lang {
        Some(tag) if !valid_tag(tag) => Err(Failure::Msg(
            "error-bad-language-tag",
            vec![("tag", tag.clone())],
        )),
        _ => run(&cli, &out),
    };
    match result {
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
        None => Err(Failure::Msg("error-no-data-dir", vec![])),
    }
}

/// Opens the facade on `dir`, with the desktop's file-based platform key beside the vault.
pub fn open(dir: &Path) -> Result<Arc<Mitra>, Failure> {
    let key = FileKeyWrapper::new(dir.join("platform.key").to_string_lossy().into_owned());
    Ok(Mitra::new(dir.to_string_lossy().into_owned(), key)?)
}

/// A PIN from `var`, or from a silent prompt when a terminal is attached.
fn read_pin(out: &Out, var: &str, prompt: &str, confirm: bool) -> Result<Option<String>, Failure> {
    if let Ok(pin) = std::env::var(var) {
        return Ok(Some(pin));
    }
    if !std::io::stdin().is_terminal() {
        return Ok(None);
    }
    let pin = rpassword::prompt_password(out.prompt(prompt))
        .map_err(|e| Failure::Other(e.to_string()))?;
    if confirm {
        let again = rpassword::prompt_password(out.prompt("prompt-pin-again"))
            .map_err(|e| Failure::Other(e.to_string()))?;
        if again != pin {
            return Err(Failure::Msg("error-pins-differ", vec![]));
        }
    }
    Ok(Some(pin))
}

/// Opens the vault in `dir` with MITRA_PIN (or a prompt); returns it and the PIN used.
fn unlocked(out: &Out, dir: &Path) -> Result<(Arc<Mitra>, String), Failure> {
    let mitra = open(dir)?;
    if !mitra.status()?.initialized {
        return Err(MitraError::NotSetUp.into());
    }
    let pin =
        read_pin(out, "MITRA_PIN", "prompt-pin", false)?.ok_or(Failure::Api(MitraError::Locked))?;
    mitra.unlock(pin.clone())?;
    Ok((mitra, pin))
}

/// Runs `f` on the unlocked vault and locks it again, whatever happened.
fn with_vault<T>(
    out: &Out,
    cli: &Cli,
    f: impl FnOnce(&Mitra) -> Result<T, Failure>,
) -> Result<T, Failure> {
    let (mitra, _) = unlocked(out, &data_dir(cli)?)?;
    let result = f(&mitra);
    mitra.lock();
    result
}

fn help_request(args: &HelpArgs, language: String) -> Result<HelpRequest, Failure> {
    let (contact_method, contact_number) = records::contact(&args.contact)?;
    Ok(HelpRequest {
        needs: args
            .needs
            .iter()
            .map(|n| records::need(n.trim()))
            .collect::<Result<_, _>>()?,
        people: args.people,
        minors: args.minors,
        country: args.country.clone(),
        area: args.area.clone(),
        position: args
            .position
            .as_deref()
            .map(records::position)
            .transpose()?,
        contact_method,
        contact_number,
        contact_window: args.contact_window.clone(),
        language,
        note: args.note.clone(),
    })
}

fn report_from_flags(a: &ReportArgs, language: String) -> Result<Report, Failure> {
    let file = records::ReportFile {
        about: a.about.clone(),
        interviewer_role: a.role.clone(),
        sector: a.sector.clone(),
        origin_country: a.origin.clone(),
        transit_countries: a.transit.clone(),
        destination_country: a.destination.clone(),
        nationality: a.nationality.clone(),
        recruiter: a.recruiter.clone(),
        employer: a.employer.clone(),
        recruited_on: a.recruited_on.clone(),
        work_started_on: a.started_on.clone(),
        work_ended_on: a.ended_on.clone(),
        narrative: a.narrative.clone(),
        answers: Default::default(),
        minors_involved: a.minors,
        consent: vec![a.consent.clone()],
        language: Some(language.clone()),
    };
    let mut report = file.into_report(&language)?;
    report.answers = a
        .answers
        .iter()
        .map(|v| records::answer(v))
        .collect::<Result<_, _>>()?;
    Ok(report)
}

fn mime_of(path: &Path) -> Option<&'static str> {
    let ext = path.extension()?.to_str()?.to_ascii_lowercase();
    Some(match ext.as_str() {
        "jpg" | "jpeg" => "image/jpeg",
        "png" => "image/png",
        "webp" => "image/webp",
        "heic" => "image/heic",
        "m4a" | "mp4" => "audio/mp4",
        "aac" => "audio/aac",
        "ogg" | "oga" | "opus" => "audio/ogg",
        "mp3" => "audio/mpeg",
        "amr" => "audio/amr",
        "webm" => "audio/webm",
        _ => return None,
    })
}

fn new_report(out: &Out, cli: &Cli, a: &ReportArgs) -> Result<(), Failure> {
    let language = out.language();
    let report = match &a.file {
        Some(path) => records::read_report_file(path, &language)?,
        None => report_from_flags(a, language)?,
    };
    let mut files = Vec::new();
    for path in &a.attachments {
        let shown = path.display().to_string();
        let mime = mime_of(path).ok_or_else(|| {
            Failure::Api(MitraError::InvalidInput {
                field: "attachment".into(),
                reason: "unsupported_type".into(),
            })
        })?;
        let len = std::fs::metadata(path)
            .map_err(|_| Failure::Msg("error-file-unreadable", vec![("file", shown.clone())]))?
            .len();
        if len > 8 * 1024 * 1024 {
            return Err(MitraError::InvalidInput {
                field: "attachment".into(),
                reason: "too_large".into(),
            }
            .into());
        }
        let bytes = std::fs::read(path)
            .map_err(|_| Failure::Msg("error-file-unreadable", vec![("file", shown)]))?;
        files.push((mime, bytes));
    }
    with_vault(out, cli, |m| {
        let id = m.save_report_draft(report)?;
        // A draft whose attachments fail is deleted again: nothing half-made is left behind.
        let finish = || -> Result<(), MitraError> {
            for (mime, bytes) in files {
                m.add_attachment(id.clone(), mime.to_owned(), bytes)?;
            }
            if a.queue {
                m.queue_report(id.clone())?;
            }
            Ok(())
        };
        if let Err(e) = finish() {
            let _ = m.delete_record(id);
            return Err(e.into());
        }
        out.report_saved(&id, a.queue);
        Ok(())
    })
}

fn run(cli: &Cli, out: &Out) -> Result<(), Failure> {
    match &cli.command {
        Command::Demo => demo::run(out),
        Command::Init {
            wipe_on_duress,
            max_attempts,
        } => {
            let dir = data_dir(cli)?;
            let pin = read_pin(out, "MITRA_PIN", "prompt-new-pin", true)?
                .ok_or(Failure::Msg("error-no-pin-given", vec![]))?;
            let duress_pin = std::env::var("MITRA_DURESS_PIN")
                .ok()
                .filter(|p| !p.is_empty());
            if *wipe_on_duress && duress_pin.is_none() {
                return Err(Failure::Msg("error-duress-needs-pin", vec![]));
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
            with_vault(out, cli, |_| Ok(()))?;
            out.unlocked();
            Ok(())
        }
        Command::Lock => {
            let mitra = open(&data_dir(cli)?)?;
            mitra.lock();
            out.locked(&mitra.status()?);
            Ok(())
        }
        Command::ChangePin => {
            let (mitra, current) = unlocked(out, &data_dir(cli)?)?;
            let result = read_pin(out, "MITRA_NEW_PIN", "prompt-new-pin", true)
                .and_then(|new| new.ok_or(Failure::Msg("error-no-new-pin-given", vec![])))
                .and_then(|new| Ok(mitra.change_pin(current, new)?));
            mitra.lock();
            result?;
            out.pin_changed();
            Ok(())
        }
        Command::Wipe { yes } => {
            let dir = data_dir(cli)?;
            if !yes {
                if !std::io::stdin().is_terminal() {
                    return Err(Failure::Msg("error-wipe-needs-yes", vec![]));
                }
                if !out.confirm_wipe(&dir) {
                    return Err(Failure::Msg("error-wipe-not-confirmed", vec![]));
                }
            }
            let report = open(&dir)?.panic_wipe()?;
            out.wiped(&report);
            Ok(())
        }
        Command::Journal(cmd) => with_vault(out, cli, |m| {
            match cmd {
                JournalCommand::Add { text } => {
                    out.entry_added(&m.add_journal_entry(text.clone())?)
                }
                JournalCommand::List => out.entries(&m.journal_entries()?),
                JournalCommand::Delete { id } => {
                    m.delete_journal_entry(*id)?;
                    out.entry_deleted(*id);
                }
            }
            Ok(())
        }),
        Command::HelpRequest(args) => {
            let request = help_request(args, out.language())?;
            with_vault(out, cli, |m| {
                out.help_saved(&m.save_help_request(request)?);
                Ok(())
            })
        }
        Command::Report(ReportCommand::New(args)) => new_report(out, cli, args),
        Command::Report(cmd) => with_vault(out, cli, |m| {
            match cmd {
                ReportCommand::List => out.records(&m.records()?),
                ReportCommand::Show { id } => {
                    let record = m.record(id.clone())?;
                    let assessment = match record.purged_at_ms {
                        None => Some(m.assess(record.id.clone(), out.localizer())?),
                        Some(_) => None,
                    };
                    out.record(&record, assessment.as_ref());
                }
                ReportCommand::Queue { id } => {
                    let full = m.record(id.clone())?.id;
                    m.queue_report(full.clone())?;
                    out.report_queued(&full);
                }
                ReportCommand::Delete { id } => {
                    let full = m.record(id.clone())?.id;
                    m.delete_record(full.clone())?;
                    out.record_deleted(&full);
                }
                ReportCommand::New(_) => {}
            }
            Ok(())
        }),
        Command::Settings {
            purge_after_days,
            daily_data_budget,
        } => with_vault(out, cli, |m| {
            if let Some(days) = purge_after_days {
                m.set_purge_after_days(*days)?;
            }
            if let Some(bytes) = daily_data_budget {
                m.set_daily_data_budget(*bytes)?;
            }
            out.settings(m.purge_after_days()?, m.daily_data_budget()?);
            Ok(())
        }),
        Command::Pair { file } => {
            let text = read_card(file)?;
            with_vault(out, cli, |m| {
                out.paired(&m.pair(text)?);
                Ok(())
            })
        }
        Command::Sync { metered } => with_vault(out, cli, |m| {
            let connectivity = if *metered {
                Connectivity::Metered
            } else {
                Connectivity::Unmetered
            };
            let progress = m.sync(connectivity, None, SyncHandle::new())?;
            out.synced(&progress);
            Ok(())
        }),
        Command::Recruiter(cmd) => with_vault(out, cli, |m| recruiters::run_recruiter(out, m, cmd)),
        Command::Directory(cmd) => with_vault(out, cli, |m| recruiters::run_directory(out, m, cmd)),
        Command::JobCheck(args) => {
            let offer = recruiters::job_offer(args)?;
            with_vault(out, cli, |m| recruiters::run_job_check(out, m, offer))
        }
        Command::Contract(cmd) => with_vault(out, cli, |m| contracts::run(out, m, cmd)),
        Command::Outbox => with_vault(out, cli, |m| {
            out.outbox(&m.outbox()?, m.hotline()?.is_some());
            Ok(())
        }),
    }
}
