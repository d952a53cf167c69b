//! What a person records: a help request (the one-minute path) or a report (self-report or
//! field-staff intake), encoded as compact CBOR (integer-indexed arrays, enums as small integers).
//!
//! The same bytes are stored in the phone's vault and, sealed, sent to the hotline, which decodes
//! them with `decode_body`. Every text field has a byte bound, every list a length bound; the whole
//! body is refused above `MAX_BODY_BYTES` before any decoding. Field indices are append-only:
//! a new field gets a new index, so old phones and new hotlines understand each other.

use minicbor::{Decode, Encode};

use crate::ProtocolError;

/// A body above this is refused unread (attachments travel separately).
pub const MAX_BODY_BYTES: usize = 64 * 1024;
/// A help request's note: kept short so the request fits in a few SMS segments.
pub const MAX_NOTE_BYTES: usize = 500;
pub const MAX_NARRATIVE_BYTES: usize = 32 * 1024;
/// Names, areas, phone numbers, time windows.
pub const MAX_SHORT_TEXT_BYTES: usize = 200;
pub const MAX_TRANSIT_COUNTRIES: usize = 10;
pub const MAX_PEOPLE: u16 = 999;

macro_rules! code_enum {
    ($(#[$meta:meta])* $name:ident { $($(#[$vmeta:meta])* $variant:ident = $n:literal => $code:literal,)+ }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Encode, Decode)]
        #[cfg_attr(feature = "serde", derive(serde::Serialize))]
        #[cbor(index_only)]
        pub enum $name {
            $($(#[$vmeta])* #[n($n)] $variant,)+
        }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant,)+];

            /// The stable code used in Fluent ids, the CLI and JSON (`leave-now`).
            pub fn code(self) -> &'static str {
                match self { $($name::$variant => $code,)+ }
            }

            pub fn from_code(code: &str) -> Option<Self> {
                match code { $($code => Some($name::$variant),)+ _ => None }
            }
        }
    };
}
pub(crate) use code_enum;

code_enum!(
    /// What a person asking for help needs.
    Need {
        LeaveNow = 0 => "leave-now",
        Medical = 1 => "medical",
        Shelter = 2 => "shelter",
        Police = 3 => "police",
        Legal = 4 => "legal",
        UnpaidWages = 5 => "unpaid-wages",
        DocumentsTaken = 6 => "documents-taken",
        OtherInDanger = 7 => "other-in-danger",
        Other = 8 => "other",
    }
);

code_enum!(
    /// How the hotline may contact the person, safely.
    ContactMethod {
        None = 0 => "none",
        Sms = 1 => "sms",
        Call = 2 => "call",
        WhatsApp = 3 => "whatsapp",
    }
);

code_enum!(
    About {
        Myself = 0 => "self",
        SomeoneElse = 1 => "someone-else",
    }
);

code_enum!(
    /// Who recorded a report on someone's behalf (field staff).
    Role {
        OutreachWorker = 0 => "outreach-worker",
        CaseWorker = 1 => "case-worker",
        Lawyer = 2 => "lawyer",
        HealthWorker = 3 => "health-worker",
        ShelterStaff = 4 => "shelter-staff",
        Volunteer = 5 => "volunteer",
        Other = 6 => "other",
    }
);

code_enum!(
    Sector {
        DomesticWork = 0 => "domestic-work",
        Construction = 1 => "construction",
        Agriculture = 2 => "agriculture",
        Fishing = 3 => "fishing",
        Manufacturing = 4 => "manufacturing",
        Hospitality = 5 => "hospitality",
        CareWork = 6 => "care-work",
        Entertainment = 7 => "entertainment",
        Mining = 8 => "mining",
        Transport = 9 => "transport",
        Other = 10 => "other",
    }
);

