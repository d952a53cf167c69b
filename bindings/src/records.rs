//! Help requests, reports, the outbox and the assessment, as the shells see them: flat records
//! and enums mirroring mitra-protocol and mitra-core, converted here and nowhere else.

use mitra_core::outbox as core_outbox;
use mitra_core::protocol::records as wire;
use mitra_core::reports::{self as core_reports, assessment as core_assessment};

use crate::error::MitraError;

macro_rules! mirror_enum {
    ($(#[$meta:meta])* $name:ident => $wire:path { $($(#[$vmeta:meta])* $variant:ident),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, uniffi::Enum)]
        pub enum $name {
            $($(#[$vmeta])* $variant,)+
        }

        impl From<$name> for $wire {
            fn from(v: $name) -> Self {
                match v { $($name::$variant => <$wire>::$variant,)+ }
            }
        }

        impl From<$wire> for $name {
            fn from(v: $wire) -> Self {
                match v { $(<$wire>::$variant => $name::$variant,)+ }
            }
        }

        impl $name {
            /// The stable code (`leave-now`) used by the CLI, JSON and message ids.
            pub fn code(self) -> &'static str {
                <$wire>::from(self).code()
            }

            pub fn from_code(code: &str) -> Option<Self> {
                <$wire>::from_code(code).map(Into::into)
            }
        }
    };
}

pub(crate) use mirror_enum;

mirror_enum!(
    /// What a person asking for help needs.
    Need => wire::Need { LeaveNow, Medical, Shelter, Police, Legal, UnpaidWages, DocumentsTaken, OtherInDanger, Other }
);
mirror_enum!(
    /// How the hotline may contact the person.
    ContactMethod => wire::ContactMethod { None, Sms, Call, WhatsApp }
);
mirror_enum!(
    /// Whom a report is about.
    About => wire::About { Myself, SomeoneElse }
);
mirror_enum!(
    /// Who recorded a report on someone's behalf.
    Role => wire::Role { OutreachWorker, CaseWorker, Lawyer, HealthWorker, ShelterStaff, Volunteer, Other }
);
mirror_enum!(
    /// The kind of work.
    Sector => wire::Sector {
        DomesticWork, Construction, Agriculture, Fishing, Manufacturing, Hospitality, CareWork,
        Entertainment, Mining, Transport, Other,
    }
);
mirror_enum!(
    /// The 11 ILO forced-labour indicators, the UNODC risk areas and signs of AI-made deception.
    /// Every question is phrased so that "yes" is the answer that raises a concern.
    Indicator => wire::Indicator {
        AbuseOfVulnerability, Deception, RestrictionOfMovement, Isolation, PhysicalSexualViolence,
        IntimidationThreats, RetentionOfDocuments, WithholdingOfWages, DebtBondage, AbusiveConditions,
        ExcessiveOvertime, RecruitmentFees, AlwaysAccompanied, NoControlOfSalary, NoAccessToPassport,
        AiVoiceClone, AiDeepfake, AiForgedDocuments, AiFakeCompany,
    }
);
mirror_enum!(
    Answer => wire::Answer { Yes, No, Unsure }
);
mirror_enum!(
    /// Who may receive a record, with the person's consent.
    Recipient => wire::Recipient { Hotline, Ngo, Police }
);

impl Indicator {
    pub fn all() -> Vec<Indicator> {
        wire::Indicator::ALL.iter().map(|i| (*i).into()).collect()
    }
}

/// A position the person chose to share, in degrees (WGS 84).
#[derive(Debug, Clone, Copy, PartialEq, uniffi::Record)]
pub struct Position {
    pub latitude: f64,
    pub longitude: f64,
}

/// A help request: a few taps, minimal fields, small enough for SMS.
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct HelpRequest {
    pub needs: Vec<Need>,
    #[uniffi(default = 1)]
    pub people: u16,
    #[uniffi(default = false)]
    pub minors: bool,
    /// ISO 3166-1 alpha-2, like "MY".
    #[uniffi(default = None)]
    pub country: Option<String>,
    /// A town, a district, a landmark.
    #[uniffi(default = None)]
    pub area: Option<String>,
    /// Only if the person chose to share a precise position.
    #[uniffi(default = None)]
    pub position: Option<Position>,
    pub contact_method: ContactMethod,
    #[uniffi(default = None)]
    pub contact_number: Option<String>,
    /// When it is safe to be contacted, in the person's words.
    #[uniffi(default = None)]
    pub contact_window: Option<String>,
    /// BCP 47 tag of the language to be answered in.
    pub language: String,
    #[uniffi(default = None)]
    pub note: Option<String>,
}

/// A date remembered in part: a year, a month, or a day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Record)]
pub struct PartialDate {
    pub year: u16,
    #[uniffi(default = None)]
    pub month: Option<u8>,
    #[uniffi(default = None)]
    pub day: Option<u8>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Record)]
pub struct IndicatorAnswer {
    pub indicator: Indicator,
    pub answer: Answer,
}

/// Whom the person agreed may receive the report. Without `hotline` it never leaves the phone.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, uniffi::Record)]
pub struct Consent {
    pub hotline: bool,
    pub ngo: bool,
    pub police: bool,
}

/// A self-report or a field-staff intake report.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct Report {
    pub about: About,
    #[uniffi(default = None)]
    pub interviewer_role: Option<Role>,
    #[uniffi(default = None)]
    pub sector: Option<Sector>,
    #[uniffi(default = None)]
    pub origin_country: Option<String>,
    #[uniffi(default = [])]
    pub transit_countries: Vec<String>,
    #[uniffi(default = None)]
    pub destination_country: Option<String>,
    #[uniffi(default = None)]
    pub nationality: Option<String>,
    #[uniffi(default = None)]
    pub recruiter: Option<String>,
    #[uniffi(default = None)]
    pub employer: Option<String>,
    #[uniffi(default = None)]
    pub recruited_on: Option<PartialDate>,
    #[uniffi(default = None)]
    pub work_started_on: Option<PartialDate>,
    #[uniffi(default = None)]
    pub work_ended_on: Option<PartialDate>,
    pub narrative: String,
    #[uniffi(default = [])]
    pub answers: Vec<IndicatorAnswer>,
    #[uniffi(default = false)]
    pub minors_involved: bool,
    pub consent: Consent,
    pub language: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Enum)]
