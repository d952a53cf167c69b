//! Queries a worker would type to find a given agency, each with the agency meant, for
//! measuring the search's recall: misspelt names, a few words of a name, the native alias, the
//! name romanised another way or typed in the other script, the licence number and the phone
//! number as written at home.
//!
//! A query that could as well mean another agency is never produced: its words, licence or
//! digits must point at exactly one entry of the directory given.

mod index;
mod typos;

use std::collections::HashSet;

use mitra_protocol::directory::Entry;
use rand::rngs::StdRng;
use rand::seq::SliceRandom;
use rand::{Rng, SeedableRng};

use crate::countries::{Country, by_code};
use crate::lexicon::{latin_vocabulary, tokens};
use crate::names::{Parsed, parse};
use crate::phones;
use index::Index;

/// A query and the agency it is meant to find.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecallQuery {
    pub text: String,
    /// `Entry::id()` of the agency meant.
    pub expected: String,
    /// One of [`KINDS`].
    pub kind: &'static str,
}

/// The kinds of recall query, produced in turn so that each has about the same share.
pub const KINDS: [&str; 6] = [
    "misspelt",
    "partial",
    "alias",
    "transliterated",
    "licence",
    "phone",
];

/// Queries a real worker would type to find a given agency, with the agency they mean.
///
/// Kinds take turns; a kind the entries cannot give (no native alias anywhere) gives its turn
/// to the next. Fewer than `n` only if the entries offer no unambiguous query at all.
pub fn recall_queries(entries: &[Entry], seed: u64, n: usize) -> Vec<RecallQuery> {
    let mut rng = StdRng::seed_from_u64(seed);
    let builder = Builder {
        entries,
        index: Index::new(entries),
        vocabulary: latin_vocabulary().into_iter().collect(),
    };
    let all: Vec<usize> = (0..entries.len()).collect();
    let with_native: Vec<usize> = all
        .iter()
        .copied()
        .filter(|&i| native_alias(&entries[i]).is_some())
        .collect();
    let scripted: Vec<usize> = all
        .iter()
        .copied()
        .filter(|&i| by_code(&entries[i].country).is_some_and(|c| c.script.is_some()))
        .collect();
    let mut out = Vec::with_capacity(n);
    for turn in 0..n {
        for shift in 0..KINDS.len() {
            let kind = KINDS[(turn + shift) % KINDS.len()];
            let pool = match kind {
                "alias" => &with_native,
                "transliterated" => &scripted,
                _ => &all,
            };
            let made = (0..64).find_map(|_| {
                let &i = pool.choose(&mut rng)?;
                builder.make(kind, i, &mut rng).map(|text| (i, text))
            });
            if let Some((i, text)) = made {
                out.push(RecallQuery {
                    text,
                    expected: entries[i].id(),
                    kind,
                });
                break;
            }
        }
    }
    out
}

/// The alias in the country's own script, if the entry has one.
fn native_alias(entry: &Entry) -> Option<&str> {
    entry
        .aliases
        .iter()
        .find(|a| !a.is_ascii())
        .map(String::as_str)
}

struct Builder<'a> {
    entries: &'a [Entry],
    index: Index,
    vocabulary: HashSet<String>,
}