code_enum!(
    /// The 11 ILO forced-labour indicators, the UNODC risk areas, and suspected AI-made deception.
    Indicator {
        AbuseOfVulnerability = 0 => "abuse-of-vulnerability",
        Deception = 1 => "deception",
        RestrictionOfMovement = 2 => "restriction-of-movement",
        Isolation = 3 => "isolation",
        PhysicalSexualViolence = 4 => "physical-sexual-violence",
        IntimidationThreats = 5 => "intimidation-threats",
        RetentionOfDocuments = 6 => "retention-of-documents",
        WithholdingOfWages = 7 => "withholding-of-wages",
        DebtBondage = 8 => "debt-bondage",
        AbusiveConditions = 9 => "abusive-conditions",
        ExcessiveOvertime = 10 => "excessive-overtime",
        RecruitmentFees = 11 => "recruitment-fees",
        AlwaysAccompanied = 12 => "always-accompanied",
        NoControlOfSalary = 13 => "no-control-of-salary",
        NoAccessToPassport = 14 => "no-access-to-passport",
        AiVoiceClone = 15 => "ai-voice-clone",
        AiDeepfake = 16 => "ai-deepfake",
        AiForgedDocuments = 17 => "ai-forged-documents",
        AiFakeCompany = 18 => "ai-fake-company",
    }
);

impl Indicator {
    /// One of the 11 ILO forced-labour indicators (the rest are UNODC risk areas and AI signs).
    pub fn is_ilo(self) -> bool {
        (self as u8) <= Indicator::ExcessiveOvertime as u8
    }
}

code_enum!(
    Answer {
        Yes = 0 => "yes",
        No = 1 => "no",
        Unsure = 2 => "unsure",
    }
);

code_enum!(
    /// Who the person agreed may receive the record.
    Recipient {
        Hotline = 0 => "hotline",
        Ngo = 1 => "ngo",
        Police = 2 => "police",
    }
);

#[derive(Debug, Clone, PartialEq, Eq, Encode, Decode)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Contact {
    #[n(0)]
    pub method: ContactMethod,
    /// Required for sms, call and whatsapp; absent for none.
    #[n(1)]
    pub number: Option<String>,
}

/// A precise position, only when the person chose to share it. 1e-5 degree ≈ 1 m.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Encode, Decode)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Position {
    #[n(0)]
    pub lat_e5: i32,
    #[n(1)]
    pub lon_e5: i32,
}

#[derive(Debug, Clone, PartialEq, Eq, Encode, Decode)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct HelpRequest {
    #[n(0)]
    pub needs: Vec<Need>,
    #[n(1)]
    pub people: u16,
    #[n(2)]
    pub minors: bool,
    /// ISO 3166-1 alpha-2, upper case.
    #[n(3)]
    pub country: Option<String>,
    /// Free text: a town, a district, a landmark.
    #[n(4)]
    pub area: Option<String>,
    #[n(5)]
    pub position: Option<Position>,
    #[n(6)]
    pub contact: Contact,
    /// When it is safe to be contacted, in the person's words ("after 9 pm").
    #[n(7)]
    pub contact_window: Option<String>,
    /// BCP 47 tag of the language the person wants to be answered in.
    #[n(8)]
    pub language: String,
    #[n(9)]
    pub note: Option<String>,
}

/// A date people may remember only partly: a year, a month, or a day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Encode, Decode)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct PartialDate {
    #[n(0)]
    pub year: u16,
    #[n(1)]
    pub month: Option<u8>,
    #[n(2)]
    pub day: Option<u8>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Encode, Decode)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct IndicatorAnswer {
    #[n(0)]
    pub indicator: Indicator,
    #[n(1)]
    pub answer: Answer,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Encode, Decode)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Consent {
    #[n(0)]
    pub hotline: bool,
    #[n(1)]
    pub ngo: bool,
    #[n(2)]
    pub police: bool,
}

