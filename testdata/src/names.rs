//! Agency names: drawn word by word from a country's lexicon, spelt again in its script for the
//! native alias, and read back into their parts for building search queries.
//!
//! A name is `[prefix] distinctive words [what it does] [legal form]`: "Everest Global Manpower
//! Pvt. Ltd.", "PT Sinar Jaya Abadi". Its distinctive words and what it does, as a set of lower
//! case words, are unique across the whole directory, so that no two agencies differ only by
//! word order or legal form.

use std::collections::HashSet;
use std::hash::{DefaultHasher, Hash, Hasher};

use rand::Rng;
use rand::rngs::StdRng;

use crate::countries::{Country, Suffix};
use crate::lexicon::{SHARED, Word};

/// A drawn name, with the parts it was made of.
pub struct Name {
    pub text: String,
    pub distinctive: Vec<Word>,
    pub business: Word,
    pub suffix: &'static Suffix,
}

impl Name {
    /// The name in the country's script, word by word, or `None` if the country has none.
    pub fn native(&self, country: &Country) -> Option<String> {
        let script = country.script?;
        let mut parts = Vec::with_capacity(3);
        let words: Vec<&str> = self.distinctive.iter().map(|w| w.native).collect();
        if words.iter().any(|n| n.is_empty()) {
            return None;
        }
        parts.push(words.join(script.joiner()));
        if !self.business.latin.is_empty() {
            if self.business.native.is_empty() {
                return None;
            }
            parts.push(self.business.native.to_owned());
        }
        if !self.suffix.native.is_empty() {
            parts.push(self.suffix.native.to_owned());
        }
        Some(parts.join(" "))
    }

    /// The words that make the name unique, without the legal form.
    pub fn core(&self) -> String {
        core_text(&self.distinctive, &self.business)
    }

    /// Initials as agencies abbreviate themselves ("EGM", "HMPL"), if there are at least three.
    pub fn initials(&self) -> Option<String> {
        let initials = |text: &str| -> String {
            text.split_whitespace()
                .filter_map(|w| w.chars().find(char::is_ascii_alphabetic))
                .map(|c| c.to_ascii_uppercase())
                .collect()
        };
        let mut out = initials(&self.core());
        if out.len() < 3 && !self.suffix.before {
            out.push_str(&initials(self.suffix.latin));
        }
        (out.len() >= 3).then_some(out)
    }

    /// A shorter trading name: the first distinctive word and what the agency does.
    pub fn trading_name(&self) -> Option<String> {
        if self.distinctive.len() < 2 || self.business.latin.is_empty() {
            return None;
        }
        Some(format!(
            "{} {}",
            self.distinctive[0].latin, self.business.latin
        ))
    }
}

fn core_text(distinctive: &[Word], business: &Word) -> String {
    let mut text = distinctive
        .iter()
        .map(|w| w.latin)
        .collect::<Vec<_>>()
        .join(" ");
    if !business.latin.is_empty() {
        text.push(' ');
        text.push_str(business.latin);
    }
    text
}

/// The identity of a name: its core words, lower case, in any order. Hashed, because it is
/// only ever compared; a collision could only make a name be drawn again.
pub fn core_key<'a>(texts: impl IntoIterator<Item = &'a str>) -> u64 {
    let mut words: Vec<u64> = texts
        .into_iter()
        .flat_map(str::split_whitespace)
        .filter_map(word_hash)
        .collect();
    key_of(&mut words)
}

fn key_of(word_hashes: &mut [u64]) -> u64 {
    word_hashes.sort_unstable();
    let mut hasher = DefaultHasher::new();
    word_hashes.hash(&mut hasher);
    hasher.finish()
}

/// A word as `lexicon::tokens` sees it (outer punctuation dropped, lower case), hashed.
fn word_hash(word: &str) -> Option<u64> {
    let word = word.trim_matches(|c: char| c.is_ascii_punctuation());
    if word.is_empty() {
        return None;
    }
    let mut hasher = DefaultHasher::new();
    hasher.write(word.to_lowercase().as_bytes());
    Some(hasher.finish())
}

/// A lexicon word with the hashes of its words, worked out once rather than per draw.
#[derive(Clone, Copy)]
struct Part {
    word: Word,
    hashes: [u64; 4],
    len: usize,
}