impl Builder<'_> {
    fn make(&self, kind: &str, i: usize, rng: &mut StdRng) -> Option<String> {
        let entry = &self.entries[i];
        let text = match kind {
            "misspelt" => self.misspelt(entry, i, rng),
            "partial" => self.partial(entry, i),
            "alias" => self.alias(entry, i, rng),
            "transliterated" => self.transliterated(entry, i, rng),
            "licence" => self.licence(entry, i, rng),
            _ => self.phone(entry, i, rng),
        }?;
        let trimmed = text.trim();
        (!trimmed.is_empty() && trimmed != entry.name).then(|| trimmed.to_owned())
    }

    fn means_only(&self, text: &str, i: usize) -> bool {
        self.index.words_mean_only(&tokens(text), i)
    }

    /// One or two typing errors in the name, or in its distinctive words alone.
    fn misspelt(&self, entry: &Entry, i: usize, rng: &mut StdRng) -> Option<String> {
        let country = by_code(&entry.country);
        let parsed = country.map(|c| parse(c, &entry.name));
        let only_distinctive = rng.gen_bool(0.5);
        let mut words: Vec<String> = match &parsed {
            Some(p) if only_distinctive => {
                let text = p.distinctive.join(" ");
                if !self.means_only(&text, i) {
                    return None;
                }
                p.distinctive.iter().map(|w| (*w).to_owned()).collect()
            }
            _ => entry.name.split_whitespace().map(str::to_owned).collect(),
        };
        // Errors go in the words that make the name, not in "Pvt. Ltd.".
        let core: Vec<&str> = parsed.as_ref().map_or_else(
            || entry.name.split_whitespace().collect(),
            |p| p.core.split_whitespace().collect(),
        );
        let targets: Vec<usize> = (0..words.len())
            .filter(|&w| core.contains(&words[w].as_str()))
            .collect();
        let errors = if rng.gen_ratio(3, 10) { 2 } else { 1 };
        for _ in 0..errors {
            let &at = targets.choose(rng)?;
            let typed = typos::mistype(rng, &words[at])?;
            // A slip that lands on another real name part is not a misspelling any more.
            if tokens(&typed).iter().any(|t| self.vocabulary.contains(t)) {
                return None;
            }
            words[at] = typed;
        }
        let text = words.join(" ");
        Some(if only_distinctive && rng.gen_bool(0.5) {
            text.to_lowercase()
        } else {
            text
        })
    }

    /// The distinctive words, lower case; with what the agency does if they alone are shared.
    fn partial(&self, entry: &Entry, i: usize) -> Option<String> {
        let country = by_code(&entry.country)?;
        let parsed = parse(country, &entry.name);
        [parsed.distinctive.join(" "), parsed.core.to_owned()]
            .into_iter()
            .map(|t| t.to_lowercase())
            .find(|t| self.means_only(t, i))
    }

    /// The native alias whole, or only its distinctive words.
    fn alias(&self, entry: &Entry, i: usize, rng: &mut StdRng) -> Option<String> {
        let whole = native_alias(entry)?;
        if rng.gen_bool(0.5) {
            return Some(whole.to_owned());
        }
        let country = by_code(&entry.country)?;
        let parsed = parse(country, &entry.name);
        let part = native_words(country, &parsed.distinctive)?;
        (whole.starts_with(&part) && part != whole && self.means_only(&part, i)).then_some(part)
    }

    /// With a native alias: the Latin name romanised from it another common way ("Himaalayan
    /// Manpawar"). Without one: the Latin name typed in the country's script.
    fn transliterated(&self, entry: &Entry, i: usize, rng: &mut StdRng) -> Option<String> {
        let country = by_code(&entry.country)?;
        let parsed = parse(country, &entry.name);
        let distinctive = parsed.distinctive.join(" ");
        let use_core = !self.means_only(&distinctive, i);
        if use_core && !self.means_only(parsed.core, i) {
            return None;
        }
        if native_alias(entry).is_some() {
            romanised_otherwise(country, &parsed, use_core, rng)
        } else {
            let mut text = native_words(country, &parsed.distinctive)?;
            if use_core && !parsed.business.is_empty() {
                let business = business_word(country, parsed.business)?;
                if business.native.is_empty() {
                    return None;
                }
                text.push(' ');
                text.push_str(business.native);
            }
            Some(text)
        }
    }

    /// The licence number with other spacing, punctuation or case.
    fn licence(&self, entry: &Entry, i: usize, rng: &mut StdRng) -> Option<String> {
        let licence = &entry.licence_number;
        let separator = *[" ", "-", "", "/", " / ", "."].choose(rng)?;
        let mut text: String = licence
            .chars()
            .map(|c| match c {
                '/' | '-' | '.' => separator.to_owned(),
                c => c.to_string(),
            })
            .collect();
        match rng.gen_range(0..3) {
            0 => text = text.to_lowercase(),
            1 => text = text.to_uppercase(),
            _ => {}
        }
        if text == *licence {
            text = text.to_lowercase();
        }
        let text = text.trim().to_owned();
        (text != *licence && self.index.licence_means_only(&text, i)).then_some(text)
    }

    /// A phone number as written at home, spaced, or without its plus.
    fn phone(&self, entry: &Entry, i: usize, rng: &mut StdRng) -> Option<String> {
        let country = by_code(&entry.country)?;
        let phone = entry.phones.choose(rng)?;
        let text = match rng.gen_range(0..5) {
            0 => phones::national(country, phone)?,
            1 => phones::national(country, phone)?
                .chars()
                .filter(char::is_ascii_digit)
                .collect(),
            2 => phones::international_spaced(country, phone)?,
            3 => phone.trim_start_matches('+').to_owned(),
            _ => format!("00{}", phone.trim_start_matches('+')),
        };
        (text != *phone && self.index.phone_means_only(&text, i)).then_some(text)
    }
}

/// Distinctive words in the country's script, joined as the script joins them.
fn native_words(country: &Country, words: &[&str]) -> Option<String> {
    let script = country.script?;
    let native = words
        .iter()
        .map(|w| country.word(w).map(|w| w.native).filter(|n| !n.is_empty()))
        .collect::<Option<Vec<_>>>()?;
    Some(native.join(script.joiner()))
}