pub enum RecordKind {
    HelpRequest,
    Report,
    /// A recruiter review (exposed with the directory).
    Review,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Enum)]
pub enum RecordStatus {
    /// Saved, editable, never leaves the phone.
    Draft,
    /// Waiting in the outbox.
    Queued,
    /// Sent; waiting for the hotline's receipt.
    Sent,
    /// The hotline's receipt arrived.
    Acknowledged,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Enum)]
pub enum AttachmentKind {
    Photo,
    Audio,
}

#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct AttachmentInfo {
    pub id: i64,
    pub kind: AttachmentKind,
    pub mime: String,
    pub size: u64,
    /// SHA-256 of the bytes, lower-case hex.
    pub sha256: String,
}

/// A stored help request or report. Exactly one of `help_request` and `report` is set, unless
/// the content was purged after the hotline's receipt (`purged_at_ms`).
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct Record {
    pub id: String,
    pub kind: RecordKind,
    pub status: RecordStatus,
    pub created_at_ms: i64,
    pub updated_at_ms: i64,
    pub help_request: Option<HelpRequest>,
    pub report: Option<Report>,
    pub purged_at_ms: Option<i64>,
    pub attachments: Vec<AttachmentInfo>,
    /// Size of the encoded content in bytes (what is sealed and sent, before encryption).
    pub encoded_size: u32,
}