impl Consent {
    pub fn allows(&self, recipient: Recipient) -> bool {
        match recipient {
            Recipient::Hotline => self.hotline,
            Recipient::Ngo => self.ngo,
            Recipient::Police => self.police,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Encode, Decode)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Report {
    #[n(0)]
    pub about: About,
    /// Set when field staff record on someone's behalf.
    #[n(1)]
    pub interviewer_role: Option<Role>,
    #[n(2)]
    pub sector: Option<Sector>,
    #[n(3)]
    pub origin_country: Option<String>,
    #[n(4)]
    pub transit_countries: Vec<String>,
    #[n(5)]
    pub destination_country: Option<String>,
    #[n(6)]
    pub nationality: Option<String>,
    /// Free text now; linked to the recruiter directory later.
    #[n(7)]
    pub recruiter: Option<String>,
    #[n(8)]
    pub employer: Option<String>,
    #[n(9)]
    pub recruited_on: Option<PartialDate>,
    #[n(10)]
    pub work_started_on: Option<PartialDate>,
    #[n(11)]
    pub work_ended_on: Option<PartialDate>,
    #[n(12)]
    pub narrative: String,
    #[n(13)]
    pub answers: Vec<IndicatorAnswer>,
    #[n(14)]
    pub minors_involved: bool,
    #[n(15)]
    pub consent: Consent,
    #[n(16)]
    pub language: String,
}

impl Report {
    pub fn answer(&self, indicator: Indicator) -> Option<Answer> {
        self.answers
            .iter()
            .find(|a| a.indicator == indicator)
            .map(|a| a.answer)
    }
}

code_enum!(
    /// Who received a recruitment fee.
    PaidTo {
        Recruiter = 0 => "recruiter",
        SubAgent = 1 => "sub-agent",
        Employer = 2 => "employer",
        Other = 3 => "other",
    }
);

/// One fee a worker paid to get the job.
#[derive(Debug, Clone, PartialEq, Eq, Encode, Decode)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct FeePaid {
    /// Whole units of `currency`.
    #[n(0)]
    pub amount: u64,
    /// ISO 4217, like "NPR".
    #[n(1)]
    pub currency: String,
    #[n(2)]
    pub paid_to: PaidTo,
    #[n(3)]
    pub receipt_given: bool,
}

/// The terms of a job, as promised or as lived.
#[derive(Debug, Clone, Default, PartialEq, Eq, Encode, Decode)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct JobTerms {
    #[n(0)]
    pub job: Option<String>,
    /// Whole units of `wage_currency` per month.
    #[n(1)]
    pub monthly_wage: Option<u32>,
    #[n(2)]
    pub wage_currency: Option<String>,
    #[n(3)]
    pub hours_per_week: Option<u8>,
    #[n(4)]
    pub employer: Option<String>,
}

/// A worker's review of a recruiter. Sent without the person's identity, signed with a random
/// per-device key that is not linked to the person (`device_key`; `signature` over
/// `"mitra-review-v1" | CBOR of the review with both fields absent`). The key lets the hotline
/// count one voice per phone and notice bursts of reviews from new keys.
#[derive(Debug, Clone, PartialEq, Eq, Encode, Decode)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Review {
    /// The licence number as the directory lists it, when the recruiter is there.
    #[n(0)]
    pub recruiter_licence: Option<String>,
    #[n(1)]
    pub recruiter_country: Option<String>,
    /// The name the worker knows, when the recruiter is not in the directory.
    #[n(2)]
    pub recruiter_name: Option<String>,
    /// 1 (never again) to 5 (would recommend).
    #[n(3)]
    pub rating: u8,
    #[n(4)]
    pub fees: Vec<FeePaid>,
    #[n(5)]
    pub promised: JobTerms,
    #[n(6)]
    pub actual: JobTerms,
    /// Was the passport kept by someone else? `None`: not answered.
    #[n(7)]
    pub passport_kept: Option<bool>,
    #[n(8)]
    pub text: Option<String>,
    #[n(9)]
    pub language: String,
    /// The year the worker was recruited (no finer: a date would identify them).
    #[n(10)]
    pub year: Option<u16>,
    #[n(11)]
    #[cbor(with = "minicbor::bytes")]
    pub device_key: Option<[u8; 32]>,
    #[n(12)]
    #[cbor(with = "minicbor::bytes")]
    #[cfg_attr(feature = "serde", serde(skip))]
    pub signature: Option<[u8; 64]>,
}

pub const MAX_REVIEW_TEXT_BYTES: usize = 2000;
pub const MAX_FEES: usize = 8;

