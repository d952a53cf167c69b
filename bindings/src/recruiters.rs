//! The recruiter directory, reviews and the job-offer check, as the shells see them.

use std::sync::Arc;

use mitra_core::protocol::directory as wire_dir;
use mitra_core::protocol::records as wire;
use mitra_core::recruiters::{self as core_rec, Found, jobcheck, render};
use mitra_core::vault;

use crate::error::{MitraError, Result};
use crate::localizer::Localizer;
use crate::mitra::Mitra;
use crate::records::mirror_enum;

mirror_enum!(
    /// A recruiter's licence status, as the licensing authority states it.
    LicenceStatus => wire_dir::LicenceStatus { Licensed, Suspended, Revoked, Blacklisted, Unknown }
);
mirror_enum!(
    /// Who received a recruitment fee.
    PaidTo => wire::PaidTo { Recruiter, SubAgent, Employer, Other }
);
mirror_enum!(
    /// The visa a job offer comes with.
    Visa => jobcheck::Visa { Work, Visit, Student, Unknown }
);
mirror_enum!(
    /// What the directory says about the recruiter behind an offer.
    RecruiterStanding => jobcheck::RecruiterStanding { Licensed, Suspended, Revoked, Blacklisted, Unknown, NotInDirectory }
);
mirror_enum!(
    /// How serious a red flag is.
    Severity => jobcheck::Severity { High, Medium, Low }
);

/// What workers said about an agency (held bursts excluded).
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct RecruiterStats {
    pub reviews: u32,
    /// 1 to 5.
    pub average_rating: f32,
    pub paid_fees: u32,
    pub median_fee: Option<u64>,
    pub fee_currency: Option<String>,
    pub passport_kept: u32,
    pub job_differed: u32,
    pub wage_lower: u32,
}

/// One agency from the directory, with its localised description.
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct Recruiter {
    /// `COUNTRY:LICENCE`, for `recruiter()` and reviews.
    pub id: String,
    pub licence_number: String,
    pub country: String,
    pub authority: String,
    pub name: String,
    pub aliases: Vec<String>,
    pub status: LicenceStatus,
    /// YYYY-MM-DD.
    pub status_since: Option<String>,
    pub phones: Vec<String>,
    pub address: Option<String>,
    /// 0 to 1: how well the query matched.
    pub score: f32,
    /// What matched: `name`, `alias`, `licence` or `phone`.
    pub matched: String,
    pub stats: Option<RecruiterStats>,
    /// Status, warning, licence, reviews... in the localizer's language, most important first.
    pub lines: Vec<String>,
    /// Set when the agency may not recruit now (not licensed, or unconfirmed).
    pub warning: Option<String>,
}

/// The directory on this phone.
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct DirectoryStatus {
    pub version: u64,
    /// When the hotline published it, seconds since the Unix epoch.
    pub published_at_s: u64,
    pub age_days: u64,
    pub entries: u64,
    pub alerts: u64,
    /// Its age (and a warning when old), in the localizer's language.
    pub lines: Vec<String>,
}

/// The answer to a search: matches, or a plain warning that the agency is not in the directory.
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct RecruiterSearch {
    pub results: Vec<Recruiter>,
    /// Set when nothing matched: not being in the directory is itself a warning sign.
    pub not_found: Option<String>,
    /// `None` when the phone has no directory yet.
    pub directory: Option<DirectoryStatus>,
}

#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct FeeInput {
    pub amount: u64,
    /// ISO 4217, like "NPR".
    pub currency: String,
    pub paid_to: PaidTo,
    pub receipt_given: bool,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, uniffi::Record)]
pub struct JobTermsInput {
    #[uniffi(default = None)]
    pub job: Option<String>,
    #[uniffi(default = None)]
    pub monthly_wage: Option<u32>,
    #[uniffi(default = None)]
    pub wage_currency: Option<String>,
    #[uniffi(default = None)]
    pub hours_per_week: Option<u8>,
    #[uniffi(default = None)]
    pub employer: Option<String>,
}

/// A worker's review. Sent without the person's identity, signed by a key made for this phone.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct ReviewInput {
    /// The directory id (`NP:1234/067/68`) when the agency is there...
    #[uniffi(default = None)]
    pub recruiter_id: Option<String>,
    /// ...or the name the worker knows it by.
    #[uniffi(default = None)]
    pub recruiter_name: Option<String>,
    /// 1 (never again) to 5 (would recommend).
    pub rating: u8,
    #[uniffi(default = [])]
    pub fees: Vec<FeeInput>,
    pub promised: JobTermsInput,
    pub actual: JobTermsInput,
    #[uniffi(default = None)]
    pub passport_kept: Option<bool>,
    #[uniffi(default = None)]
    pub text: Option<String>,
    pub language: String,
    /// The year of recruitment; no finer, a date would identify the worker.
    #[uniffi(default = None)]
    pub year: Option<u16>,
}