/// One record waiting for delivery.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct OutboxEntry {
    pub record_id: String,
    pub kind: RecordKind,
    pub status: RecordStatus,
    pub queued_at_ms: i64,
    pub attempts: u32,
    pub next_attempt_at_ms: i64,
    /// A stable code (`timeout`, `http-503`), never text from the network.
    pub last_error: Option<String>,
    /// Sealed to the paired hotline and ready to send.
    pub sealed: bool,
    /// The hotline refused it for good; it waits for the person (delete it, or pair again).
    pub failed_permanently: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, uniffi::Enum)]
pub enum Urgency {
    Routine,
    Elevated,
    High,
    Immediate,
}

/// One concern and the answers (or needs) that raised it, already in the person's language.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct Concern {
    /// Stable code: violence, confinement, documents, debt-and-wages, deception, ai-deception,
    /// forced-labour, minors, urgent-need, unsure.
    pub code: String,
    pub urgency: Urgency,
    pub text: String,
    pub raised_by: Vec<String>,
}

/// A suggestion, never a verdict: `disclaimer` says a person at the hotline decides.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct Assessment {
    pub urgency: Urgency,
    pub urgency_text: String,
    pub concerns: Vec<Concern>,
    pub disclaimer: String,
}

// ---- conversions ---------------------------------------------------------------------------

fn e5(degrees: f64) -> Result<i32, MitraError> {
    let v = (degrees * 100_000.0).round();
    if v.is_finite() && v.abs() <= 18_000_000.0 {
        Ok(v as i32)
    } else {
        Err(MitraError::InvalidInput {
            field: "position".into(),
            reason: "out_of_range".into(),
        })
    }
}

impl HelpRequest {
    pub(crate) fn into_wire(self) -> Result<wire::HelpRequest, MitraError> {
        let position = match self.position {
            Some(p) => Some(wire::Position {
                lat_e5: e5(p.latitude)?,
                lon_e5: e5(p.longitude)?,
            }),
            None => None,
        };
        Ok(wire::HelpRequest {
            needs: self.needs.into_iter().map(Into::into).collect(),
            people: self.people,
            minors: self.minors,
            country: self.country,
            area: self.area,
            position,
            contact: wire::Contact {
                method: self.contact_method.into(),
                number: self.contact_number,
            },
            contact_window: self.contact_window,
            language: self.language,
            note: self.note,
        })
    }
}

impl From<wire::HelpRequest> for HelpRequest {
    fn from(h: wire::HelpRequest) -> Self {
        HelpRequest {
            needs: h.needs.into_iter().map(Into::into).collect(),
            people: h.people,
            minors: h.minors,
            country: h.country,
            area: h.area,
            position: h.position.map(|p| Position {
                latitude: f64::from(p.lat_e5) / 100_000.0,
                longitude: f64::from(p.lon_e5) / 100_000.0,
            }),
            contact_method: h.contact.method.into(),
            contact_number: h.contact.number,
            contact_window: h.contact_window,
            language: h.language,
            note: h.note,
        }
    }
}

fn date_to_wire(d: PartialDate) -> wire::PartialDate {
    wire::PartialDate {
        year: d.year,
        month: d.month,
        day: d.day,
    }
}

fn date_from_wire(d: wire::PartialDate) -> PartialDate {
    PartialDate {
        year: d.year,
        month: d.month,
        day: d.day,
    }
}

