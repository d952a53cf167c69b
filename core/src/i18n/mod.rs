//! Every word Mitra shows, in the person's language: Fluent bundles compiled in from
//! `locales/<tag>/mitra.ftl`, language negotiation with fallback chains that end in English, text
//! direction per locale, and each locale's own digits.
//!
//! Tags from the phone are canonicalised first (Android still says `in` for Indonesian, `iw` for
//! Hebrew, `tl` for Filipino). Languages Mitra does not ship yet fall back to the regional lingua
//! franca the person most likely reads (Shan or Karen → Burmese, Maithili → Nepali), then English.
//! Formatting never fails: a missing message yields its id, which the lint in this module's tests
//! makes impossible for shipped locales.

#[cfg(test)]
mod lint;
pub mod render;

use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    Ltr,
    Rtl,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Digits {
    Latin,
    Devanagari,
    Myanmar,
}

/// How a locale writes a number: `1,234.5` (en), `12,34,567.5` (ne, lakh grouping), `1.234,5`
/// (id).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct NumberStyle {
    group: char,
    decimal: char,
    /// Groups of two after the first three (South Asian lakh and crore).
    lakh: bool,
}

const WESTERN: NumberStyle = NumberStyle {
    group: ',',
    decimal: '.',
    lakh: false,
};

struct Locale {
    tag: &'static str,
    ftl: &'static str,
    direction: Direction,
    digits: Digits,
    numbers: NumberStyle,
}

/// A locale's messages: one file per area, so that areas can be translated and reviewed apart.
macro_rules! locale_files {
    ($tag:literal) => {
        concat!(
            include_str!(concat!("../../../locales/", $tag, "/mitra.ftl")),
            "\n",
            include_str!(concat!("../../../locales/", $tag, "/recruiters.ftl")),
            "\n",
            include_str!(concat!("../../../locales/", $tag, "/jobcheck.ftl")),
            "\n",
            include_str!(concat!("../../../locales/", $tag, "/contracts.ftl")),
        )
    };
}

/// Shipped locales. English first: it is the source and the last fallback.
const LOCALES: &[Locale] = &[
    Locale {
        tag: "en",
        ftl: locale_files!("en"),
        direction: Direction::Ltr,
        digits: Digits::Latin,
        numbers: WESTERN,
    },
    Locale {
        tag: "ne",
        ftl: locale_files!("ne"),
        direction: Direction::Ltr,
        digits: Digits::Devanagari,
        numbers: NumberStyle {
            group: ',',
            decimal: '.',
            lakh: true,
        },
    },
    Locale {
        tag: "my",
        ftl: locale_files!("my"),
        direction: Direction::Ltr,
        digits: Digits::Myanmar,
        numbers: WESTERN,
    },
    Locale {
        tag: "ar",
        ftl: locale_files!("ar"),
        direction: Direction::Rtl,
        digits: Digits::Latin,
        numbers: WESTERN,
    },
    Locale {
        tag: "id",
        ftl: locale_files!("id"),
        direction: Direction::Ltr,
        digits: Digits::Latin,
        numbers: NumberStyle {
            group: '.',
            decimal: ',',
            lakh: false,
        },
    },
];

/// Legacy and three-letter codes phones and people still use, mapped to the tags we ship under.
const ALIASES: &[(&str, &str)] = &[
    ("in", "id"),
    ("ind", "id"),
    ("iw", "he"),
    ("ji", "yi"),
    ("jw", "jv"),
    ("tl", "fil"),
    ("mo", "ro"),
    ("prs", "fa-AF"),
    ("sh", "sr-Latn"),
    ("nep", "ne"),
    ("npi", "ne"),
    ("bur", "my"),
    ("mya", "my"),
    ("ara", "ar"),
    ("arb", "ar"),
    ("eng", "en"),
];

/// Languages not shipped yet, and the shipped language their speakers most often also read.
const REGIONAL_FALLBACK: &[(&str, &str)] = &[
    ("shn", "my"),
    ("ksw", "my"),
    ("kar", "my"),
    ("mnw", "my"),
    ("kac", "my"),
    ("rki", "my"),
    ("mai", "ne"),
    ("bho", "ne"),
    ("new", "ne"),
    ("thl", "ne"),
    ("dty", "ne"),
    ("jv", "id"),
    ("su", "id"),
    ("ms", "id"),
    ("apd", "ar"),
    ("arz", "ar"),
    ("acw", "ar"),
];

