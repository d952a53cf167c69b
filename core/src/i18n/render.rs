//! Words for the core's values: domain labels, error messages and the assessment, in the
//! person's language. Everything here goes through Fluent; nothing here is English.

use mitra_protocol::records::{Answer, ContactMethod, Indicator, Need, Recipient, Role, Sector};

use super::{Arg, Localizer};
use crate::reports::assessment::{Assessment, ConcernKind, Reason};
use crate::reports::{AttachmentKind, Kind, Status};

/// The message for an invalid-input error, by its stable field and reason codes.
pub fn invalid_input_message_id(field: &str, reason: &str) -> &'static str {
    match (field, reason) {
        ("pin", "too_short") => "error-pin-too-short",
        ("pin", "too_long") => "error-pin-too-long",
        ("pin", "not_distinct") => "error-pin-not-distinct",
        ("consent", _) => "error-consent-needed",
        ("status", "not_a_draft") => "error-not-a-draft",
        ("needs", "empty") => "error-needs-empty",
        ("contact", "number_missing") => "error-contact-number-missing",
        ("contact", _) => "error-not-a-phone-number",
        (_, "not_a_country_code") => "error-not-a-country",
        (_, "not_a_date") => "error-not-a-date",
        ("people", _) => "error-people-out-of-range",
        ("language", _) => "error-not-a-language",
        ("attachment", "too_large") => "error-attachment-too-large",
        ("attachment", "unsupported_type") => "error-attachment-type",
        ("attachment", "too_many") => "error-attachment-too-many",
        ("id", "ambiguous") => "error-id-ambiguous",
        ("card", "other_hotline_pending") => "error-card-other-hotline",
        ("card", "older_card") => "error-card-older",
        ("card", _) => "error-card-invalid",
        ("hotline", "not_paired") => "error-not-paired",
        ("hotline", "insecure_endpoint") => "error-insecure-endpoint",
        ("daily_data_budget", _) => "error-budget-range",
        ("directory", "bad_signature") => "error-directory-bad-signature",
        ("directory", "older_version" | "wrong_base") => "error-directory-older",
        ("directory", _) => "error-directory-malformed",
        ("recruiter", "not_found") => "error-recruiter-not-found",
        ("rating", _) => "review-rating-out-of-range",
        ("id", _) => "error-not-an-id",
        ("page", "not_an_image") => "error-page-not-an-image",
        ("page", "too_large") => "error-page-too-large",
        ("page", "too_many") => "error-page-too-many",
        ("page", "not_found") => "error-not-found",
        ("rate", _) => "error-rate-invalid",
        ("contract", "wage_not_stated") => "error-wage-not-stated",
        ("month", _) => "error-not-a-month",
        ("out", "not_empty") => "error-proof-folder-not-empty",
        (_, "too_long") => "error-text-too-long",
        (_, "empty") => "error-text-empty",
        _ => "error-invalid-input",
    }
}

pub fn invalid_input(l: &Localizer, field: &str, reason: &str) -> String {
    // Contract terms: the field is the JSON path (`terms.wage.amount`), the reason its code.
    if let Some(key) = field
        .strip_prefix("terms.")
        .or(field.strip_prefix("terms").filter(|k| k.is_empty()))
    {
        return l.format(
            "contract-terms-invalid",
            &[("code", Arg::from(reason)), ("key", Arg::from(key))],
        );
    }
    l.format(
        invalid_input_message_id(field, reason),
        &[("field", Arg::from(field))],
    )
}

pub fn need(l: &Localizer, n: Need) -> String {
    l.format(&format!("need-{}", n.code()), &[])
}

pub fn contact_method(l: &Localizer, c: ContactMethod) -> String {
    l.format(&format!("contact-{}", c.code()), &[])
}

pub fn indicator_question(l: &Localizer, i: Indicator) -> String {
    l.format(&format!("indicator-{}", i.code()), &[])
}

pub fn indicator_name(l: &Localizer, i: Indicator) -> String {
    l.format_attribute(&format!("indicator-{}", i.code()), "name", &[])
}

pub fn answer(l: &Localizer, a: Answer) -> String {
    l.format(&format!("answer-{}", a.code()), &[])
}

pub fn consent_question(l: &Localizer, r: Recipient) -> String {
    l.format(&format!("consent-{}", r.code()), &[])
}