#[derive(Debug, Clone, PartialEq, Eq, Encode, Decode)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub enum Body {
    #[n(0)]
    HelpRequest(#[n(0)] HelpRequest),
    #[n(1)]
    Report(#[n(0)] Report),
    #[n(2)]
    Review(#[n(0)] Review),
}

pub(crate) fn invalid(field: &'static str, reason: &'static str) -> ProtocolError {
    ProtocolError::Invalid { field, reason }
}

pub(crate) fn check_text(field: &'static str, text: &str, max: usize) -> Result<(), ProtocolError> {
    if text.len() > max {
        return Err(invalid(field, "too_long"));
    }
    if text
        .chars()
        .any(|c| c.is_control() && !matches!(c, '\n' | '\t'))
    {
        return Err(invalid(field, "control_characters"));
    }
    Ok(())
}

pub(crate) fn check_opt(
    field: &'static str,
    text: &Option<String>,
    max: usize,
) -> Result<(), ProtocolError> {
    match text {
        Some(t) if t.trim().is_empty() => Err(invalid(field, "empty")),
        Some(t) => check_text(field, t, max),
        None => Ok(()),
    }
}

/// ISO 3166-1 alpha-2 shape: two ASCII capitals. (Which codes exist is the directory's job.)
pub fn check_country(field: &'static str, code: &str) -> Result<(), ProtocolError> {
    if code.len() == 2 && code.bytes().all(|b| b.is_ascii_uppercase()) {
        Ok(())
    } else {
        Err(invalid(field, "not_a_country_code"))
    }
}

fn check_opt_country(field: &'static str, code: &Option<String>) -> Result<(), ProtocolError> {
    code.as_deref().map_or(Ok(()), |c| check_country(field, c))
}

/// A BCP 47 tag's shape: 2–35 ASCII letters, digits and hyphens, starting with a letter.
pub fn check_language(tag: &str) -> Result<(), ProtocolError> {
    let ok = (2..=35).contains(&tag.len())
        && tag.starts_with(|c: char| c.is_ascii_alphabetic())
        && tag.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-');
    if ok {
        Ok(())
    } else {
        Err(invalid("language", "not_a_language_tag"))
    }
}

/// A phone number as people type it: digits, at most one leading +, spaces, hyphens, brackets.
pub fn check_phone(number: &str) -> Result<(), ProtocolError> {
    let digits = number.chars().filter(char::is_ascii_digit).count();
    let shape = number.chars().enumerate().all(|(i, c)| {
        c.is_ascii_digit() || matches!(c, ' ' | '-' | '(' | ')') || (c == '+' && i == 0)
    });
    if shape && (5..=20).contains(&digits) && number.len() <= 32 {
        Ok(())
    } else {
        Err(invalid("contact", "not_a_phone_number"))
    }
}

fn check_date(field: &'static str, date: &Option<PartialDate>) -> Result<(), ProtocolError> {
    let Some(d) = date else { return Ok(()) };
    let month_ok = d.month.is_none_or(|m| (1..=12).contains(&m));
    let day_ok = match (d.month, d.day) {
        (_, None) => true,
        (Some(_), Some(day)) => (1..=31).contains(&day),
        (None, Some(_)) => false,
    };
    if (1900..=2200).contains(&d.year) && month_ok && day_ok {
        Ok(())
    } else {
        Err(invalid(field, "not_a_date"))
    }
}

impl HelpRequest {
    pub fn validate(&self) -> Result<(), ProtocolError> {
        if self.needs.is_empty() {
            return Err(invalid("needs", "empty"));
        }
        if self.needs.len() > Need::ALL.len() {
            return Err(invalid("needs", "too_many"));
        }
        if !(1..=MAX_PEOPLE).contains(&self.people) {
            return Err(invalid("people", "out_of_range"));
        }
        check_opt_country("country", &self.country)?;
        check_opt("area", &self.area, MAX_SHORT_TEXT_BYTES)?;
        if let Some(p) = self.position {
            if !(-9_000_000..=9_000_000).contains(&p.lat_e5)
                || !(-18_000_000..=18_000_000).contains(&p.lon_e5)
            {
                return Err(invalid("position", "out_of_range"));
            }
        }
        match (self.contact.method, &self.contact.number) {
            (ContactMethod::None, None) => {}
            (ContactMethod::None, Some(_)) => {
                return Err(invalid("contact", "number_without_method"));
            }
            (_, Some(n)) => check_phone(n)?,
            (_, None) => return Err(invalid("contact", "number_missing")),
        }
        check_opt("contact_window", &self.contact_window, MAX_SHORT_TEXT_BYTES)?;
        check_language(&self.language)?;
        check_opt("note", &self.note, MAX_NOTE_BYTES)
    }
}

impl Report {
    pub fn validate(&self) -> Result<(), ProtocolError> {
        check_opt_country("origin_country", &self.origin_country)?;
        check_opt_country("destination_country", &self.destination_country)?;
        check_opt_country("nationality", &self.nationality)?;
        if self.transit_countries.len() > MAX_TRANSIT_COUNTRIES {
            return Err(invalid("transit_countries", "too_many"));
        }
        for c in &self.transit_countries {
            check_country("transit_countries", c)?;
        }
        check_opt("recruiter", &self.recruiter, MAX_SHORT_TEXT_BYTES)?;
        check_opt("employer", &self.employer, MAX_SHORT_TEXT_BYTES)?;
        check_date("recruited_on", &self.recruited_on)?;
        check_date("work_started_on", &self.work_started_on)?;
        check_date("work_ended_on", &self.work_ended_on)?;
        check_text("narrative", &self.narrative, MAX_NARRATIVE_BYTES)?;
        if self.answers.len() > Indicator::ALL.len() {
            return Err(invalid("answers", "too_many"));
        }
        for (i, a) in self.answers.iter().enumerate() {
            if self.answers[..i].iter().any(|b| b.indicator == a.indicator) {
                return Err(invalid("answers", "duplicate"));
            }
        }
        if self.interviewer_role.is_some() && self.about == About::Myself {
            return Err(invalid("interviewer_role", "self_report"));
        }
        check_language(&self.language)
    }
}

fn check_currency(field: &'static str, code: &str) -> Result<(), ProtocolError> {
    if code.len() == 3 && code.bytes().all(|b| b.is_ascii_uppercase()) {
        Ok(())
    } else {
        Err(invalid(field, "not_a_currency_code"))
    }
}

impl JobTerms {
    fn validate(&self, field: &'static str) -> Result<(), ProtocolError> {
        check_opt(field, &self.job, MAX_SHORT_TEXT_BYTES)?;
        check_opt(field, &self.employer, MAX_SHORT_TEXT_BYTES)?;
        if let Some(c) = &self.wage_currency {
            check_currency(field, c)?;
        }
        if self.hours_per_week.is_some_and(|h| h > 168) {
            return Err(invalid(field, "out_of_range"));
        }
        Ok(())
    }
}

const REVIEW_CONTEXT: &[u8] = b"mitra-review-v1";

impl Review {
    fn signed_bytes(&self) -> Vec<u8> {
        let mut unsigned = self.clone();
        unsigned.device_key = None;
        unsigned.signature = None;
        let mut out = REVIEW_CONTEXT.to_vec();
        out.extend_from_slice(&minicbor::to_vec(&unsigned).unwrap_or_default());
        out
    }

    /// Signs the review as it is now with the device's key.
    pub fn sign(&mut self, key: &ed25519_dalek::SigningKey) {
        let sig = crate::sign::sign(key, &self.signed_bytes());
        self.device_key = Some(key.verifying_key().to_bytes());
        self.signature = Some(sig);
    }

    /// True when the review carries a device key and a valid signature by it.
    pub fn signature_is_valid(&self) -> bool {
        let (Some(key), Some(sig)) = (self.device_key, self.signature) else {
            return false;
        };
        crate::sign::verifying_key(&key)
            .and_then(|k| crate::sign::verify(&k, &self.signed_bytes(), &sig))
            .is_ok()
    }

    pub fn validate(&self) -> Result<(), ProtocolError> {
        if self.recruiter_licence.is_none() && self.recruiter_name.is_none() {
            return Err(invalid("recruiter", "missing"));
        }
        check_opt("recruiter", &self.recruiter_licence, MAX_SHORT_TEXT_BYTES)?;
        check_opt("recruiter", &self.recruiter_name, MAX_SHORT_TEXT_BYTES)?;
        check_opt_country("recruiter_country", &self.recruiter_country)?;
        if !(1..=5).contains(&self.rating) {
            return Err(invalid("rating", "out_of_range"));
        }
        if self.fees.len() > MAX_FEES {
            return Err(invalid("fees", "too_many"));
        }
        for f in &self.fees {
            check_currency("fees", &f.currency)?;
        }
        self.promised.validate("promised")?;
        self.actual.validate("actual")?;
        check_opt("text", &self.text, MAX_REVIEW_TEXT_BYTES)?;
        if let Some(y) = self.year {
            if !(1950..=2200).contains(&y) {
                return Err(invalid("year", "out_of_range"));
            }
        }
        check_language(&self.language)
    }
}

impl Body {
    pub fn validate(&self) -> Result<(), ProtocolError> {
        match self {
            Body::HelpRequest(h) => h.validate(),
            Body::Report(r) => r.validate(),
            Body::Review(r) => r.validate(),
        }
    }
}

/// Encodes a body (validate it first: encoding does not check).
pub fn encode_body(body: &Body) -> Vec<u8> {
    // Writing into a Vec cannot fail.
    minicbor::to_vec(body).unwrap_or_default()
}

/// Decodes and validates untrusted bytes.
pub fn decode_body(bytes: &[u8]) -> Result<Body, ProtocolError> {
    if bytes.len() > MAX_BODY_BYTES {
        return Err(ProtocolError::TooLarge {
            max: MAX_BODY_BYTES,
        });
    }
    let body: Body = minicbor::decode(bytes).map_err(|_| ProtocolError::Malformed)?;
    body.validate()?;
    Ok(body)
}

/// Proptest strategies for records, shared with mitra-core's storage tests.
#[cfg(any(test, feature = "proptest"))]
#[allow(clippy::unwrap_used)]
pub mod tests_support {
    use super::*;
    use proptest::collection::vec;
    use proptest::prelude::*;
    use proptest::sample::select;

    fn text(max_chars: usize) -> impl Strategy<Value = String> {
        // Latin, Devanagari, Myanmar, Arabic, emoji and combining marks; never control characters.
        proptest::string::string_regex(&format!(
            "[a-zA-Z0-9 .,\u{0900}-\u{097F}\u{1000}-\u{109F}\u{0600}-\u{06FF}\u{1F600}-\u{1F64F}\u{0300}-\u{036F}\n]{{1,{max_chars}}}"
        ))
        .unwrap()
        .prop_filter("not blank", |s| !s.trim().is_empty())
    }

    fn country() -> impl Strategy<Value = String> {
        "[A-Z]{2}"
    }

    fn date() -> impl Strategy<Value = PartialDate> {
        (
            1950u16..2100,
            proptest::option::of(1u8..=12),
            1u8..=28,
            any::<bool>(),
        )
            .prop_map(|(year, month, day, with_day)| PartialDate {
                year,
                month,
                day: if with_day && month.is_some() {
                    Some(day)
                } else {
                    None
                },
            })
    }

    pub fn help_request() -> impl Strategy<Value = HelpRequest> {
        (
            vec(select(Need::ALL), 1..4),
            1u16..20,
            any::<bool>(),
            proptest::option::of(country()),
            proptest::option::of(text(40)),
            proptest::option::of((-9_000_000i32..9_000_000, -18_000_000i32..18_000_000)),
            select(ContactMethod::ALL),
            proptest::option::of(text(30)),
            select(&["ne", "my", "ar", "id", "en", "ne-NP"][..]),
            proptest::option::of(text(120)),
        )
            .prop_map(
                |(mut needs, people, minors, country, area, pos, method, window, lang, note)| {
                    needs.dedup();
                    HelpRequest {
                        needs,
                        people,
                        minors,
                        country,
                        area,
                        position: pos.map(|(lat_e5, lon_e5)| Position { lat_e5, lon_e5 }),
                        contact: Contact {
                            method,
                            number: (method != ContactMethod::None)
                                .then(|| "+977 980 000 0000".to_owned()),
                        },
                        contact_window: window,
                        language: lang.to_owned(),
                        note,
                    }
                },
            )
    }

    pub fn report() -> impl Strategy<Value = Report> {
        (
            (
                select(About::ALL),
                proptest::option::of(select(Role::ALL)),
                proptest::option::of(select(Sector::ALL)),
            ),
            (
                proptest::option::of(country()),
                vec(country(), 0..3),
                proptest::option::of(country()),
            ),
            (
                proptest::option::of(text(40)),
                proptest::option::of(text(40)),
            ),
            (proptest::option::of(date()), proptest::option::of(date())),
            text(400),
            proptest::sample::subsequence(Indicator::ALL, 0..Indicator::ALL.len()),
            vec(select(Answer::ALL), Indicator::ALL.len()),
            (any::<bool>(), any::<bool>(), any::<bool>(), any::<bool>()),
        )
            .prop_map(
                |(
                    (about, role, sector),
                    (origin, transit, dest),
                    (recruiter, employer),
                    (recruited, started),
                    narrative,
                    inds,
                    answers,
                    (minors, h, n, p),
                )| Report {
                    about,
                    interviewer_role: if about == About::SomeoneElse {
                        role
                    } else {
                        None
                    },
                    sector,
                    origin_country: origin.clone(),
                    transit_countries: transit,
                    destination_country: dest,
                    nationality: origin,
                    recruiter,
                    employer,
                    recruited_on: recruited,
                    work_started_on: started,
                    work_ended_on: None,
                    narrative,
                    answers: inds
                        .into_iter()
                        .zip(answers)
                        .map(|(indicator, answer)| IndicatorAnswer { indicator, answer })
                        .collect(),
                    minors_involved: minors,
                    consent: Consent {
                        hotline: h,
                        ngo: n,
                        police: p,
                    },
                    language: "ne".into(),
                },
            )
    }

    pub fn review() -> impl Strategy<Value = Review> {
        (
            (
                proptest::option::of("[A-Z0-9/-]{3,20}"),
                proptest::option::of(country()),
                proptest::option::of(text(30)),
            ),
            1u8..=5,
            vec(
                (
                    1u64..10_000_000,
                    select(&["NPR", "USD", "QAR", "MYR"][..]),
                    select(PaidTo::ALL),
                    any::<bool>(),
                ),
                0..3,
            ),
            (
                proptest::option::of(text(30)),
                proptest::option::of(1u32..100_000),
                proptest::option::of(0u8..=168),
            ),
            proptest::option::of(any::<bool>()),
            proptest::option::of(text(200)),
            proptest::option::of(1990u16..2030),
            proptest::option::of((any::<[u8; 32]>(), any::<[u8; 32]>(), any::<[u8; 32]>())),
        )
            .prop_filter("a recruiter is named", |((l, _, n), ..)| {
                l.is_some() || n.is_some()
            })
            .prop_map(
                |(
                    (licence, country, name),
                    rating,
                    fees,
                    (job, wage, hours),
                    passport_kept,
                    text,
                    year,
                    keys,
                )| Review {
                    recruiter_licence: licence,
                    recruiter_country: country,
                    recruiter_name: name,
                    rating,
                    fees: fees
                        .into_iter()
                        .map(|(amount, currency, paid_to, receipt_given)| FeePaid {
                            amount,
                            currency: currency.to_owned(),
                            paid_to,
                            receipt_given,
                        })
                        .collect(),
                    promised: JobTerms {
                        job: job.clone(),
                        monthly_wage: wage,
                        wage_currency: wage.map(|_| "QAR".to_owned()),
                        hours_per_week: hours,
                        employer: None,
                    },
                    actual: JobTerms {
                        job,
                        monthly_wage: wage.map(|w| w / 2),
                        wage_currency: wage.map(|_| "QAR".to_owned()),
                        hours_per_week: None,
                        employer: None,
                    },
                    passport_kept,
                    text,
                    language: "ne".into(),
                    year,
                    device_key: keys.map(|(k, _, _)| k),
                    signature: keys.map(|(_, a, b)| {
                        let mut s = [0u8; 64];
                        s[..32].copy_from_slice(&a);
                        s[32..].copy_from_slice(&b);
                        s
                    }),
                },
            )
    }
}

#[cfg(test)]
mod tests {
    use super::tests_support::{help_request, report, review};
    use super::*;
    use proptest::collection::vec;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn help_requests_round_trip(h in help_request()) {
            h.validate().unwrap();
            let body = Body::HelpRequest(h);
            prop_assert_eq!(decode_body(&encode_body(&body)).unwrap(), body);
        }

        #[test]
        fn reports_round_trip(r in report()) {
            r.validate().unwrap();
            let body = Body::Report(r);
            prop_assert_eq!(decode_body(&encode_body(&body)).unwrap(), body);
        }

        #[test]
        fn reviews_round_trip(r in review()) {
            r.validate().unwrap();
            let body = Body::Review(r);
            prop_assert_eq!(decode_body(&encode_body(&body)).unwrap(), body);
        }

        #[test]
        fn arbitrary_bytes_never_panic(bytes in vec(any::<u8>(), 0..512)) {
            let _ = decode_body(&bytes);
        }

        #[test]
        fn corrupted_bodies_never_panic(h in help_request(), at in any::<prop::sample::Index>(), byte in any::<u8>()) {
            let mut bytes = encode_body(&Body::HelpRequest(h));
            let i = at.index(bytes.len());
            bytes[i] = byte;
            let _ = decode_body(&bytes);
        }
    }

    #[test]
    fn oversized_input_is_refused_unread() {
        assert_eq!(
            decode_body(&vec![0u8; MAX_BODY_BYTES + 1]),
            Err(ProtocolError::TooLarge {
                max: MAX_BODY_BYTES
            })
        );
    }

    #[test]
    fn a_typical_help_request_is_small() {
        let h = HelpRequest {
            needs: vec![Need::LeaveNow, Need::DocumentsTaken],
            people: 1,
            minors: false,
            country: Some("MY".into()),
            area: Some("Johor Bahru, near the bus station".into()),
            position: None,
            contact: Contact {
                method: ContactMethod::Sms,
                number: Some("+60 12 345 6789".into()),
            },
            contact_window: Some("after 9 pm".into()),
            language: "ne".into(),
            note: Some("मेरो राहदानी लगियो".into()),
        };
        let bytes = encode_body(&Body::HelpRequest(h));
        assert!(bytes.len() < 140, "{} bytes", bytes.len());
    }

    #[test]
    fn validation_names_the_field() {
        let mut h = HelpRequest {
            needs: vec![Need::Medical],
            people: 1,
            minors: false,
            country: Some("np".into()),
            area: None,
            position: None,
            contact: Contact {
                method: ContactMethod::None,
                number: None,
            },
            contact_window: None,
            language: "ne".into(),
            note: None,
        };
        assert_eq!(h.validate(), Err(invalid("country", "not_a_country_code")));
        h.country = None;
        h.contact = Contact {
            method: ContactMethod::Sms,
            number: None,
        };
        assert_eq!(h.validate(), Err(invalid("contact", "number_missing")));
        h.contact.number = Some("call me".into());
        assert_eq!(h.validate(), Err(invalid("contact", "not_a_phone_number")));
        h.contact.number = Some("+977-9800000000".into());
        h.needs.clear();
        assert_eq!(h.validate(), Err(invalid("needs", "empty")));
        h.needs.push(Need::Other);
        h.note = Some("x".repeat(MAX_NOTE_BYTES + 1));
        assert_eq!(h.validate(), Err(invalid("note", "too_long")));
    }

    #[test]
    fn codes_round_trip() {
        for n in Need::ALL {
            assert_eq!(Need::from_code(n.code()), Some(*n));
        }
        for i in Indicator::ALL {
            assert_eq!(Indicator::from_code(i.code()), Some(*i));
        }
        assert_eq!(Indicator::ALL.iter().filter(|i| i.is_ilo()).count(), 11);
    }
}
