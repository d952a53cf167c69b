//! Offline recruiter search: by name, alias, licence number or phone number, across scripts.
//!
//! Names and queries are folded to Latin words ([`fold`]: NFKC, Zawgyi repaired, Devanagari,
//! Bengali, Sinhala, Burmese, Arabic, Thai, Khmer, Ethiopic and other Indic scripts
//! transliterated), then each word to a phonetic form that merges spelling habits (aspiration,
//! sh/s, v/w/b, doubled letters). Words like "Manpower" or "Pvt. Ltd." — in any script — weigh
//! little. Candidate words come from a gram index over the distinct forms; each candidate name
//! is then scored by how much of the query it covers (and of itself), with a weighted edit
//! distance per word that forgives vowels, so misspellings and transliterations meet. Names
//! written without spaces (Thai, Burmese) also match on their words joined. A query that covers
//! no name well enough returns nothing.
//!
//! Licence numbers match ignoring case, spaces, punctuation and leading zeros; phone numbers on
//! their significant digits. Queries are never logged.
//!
//! For 100,000 agencies the index builds in about a second and a query takes a few
//! milliseconds at most, in a release build (`cargo run --release -p mitra-core --example
//! measure_search` measures both, with recall).

mod arabic;
mod burmese;
mod dictionary;
mod ethiopic;
mod fold;
mod indic;
mod names;
mod numbers;
mod phonetic;
mod suffixes;
mod thai;
mod words;
mod zawgyi;

use std::iter;
use std::sync::Mutex;

use mitra_protocol::directory::Entry;
use rustc_hash::FxHashMap;

use dictionary::{Dictionary, JOINED, Posting, SPARSE, SUFFIX};
pub use fold::fold;
use names::Matches;
use words::{Word, joined, weights, word_weight};
pub use zawgyi::is_zawgyi;

/// A script module's transliteration of a whole text (for the modules' tests).
#[cfg(test)]
fn latin_with(transliterate: fn(&[char], &mut String), text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::new();
    transliterate(&chars, &mut out);
    out
}

/// Text typed with the Zawgyi font encoding, converted to Unicode Burmese; `None` when the text
/// does not look like Zawgyi. For other readers of Burmese text (the job-offer check).
pub fn zawgyi_to_unicode(chars: &[char]) -> Option<Vec<char>> {
    zawgyi::is_zawgyi_chars(chars).then(|| zawgyi::to_unicode(chars))
}

/// Characters of a query, or of an indexed name, beyond which nothing is read.
const MAX_TEXT_CHARS: usize = 200;
const MAX_ALIASES: usize = 16;
const MAX_PHONES: usize = 8;
/// Results a search returns at most, whatever limit it is given.
const MAX_LIMIT: usize = 200;
const NO_WORD: u32 = u32::MAX;

/// The recruiter directory, indexed for search. Build it once after unlock (off the main
/// thread); searching takes `&self` and is safe from any thread.
pub struct Index {
    entries: Vec<Entry>,
    /// Licence key hash and entry, sorted.
    licences: Vec<(u64, u32)>,
    /// Last seven phone digits and entry, sorted.
    phones: Vec<(u32, u32)>,
    /// Each entry's name and aliases.
    slots: Vec<Slot>,
    slot_words: Vec<u32>,
    dictionary: Dictionary,
    /// Working memory of finished searches, reused so that a search allocates little.
    scratch: Mutex<Vec<Scratch>>,
    /// Dictionary words near each suffix word queried so far ("ltd", "manpower" come in most
    /// queries): a few hundred at most, since only the suffix vocabulary is kept.
    suffix_matches: Mutex<FxHashMap<(String, bool), Matches>>,
}

/// Working memory of one search, sized for the index, all zero between searches.
struct Scratch {
    words: dictionary::Scratch,
    /// Per name slot: main query weight matched, name share matched, joined match, and 1 once
    /// the slot is in `touched`.
    bounds: Vec<[f32; 4]>,
    /// Per name slot: 1 + the last main query word counted in `bounds`.
    counted: Vec<u8>,
    touched: Vec<u32>,
}

/// One name or alias of an entry, as dictionary words.
#[derive(Clone, Copy)]
struct Slot {
    entry: u32,
    alias: bool,
    start: u32,
    len: u8,
    /// The name's main words joined, when it has two or more.
    joined: u32,
    /// The share of the name's weight in suffix words, in 255ths.
    suffix_share: u8,
}

/// One search result.
#[derive(Debug, Clone, PartialEq)]
pub struct Hit {
    /// Position in [`Index::entries`].
    pub index: usize,
    /// 0 to 1; 1 for an exact licence or phone number or the name as written.
    pub score: f32,
    pub matched: Matched,
}

/// What the query matched.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Matched {
    Licence,
    Phone,
    Name,
    Alias,
}

impl Matched {
    /// Stable code: `licence`, `phone`, `name` or `alias`.
    pub fn code(self) -> &'static str {
        match self {
            Matched::Licence => "licence",
            Matched::Phone => "phone",
            Matched::Name => "name",
            Matched::Alias => "alias",
        }
    }
}

