//! The distinct word forms of every indexed name, where each occurs, and a gram index over
//! them to find the forms near a query word without comparing it with all of them.
//!
//! Everything lives in a few flat arrays (one string for all forms, offsets into it, postings
//! in compressed-row form), so a directory of 100,000 agencies costs a few tens of MB at most.

use rustc_hash::FxHashMap;

use super::phonetic::{grams, similarity_above, skeleton_len, weighted_len};
use super::suffixes::{Meaning, suffixes};

pub(super) const SPARSE: u8 = 1;
pub(super) const SUFFIX: u8 = 2;

/// Position of a name's joined form in a posting, instead of a word position.
pub(super) const JOINED: u8 = 0xFF;

/// Forms that start with this are matched letter for letter, never by sound: acronyms such as
/// "GCL" would otherwise match every short word with the same consonants.
pub(super) const LITERAL: char = '#';

const GRAM_BUCKETS: usize = 1 << 16;
/// Forms compared in full with a query word at most.
const MAX_COMPARED: usize = 400;

/// Where a form occurs: a name slot, the word position in it (or [`JOINED`]), and the share of
/// the name's weight that word carries, in 255ths.
#[derive(Clone, Copy, Default)]
pub(super) struct Posting {
    pub slot: u32,
    pub position: u8,
    pub share: u8,
}

#[derive(Default)]
pub(super) struct Builder {
    ids: FxHashMap<String, u32>,
    forms: Vec<String>,
    flags: Vec<u8>,
    postings: Vec<(u32, Posting)>,
}

impl Builder {
    pub(super) fn intern(&mut self, form: &str, flags: u8) -> u32 {
        if let Some(&id) = self.ids.get(form) {
            if let Some(f) = self.flags.get_mut(id as usize) {
                *f |= flags;
            }
            return id;
        }
        let id = u32::try_from(self.forms.len()).unwrap_or(u32::MAX);
        self.ids.insert(form.to_owned(), id);
        self.forms.push(form.to_owned());
        self.flags.push(flags);
        id
    }

    pub(super) fn add_posting(&mut self, id: u32, posting: Posting) {
        self.postings.push((id, posting));
    }

    pub(super) fn build(self) -> Dictionary {
        let Builder {
            ids,
            forms,
            flags,
            postings,
        } = self;
        let literals: FxHashMap<String, u32> = ids
            .into_iter()
            .filter(|(form, _)| form.starts_with(LITERAL))
            .collect();
        let mut text = String::with_capacity(forms.iter().map(String::len).sum());
        let mut ends = Vec::with_capacity(forms.len());
        let mut skeletons = Vec::with_capacity(forms.len());
        let mut lengths = Vec::with_capacity(forms.len());
        let mut meanings: Vec<Vec<u32>> = Vec::new();
        for (id, f) in forms.iter().enumerate() {
            let meaning = usize::from(suffixes().meaning(f));
            if meaning > 0 && flags.get(id).is_some_and(|f| f & SUFFIX != 0) {
                if meanings.len() <= meaning {
                    meanings.resize_with(meaning + 1, Vec::new);
                }
                if let (Some(list), Ok(id)) = (meanings.get_mut(meaning), u32::try_from(id)) {
                    list.push(id);
                }
            }
            lengths.push(weighted_len(f, false));
            text.push_str(f);
            ends.push(u32::try_from(text.len()).unwrap_or(u32::MAX));
            skeletons.push(u8::try_from(skeleton_len(f)).unwrap_or(u8::MAX));
        }

        let (gram_starts, gram_words) = compress(GRAM_BUCKETS, || {
            forms.iter().enumerate().flat_map(|(id, f)| {
                let mut g = Vec::new();
                if !f.starts_with(LITERAL) {
                    grams(f, &mut g);
                }
                let band = band(skeleton_len(f));
                let id = u32::try_from(id).unwrap_or(u32::MAX);
                g.into_iter().map(move |g| (bucket(g, band), id))
            })
        });
        let (post_starts, post_items) = compress(forms.len(), || {
            postings.iter().map(|&(id, p)| (id as usize, p))
        });
        Dictionary {
            meanings,
            literals,
            text,
            ends,
            flags,
            skeletons,
            lengths,
            gram_starts,
            gram_words,
            post_starts,
            postings: post_items,
        }
    }
}