pub fn recipient_name(l: &Localizer, r: Recipient) -> String {
    l.format_attribute(&format!("consent-{}", r.code()), "name", &[])
}

pub fn role(l: &Localizer, r: Role) -> String {
    l.format(&format!("role-{}", r.code()), &[])
}

pub fn sector(l: &Localizer, s: Sector) -> String {
    l.format(&format!("sector-{}", s.code()), &[])
}

pub fn status(l: &Localizer, s: Status) -> String {
    l.format(&format!("status-{}", s.code()), &[])
}

pub fn kind(l: &Localizer, k: Kind) -> String {
    l.format(&format!("kind-{}", k.code()), &[])
}

pub fn attachment_kind(l: &Localizer, k: AttachmentKind) -> String {
    l.format(
        match k {
            AttachmentKind::Photo => "attachment-photo",
            AttachmentKind::Audio => "attachment-audio",
        },
        &[],
    )
}

pub fn urgency(l: &Localizer, u: crate::reports::assessment::Urgency) -> String {
    l.format(&format!("urgency-{}", u.code()), &[])
}

/// Joins items the way the language lists them.
pub fn list(l: &Localizer, items: &[String]) -> String {
    let separator = match l.language() {
        "ar" => "، ",
        "my" => "၊ ",
        _ => ", ",
    };
    items.join(separator)
}

/// What raised a concern, in words.
pub fn reason(l: &Localizer, r: &Reason) -> String {
    match r {
        Reason::Answer(i, Answer::Yes) => indicator_name(l, *i),
        Reason::Answer(i, a) => format!("{} ({})", indicator_name(l, *i), answer(l, *a)),
        Reason::Need(n) => need(l, *n),
        Reason::Minors => l.format("field-minors", &[]),
    }
}

/// The assessment as lines of text: the suggested urgency, each concern with what raised it,
/// and the reminder that a person at the hotline decides.
pub fn assessment(l: &Localizer, a: &Assessment) -> Vec<String> {
    let mut lines = vec![l.format(
        "assessment-urgency",
        &[("urgency", Arg::from(urgency(l, a.urgency)))],
    )];
    for c in &a.concerns {
        let text = match c.kind {
            ConcernKind::ForcedLabour { count } => {
                l.format("concern-forced-labour", &[("count", Arg::from(count))])
            }
            other => l.format(&format!("concern-{}", other.code()), &[]),
        };
        let reasons: Vec<String> = c.raised_by.iter().map(|r| reason(l, r)).collect();
        lines.push(format!(
            "{text} {}",
            l.format(
                "concern-raised-by",
                &[("reasons", Arg::from(list(l, &reasons)))]
            )
        ));
    }
    lines.push(l.format("assessment-disclaimer", &[]));
    lines
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::reports::assessment::{Concern, Urgency};

    #[test]
    fn the_assessment_reads_in_the_persons_language_and_names_its_reasons() {
        let a = Assessment {
            urgency: Urgency::Immediate,
            concerns: vec![Concern {
                kind: ConcernKind::Violence,
                urgency: Urgency::Immediate,
                raised_by: vec![Reason::Answer(
                    Indicator::PhysicalSexualViolence,
                    Answer::Yes,
                )],
            }],
        };
        let en = assessment(&Localizer::english(), &a);
        assert_eq!(en[0], "Suggested urgency: Danger now");
        assert_eq!(
            en[1],
            "Violence or threats were reported. Because of: Physical or sexual violence"
        );
        assert!(en[2].contains("A person at the hotline"));
        let ne = assessment(&Localizer::new(&["ne"], false, false), &a);
        assert_eq!(ne.len(), 3);
        assert_ne!(ne, en);
    }

    #[test]
    fn every_invalid_input_code_the_core_emits_has_its_own_message() {
        for (field, reason) in [
            ("pin", "too_short"),
            ("consent", "hotline_not_consented"),
            ("contact", "number_missing"),
            ("country", "not_a_country_code"),
            ("attachment", "too_large"),
            ("id", "ambiguous"),
            ("narrative", "too_long"),
            ("text", "empty"),
        ] {
            assert_ne!(
                invalid_input_message_id(field, reason),
                "error-invalid-input",
                "{field}/{reason}"
            );
        }
    }
}