impl Part {
    fn new(word: Word) -> Self {
        let mut hashes = [0; 4];
        let mut len = 0;
        for h in word.latin.split_whitespace().filter_map(word_hash).take(4) {
            hashes[len] = h;
            len += 1;
        }
        Self { word, hashes, len }
    }

    fn hashes(&self) -> &[u64] {
        &self.hashes[..self.len]
    }
}

/// Draws names for one country with the weights its profile gives.
pub struct NamePicker {
    country: &'static Country,
    words: Weighted<Part>,
    shared: Weighted<Part>,
    business: Weighted<Part>,
    suffixes: Weighted<&'static Suffix>,
    counts: Weighted<usize>,
}

impl NamePicker {
    pub fn new(country: &'static Country) -> Self {
        // Common words are much more common: weight by 1/rank, as real names are.
        let by_rank = |words: Vec<Word>| {
            Weighted::new(
                words
                    .into_iter()
                    .enumerate()
                    .map(|(i, w)| {
                        let rank = u32::try_from(i).unwrap_or(u32::MAX).saturating_add(3);
                        (Part::new(w), 6000 / rank)
                    })
                    .collect(),
            )
        };
        let shared = SHARED
            .iter()
            .filter_map(|s| s.for_script(country.script))
            .collect();
        let business = country
            .business
            .iter()
            .map(|&(w, n)| (Part::new(w), n))
            .collect();
        Self {
            country,
            words: by_rank(country.words.to_vec()),
            shared: by_rank(shared),
            business: Weighted::new(business),
            suffixes: Weighted::new(country.suffixes.iter().map(|(s, n)| (s, *n)).collect()),
            counts: Weighted::new(
                country
                    .word_counts
                    .iter()
                    .enumerate()
                    .map(|(i, n)| (i + 1, *n))
                    .collect(),
            ),
        }
    }

    /// A name whose core is in no other agency's name yet; records it in `taken`.
    pub fn draw(&self, rng: &mut StdRng, taken: &mut HashSet<u64>) -> Name {
        let mut attempt = 0usize;
        let mut hashes = Vec::with_capacity(12);
        loop {
            // Crowded combinations push later agencies to longer names, as in a real register.
            let count = (self.counts.pick(rng) + attempt / 12).min(6);
            let distinctive = self.distinctive_words(rng, count);
            let business = self.business.pick(rng);
            attempt += 1;
            hashes.clear();
            for part in distinctive.iter().chain([&business]) {
                hashes.extend_from_slice(part.hashes());
            }
            if !taken.insert(key_of(&mut hashes)) {
                continue;
            }
            let distinctive: Vec<Word> = distinctive.iter().map(|p| p.word).collect();
            let business = business.word;
            let core = core_text(&distinctive, &business);
            let suffix = self.suffixes.pick(rng);
            let text = match (suffix.latin, suffix.before) {
                ("", _) => core,
                (s, true) => format!("{s} {core}"),
                (s, false) => format!("{core} {s}"),
            };
            return Name {
                text,
                distinctive,
                business,
                suffix,
            };
        }
    }

    fn distinctive_words(&self, rng: &mut StdRng, count: usize) -> Vec<Part> {
        let mut words: Vec<Part> = Vec::with_capacity(count);
        while words.len() < count {
            let from_shared =
                self.shared.len() > 0 && rng.gen_range(0..100) < self.country.shared_percent;
            let part = if from_shared {
                self.shared.pick(rng)
            } else {
                self.words.pick(rng)
            };
            // "Himalaya Himalayan" is no one's name.
            let new = stem(&part.word);
            if words.iter().all(|w| stem(&w.word) != new) {
                words.push(part);
            }
        }
        words
    }
}

fn stem(word: &Word) -> &'static [u8] {
    let bytes = word.latin.as_bytes();
    &bytes[..bytes.len().min(5)]
}

/// A name read back into its parts.
pub struct Parsed<'a> {
    /// Distinctive words as written in the name.
    pub distinctive: Vec<&'a str>,
    /// What the agency does, as written; "" if nothing.
    pub business: &'a str,
    /// The name without its legal form.
    pub core: &'a str,
}