/// Groups `(row, item)` pairs by row: offsets (`rows + 1`) and items in row order. Two passes
/// over the pairs (count, then place) instead of a sort or a vector per row.
fn compress<T: Copy + Default, I: Iterator<Item = (usize, T)>>(
    rows: usize,
    pairs: impl Fn() -> I,
) -> (Vec<u32>, Vec<T>) {
    let mut starts = vec![0u32; rows + 1];
    for (row, _) in pairs() {
        if let Some(s) = starts.get_mut(row + 1) {
            *s += 1;
        }
    }
    for i in 1..starts.len() {
        starts[i] += starts[i - 1];
    }
    let mut next: Vec<u32> = starts.clone();
    let mut items: Vec<T> = vec![T::default(); starts.last().copied().unwrap_or(0) as usize];
    for (row, item) in pairs() {
        if let Some(n) = next.get_mut(row) {
            if let Some(slot) = items.get_mut(*n as usize) {
                *slot = item;
            }
            *n += 1;
        }
    }
    (starts, items)
}

pub(super) struct Dictionary {
    /// Suffix words by meaning (see [`suffixes`]).
    meanings: Vec<Vec<u32>>,
    literals: FxHashMap<String, u32>,
    text: String,
    ends: Vec<u32>,
    flags: Vec<u8>,
    skeletons: Vec<u8>,
    /// Weighted lengths (vowels dense), to skip forms that cannot be similar enough.
    lengths: Vec<f32>,
    gram_starts: Vec<u32>,
    gram_words: Vec<u32>,
    post_starts: Vec<u32>,
    postings: Vec<Posting>,
}

/// Per-query working memory for [`Dictionary::near`].
pub(super) struct Scratch {
    counts: Vec<u8>,
    touched: Vec<u32>,
    grams: Vec<u16>,
}

impl Dictionary {
    pub(super) fn len(&self) -> usize {
        self.ends.len()
    }

    pub(super) fn form(&self, id: u32) -> &str {
        let i = id as usize;
        let end = self.ends.get(i).copied().unwrap_or(0) as usize;
        let start = match i.checked_sub(1) {
            Some(p) => self.ends.get(p).copied().unwrap_or(0) as usize,
            None => 0,
        };
        self.text.get(start..end).unwrap_or_default()
    }

    pub(super) fn flags(&self, id: u32) -> u8 {
        self.flags.get(id as usize).copied().unwrap_or(0)
    }

    fn list(&self, gram: u16, band: usize) -> &[u32] {
        range(&self.gram_starts, &self.gram_words, bucket(gram, band))
    }

    /// How much a word tells about a name: its weighted length, or letters for a literal.
    pub(super) fn weight(&self, id: u32) -> f32 {
        let form = self.form(id);
        match form.strip_prefix(LITERAL) {
            Some(letters) => (letters.len() as f32).clamp(1.0, 6.0),
            None => self
                .lengths
                .get(id as usize)
                .copied()
                .unwrap_or(1.0)
                .clamp(1.0, 6.0),
        }
    }

    /// The suffix words of the directory with this meaning, sorted by id.
    pub(super) fn with_meaning(&self, meaning: Meaning) -> &[u32] {
        match meaning {
            0 => &[],
            m => self
                .meanings
                .get(usize::from(m))
                .map(Vec::as_slice)
                .unwrap_or_default(),
        }
    }

    /// The id of a literal form (see [`LITERAL`]), matched exactly.
    pub(super) fn literal(&self, form: &str) -> Option<u32> {
        self.literals.get(form).copied()
    }

    pub(super) fn postings(&self, id: u32) -> &[Posting] {
        range(&self.post_starts, &self.postings, id as usize)
    }

    pub(super) fn scratch(&self) -> Scratch {
        Scratch {
            counts: vec![0; self.len()],
            touched: Vec::new(),
            grams: Vec::new(),
        }
    }