impl From<Report> for wire::Report {
    fn from(r: Report) -> Self {
        wire::Report {
            about: r.about.into(),
            interviewer_role: r.interviewer_role.map(Into::into),
            sector: r.sector.map(Into::into),
            origin_country: r.origin_country,
            transit_countries: r.transit_countries,
            destination_country: r.destination_country,
            nationality: r.nationality,
            recruiter: r.recruiter,
            employer: r.employer,
            recruited_on: r.recruited_on.map(date_to_wire),
            work_started_on: r.work_started_on.map(date_to_wire),
            work_ended_on: r.work_ended_on.map(date_to_wire),
            narrative: r.narrative,
            answers: r
                .answers
                .into_iter()
                .map(|a| wire::IndicatorAnswer {
                    indicator: a.indicator.into(),
                    answer: a.answer.into(),
                })
                .collect(),
            minors_involved: r.minors_involved,
            consent: wire::Consent {
                hotline: r.consent.hotline,
                ngo: r.consent.ngo,
                police: r.consent.police,
            },
            language: r.language,
        }
    }
}

impl From<wire::Report> for Report {
    fn from(r: wire::Report) -> Self {
        Report {
            about: r.about.into(),
            interviewer_role: r.interviewer_role.map(Into::into),
            sector: r.sector.map(Into::into),
            origin_country: r.origin_country,
            transit_countries: r.transit_countries,
            destination_country: r.destination_country,
            nationality: r.nationality,
            recruiter: r.recruiter,
            employer: r.employer,
            recruited_on: r.recruited_on.map(date_from_wire),
            work_started_on: r.work_started_on.map(date_from_wire),
            work_ended_on: r.work_ended_on.map(date_from_wire),
            narrative: r.narrative,
            answers: r
                .answers
                .into_iter()
                .map(|a| IndicatorAnswer {
                    indicator: a.indicator.into(),
                    answer: a.answer.into(),
                })
                .collect(),
            minors_involved: r.minors_involved,
            consent: Consent {
                hotline: r.consent.hotline,
                ngo: r.consent.ngo,
                police: r.consent.police,
            },
            language: r.language,
        }
    }
}

impl From<core_reports::Kind> for RecordKind {
    fn from(k: core_reports::Kind) -> Self {
        match k {
            core_reports::Kind::HelpRequest => RecordKind::HelpRequest,
            core_reports::Kind::Report => RecordKind::Report,
            core_reports::Kind::Review => RecordKind::Review,
        }
    }
}

impl From<core_reports::Status> for RecordStatus {
    fn from(s: core_reports::Status) -> Self {
        match s {
            core_reports::Status::Draft => RecordStatus::Draft,
            core_reports::Status::Queued => RecordStatus::Queued,
            core_reports::Status::Sent => RecordStatus::Sent,
            core_reports::Status::Acknowledged => RecordStatus::Acknowledged,
        }
    }
}

pub(crate) fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

impl From<core_reports::AttachmentInfo> for AttachmentInfo {
    fn from(a: core_reports::AttachmentInfo) -> Self {
        AttachmentInfo {
            id: a.id,
            kind: match a.kind {
                core_reports::AttachmentKind::Photo => AttachmentKind::Photo,
                core_reports::AttachmentKind::Audio => AttachmentKind::Audio,
            },
            mime: a.mime,
            size: a.size,
            sha256: hex(&a.sha256),
        }
    }
}

impl From<core_reports::Record> for Record {
    fn from(r: core_reports::Record) -> Self {
        let encoded_size = r
            .body
            .as_ref()
            .map_or(0, |b| wire::encode_body(b).len() as u32);
        let (help_request, report) = match r.body {
            Some(wire::Body::HelpRequest(h)) => (Some(h.into()), None),
            Some(wire::Body::Report(rep)) => (None, Some(rep.into())),
            Some(wire::Body::Review(_)) | None => (None, None),
        };
        Record {
            id: r.id.to_string(),
            kind: r.kind.into(),
            status: r.status.into(),
            created_at_ms: r.created_at_ms,
            updated_at_ms: r.updated_at_ms,
            help_request,
            report,
            purged_at_ms: r.purged_at_ms,
            attachments: r.attachments.into_iter().map(Into::into).collect(),
            encoded_size,
        }
    }
}