/// Splits a name made by [`NamePicker`] into its parts. A name from elsewhere still parses:
/// everything that is not a known legal form or business phrase counts as distinctive.
pub fn parse<'a>(country: &Country, name: &'a str) -> Parsed<'a> {
    let mut core = name;
    for (suffix, _) in country.suffixes {
        if suffix.latin.is_empty() {
            continue;
        }
        let stripped = if suffix.before {
            name.strip_prefix(suffix.latin)
                .and_then(|r| r.strip_prefix(' '))
        } else {
            name.strip_suffix(suffix.latin)
                .and_then(|r| r.strip_suffix(' '))
        };
        if let Some(rest) = stripped {
            core = rest;
            break;
        }
    }
    let mut business = "";
    let mut distinctive_text = core;
    let mut phrases: Vec<&str> = country
        .business
        .iter()
        .map(|(b, _)| b.latin)
        .filter(|b| !b.is_empty())
        .collect();
    phrases.sort_by_key(|p| std::cmp::Reverse(p.len()));
    for phrase in phrases {
        let rest = core
            .strip_suffix(phrase)
            .and_then(|r| r.strip_suffix(' '))
            .filter(|r| !r.trim().is_empty());
        if let Some(rest) = rest {
            business = &core[rest.len() + 1..];
            distinctive_text = rest;
            break;
        }
    }
    Parsed {
        distinctive: distinctive_text.split_whitespace().collect(),
        business,
        core,
    }
}

/// Items with integer weights, picked by binary search over running totals.
pub struct Weighted<T> {
    items: Vec<T>,
    totals: Vec<u32>,
}

impl<T: Clone> Weighted<T> {
    pub fn new(weighted: Vec<(T, u32)>) -> Self {
        let mut total = 0u32;
        let mut items = Vec::with_capacity(weighted.len());
        let mut totals = Vec::with_capacity(weighted.len());
        for (item, weight) in weighted {
            if weight == 0 {
                continue;
            }
            total = total.saturating_add(weight);
            items.push(item);
            totals.push(total);
        }
        Self { items, totals }
    }

    pub fn len(&self) -> usize {
        self.items.len()
    }

    /// One item; the list must not be empty (every profile list has items).
    pub fn pick(&self, rng: &mut StdRng) -> T {
        let total = self.totals.last().copied().unwrap_or(1);
        let x = rng.gen_range(0..total);
        let i = self.totals.partition_point(|&t| t <= x);
        self.items[i.min(self.items.len().saturating_sub(1))].clone()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::countries::{ALL, by_code};
    use rand::SeedableRng;

    #[test]
    fn names_parse_back_into_the_words_they_were_made_of() {
        let mut rng = StdRng::seed_from_u64(1);
        let mut taken = HashSet::new();
        for country in ALL {
            let picker = NamePicker::new(country);
            for _ in 0..300 {
                let name = picker.draw(&mut rng, &mut taken);
                let parsed = parse(country, &name.text);
                let words: Vec<&str> = name.distinctive.iter().map(|w| w.latin).collect();
                assert_eq!(parsed.distinctive, words, "{}", name.text);
                assert_eq!(parsed.business, name.business.latin, "{}", name.text);
                assert_eq!(parsed.core, name.core());
            }
        }
    }

    #[test]
    fn a_native_alias_is_the_same_name_word_by_word() {
        let np = by_code("NP").unwrap();
        let name = Name {
            text: "Everest Global Manpower Pvt. Ltd.".into(),
            distinctive: vec![np.word("Everest").unwrap(), np.word("Global").unwrap()],
            business: np.business[0].0,
            suffix: &np.suffixes[0].0,
        };
        assert_eq!(name.native(np).unwrap(), "एभरेस्ट ग्लोबल म्यानपावर प्रा. लि.");
        assert_eq!(name.initials().unwrap(), "EGM");
        assert_eq!(name.trading_name().unwrap(), "Everest Manpower");
        let mm = by_code("MM").unwrap();
        let name = Name {
            text: "Shwe Yadanar Overseas Employment Agency Co., Ltd.".into(),
            distinctive: vec![mm.word("Shwe").unwrap(), mm.word("Yadanar").unwrap()],
            business: mm.business[0].0,
            suffix: &mm.suffixes[0].0,
        };
        assert_eq!(
            name.native(mm).unwrap(),
            "ရွှေရတနာ ပြည်ပ အလုပ်အကိုင် အေဂျင်စီ ကုမ္ပဏီ လီမိတက်"
        );
    }
}
