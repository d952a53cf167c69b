//! mitra-ffi: the one facade the Android and iOS shells (and the `mitra` CLI) call.
//!
//! Thin by design: every exported method delegates to mitra-core and maps its error. Methods are
//! blocking; shells call them off the main thread. No panic crosses the boundary: the release
//! profile keeps `panic = "unwind"`, which uniffi turns into an `InternalException`.

mod contracts;
mod error;
mod key_wrapper;
mod localizer;
mod logging;
mod mitra;
mod records;
mod recruiters;
mod sync;

pub use contracts::{
    ChangeSeverity, ContractChange, ContractComparison, ContractDeduction, ContractFee,
    ContractPage, ContractSnapshot, ContractTerms, ContractWage, ExchangeRate, MonthPay,
    PassportHolder, PayPeriod, WageCheck, contract_terms_from_json, exchange_rate_from_text,
};
pub use error::{MitraError, Result};
pub use key_wrapper::{FileKeyWrapper, KeyWrapper, KeyWrapperError};
pub use localizer::{ArgValue, Localizer, MessageArg, TextDirection, available_languages};
pub use logging::init;
pub use mitra::{JournalEntry, Mitra, SetupOptions, VaultStatus, WipeReport};
pub use records::{
    About, Answer, Assessment, AttachmentInfo, AttachmentKind, Concern, Connectivity, Consent,
    ContactMethod, HelpRequest, HotlineInfo, Indicator, IndicatorAnswer, Need, OutboxEntry,
    PartialDate, Position, Recipient, Record, RecordKind, RecordStatus, Report, Role, Sector,
    SyncProgress, Urgency,
};
pub use recruiters::{
    DirectoryStatus, FeeInput, JobCheck, JobFlag, JobOffer, JobTermsInput, LicenceStatus, PaidTo,
    Recruiter, RecruiterSearch, RecruiterStanding, RecruiterStats, ReviewInput, Severity, Visa,
};
pub use sync::{SyncHandle, SyncListener};

uniffi::setup_scaffolding!("mitra");
