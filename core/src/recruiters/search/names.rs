//! Name matching: which names a query's words find, through the dictionary of word forms,
//! and how well each matches, best first, stopping when no name left can do better.

use std::sync::Arc;

use super::dictionary::{self, JOINED, Posting, SUFFIX};
use super::phonetic::weighted_len;
use super::suffixes::suffixes;
use super::words::{
    MAX_WORDS, SUFFIX_WEIGHT, Word, joined, literal, may_be_acronym, word_weight, words,
};
use super::{Index, MAX_LIMIT, Matched, NO_WORD, Scratch, Slot};

/// A query word and a name word below this similarity do not match at all.
const MIN_WORD_SIMILARITY: f32 = 0.6;
/// How much of a name (by weight) the query must match.
const MIN_NAME_COVER: f32 = 0.2;
/// No result scores below this.
const MIN_SCORE: f32 = 0.6;
/// Score = `QUERY_PART × main query words matched + ORDER_PART × in the same order +
/// SUFFIX_PART × the query's suffix words matched + NAME_PART × the name matched`.
const QUERY_PART: f32 = 0.72;
const ORDER_PART: f32 = 0.03;
const SUFFIX_PART: f32 = 0.1;
const NAME_PART: f32 = 0.15;
/// The weighted length (see `phonetic::weighted_len`) from which a one-word query is compared
/// with names written without spaces (1.5 less for two words or more).
const MIN_WHOLE_LEN: f32 = 5.0;
/// Names scored in full per query at most, chosen by an upper bound of their score.
const MAX_CANDIDATES: usize = 1024;

/// How much of the query's main words a name must match: more when the query says little
/// (one short word), since short words are alike by chance.
fn min_query_cover(evidence: f32) -> f32 {
    if evidence < 3.0 {
        0.9
    } else if evidence < 5.0 {
        0.82
    } else {
        0.72
    }
}

/// Dictionary words near a query word, as `(id, similarity)` sorted by id.
pub(super) type Matches = Arc<Vec<(u32, f32)>>;

/// Suffix words whose matches are kept at most (more than the suffix vocabulary).
const MAX_CACHED_SUFFIXES: usize = 2048;

/// A query's words and the dictionary words near each.
pub(super) struct Query {
    weights: Vec<f32>,
    /// The words that say which agency, by position; and the suffix words.
    core: Vec<usize>,
    rest: Vec<usize>,
    core_weight: f32,
    /// How much of the main words a name must match.
    min_cover: f32,
    /// Per query word, near dictionary words sorted by id.
    matches: Vec<Matches>,
    /// Near dictionary words of the core words joined, when there are two or more.
    joined: Option<Vec<(u32, f32)>>,
    /// Whether the core words, joined, are long enough to be compared with whole names.
    whole: bool,
}