impl From<core_outbox::OutboxEntry> for OutboxEntry {
    fn from(e: core_outbox::OutboxEntry) -> Self {
        OutboxEntry {
            record_id: e.record_id.to_string(),
            kind: e.kind.into(),
            status: e.status.into(),
            queued_at_ms: e.queued_at_ms,
            attempts: e.attempts,
            next_attempt_at_ms: e.next_attempt_at_ms,
            last_error: e.last_error,
            sealed: e.sealed,
            failed_permanently: e.failed_permanently,
        }
    }
}

impl From<core_assessment::Urgency> for Urgency {
    fn from(u: core_assessment::Urgency) -> Self {
        match u {
            core_assessment::Urgency::Routine => Urgency::Routine,
            core_assessment::Urgency::Elevated => Urgency::Elevated,
            core_assessment::Urgency::High => Urgency::High,
            core_assessment::Urgency::Immediate => Urgency::Immediate,
        }
    }
}

/// What the shell knows about connectivity; the core decides what to send.
#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Enum)]
pub enum Connectivity {
    Offline,
    /// Wi-Fi or anything not billed per byte.
    Unmetered,
    /// Mobile data: the daily data budget applies.
    Metered,
}

impl From<Connectivity> for mitra_core::sync::Connectivity {
    fn from(c: Connectivity) -> Self {
        match c {
            Connectivity::Offline => mitra_core::sync::Connectivity::Offline,
            Connectivity::Unmetered => mitra_core::sync::Connectivity::Unmetered,
            Connectivity::Metered => mitra_core::sync::Connectivity::Metered,
        }
    }
}

/// Where a sync stands (also its final result).
#[derive(Debug, Clone, Default, PartialEq, Eq, uniffi::Record)]
pub struct SyncProgress {
    /// Envelopes put on the wire (re-sends count again).
    pub sent: u32,
    /// Records the hotline acknowledged with a verified receipt.
    pub acknowledged: u32,
    /// Records still waiting.
    pub pending: u32,
    /// Records the hotline refused for good: they need the person's attention.
    pub failed: u32,
    pub requests: u32,
    pub bytes_up: u64,
    pub bytes_down: u64,
    pub retries: u32,
    pub budget_exhausted: bool,
    pub cancelled: bool,
    /// The recruiter directory version held after the sync (0: none yet).
    pub directory_version: u64,
    pub directory_updated: bool,
    /// Why a directory bundle was refused (`bad_signature`, `older_version`...); the directory
    /// already held stays as it was.
    pub directory_refused: Option<String>,
    /// Contract snapshots whose signed time arrived in this sync.
    pub contracts_timestamped: u32,
}

impl From<&mitra_core::sync::SyncReport> for SyncProgress {
    fn from(r: &mitra_core::sync::SyncReport) -> Self {
        SyncProgress {
            sent: r.sent,
            acknowledged: r.acknowledged,
            pending: r.pending,
            failed: r.failed,
            requests: r.requests,
            bytes_up: r.bytes_up,
            bytes_down: r.bytes_down,
            retries: r.retries,
            budget_exhausted: r.budget_exhausted,
            cancelled: r.cancelled,
            directory_version: r.directory_version,
            directory_updated: r.directory_updated,
            directory_refused: r.directory_refused.map(str::to_owned),
            contracts_timestamped: r.contracts_timestamped,
        }
    }
}

/// The paired hotline, from its verified card.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct HotlineInfo {
    pub name: String,
    pub endpoints: Vec<String>,
    pub sms_number: Option<String>,
    pub languages: Vec<String>,
    /// Seconds since the epoch when the card was issued.
    pub issued_at: u64,
}

impl From<mitra_core::protocol::card::HotlineCard> for HotlineInfo {
    fn from(c: mitra_core::protocol::card::HotlineCard) -> Self {
        HotlineInfo {
            name: c.name,
            endpoints: c.endpoints,
            sms_number: c.sms_number,
            languages: c.languages,
            issued_at: c.issued_at,
        }
    }
}