/// The tags Mitra ships, English first.
pub fn available() -> Vec<&'static str> {
    LOCALES.iter().map(|l| l.tag).collect()
}

/// Canonicalises a tag from a phone or a person: `in_ID` → `id-ID`, `iw` → `he`, `MY` → `my`.
/// Unicode extensions (`-u-nu-latn`) are dropped. Returns `None` for something that is no tag.
pub fn canonicalize(tag: &str) -> Option<LanguageIdentifier> {
    let tag = tag.trim().replace('_', "-");
    let tag = tag.split("-u-").next().unwrap_or("");
    let (lang, rest) = match tag.split_once('-') {
        Some((l, r)) => (l.to_ascii_lowercase(), Some(r)),
        None => (tag.to_ascii_lowercase(), None),
    };
    let lang = ALIASES
        .iter()
        .find(|(from, _)| *from == lang)
        .map_or(lang.as_str(), |(_, to)| *to)
        .to_owned();
    let full = match rest {
        Some(r) if !r.is_empty() => format!("{lang}-{r}"),
        _ => lang,
    };
    full.parse().ok()
}

/// The fallback chain for what the person asked for, most preferred first, always ending in `en`.
pub fn negotiate<S: AsRef<str>>(requested: &[S]) -> Vec<&'static str> {
    let available: Vec<LanguageIdentifier> =
        LOCALES.iter().filter_map(|l| l.tag.parse().ok()).collect();
    let mut wanted: Vec<LanguageIdentifier> = Vec::new();
    for tag in requested {
        let Some(id) = canonicalize(tag.as_ref()) else {
            continue;
        };
        let lang = id.language.as_str().to_owned();
        wanted.push(id);
        if let Some((_, lingua_franca)) = REGIONAL_FALLBACK.iter().find(|(l, _)| *l == lang) {
            if let Ok(id) = lingua_franca.parse() {
                wanted.push(id);
            }
        }
    }
    let en = available.first();
    let chosen = fluent_langneg::negotiate_languages(
        &wanted,
        &available,
        en,
        fluent_langneg::NegotiationStrategy::Filtering,
    );
    let mut chain: Vec<&'static str> = Vec::new();
    for id in chosen {
        if let Some(l) = LOCALES.iter().find(|l| l.tag == id.language.as_str()) {
            if !chain.contains(&l.tag) {
                chain.push(l.tag);
            }
        }
    }
    if !chain.contains(&"en") {
        chain.push("en");
    }
    chain
}

fn map_digits(text: String, zero: char) -> String {
    text.chars()
        .map(|c| match c.to_digit(10) {
            Some(d) if c.is_ascii_digit() => char::from_u32(zero as u32 + d).unwrap_or(c),
            _ => c,
        })
        .collect()
}

fn devanagari_digits<M>(value: &FluentValue<'_>, _: &M) -> Option<String> {
    match value {
        FluentValue::Number(n) => Some(map_digits(n.as_string().into_owned(), '\u{0966}')),
        _ => None,
    }
}

fn myanmar_digits<M>(value: &FluentValue<'_>, _: &M) -> Option<String> {
    match value {
        FluentValue::Number(n) => Some(map_digits(n.as_string().into_owned(), '\u{1040}')),
        _ => None,
    }
}

struct Bundles {
    /// Bidi isolation marks around placeables: for text shown in a user interface.
    isolating: FluentBundle<FluentResource>,
    /// No isolation marks: for SMS, JSON, logs-free exports and other machine output.
    plain: FluentBundle<FluentResource>,
}