impl Query {
    fn new(text: &str, index: &Index, scratch: &mut dictionary::Scratch) -> Option<Query> {
        let dictionary = &index.dictionary;
        let mut ws = words(text, true);
        if ws.is_empty() {
            return None;
        }
        let mut matches: Vec<Matches> = ws
            .iter()
            .map(|w| {
                let mut near = index.near(w, scratch);
                let acronym = may_be_acronym(&w.folded)
                    .then(|| dictionary.literal(&literal(&w.folded)))
                    .flatten();
                if let Some(id) = acronym {
                    if let Err(at) = near.binary_search_by_key(&id, |&(i, _)| i) {
                        Arc::make_mut(&mut near).insert(at, (id, 1.0));
                    }
                }
                near
            })
            .collect();
        // A word near a suffix word ("Agenyc", "इन्टरनेसनल") is one, unless it is (nearly) a
        // name word of the directory: taking a misspelt name word for a suffix costs less than
        // the other way round.
        let known = suffixes();
        for (w, near) in ws.iter_mut().zip(matches.iter_mut()) {
            if w.suffix {
                continue;
            }
            let as_name = near
                .iter()
                .filter(|&&(id, _)| dictionary.flags(id) & SUFFIX == 0)
                .map(|&(_, s)| s)
                .fold(0.0f32, f32::max);
            let (as_suffix, meaning) = known.nearness(&w.folded, &w.form);
            w.suffix = as_suffix > 0.0 && as_name < 0.95;
            if w.suffix {
                w.meaning = meaning;
                with_meaning(near, dictionary.with_meaning(meaning));
            }
        }
        let all_suffix = ws.iter().all(|w| w.suffix);
        let (core, rest): (Vec<usize>, Vec<usize>) =
            (0..ws.len()).partition(|&i| ws.get(i).is_some_and(|w| !w.suffix || all_suffix));
        let weights: Vec<f32> = ws.iter().map(|w| word_weight(&w.form)).collect();
        let core_weight: f32 = core.iter().filter_map(|&i| weights.get(i)).sum();
        let min_cover = min_query_cover(core_weight);
        let joined_form = joined(
            core.iter()
                .filter_map(|&i| ws.get(i))
                .map(|w| w.form.as_str()),
        );
        // A short word matches the joined words of a longer name by chance ("betan" and
        // "Bet Ana"): only a query that says enough is compared with whole names.
        let whole = weighted_len(&joined_form, false)
            >= if core.len() >= 2 {
                MIN_WHOLE_LEN - 1.5
            } else {
                MIN_WHOLE_LEN
            };
        // The joined words count only as a whole, so matches below `min_cover` are no use.
        let joined = (whole && core.len() >= 2).then(|| {
            let sparse = core.iter().any(|&i| ws.get(i).is_some_and(|w| w.sparse));
            dictionary.near(&joined_form, sparse, min_cover, scratch)
        });
        Some(Query {
            whole,
            min_cover,
            weights,
            core,
            rest,
            core_weight,
            matches,
            joined,
        })
    }

    /// Similarity of the query's core words, joined, to a dictionary word.
    fn joined_match(&self, id: u32) -> f32 {
        if !self.whole {
            return 0.0;
        }
        match (&self.joined, self.core.as_slice()) {
            (Some(list), _) => lookup(list, id),
            (None, [only]) => self.matches.get(*only).map_or(0.0, |list| lookup(list, id)),
            _ => 0.0,
        }
    }

    /// The mean match of the query's suffix words (1 when it has none).
    fn suffix_agreement(&self, best: &[f32]) -> f32 {
        if self.rest.is_empty() {
            return 1.0;
        }
        let sum: f32 = self.rest.iter().filter_map(|&i| best.get(i)).sum();
        sum / self.rest.len() as f32
    }
}

/// Adds the suffix words of the same meaning to a word's matches, as exact matches.
fn with_meaning(matches: &mut Matches, same: &[u32]) {
    if same.is_empty() {
        return;
    }
    let list = Arc::make_mut(matches);
    for &id in same {
        match list.binary_search_by_key(&id, |&(i, _)| i) {
            Ok(at) => {
                if let Some(m) = list.get_mut(at) {
                    m.1 = 1.0;
                }
            }
            Err(at) => list.insert(at, (id, 1.0)),
        }
    }
}

fn lookup(list: &[(u32, f32)], id: u32) -> f32 {
    list.binary_search_by_key(&id, |&(i, _)| i)
        .ok()
        .and_then(|at| list.get(at))
        .map_or(0.0, |&(_, s)| s)
}

