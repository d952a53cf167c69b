//! Words in the person's language for everything the shells show: labels for every domain
//! value, error messages, any message by id. Backed by the core's Fluent bundles.

use std::sync::Arc;

use mitra_core::i18n::{self, Arg, render};

use crate::error::MitraError;
use crate::records::{
    Answer, ContactMethod, Indicator, Need, Recipient, RecordKind, RecordStatus, Role, Sector,
    Urgency,
};

#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Enum)]
pub enum TextDirection {
    LeftToRight,
    RightToLeft,
}

/// A value for a message's variable: numbers choose plural forms.
#[derive(Debug, Clone, PartialEq, uniffi::Enum)]
pub enum ArgValue {
    Number { value: f64 },
    Text { value: String },
}

#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct MessageArg {
    pub name: String,
    pub value: ArgValue,
}

/// Formats Mitra's messages for one person's languages.
#[derive(uniffi::Object)]
pub struct Localizer(pub(crate) i18n::Localizer);

/// The language tags Mitra ships, English first.
#[uniffi::export]
pub fn available_languages() -> Vec<String> {
    i18n::available().into_iter().map(str::to_owned).collect()
}

impl Localizer {
    pub fn core(&self) -> &i18n::Localizer {
        &self.0
    }
}

#[uniffi::export]
impl Localizer {
    /// `languages`: the person's preferences, most preferred first, as the phone reports them
    /// (legacy tags like `in` or `iw` are understood). `for_display`: isolation marks around
    /// inserted values, for right-to-left text next to left-to-right values; false for SMS and
    /// machine output. `latin_digits`: 0–9 even where the language has its own digits.
    #[uniffi::constructor]
    pub fn new(languages: Vec<String>, for_display: bool, latin_digits: bool) -> Arc<Self> {
        Arc::new(Localizer(i18n::Localizer::new(
            &languages,
            for_display,
            latin_digits,
        )))
    }

    /// The language actually used (the best match Mitra ships).
    pub fn language(&self) -> String {
        self.0.language().to_owned()
    }

    pub fn direction(&self) -> TextDirection {
        match self.0.direction() {
            i18n::Direction::Ltr => TextDirection::LeftToRight,
            i18n::Direction::Rtl => TextDirection::RightToLeft,
        }
    }

    /// Any message by id (see locales/en/mitra.ftl). A missing id comes back unchanged.
    pub fn message(&self, id: String, args: Vec<MessageArg>) -> String {
        let args: Vec<(String, Arg)> = args
            .into_iter()
            .map(|a| {
                let v = match a.value {
                    ArgValue::Number { value } => Arg::Number(value),
                    ArgValue::Text { value } => Arg::Text(value),
                };
                (a.name, v)
            })
            .collect();
        let borrowed: Vec<(&str, Arg)> =
            args.iter().map(|(n, v)| (n.as_str(), v.clone())).collect();
        self.0.format(&id, &borrowed)
    }

    /// What to tell the person about an error, and what they can do.
    pub fn error_message(&self, error: MitraError) -> String {
        let l = &self.0;
        match error {
            MitraError::NotSetUp => l.format("error-not-set-up", &[]),
            MitraError::AlreadySetUp => l.format("error-already-set-up", &[]),
            MitraError::Locked => l.format("error-locked", &[]),
            MitraError::WrongPin {
                attempts_left: Some(n),
            } => l.format("error-wrong-pin-left", &[("attempts", Arg::from(n))]),
            MitraError::WrongPin {
                attempts_left: None,
            } => l.format("error-wrong-pin", &[]),
            MitraError::TryLater { retry_after_ms } => l.format(
                "error-try-later",
                &[("seconds", Arg::from(retry_after_ms.div_ceil(1000)))],
            ),
            MitraError::InvalidInput { field, reason } => render::invalid_input(l, &field, &reason),
            MitraError::NotFound => l.format("error-not-found", &[]),
            MitraError::KeyStoreUnavailable => l.format("error-key-store-unavailable", &[]),
            MitraError::KeyLost => l.format("error-key-lost", &[]),
            MitraError::Storage => l.format("error-storage", &[]),
            MitraError::Internal => l.format("error-internal", &[]),
        }
    }

    pub fn need(&self, need: Need) -> String {
        render::need(&self.0, need.into())
    }

    pub fn contact_method(&self, method: ContactMethod) -> String {
        render::contact_method(&self.0, method.into())
    }

    /// The interview question for an indicator ("yes" raises the concern).
    pub fn indicator_question(&self, indicator: Indicator) -> String {
        render::indicator_question(&self.0, indicator.into())
    }

    /// A short name for an indicator, for hotline staff.
    pub fn indicator_name(&self, indicator: Indicator) -> String {
        render::indicator_name(&self.0, indicator.into())
    }

    pub fn answer(&self, answer: Answer) -> String {
        render::answer(&self.0, answer.into())
    }

    /// The consent question, in plain words.
    pub fn consent_question(&self, recipient: Recipient) -> String {
        render::consent_question(&self.0, recipient.into())
    }

    pub fn recipient_name(&self, recipient: Recipient) -> String {
        render::recipient_name(&self.0, recipient.into())
    }

    pub fn role(&self, role: Role) -> String {
        render::role(&self.0, role.into())
    }

    pub fn sector(&self, sector: Sector) -> String {
        render::sector(&self.0, sector.into())
    }

    pub fn status(&self, status: RecordStatus) -> String {
        self.0
            .format(&format!("status-{}", status_code(status)), &[])
    }

    pub fn kind(&self, kind: RecordKind) -> String {
        self.0.format(
            match kind {
                RecordKind::HelpRequest => "kind-help-request",
                RecordKind::Report => "kind-report",
                RecordKind::Review => "kind-review",
            },
            &[],
        )
    }

    pub fn urgency(&self, urgency: Urgency) -> String {
        self.0
            .format(&format!("urgency-{}", urgency_code(urgency)), &[])
    }
}

pub(crate) fn status_code(s: RecordStatus) -> &'static str {
    match s {
        RecordStatus::Draft => "draft",
        RecordStatus::Queued => "queued",
        RecordStatus::Sent => "sent",
        RecordStatus::Acknowledged => "acknowledged",
    }
}

pub(crate) fn urgency_code(u: Urgency) -> &'static str {
    match u {
        Urgency::Routine => "routine",
        Urgency::Elevated => "elevated",
        Urgency::High => "high",
        Urgency::Immediate => "immediate",
    }
}