fn first_chars(text: &str, n: usize) -> &str {
    match text.char_indices().nth(n) {
        Some((at, _)) => text.get(..at).unwrap_or(text),
        None => text,
    }
}

impl Index {
    /// Indexes a directory. Call off the main thread.
    pub fn new(entries: Vec<Entry>) -> Index {
        let mut builder = dictionary::Builder::default();
        let mut slots = Vec::with_capacity(entries.len() * 2);
        let mut slot_words = Vec::with_capacity(entries.len() * 8);
        let mut licences = Vec::with_capacity(entries.len() * 2);
        let mut phones = Vec::with_capacity(entries.len());
        for (at, entry) in entries.iter().enumerate() {
            let Ok(e) = u32::try_from(at) else { break };
            let (full, trimmed) = numbers::licence_keys(&fold(&entry.licence_number));
            licences.push((numbers::hash(&full), e));
            if trimmed != full {
                licences.push((numbers::hash(&trimmed), e));
            }
            for phone in entry.phones.iter().take(MAX_PHONES) {
                if let Some(key) = numbers::phone_key(&numbers::phone_digits(phone)) {
                    phones.push((key, e));
                }
            }
            let names = iter::once(&entry.name).chain(entry.aliases.iter().take(MAX_ALIASES));
            for (n, name) in names.enumerate() {
                let slot = Slot {
                    entry: e,
                    alias: n > 0,
                    start: u32::try_from(slot_words.len()).unwrap_or(u32::MAX),
                    len: 0,
                    joined: NO_WORD,
                    suffix_share: 0,
                };
                let Ok(id) = u32::try_from(slots.len()) else {
                    break;
                };
                if let Some(slot) = index_name(&mut builder, &mut slot_words, slot, id, name) {
                    slots.push(slot);
                }
            }
        }
        licences.sort_unstable();
        licences.dedup();
        phones.sort_unstable();
        phones.dedup();
        Index {
            entries,
            licences,
            phones,
            slots,
            slot_words,
            dictionary: builder.build(),
            scratch: Mutex::new(Vec::new()),
            suffix_matches: Mutex::new(FxHashMap::default()),
        }
    }

    fn take_scratch(&self) -> Scratch {
        let reused = self.scratch.lock().ok().and_then(|mut pool| pool.pop());
        reused.unwrap_or_else(|| Scratch {
            words: self.dictionary.scratch(),
            bounds: vec![[0.0; 4]; self.slots.len()],
            counted: vec![0; self.slots.len()],
            touched: Vec::new(),
        })
    }

