//! One profile per country that sends migrant workers: who licenses recruiters, what agency
//! names are made of there, how its licence numbers, phone numbers and addresses look.
//!
//! Profiles are plain data plus two small formatting functions each; drawing from them is
//! `directory.rs`'s job.

use rand::Rng;
use rand::rngs::StdRng;

use crate::lexicon::{Script, Word};

mod bangladesh;
mod ethiopia;
mod india;
mod indonesia;
mod kenya;
mod myanmar;
mod nepal;
mod philippines;
mod sri_lanka;

/// Rough shares of outbound labour migration; they add up to 1000.
pub const ALL: &[&Country] = &[
    &india::INDIA,
    &bangladesh::BANGLADESH,
    &philippines::PHILIPPINES,
    &nepal::NEPAL,
    &indonesia::INDONESIA,
    &sri_lanka::SRI_LANKA,
    &kenya::KENYA,
    &ethiopia::ETHIOPIA,
    &myanmar::MYANMAR,
];

pub fn by_code(code: &str) -> Option<&'static Country> {
    ALL.iter().copied().find(|c| c.code == code)
}

pub struct Country {
    /// ISO 3166-1 alpha-2.
    pub code: &'static str,
    pub authority: &'static str,
    /// Share of the directory, per mille.
    pub share: u32,
    pub script: Option<Script>,
    /// Percent of agencies, in cities that write the script, whose record has a native alias.
    pub native_alias_percent: u32,
    /// Percent of distinctive words taken from the international `SHARED` words.
    pub shared_percent: u32,
    /// Relative weights of names with 1, 2 and 3 distinctive words.
    pub word_counts: [u32; 3],
    /// Distinctive name parts, most common first.
    pub words: &'static [Word],
    /// What the agency says it does ("Manpower", "Overseas Employment Agency"), weighted; a
    /// phrase with an empty Latin spelling means none.
    pub business: &'static [(Word, u32)],
    pub suffixes: &'static [(Suffix, u32)],
    pub cities: &'static [City],
    pub phones: PhonePlan,
    /// How high a real register's serial numbers go; a larger directory goes higher.
    pub serial_floor: u32,
    /// The licence number for a serial, issued in `issued` (days since 1970) from `city`.
    pub licence: fn(&mut StdRng, u32, &City, u32) -> String,
    /// A street address from one of a city's locality templates.
    pub address: fn(&mut StdRng, &str) -> String,
}

/// The legal form in a name: "Pvt. Ltd." after it, "PT" before it.
pub struct Suffix {
    pub latin: &'static str,
    /// As written in the native alias; "" where people leave it out.
    pub native: &'static str,
    pub before: bool,
}

pub const NO_SUFFIX: Suffix = Suffix {
    latin: "",
    native: "",
    before: false,
};

pub const fn after(latin: &'static str, native: &'static str) -> Suffix {
    Suffix {
        latin,
        native,
        before: false,
    }
}

pub struct City {
    pub name: &'static str,
    pub weight: u32,
    /// Trunk-less area code of its landlines.
    pub area_code: &'static str,
    /// Digits of a landline after the area code.
    pub local_len: usize,
    /// Digits a local landline number starts with.
    pub first_digits: &'static str,
    /// Street addresses; `#` is a house, plot or floor number.
    pub localities: &'static [&'static str],
    /// The licensing office code where the licence number carries one (India).
    pub office: &'static str,
    /// Whether agencies here write their name in the country's script.
    pub uses_script: bool,
}

pub struct PhonePlan {
    pub calling_code: &'static str,
    /// Mobile number prefixes (after the country code) used in the directory.
    pub mobile_prefixes: &'static [&'static str],
    /// Prefixes the directory never uses, kept for fake-offer alerts so they never name a
    /// licensed agency's phone.
    pub alert_prefixes: &'static [&'static str],
    /// Digits of a mobile number after the country code.
    pub mobile_len: usize,
    /// Whether people write mobiles with the trunk 0 (not in Nepal or India).
    pub mobile_trunk: bool,
    /// Digit groups of a mobile as written at home, counted with the trunk 0.
    pub mobile_groups: &'static [usize],
    pub separator: char,
    /// Whether the area code of a landline is written in brackets: "(021) 5551234".
    pub landline_brackets: bool,
}

impl Country {
    /// Serial numbers a directory of `count` agencies here draws from.
    pub fn serial_range(&self, count: usize) -> u32 {
        let wanted = u32::try_from(count.saturating_add(count / 4)).unwrap_or(u32::MAX);
        self.serial_floor.max(wanted)
    }

    /// The name part for a Latin word of this country, native spelling included.
    pub fn word(&self, latin: &str) -> Option<Word> {
        self.words
            .iter()
            .copied()
            .find(|w| w.latin == latin)
            .or_else(|| {
                crate::lexicon::SHARED
                    .iter()
                    .filter(|s| s.latin == latin)
                    .find_map(|s| s.for_script(self.script))
            })
    }
}

/// A number of `len` digits from `rng`.
pub fn digits(rng: &mut StdRng, len: usize) -> String {
    (0..len)
        .map(|_| char::from(b'0' + rng.gen_range(0..10u8)))
        .collect()
}

/// Fills each `#` of a locality template with a house number.
pub fn fill_house_numbers(rng: &mut StdRng, template: &str) -> String {
    let mut out = String::with_capacity(template.len() + 4);
    for c in template.chars() {
        if c == '#' {
            out.push_str(&rng.gen_range(1..=240u32).to_string());
        } else {
            out.push(c);
        }
    }
    out
}