/// The worker's answers about a job offer; every one may be left unanswered.
#[derive(Debug, Clone, Default, PartialEq, Eq, uniffi::Record)]
pub struct JobOffer {
    #[uniffi(default = None)]
    pub fee_demanded: Option<bool>,
    #[uniffi(default = None)]
    pub fee_amount: Option<u64>,
    #[uniffi(default = None)]
    pub fee_currency: Option<String>,
    #[uniffi(default = None)]
    pub passport_to_hand_over: Option<bool>,
    #[uniffi(default = None)]
    pub employer_named: Option<bool>,
    /// Is the contract in a language the worker reads?
    #[uniffi(default = None)]
    pub contract_readable: Option<bool>,
    #[uniffi(default = None)]
    pub wage_far_above_normal: Option<bool>,
    #[uniffi(default = None)]
    pub visa: Option<Visa>,
    /// The recruiter's directory id, when the worker found it (its status is looked up).
    #[uniffi(default = None)]
    pub recruiter_id: Option<String>,
    /// Or what the worker knows of it.
    #[uniffi(default = None)]
    pub recruiter: Option<RecruiterStanding>,
    #[uniffi(default = None)]
    pub destination: Option<String>,
    /// The offer as pasted, in any language.
    #[uniffi(default = None)]
    pub offer_text: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct JobFlag {
    /// Stable code, like `fee-demanded`.
    pub code: String,
    pub severity: Severity,
    /// Phrases from the offer text (or alert values) that raised it.
    pub evidence: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct JobCheck {
    /// Most severe first.
    pub flags: Vec<JobFlag>,
    /// Each flag explained with what to do next, then advice on AI-made deception, in the
    /// localizer's language.
    pub lines: Vec<String>,
}

fn stats(s: &wire_dir::ReviewStats) -> RecruiterStats {
    RecruiterStats {
        reviews: s.reviews,
        average_rating: if s.reviews == 0 {
            0.0
        } else {
            s.rating_sum as f32 / s.reviews as f32
        },
        paid_fees: s.paid_fees,
        median_fee: s.median_fee,
        fee_currency: s.fee_currency.clone(),
        passport_kept: s.passport_kept,
        job_differed: s.job_differed,
        wage_lower: s.wage_lower,
    }
}

fn recruiter(f: &Found, l: &mitra_core::i18n::Localizer) -> Recruiter {
    let e = &f.entry;
    Recruiter {
        id: e.id(),
        licence_number: e.licence_number.clone(),
        country: e.country.clone(),
        authority: e.authority.clone(),
        name: e.name.clone(),
        aliases: e.aliases.clone(),
        status: e.status.into(),
        status_since: e.status_since.map(wire_dir::format_date),
        phones: e.phones.clone(),
        address: e.address.clone(),
        score: f.score,
        matched: f.matched.code().to_owned(),
        stats: f.stats.as_ref().map(stats),
        lines: render::lines(l, f),
        warning: render::warning(l, e.status),
    }
}

fn terms(t: JobTermsInput) -> wire::JobTerms {
    wire::JobTerms {
        job: t.job,
        monthly_wage: t.monthly_wage,
        wage_currency: t.wage_currency,
        hours_per_week: t.hours_per_week,
        employer: t.employer,
    }
}

impl Mitra {
    fn directory_status_in(
        &self,
        l: &mitra_core::i18n::Localizer,
    ) -> Result<Option<DirectoryStatus>> {
        let now = vault::now_ms();
        Ok(self
            .vault()
            .read(core_rec::directory::info)?
            .map(|i| DirectoryStatus {
                version: i.version,
                published_at_s: i.created_s,
                age_days: render::age_days(&i, now),
                entries: i.entries,
                alerts: i.alerts,
                lines: render::age(l, &i, now),
            }))
    }
}

#[uniffi::export]
impl Mitra {
    /// The recruiter directory on this phone, or `None` before the first sync brought one.
    pub fn directory_status(&self, localizer: Arc<Localizer>) -> Result<Option<DirectoryStatus>> {
        self.directory_status_in(localizer.core())
    }

    /// Searches the directory offline by name, alias, licence or phone, in any script, with
    /// typos tolerated. At most `limit` results, best first; none when nothing matches well.
    pub fn search_recruiters(
        &self,
        query: String,
        country: Option<String>,
        limit: u32,
        localizer: Arc<Localizer>,
    ) -> Result<RecruiterSearch> {
        let l = localizer.core();
        let directory = self.directory_status_in(l)?;
        let country = country.map(|c| c.trim().to_ascii_uppercase());
        let found = self.search_cache().search(
            self.vault(),
            &query,
            country.as_deref(),
            limit.clamp(1, 100) as usize,
        )?;
        let results: Vec<Recruiter> = found.iter().map(|f| recruiter(f, l)).collect();
        let not_found =
            (results.is_empty() && directory.is_some()).then(|| render::not_found(l, &query));
        Ok(RecruiterSearch {
            results,
            not_found,
            directory,
        })
    }

    /// One agency by its id (`NP:1234/067/68`).
    pub fn recruiter(&self, id: String, localizer: Arc<Localizer>) -> Result<Recruiter> {
        let found = self
            .search_cache()
            .show(self.vault(), id.trim())?
            .ok_or(MitraError::NotFound)?;
        Ok(recruiter(&found, localizer.core()))
    }

    /// Imports a directory bundle received another way (a file from an NGO phone). It must be
    /// signed by the paired hotline and newer than the one held; otherwise nothing changes.
    pub fn import_directory(
        &self,
        bundle: Vec<u8>,
        localizer: Arc<Localizer>,
    ) -> Result<DirectoryStatus> {
        let card = self
            .vault()
            .read(mitra_core::sync::paired)?
            .ok_or_else(|| MitraError::InvalidInput {
                field: "hotline".into(),
                reason: "not_paired".into(),
            })?;
        let key = card.verifying_key().map_err(|_| MitraError::Internal)?;
        let now = vault::now_ms();
        self.vault()
            .write(|tx| core_rec::directory::apply(tx, &key, &bundle, now))?;
        self.directory_status_in(localizer.core())?
            .ok_or(MitraError::Internal)
    }

    /// Saves a review and queues it for the hotline. Returns the record id.
    pub fn review_recruiter(&self, review: ReviewInput) -> Result<String> {
        let (country, licence) = match review.recruiter_id.as_deref().map(str::trim) {
            Some(id) => {
                let found = self.search_cache().show(self.vault(), id)?.ok_or_else(|| {
                    MitraError::InvalidInput {
                        field: "recruiter".into(),
                        reason: "not_found".into(),
                    }
                })?;
                (
                    Some(found.entry.country.clone()),
                    Some(found.entry.licence_number.clone()),
                )
            }
            None => (None, None),
        };
        let review = wire::Review {
            recruiter_licence: licence,
            recruiter_country: country,
            recruiter_name: review.recruiter_name,
            rating: review.rating,
            fees: review
                .fees
                .into_iter()
                .map(|f| wire::FeePaid {
                    amount: f.amount,
                    currency: f.currency.trim().to_ascii_uppercase(),
                    paid_to: f.paid_to.into(),
                    receipt_given: f.receipt_given,
                })
                .collect(),
            promised: terms(review.promised),
            actual: terms(review.actual),
            passport_kept: review.passport_kept,
            text: review.text,
            language: review.language,
            year: review.year,
            device_key: None,
            signature: None,
        };
        let now = vault::now_ms();
        Ok(self
            .vault()
            .write(|tx| {
                let key = core_rec::device_key(tx)?;
                mitra_core::reports::save_review(tx, review, &key, now)
            })?
            .to_string())
    }

    /// Red flags in a job offer, each explained, with what to do next. Transparent rules.
    pub fn check_job_offer(&self, offer: JobOffer, localizer: Arc<Localizer>) -> Result<JobCheck> {
        let standing = match offer.recruiter_id.as_deref().map(str::trim) {
            Some(id) => Some(match self.search_cache().show(self.vault(), id)? {
                Some(f) => RecruiterStanding::from(f.entry.status),
                None => RecruiterStanding::NotInDirectory,
            }),
            None => offer.recruiter,
        };
        let alerts = self.vault().read(core_rec::directory::alerts)?;
        let answers = jobcheck::OfferAnswers {
            fee_demanded: offer.fee_demanded,
            fee_amount: offer.fee_amount,
            fee_currency: offer.fee_currency,
            passport_to_hand_over: offer.passport_to_hand_over,
            employer_named: offer.employer_named,
            contract_readable: offer.contract_readable,
            wage_far_above_normal: offer.wage_far_above_normal,
            visa: offer.visa.map(Into::into),
            recruiter: standing.map(Into::into),
            destination: offer.destination,
            offer_text: offer.offer_text,
        };
        let check = jobcheck::check(&answers, &alerts);
        Ok(JobCheck {
            flags: check
                .flags
                .iter()
                .map(|f| JobFlag {
                    code: f.flag.code().to_owned(),
                    severity: f.severity.into(),
                    evidence: f.evidence.clone(),
                })
                .collect(),
            lines: jobcheck::render(localizer.core(), &check),
        })
    }
}

impl From<wire_dir::LicenceStatus> for RecruiterStanding {
    fn from(s: wire_dir::LicenceStatus) -> Self {
        match s {
            wire_dir::LicenceStatus::Licensed => RecruiterStanding::Licensed,
            wire_dir::LicenceStatus::Suspended => RecruiterStanding::Suspended,
            wire_dir::LicenceStatus::Revoked => RecruiterStanding::Revoked,
            wire_dir::LicenceStatus::Blacklisted => RecruiterStanding::Blacklisted,
            wire_dir::LicenceStatus::Unknown => RecruiterStanding::Unknown,
        }
    }
}