    fn put_scratch(&self, scratch: Scratch) {
        if let Ok(mut pool) = self.scratch.lock() {
            if pool.len() < 4 {
                pool.push(scratch);
            }
        }
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    /// The entry with this id (`NP:1234/067`, see `Entry::id`); the country part is
    /// case-insensitive, and the licence part is also found with other punctuation or case.
    pub fn get(&self, id: &str) -> Option<&Entry> {
        let (country, licence) = id.split_once(':')?;
        let (country, licence) = (country.trim(), licence.trim());
        let mut fallback = None;
        for e in self.licence_candidates(licence) {
            let entry = self.entries.get(e as usize)?;
            if !entry.country.eq_ignore_ascii_case(country) {
                continue;
            }
            if entry.licence_number == licence {
                return Some(entry);
            }
            fallback = fallback.or(Some(entry));
        }
        fallback
    }

    /// Best first; at most `limit`; empty when nothing matches well. `country` (ISO alpha-2,
    /// any case) keeps only that country's agencies.
    pub fn search(&self, query: &str, country: Option<&str>, limit: usize) -> Vec<Hit> {
        let query = first_chars(query.trim(), MAX_TEXT_CHARS);
        if limit == 0 || query.is_empty() {
            return Vec::new();
        }
        let country = country.map(str::trim).filter(|c| !c.is_empty());
        let mut best: FxHashMap<u32, (f32, Matched)> = FxHashMap::default();
        let mut offer = |e: u32, score: f32, matched: Matched| {
            let b = best.entry(e).or_insert((score, matched));
            if score > b.0 {
                *b = (score, matched);
            }
        };
        self.licence_hits(query, country, &mut offer);
        self.phone_hits(query, country, &mut offer);
        self.name_hits(query, country, limit, &mut offer);
        let mut hits: Vec<Hit> = best
            .into_iter()
            .map(|(e, (score, matched))| Hit {
                index: e as usize,
                score: score.clamp(0.0, 1.0),
                matched,
            })
            .collect();
        hits.sort_unstable_by(|a, b| b.score.total_cmp(&a.score).then(a.index.cmp(&b.index)));
        hits.truncate(limit.min(MAX_LIMIT));
        hits
    }

    fn in_country(&self, e: u32, country: Option<&str>) -> bool {
        country.is_none_or(|c| {
            self.entries
                .get(e as usize)
                .is_some_and(|entry| entry.country.eq_ignore_ascii_case(c))
        })
    }

    fn licence_candidates(&self, licence: &str) -> Vec<u32> {
        let (full, trimmed) = numbers::licence_keys(&fold(licence));
        let mut out = Vec::new();
        if full.is_empty() {
            return out;
        }
        for key in [&full, &trimmed] {
            let h = numbers::hash(key);
            let start = self.licences.partition_point(|&(k, _)| k < h);
            for &(k, e) in self.licences.get(start..).unwrap_or_default() {
                if k != h {
                    break;
                }
                let Some(entry) = self.entries.get(e as usize) else {
                    continue;
                };
                let keys = numbers::licence_keys(&fold(&entry.licence_number));
                if (keys.0 == full || keys.1 == trimmed) && !out.contains(&e) {
                    out.push(e);
                }
            }
        }
        out
    }

    fn licence_hits(
        &self,
        query: &str,
        country: Option<&str>,
        offer: &mut impl FnMut(u32, f32, Matched),
    ) {
        // "NP:1234/067", an id as the CLI prints it, names its country.
        let (query, id_country) = match query.split_once(':') {
            Some((cc, rest))
                if cc.trim().len() == 2 && cc.trim().chars().all(|c| c.is_ascii_alphabetic()) =>
            {
                (rest, Some(cc.trim()))
            }
            _ => (query, None),
        };
        if !fold(query).chars().any(|c| c.is_ascii_digit()) {
            return;
        }
        let (full, _) = numbers::licence_keys(&fold(query));
        for e in self.licence_candidates(query) {
            if !self.in_country(e, country) || !self.in_country(e, id_country) {
                continue;
            }
            let Some(entry) = self.entries.get(e as usize) else {
                continue;
            };
            let exact = numbers::licence_keys(&fold(&entry.licence_number)).0 == full;
            offer(e, if exact { 1.0 } else { 0.98 }, Matched::Licence);
        }
    }

    fn phone_hits(
        &self,
        query: &str,
        country: Option<&str>,
        offer: &mut impl FnMut(u32, f32, Matched),
    ) {
        let Some(typed) = numbers::typed_phone(query) else {
            return;
        };
        let Some(key) = numbers::phone_key(&typed) else {
            return;
        };
        let start = self.phones.partition_point(|&(k, _)| k < key);
        for &(k, e) in self.phones.get(start..).unwrap_or_default() {
            if k != key {
                break;
            }
            if !self.in_country(e, country) {
                continue;
            }
            let Some(entry) = self.entries.get(e as usize) else {
                continue;
            };
            let score = entry
                .phones
                .iter()
                .take(MAX_PHONES)
                .filter_map(|p| numbers::phone_score(&typed, &numbers::phone_digits(p)))
                .fold(0.0f32, f32::max);
            if score > 0.0 {
                offer(e, score, Matched::Phone);
            }
        }
    }
}

/// Indexes one name or alias; `None` when it has no words.
fn index_name(
    builder: &mut dictionary::Builder,
    slot_words: &mut Vec<u32>,
    mut slot: Slot,
    id: u32,
    name: &str,
) -> Option<Slot> {
    let ws = words::words(first_chars(name, MAX_TEXT_CHARS), false);
    if ws.is_empty() {
        return None;
    }
    let v = weights(
        ws.iter().map(|w| w.suffix),
        ws.iter().map(|w| word_weight(&w.form)),
    );
    let total: f32 = v.iter().sum();
    for (k, (w, &wk)) in ws.iter().zip(&v).enumerate() {
        let flags = if w.sparse { SPARSE } else { 0 } | if w.suffix { SUFFIX } else { 0 };
        let word = builder.intern(&w.form, flags);
        slot_words.push(word);
        let share = (wk / total * 255.0).round().clamp(0.0, 255.0) as u8;
        let position = u8::try_from(k).unwrap_or(JOINED - 1);
        builder.add_posting(
            word,
            Posting {
                slot: id,
                position,
                share,
            },
        );
    }
    slot.len = u8::try_from(ws.len()).unwrap_or(0);
    let all_suffix = ws.iter().all(|w| w.suffix);
    if !all_suffix {
        let suffix: f32 = ws
            .iter()
            .zip(&v)
            .filter(|(w, _)| w.suffix)
            .map(|(_, v)| v)
            .sum();
        slot.suffix_share = (suffix / total * 255.0).round().clamp(0.0, 255.0) as u8;
    }
    let core: Vec<&Word> = ws.iter().filter(|w| !w.suffix || all_suffix).collect();
    if core.len() >= 2 {
        let form = joined(core.iter().map(|w| w.form.as_str()));
        if !form.is_empty() {
            let sparse = if core.iter().any(|w| w.sparse) {
                SPARSE
            } else {
                0
            };
            let word = builder.intern(&form, sparse);
            builder.add_posting(
                word,
                Posting {
                    slot: id,
                    position: JOINED,
                    share: 255,
                },
            );
            slot.joined = word;
        }
    }
    Some(slot)
}

#[cfg(test)]
mod tests;