fn business_word(country: &Country, latin: &str) -> Option<crate::lexicon::Word> {
    country
        .business
        .iter()
        .map(|(b, _)| *b)
        .find(|b| b.latin == latin)
}

/// The words (and what the agency does, if `with_business`) with other romanisations; at
/// least one word differs from the Latin name.
fn romanised_otherwise(
    country: &Country,
    parsed: &Parsed<'_>,
    with_business: bool,
    rng: &mut StdRng,
) -> Option<String> {
    let mut words = parsed
        .distinctive
        .iter()
        .map(|w| country.word(w))
        .collect::<Option<Vec<_>>>()?;
    if with_business && !parsed.business.is_empty() {
        words.push(business_word(country, parsed.business)?);
    }
    let respellable: Vec<usize> = (0..words.len())
        .filter(|&i| !words[i].alts.is_empty())
        .collect();
    let &must = respellable.choose(rng)?;
    let text = words
        .iter()
        .enumerate()
        .map(|(i, w)| {
            let respell = i == must || (!w.alts.is_empty() && rng.gen_ratio(2, 3));
            match w.alts.choose(rng) {
                Some(alt) if respell => *alt,
                _ => w.latin,
            }
        })
        .collect::<Vec<_>>()
        .join(" ");
    Some(if rng.gen_bool(0.5) {
        text.to_lowercase()
    } else {
        text
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    #[test]
    fn every_query_means_an_agency_that_exists_and_kinds_share_evenly() {
        let entries = crate::directory(5, 20_000);
        let queries = recall_queries(&entries, 9, 1_200);
        assert_eq!(queries.len(), 1_200);
        let ids: HashSet<String> = entries.iter().map(Entry::id).collect();
        let mut per_kind: HashMap<&str, usize> = HashMap::new();
        for q in &queries {
            assert!(ids.contains(&q.expected), "{q:?}");
            assert!(!q.text.trim().is_empty(), "{q:?}");
            *per_kind.entry(q.kind).or_default() += 1;
        }
        for kind in KINDS {
            assert_eq!(per_kind.get(kind), Some(&200), "{per_kind:?}");
        }
    }

    #[test]
    fn queries_are_deterministic_for_a_seed() {
        let entries = crate::directory(5, 3_000);
        assert_eq!(
            recall_queries(&entries, 1, 300),
            recall_queries(&entries, 1, 300)
        );
        assert_ne!(
            recall_queries(&entries, 1, 300),
            recall_queries(&entries, 2, 300)
        );
    }

    #[test]
    fn queries_look_like_their_kind() {
        let entries = crate::directory(5, 20_000);
        let by_id: HashMap<String, &Entry> = entries.iter().map(|e| (e.id(), e)).collect();
        for q in recall_queries(&entries, 3, 1_200) {
            let e = by_id[&q.expected];
            match q.kind {
                "alias" => assert!(
                    e.aliases.iter().any(|a| a.starts_with(&q.text)),
                    "{q:?} {e:?}"
                ),
                "licence" => assert_eq!(
                    index::licence_key(&q.text),
                    index::licence_key(&e.licence_number)
                ),
                "phone" => {
                    let digits: String = q.text.chars().filter(char::is_ascii_digit).collect();
                    assert!(
                        e.phones
                            .iter()
                            .any(|p| p.ends_with(&digits[digits.len() - 6..])),
                        "{q:?} {e:?}"
                    );
                }
                "partial" => {
                    assert_eq!(q.text, q.text.to_lowercase());
                    assert!(e.name.to_lowercase().contains(&q.text), "{q:?}");
                }
                "misspelt" => assert_ne!(q.text.to_lowercase(), e.name.to_lowercase()),
                "transliterated" => assert!(by_code(&e.country).unwrap().script.is_some()),
                other => panic!("unknown kind {other}"),
            }
        }
    }

    #[test]
    fn ambiguous_words_make_no_partial_query() {
        let mut entries = crate::directory(5, 3);
        let names = [
            "Everest Manpower Pvt. Ltd.",
            "Everest Overseas Pvt. Ltd.",
            "Himalayan Global Manpower Pvt. Ltd.",
        ];
        for (e, name) in entries.iter_mut().zip(names) {
            e.country = "NP".into();
            e.name = name.into();
            e.aliases.clear();
        }
        let builder = Builder {
            entries: &entries,
            index: Index::new(&entries),
            vocabulary: HashSet::new(),
        };
        assert!(!builder.means_only("everest", 0));
        assert_eq!(
            builder.partial(&entries[0], 0).as_deref(),
            Some("everest manpower")
        );
        assert_eq!(
            builder.partial(&entries[2], 2).as_deref(),
            Some("himalayan global")
        );
    }
}