impl Index {
    /// Dictionary words near a query word; for suffix words, from the cache when there.
    fn near(&self, word: &Word, scratch: &mut dictionary::Scratch) -> Matches {
        let find = |scratch: &mut dictionary::Scratch| {
            Arc::new(
                self.dictionary
                    .near(&word.form, word.sparse, MIN_WORD_SIMILARITY, scratch),
            )
        };
        if !word.suffix {
            return find(scratch);
        }
        let key = (word.form.clone(), word.sparse);
        if let Some(found) = self
            .suffix_matches
            .lock()
            .ok()
            .and_then(|c| c.get(&key).cloned())
        {
            return found;
        }
        let mut found = find(scratch);
        with_meaning(&mut found, self.dictionary.with_meaning(word.meaning));
        if let Ok(mut cache) = self.suffix_matches.lock() {
            if cache.len() < MAX_CACHED_SUFFIXES {
                cache.insert(key, Arc::clone(&found));
            }
        }
        found
    }

    pub(super) fn name_hits(
        &self,
        query: &str,
        country: Option<&str>,
        limit: usize,
        offer: &mut impl FnMut(u32, f32, Matched),
    ) {
        let mut scratch = self.take_scratch();
        if let Some(q) = Query::new(query, self, &mut scratch.words) {
            self.match_names(&q, country, limit, &mut scratch, offer);
        }
        for &slot in &scratch.touched {
            if let Some(b) = scratch.bounds.get_mut(slot as usize) {
                *b = [0.0; 4];
            }
            if let Some(c) = scratch.counted.get_mut(slot as usize) {
                *c = 0;
            }
        }
        scratch.touched.clear();
        self.put_scratch(scratch);
    }

    fn match_names(
        &self,
        q: &Query,
        country: Option<&str>,
        limit: usize,
        scratch: &mut Scratch,
        offer: &mut impl FnMut(u32, f32, Matched),
    ) {
        let Scratch {
            bounds,
            touched,
            counted,
            ..
        } = scratch;
        let single = q.core.len() == 1 && q.whole;
        for (n, &i) in q.core.iter().enumerate() {
            let w = q.weights.get(i).copied().unwrap_or(0.0);
            // Best match first, so that a name counts each query word once, at its best.
            let mut near: Vec<(u32, f32)> =
                q.matches.get(i).map(|m| m.to_vec()).unwrap_or_default();
            near.sort_unstable_by(|a, b| b.1.total_cmp(&a.1));
            let n = u8::try_from(n).unwrap_or(u8::MAX);
            for &(id, s) in &near {
                for p in self.dictionary.postings(id) {
                    if p.position == JOINED && !single || !self.slot_in_country(p, country) {
                        continue;
                    }
                    let (Some(b), Some(c)) = (
                        bounds.get_mut(p.slot as usize),
                        counted.get_mut(p.slot as usize),
                    ) else {
                        continue;
                    };
                    if b[3] == 0.0 {
                        b[3] = 1.0;
                        touched.push(p.slot);
                    }
                    if p.position != JOINED {
                        if *c != n.wrapping_add(1) {
                            *c = n.wrapping_add(1);
                            b[0] += w * s;
                        }
                        b[1] += f32::from(p.share) / 255.0 * s;
                    }
                    if single && s > b[2] {
                        b[2] = s;
                    }
                }
            }
        }
        for &(id, s) in q.joined.as_deref().unwrap_or_default() {
            for p in self.dictionary.postings(id) {
                if !self.slot_in_country(p, country) {
                    continue;
                }
                let Some(b) = bounds.get_mut(p.slot as usize) else {
                    continue;
                };
                if b[3] == 0.0 {
                    b[3] = 1.0;
                    touched.push(p.slot);
                }
                if s > b[2] {
                    b[2] = s;
                }
            }
        }
        // Suffix words are not counted yet: the bound supposes they all match, unless there
        // are too many names to score them all, and many alike ("Narmada" and suffixes): then
        // the query's suffix words tell them apart. Their postings are long, so only then.
        let over = |bounds: &[[f32; 4]], refined: bool| {
            let mut n = 0usize;
            for &slot in touched.iter() {
                if self.bound(q, bounds, slot, refined).is_some() {
                    n += 1;
                }
            }
            n > MAX_CANDIDATES
        };
        let refined = !q.rest.is_empty() && over(bounds, false);
        if refined {
            for &i in &q.rest {
                for &(id, s) in q.matches.get(i).map(|m| m.as_slice()).unwrap_or_default() {
                    for p in self.dictionary.postings(id) {
                        if let Some(b) = bounds.get_mut(p.slot as usize) {
                            if b[3] > 0.0 && p.position != JOINED {
                                b[3] += s;
                            }
                        }
                    }
                }
            }
        }
        let mut candidates: Vec<(f32, u32)> = touched
            .iter()
            .filter_map(|&slot| self.bound(q, bounds, slot, refined).map(|b| (b, slot)))
            .collect();
        if candidates.len() > MAX_CANDIDATES {
            candidates.select_nth_unstable_by(MAX_CANDIDATES - 1, |a, b| b.0.total_cmp(&a.0));
            candidates.truncate(MAX_CANDIDATES);
        }
        // Best bound first; stop once no bound left can beat the `limit`-th best score.
        candidates.sort_unstable_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
        let k = limit.clamp(1, MAX_LIMIT);
        let mut top: Vec<(f32, u32)> = Vec::with_capacity(k + 1);
        for (bound, s) in candidates {
            if top.len() >= k && top.last().is_some_and(|&(kth, _)| bound < kth) {
                break;
            }
            let Some(slot) = self.slots.get(s as usize) else {
                continue;
            };
            let score = self.score(q, slot);
            if score < MIN_SCORE {
                continue;
            }
            let matched = if slot.alias {
                Matched::Alias
            } else {
                Matched::Name
            };
            offer(slot.entry, score, matched);
            match top.iter_mut().find(|(_, e)| *e == slot.entry) {
                Some(t) => t.0 = t.0.max(score),
                None => top.push((score, slot.entry)),
            }
            top.sort_unstable_by(|a, b| b.0.total_cmp(&a.0));
            top.truncate(k);
        }
    }