fn build(locale: &Locale, isolating: bool, latin_digits: bool) -> FluentBundle<FluentResource> {
    let id: LanguageIdentifier = locale.tag.parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    bundle.set_use_isolating(isolating);
    if !latin_digits {
        match locale.digits {
            Digits::Latin => {}
            Digits::Devanagari => bundle.set_formatter(Some(devanagari_digits)),
            Digits::Myanmar => bundle.set_formatter(Some(myanmar_digits)),
        }
    }
    let resource = match FluentResource::try_new(locale.ftl.to_owned()) {
        Ok(r) => r,
        // The lint test makes this unreachable for shipped files; keep what parsed.
        Err((r, errors)) => {
            tracing::error!("locale {} has {} syntax errors", locale.tag, errors.len());
            r
        }
    };
    if let Err(errors) = bundle.add_resource(resource) {
        tracing::error!(
            "locale {} has {} duplicate messages",
            locale.tag,
            errors.len()
        );
    }
    bundle
}

fn bundles(latin_digits: bool) -> &'static [Bundles] {
    static NATIVE: OnceLock<Vec<Bundles>> = OnceLock::new();
    static LATIN: OnceLock<Vec<Bundles>> = OnceLock::new();
    let cell = if latin_digits { &LATIN } else { &NATIVE };
    cell.get_or_init(|| {
        LOCALES
            .iter()
            .map(|l| Bundles {
                isolating: build(l, true, latin_digits),
                plain: build(l, false, latin_digits),
            })
            .collect()
    })
}

/// An argument to a message: a number (selects plural forms) or a text.
#[derive(Debug, Clone, PartialEq)]
pub enum Arg {
    Number(f64),
    Text(String),
}

impl From<i64> for Arg {
    fn from(n: i64) -> Self {
        Arg::Number(n as f64)
    }
}

impl From<u32> for Arg {
    fn from(n: u32) -> Self {
        Arg::Number(f64::from(n))
    }
}

impl From<u64> for Arg {
    fn from(n: u64) -> Self {
        Arg::Number(n as f64)
    }
}

impl From<&str> for Arg {
    fn from(s: &str) -> Self {
        Arg::Text(s.to_owned())
    }
}

impl From<String> for Arg {
    fn from(s: String) -> Self {
        Arg::Text(s)
    }
}

/// Formats messages for one person's languages.
#[derive(Debug, Clone)]
pub struct Localizer {
    chain: Vec<usize>,
    isolating: bool,
    latin_digits: bool,
}

impl Localizer {
    /// `requested`: the person's languages, most preferred first (tags as the phone gives them).
    /// `isolating`: bidi isolation marks around inserted values (on for UI, off for machine
    /// output). `latin_digits`: 0–9 even where the language has its own digits.
    pub fn new<S: AsRef<str>>(requested: &[S], isolating: bool, latin_digits: bool) -> Self {
        let chain = negotiate(requested)
            .into_iter()
            .filter_map(|tag| LOCALES.iter().position(|l| l.tag == tag))
            .collect();
        Localizer {
            chain,
            isolating,
            latin_digits,
        }
    }

    /// English, plain: for tests and machine output.
    pub fn english() -> Self {
        Localizer::new(&["en"], false, true)
    }

