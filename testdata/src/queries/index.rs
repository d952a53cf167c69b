//! What the whole directory says about a candidate query: how many agencies its words, its
//! licence number or its phone digits could mean. A query is kept only if it means one.

use std::collections::HashMap;
use std::hash::{DefaultHasher, Hash, Hasher};

use mitra_protocol::directory::Entry;

use crate::countries::by_code;
use crate::lexicon::tokens;
use crate::phones::classify;

pub struct Index {
    /// Entry numbers by name or alias word, ascending.
    words: HashMap<String, Vec<u32>>,
    /// (hashed licence key, entry), sorted; a hash collision can only make a query look
    /// ambiguous and be skipped, never the reverse.
    licences: Vec<(u64, u32)>,
    /// (typed digits as a number tagged with their length, entry), sorted.
    phone_digits: Vec<(u64, u32)>,
}

impl Index {
    pub fn new(entries: &[Entry]) -> Self {
        let mut words: HashMap<String, Vec<u32>> = HashMap::with_capacity(16_384);
        let mut licences = Vec::with_capacity(entries.len());
        let mut phone_digits = Vec::with_capacity(entries.len() * 6);
        let mut seen = Vec::new();
        for (i, e) in entries.iter().enumerate() {
            let id = u32::try_from(i).unwrap_or(u32::MAX);
            seen.clear();
            seen.extend(tokens(&e.name));
            for alias in &e.aliases {
                seen.extend(tokens(alias));
            }
            seen.sort_unstable();
            seen.dedup();
            for t in seen.drain(..) {
                words.entry(t).or_default().push(id);
            }
            licences.push((hashed(&licence_key(&e.licence_number)), id));
            for phone in &e.phones {
                phone_digits.extend(phone_keys(&e.country, phone).into_iter().map(|k| (k, id)));
            }
        }
        licences.sort_unstable();
        phone_digits.sort_unstable();
        phone_digits.dedup();
        Self {
            words,
            licences,
            phone_digits,
        }
    }

    /// Whether entry `expected` is the only one whose name and aliases hold every word.
    pub fn words_mean_only(&self, words: &[String], expected: usize) -> bool {
        let mut lists: Vec<&Vec<u32>> = Vec::with_capacity(words.len());
        for w in words {
            match self.words.get(w) {
                Some(list) => lists.push(list),
                None => return false,
            }
        }
        lists.sort_by_key(|l| l.len());
        let Some((shortest, others)) = lists.split_first() else {
            return false;
        };
        let mut found = shortest
            .iter()
            .filter(|id| others.iter().all(|l| l.binary_search(id).is_ok()));
        let first = found.next();
        first.is_some_and(|&id| id as usize == expected) && found.next().is_none()
    }

    pub fn licence_means_only(&self, written: &str, expected: usize) -> bool {
        only(&self.licences, hashed(&licence_key(written)), expected)
    }

    pub fn phone_means_only(&self, written: &str, expected: usize) -> bool {
        digits_key(&typed_digits(written)).is_some_and(|k| only(&self.phone_digits, k, expected))
    }
}

/// Whether `key` is in the sorted `pairs` once, for entry `expected`.
fn only(pairs: &[(u64, u32)], key: u64, expected: usize) -> bool {
    let start = pairs.partition_point(|&(k, _)| k < key);
    let mut same = pairs[start..].iter().take_while(|&&(k, _)| k == key);
    let first = same.next();
    first.is_some_and(|&(_, id)| id as usize == expected) && same.next().is_none()
}

fn hashed(text: &str) -> u64 {
    let mut hasher = DefaultHasher::new();
    text.hash(&mut hasher);
    hasher.finish()
}

/// A licence number with case, spacing and punctuation ignored.
pub fn licence_key(licence: &str) -> String {
    licence
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .map(|c| c.to_ascii_lowercase())
        .collect()
}

/// The digits someone typed, without an international "00".
fn typed_digits(written: &str) -> String {
    let digits: String = written.chars().filter(char::is_ascii_digit).collect();
    match digits.strip_prefix("00") {
        Some(rest) => rest.to_owned(),
        None => digits,
    }
}

/// Up to 17 digits as one number, their count in the top bits so that "0984…" and "984…"
/// stay apart.
fn digits_key(digits: &str) -> Option<u64> {
    if digits.is_empty() || digits.len() > 17 {
        return None;
    }
    let value: u64 = digits.parse().ok()?;
    Some(((digits.len() as u64) << 58) | value)
}

/// The digit strings a phone can be typed as: with country code, with trunk 0, bare.
fn phone_keys(country: &str, e164: &str) -> Vec<u64> {
    let mut digits = vec![typed_digits(e164)];
    if let Some((nsn, _)) = by_code(country).and_then(|c| classify(c, e164)) {
        digits.push(format!("0{nsn}"));
        digits.push(nsn.to_owned());
    }
    digits.iter().filter_map(|d| digits_key(d)).collect()
}