    /// An upper bound of a slot's score from the matches counted so far, if it may reach
    /// [`MIN_SCORE`]. `bounds[3]` is 1 plus the query's suffix words matched, when `refined`.
    fn bound(&self, q: &Query, bounds: &[[f32; 4]], slot: u32, refined: bool) -> Option<f32> {
        let b = bounds.get(slot as usize)?;
        let suffix_agreement = if refined {
            ((b[3] - 1.0) / q.rest.len().max(1) as f32).min(1.0)
        } else {
            1.0
        };
        let suffix_share = self
            .slots
            .get(slot as usize)
            .map_or(1.0, |s| f32::from(s.suffix_share) / 255.0);
        let by_words = QUERY_PART * (b[0] / q.core_weight).min(1.0)
            + ORDER_PART
            + SUFFIX_PART * suffix_agreement
            + NAME_PART * (b[1] + suffix_share).min(1.0);
        let by_joined = QUERY_PART * b[2] + ORDER_PART + SUFFIX_PART * suffix_agreement + NAME_PART;
        let bound = by_words.max(by_joined);
        (bound >= MIN_SCORE).then_some(bound)
    }

    fn slot_in_country(&self, p: &Posting, country: Option<&str>) -> bool {
        country.is_none()
            || self
                .slots
                .get(p.slot as usize)
                .is_some_and(|slot| self.in_country(slot.entry, country))
    }