    /// The language actually used first (the head of the fallback chain).
    pub fn language(&self) -> &'static str {
        self.chain.first().map_or("en", |i| LOCALES[*i].tag)
    }

    pub fn direction(&self) -> Direction {
        self.chain
            .first()
            .map_or(Direction::Ltr, |i| LOCALES[*i].direction)
    }

    fn bundle(&self, index: usize) -> &'static FluentBundle<FluentResource> {
        let b = &bundles(self.latin_digits)[index];
        if self.isolating {
            &b.isolating
        } else {
            &b.plain
        }
    }

    fn format_in(&self, id: &str, attribute: Option<&str>, args: &[(&str, Arg)]) -> Option<String> {
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            match value {
                Arg::Number(n) => fluent_args.set(*name, FluentValue::from(*n)),
                Arg::Text(s) => fluent_args.set(*name, FluentValue::from(s.as_str())),
            }
        }
        for index in &self.chain {
            let bundle = self.bundle(*index);
            let Some(message) = bundle.get_message(id) else {
                continue;
            };
            let pattern = match attribute {
                Some(attr) => message.get_attribute(attr).map(|a| a.value()),
                None => message.value(),
            };
            let Some(pattern) = pattern else { continue };
            let mut errors = Vec::new();
            let text = bundle.format_pattern(pattern, Some(&fluent_args), &mut errors);
            if errors.is_empty() {
                return Some(text.into_owned());
            }
            tracing::warn!("message {id} failed to format in {}", LOCALES[*index].tag);
        }
        None
    }

    /// The message `id` in the best language that has it. Never fails: a message missing from
    /// every locale comes back as its id.
    pub fn format(&self, id: &str, args: &[(&str, Arg)]) -> String {
        self.format_in(id, None, args)
            .unwrap_or_else(|| id.to_owned())
    }

    /// An attribute of a message (`indicator-deception.name`).
    pub fn format_attribute(&self, id: &str, attribute: &str, args: &[(&str, Arg)]) -> String {
        self.format_in(id, Some(attribute), args)
            .unwrap_or_else(|| format!("{id}.{attribute}"))
    }

    pub fn has(&self, id: &str) -> bool {
        self.chain.iter().any(|i| self.bundle(*i).has_message(id))
    }

    /// Maps 0-9 to the locale's own digits unless Latin digits were asked for.
    pub fn digits(&self, text: String) -> String {
        let digits = self
            .chain
            .first()
            .map_or(Digits::Latin, |i| LOCALES[*i].digits);
        match (self.latin_digits, digits) {
            (true, _) | (_, Digits::Latin) => text,
            (false, Digits::Devanagari) => map_digits(text, '\u{0966}'),
            (false, Digits::Myanmar) => map_digits(text, '\u{1040}'),
        }
    }

    /// A decimal given in thousandths, grouped and in the locale's digits: `1,400`, `12,34,567.5`
    /// (ne), `1.400,25` (id). Decimals are shown only when there are any.
    pub fn decimal(&self, thousandths: i64) -> String {
        self.number(thousandths, false)
    }

    /// An amount of money in thousandths with its ISO currency code: `QAR 1,400`, `QAR 1,400.50`.
    pub fn money(&self, thousandths: i64, currency: &str) -> String {
        format!("{currency}\u{a0}{}", self.number(thousandths, true))
    }

    fn number(&self, thousandths: i64, cents: bool) -> String {
        let style = self.chain.first().map_or(WESTERN, |i| LOCALES[*i].numbers);
        let negative = thousandths < 0;
        let value = thousandths.unsigned_abs();
        let (whole, frac) = (value / 1000, value % 1000);
        let digits = whole.to_string();
        let mut groups: Vec<&str> = Vec::new();
        let (mut rest, first) = if digits.len() > 3 {
            digits.split_at(digits.len() - 3)
        } else {
            ("", digits.as_str())
        };
        groups.push(first);
        let size = if style.lakh { 2 } else { 3 };
        while !rest.is_empty() {
            let cut = rest.len().saturating_sub(size);
            groups.push(&rest[cut..]);
            rest = &rest[..cut];
        }
        groups.reverse();
        let mut out = String::new();
        if negative {
            out.push('-');
        }
        out.push_str(&groups.join(&style.group.to_string()));
        if frac != 0 {
            let mut frac = format!("{frac:03}");
            let keep = if cents { 2 } else { 1 };
            while frac.len() > keep && frac.ends_with('0') {
                frac.pop();
            }
            out.push(style.decimal);
            out.push_str(&frac);
        }
        self.digits(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phone_tags_are_canonicalised_before_negotiation() {
        assert_eq!(negotiate(&["in-ID"]), vec!["id", "en"]);
        assert_eq!(negotiate(&["in_ID"]), vec!["id", "en"]);
        assert_eq!(negotiate(&["ne-NP"]), vec!["ne", "en"]);
        assert_eq!(negotiate(&["my-MM-u-nu-latn"]), vec!["my", "en"]);
        assert_eq!(canonicalize("iw").unwrap().to_string(), "he");
        assert_eq!(canonicalize("tl").unwrap().to_string(), "fil");
        assert_eq!(canonicalize("mo").unwrap().to_string(), "ro");
        assert_eq!(canonicalize("AR_sa").unwrap().to_string(), "ar-SA");
        assert!(canonicalize("not a tag!").is_none());
    }

    #[test]
    fn chains_fall_back_through_the_regional_language_to_english() {
        assert_eq!(negotiate(&["shn"]), vec!["my", "en"]);
        assert_eq!(negotiate(&["mai-IN", "hi"]), vec!["ne", "en"]);
        assert_eq!(negotiate(&["fr", "ar-AE"]), vec!["ar", "en"]);
        assert_eq!(negotiate(&["xx"]), vec!["en"]);
        assert_eq!(negotiate::<&str>(&[]), vec!["en"]);
    }

    #[test]
    fn direction_and_digits_follow_the_locale() {
        let ar = Localizer::new(&["ar"], true, false);
        assert_eq!(ar.direction(), Direction::Rtl);
        assert_eq!(
            Localizer::new(&["ne"], true, false).direction(),
            Direction::Ltr
        );
        let ne = Localizer::new(&["ne"], false, false);
        assert!(
            ne.format("vault-failed-attempts", &[("count", 12u32.into())])
                .contains("१२")
        );
        let ne_latin = Localizer::new(&["ne"], false, true);
        assert!(
            ne_latin
                .format("vault-failed-attempts", &[("count", 12u32.into())])
                .contains("12")
        );
        let my = Localizer::new(&["my"], false, false);
        assert!(
            my.format("vault-failed-attempts", &[("count", 3u32.into())])
                .contains('၃')
        );
    }

    #[test]
    fn isolation_marks_only_where_asked() {
        let args = [("dir", Arg::from("/tmp/x"))];
        let ui = Localizer::new(&["ar"], true, false).format("vault-set-up", &args);
        let plain = Localizer::new(&["ar"], false, false).format("vault-set-up", &args);
        assert!(ui.contains('\u{2068}') && ui.contains('\u{2069}'), "{ui}");
        assert!(!plain.contains('\u{2068}'), "{plain}");
    }

    #[test]
    fn plural_forms_follow_each_language() {
        let en = Localizer::english();
        assert!(
            en.format("error-wrong-pin-left", &[("attempts", 1u32.into())])
                .contains("one more")
        );
        assert!(
            en.format("error-wrong-pin-left", &[("attempts", 5u32.into())])
                .contains("5 tries")
        );
        let ar = Localizer::new(&["ar"], false, true);
        let two = ar.format("help-people", &[("count", 2u32.into())]);
        let three = ar.format("help-people", &[("count", 3u32.into())]);
        let eleven = ar.format("help-people", &[("count", 11u32.into())]);
        assert!(
            two != three && three != eleven,
            "{two} / {three} / {eleven}"
        );
    }

    #[test]
    fn missing_messages_fall_back_and_never_panic() {
        let ne = Localizer::new(&["ne"], false, false);
        assert_eq!(ne.format("no-such-message", &[]), "no-such-message");
        assert_eq!(ne.language(), "ne");
        assert!(ne.has("language-name"));
        assert_eq!(ne.format("language-name", &[]), "नेपाली");
    }

    #[test]
    fn money_and_numbers_follow_the_locale() {
        let en = Localizer::new(&["en"], false, false);
        assert_eq!(en.money(1_400_000, "QAR"), "QAR\u{a0}1,400");
        assert_eq!(en.money(1_400_500, "QAR"), "QAR\u{a0}1,400.50");
        assert_eq!(en.money(1_234_567_125, "KWD"), "KWD\u{a0}1,234,567.125");
        assert_eq!(en.decimal(8_500), "8.5");
        assert_eq!(en.decimal(-250_000), "-250");
        let ne = Localizer::new(&["ne"], false, false);
        assert_eq!(ne.money(1_234_567_000, "NPR"), "NPR\u{a0}१२,३४,५६७");
        let ne_latin = Localizer::new(&["ne"], false, true);
        assert_eq!(ne_latin.decimal(100_000_000), "1,00,000");
        let id = Localizer::new(&["id"], false, false);
        assert_eq!(id.money(1_500_000_500, "IDR"), "IDR\u{a0}1.500.000,50");
        let my = Localizer::new(&["my"], false, false);
        assert_eq!(my.decimal(1_000_000), "၁,၀၀၀");
    }
}