    /// Forms at least `min` similar to `form`, as `(id, similarity)` sorted by id.
    pub(super) fn near(
        &self,
        form: &str,
        sparse: bool,
        min: f32,
        scratch: &mut Scratch,
    ) -> Vec<(u32, f32)> {
        grams(form, &mut scratch.grams);
        let n = scratch.grams.len();
        let length = weighted_len(form, false);
        let skeleton = skeleton_len(form);
        // Short skeletons must agree exactly; longer ones may differ in about one letter in
        // four, as transliterations of one name do.
        let needed = match n {
            0..=3 => n,
            4..=5 => n - 2,
            _ => (n - 2 - (n - 5) / 2).max(n / 2),
        }
        .max(1);
        let slack = if skeleton <= 3 { 1 } else { 2 + skeleton / 5 };
        // Lists are kept per length band: only the bands within `slack` are read.
        let bands = band(skeleton.saturating_sub(slack))..=band(skeleton + slack);
        // A form sharing `needed` of the `n` grams is in at least one of the `n - needed + 1`
        // shortest lists: those find the candidates, the long lists (common pairs such as
        // "^s" or "n$") are only searched for them.
        let mut lists: Vec<(usize, u16)> = scratch
            .grams
            .iter()
            .map(|&g| {
                let len = bands.clone().map(|b| self.list(g, b).len()).sum();
                (len, g)
            })
            .collect();
        lists.sort_unstable();
        let finders = n + 1 - needed.min(n);
        for &(_, g) in lists.iter().take(finders) {
            for b in bands.clone() {
                for &id in self.list(g, b) {
                    if let Some(c) = scratch.counts.get_mut(id as usize) {
                        if *c == 0 {
                            scratch.touched.push(id);
                        }
                        *c = c.saturating_add(1);
                    }
                }
            }
        }
        for &(len, g) in lists.iter().skip(finders) {
            let probes = scratch.touched.len() * (usize::BITS - len.leading_zeros()) as usize;
            if probes < len {
                for &id in &scratch.touched {
                    let b = band(self.skeletons.get(id as usize).copied().unwrap_or(0).into());
                    if self.list(g, b).binary_search(&id).is_ok() {
                        if let Some(c) = scratch.counts.get_mut(id as usize) {
                            *c = c.saturating_add(1);
                        }
                    }
                }
            } else {
                for b in bands.clone() {
                    for &id in self.list(g, b) {
                        if let Some(c) = scratch.counts.get_mut(id as usize) {
                            if *c > 0 {
                                *c = c.saturating_add(1);
                            }
                        }
                    }
                }
            }
        }
        // Candidates that pass the cheap filters, most grams shared first.
        let mut candidates: Vec<(u8, u32)> = Vec::new();
        for &id in &scratch.touched {
            let count = scratch
                .counts
                .get_mut(id as usize)
                .map_or(0, std::mem::take);
            let other = self.skeletons.get(id as usize).copied().unwrap_or(0) as usize;
            if usize::from(count) < needed || other.abs_diff(skeleton) > slack {
                continue;
            }
            // Forms much longer or shorter cannot reach `min`.
            let other_len = self.lengths.get(id as usize).copied().unwrap_or(0.0);
            let sparse = sparse || self.flags(id) & SPARSE != 0;
            if !sparse && (length - other_len).abs() > (1.0 - min) * length.max(other_len) {
                continue;
            }
            candidates.push((count, id));
        }
        // A word shared by thousands of names ("Bangla", "Global") has hundreds of spellings
        // in the directory; comparing with the most alike by grams keeps the time bounded.
        if candidates.len() > MAX_COMPARED {
            candidates.select_nth_unstable_by(MAX_COMPARED - 1, |a, b| b.0.cmp(&a.0));
            candidates.truncate(MAX_COMPARED);
        }
        let mut out = Vec::new();
        for (_, id) in candidates {
            let sparse = sparse || self.flags(id) & SPARSE != 0;
            let s = similarity_above(form, self.form(id), sparse, min);
            if s >= min {
                out.push((id, s));
            }
        }
        scratch.touched.clear();
        out.sort_unstable_by_key(|&(id, _)| id);
        out
    }
}

/// Forms by consonant count, in bands of three, so that a word is not compared with forms
/// far longer or shorter.
fn band(skeleton: usize) -> usize {
    (skeleton / 3).min(15)
}

/// The list of a gram in a length band.
fn bucket(gram: u16, band: usize) -> usize {
    usize::from(gram ^ (band as u16).wrapping_mul(0x3B1D)) % GRAM_BUCKETS
}

fn range<'a, T>(starts: &[u32], items: &'a [T], row: usize) -> &'a [T] {
    let start = starts.get(row).copied().unwrap_or(0) as usize;
    let end = starts.get(row + 1).copied().unwrap_or(0) as usize;
    items.get(start..end).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::super::phonetic::form;
    use super::*;

    #[test]
    fn near_finds_misspellings_and_not_strangers() {
        let mut b = Builder::default();
        for w in ["himalaya", "everest", "sagarmatha", "kathmandu", "nepal"] {
            let id = b.intern(&form(w), 0);
            b.add_posting(
                id,
                Posting {
                    slot: id,
                    position: 0,
                    share: 255,
                },
            );
        }
        let d = b.build();
        let mut scratch = d.scratch();
        let found = |q: &str, scratch: &mut Scratch| {
            d.near(&form(q), false, 0.7, scratch)
                .into_iter()
                .map(|(id, _)| d.form(id).to_owned())
                .collect::<Vec<_>>()
        };
        assert_eq!(found("himalya", &mut scratch), [form("himalaya")]);
        assert_eq!(found("sagarmata", &mut scratch), [form("sagarmatha")]);
        assert_eq!(found("katmandu", &mut scratch), [form("kathmandu")]);
        assert!(found("qwerty", &mut scratch).is_empty());
        assert_eq!(d.postings(0).len(), 1);
    }
}