    /// How well a name matches the query (see [`QUERY_PART`]), taking the best of: word by
    /// word; the query's main words joined against one name word; both sides' main words
    /// joined. 0 when the query's main words or too little of the name are matched.
    fn score(&self, q: &Query, slot: &Slot) -> f32 {
        let start = slot.start as usize;
        let ids = self
            .slot_words
            .get(start..start + usize::from(slot.len))
            .unwrap_or_default();
        let mut suffix = [false; MAX_WORDS];
        for (s, &id) in suffix.iter_mut().zip(ids) {
            *s = self.dictionary.flags(id) & SUFFIX != 0;
        }
        let all_suffix = suffix.iter().take(ids.len()).all(|s| *s);
        let core = |k: usize| !suffix.get(k).copied().unwrap_or(false) || all_suffix;
        let mut v = [0f32; MAX_WORDS];
        for (k, (w, &id)) in v.iter_mut().zip(ids).enumerate() {
            *w = if core(k) {
                self.dictionary.weight(id)
            } else {
                SUFFIX_WEIGHT
            };
        }
        let v = v.get(..ids.len()).unwrap_or_default();
        let name_total: f32 = v.iter().sum();
        let name_core: f32 = v
            .iter()
            .enumerate()
            .filter(|(k, _)| core(*k))
            .map(|(_, w)| w)
            .sum();
        if name_total <= 0.0 || q.core_weight <= 0.0 {
            return 0.0;
        }

        // Word by word: the best match of each query word, and of each name word.
        let mut query_best = [0f32; MAX_WORDS];
        let mut query_at = [usize::MAX; MAX_WORDS];
        let mut name_best = [0f32; MAX_WORDS];
        for (i, list) in q.matches.iter().enumerate() {
            let main_word = q.core.contains(&i);
            for (k, &id) in ids.iter().enumerate() {
                // A main word of the query that only matches "Pvt" or "Ltd" matches nothing.
                if main_word && !core(k) {
                    continue;
                }
                let s = lookup(list, id);
                if let (Some(b), Some(at)) = (query_best.get_mut(i), query_at.get_mut(i)) {
                    if s > *b {
                        *b = s;
                        *at = k;
                    }
                }
                if let Some(b) = name_best.get_mut(k) {
                    *b = b.max(s);
                }
            }
        }
        // Whether the main words found come in the query's order ("Addis Yared" is not
        // "Yared Addis").
        let (mut pairs, mut in_step, mut previous) = (0usize, 0usize, None);
        for &i in &q.core {
            let Some(&k) = query_at.get(i).filter(|&&k| k != usize::MAX) else {
                continue;
            };
            if let Some(p) = previous {
                pairs += 1;
                in_step += usize::from(p < k);
            }
            previous = Some(k);
        }
        let in_order = if pairs == 0 {
            1.0
        } else {
            in_step as f32 / pairs as f32
        };
        let query_main: f32 = q
            .core
            .iter()
            .map(|&i| {
                q.weights.get(i).copied().unwrap_or(0.0) * query_best.get(i).copied().unwrap_or(0.0)
            })
            .sum();
        let suffix_agreement = q.suffix_agreement(&query_best);
        let (mut name_main, mut name_rest) = (0.0, 0.0);
        for (k, &w) in v.iter().enumerate() {
            let s = w * name_best.get(k).copied().unwrap_or(0.0);
            if core(k) {
                name_main += s;
            } else {
                name_rest += s;
            }
        }
        let path = |query_cover: f32, in_order: f32, name_main: f32| {
            let name_cover = (name_main + name_rest) / name_total;
            if query_cover >= q.min_cover && name_cover >= MIN_NAME_COVER {
                QUERY_PART * query_cover
                    + ORDER_PART * in_order
                    + SUFFIX_PART * suffix_agreement
                    + NAME_PART * name_cover
            } else {
                0.0
            }
        };
        let mut best = path(query_main / q.core_weight, in_order, name_main);
        // Joined forms keep their order.
        if q.joined.is_some() {
            for (k, &id) in ids.iter().enumerate() {
                let s = q.joined_match(id);
                if s > 0.0 && core(k) {
                    best = best.max(path(s, 1.0, v.get(k).copied().unwrap_or(0.0) * s));
                }
            }
        }
        if slot.joined != NO_WORD {
            let s = q.joined_match(slot.joined);
            if s > 0.0 {
                best = best.max(path(s, 1.0, name_core * s));
            }
        }
        best.min(1.0)
    }
}
