//! Phonetic forms of folded words and how alike two of them are.
//!
//! The same name written in Devanagari and in Latin differs in predictable ways: aspiration
//! ("bh"/"b"), sibilants ("sh"/"s"), v/w/b, z/j, c/k/q, doubled letters, and above all vowels
//! (inherent vowels, long/short, "ee"/"i"). The form merges what never tells two names apart;
//! the similarity is a weighted Damerau–Levenshtein distance in which vowels, h and y cost
//! little and near-sounds (k/g, t/d, m/n…) cost less than other letters. For words from scripts
//! that do not write short vowels (Arabic, Thai, Khmer) vowels cost almost nothing.

/// Forms are cut here; longer words are rare and their tails add little.
pub(super) const MAX_FORM: usize = 40;

pub(super) fn is_vowel(c: char) -> bool {
    matches!(c, 'a' | 'e' | 'i' | 'o' | 'u')
}

/// The phonetic form of one folded word.
pub(super) fn form(word: &str) -> String {
    let mut buf = ['\0'; MAX_FORM * 2];
    let mut len = 0;
    for (slot, c) in buf.iter_mut().zip(word.chars()) {
        *slot = c;
        len += 1;
    }
    let w = &buf[..len];
    let mut out = String::with_capacity(w.len());
    let mut last: Option<char> = None;
    let mut emitted = 0usize;
    let mut i = 0;
    while let Some(&c) = w.get(i) {
        let next = w.get(i + 1).copied();
        let h_next = next == Some('h');
        i += 1;
        let mapped = match c {
            'a' | 'e' | 'i' | 'o' | 'u' => {
                let mut run = [c, '\0', '\0', '\0'];
                let mut n = 1;
                while let Some(v) = w.get(i).copied().filter(|&v| is_vowel(v)) {
                    if let Some(slot) = run.get_mut(n) {
                        *slot = v;
                        n += 1;
                    }
                    i += 1;
                }
                // A w closing a vowel is one ("Crown" is क्राउन, "Kyaw" ends in "aw").
                if w.get(i) == Some(&'w') && !w.get(i + 1).copied().is_some_and(is_vowel) {
                    if let Some(slot) = run.get_mut(n) {
                        *slot = 'u';
                        n += 1;
                    }
                    i += 1;
                }
                // The glide in "-iya" is how South Asian scripts write "-ia" ("Asia", एसिया).
                if c == 'i'
                    && n == 1
                    && w.get(i) == Some(&'y')
                    && w.get(i + 1).copied().is_some_and(is_vowel)
                {
                    i += 1;
                }
                for v in vowels(run.get(..n).unwrap_or_default()) {
                    if last != Some(v) && emitted < MAX_FORM {
                        out.push(v);
                        emitted += 1;
                        last = Some(v);
                    }
                }
                continue;
            }
            'c' if h_next => {
                while w.get(i) == Some(&'h') {
                    i += 1;
                }
                'C'
            }
            'c' if matches!(next, Some('e' | 'i' | 'y')) => 's',
            'c' if next == Some('k') => {
                i += 1;
                'k'
            }
            // Burmese ကျ and ဂျ: "Kyaw" is also written "Chaw", "Gyi" "Ji".
            'k' if next == Some('y') && w.get(i + 1).copied().is_some_and(is_vowel) => {
                i += 1;
                'C'
            }
            'g' if next == Some('y') && w.get(i + 1).copied().is_some_and(is_vowel) => {
                i += 1;
                'j'
            }
            'c' | 'q' | 'k' => {
                i += usize::from(h_next);
                'k'
            }
            // "Singh" is सिंह: the g is a spelling habit, the h is spoken.
            'g' if h_next && last == Some('n') && i + 1 == w.len() => continue,
            'p' if h_next => {
                i += 1;
                'f'
            }
            // English "-ture" and "-tion" as South Asian scripts spell them ("future" is
            // फ्युचर, "international" इन्टरनेशनल).
            't' if w.get(i..i + 3) == Some(&['u', 'r', 'e']) => 'C',
            't' if w.get(i..i + 3) == Some(&['i', 'o', 'n']) => 's',
            'g' | 't' | 'd' | 'b' | 'j' | 'r' | 'l' | 's' => {
                i += usize::from(h_next);
                c
            }
            'z' => {
                i += usize::from(h_next);
                'j'
            }
            'v' | 'w' => 'b',
            'x' => {
                if last != Some('k') {
                    out.push('k');
                    emitted += 1;
                }
                last = Some('k');
                's'
            }
            'y' if i == w.len() && last.is_some_and(|l| !is_vowel(l)) => 'i',
            c => c,
        };
        if last != Some(mapped) {
            if emitted >= MAX_FORM {
                break;
            }
            out.push(mapped);
            emitted += 1;
            last = Some(mapped);
        }
    }
    out
}

/// A run of vowels as spelt sounds: pairs that spell one sound become it ("ee" and "i",
/// "ou" and "u", "ai" and "e" as South Asian spellings mix them), other vowels stay.
fn vowels(run: &[char]) -> impl Iterator<Item = char> + '_ {
    let mut i = 0;
    std::iter::from_fn(move || {
        let first = *run.get(i)?;
        let pair = match (first, run.get(i + 1).copied()) {
            ('e', Some('e' | 'a' | 'i')) | ('i', Some('e' | 'i')) => Some('i'),
            ('o', Some('o' | 'u')) | ('u', Some('u')) => Some('u'),
            ('a', Some('a')) => Some('a'),
            ('a', Some('i')) => Some('e'),
            ('a', Some('u')) => Some('o'),
            _ => None,
        };
        i += if pair.is_some() { 2 } else { 1 };
        Some(pair.unwrap_or(first))
    })
}

#[inline(always)]
fn indel(c: char, sparse: bool) -> f32 {
    if is_vowel(c) {
        if sparse { 0.15 } else { 0.4 }
    } else if matches!(c, 'h' | 'y') {
        0.5
    } else {
        1.0
    }
}

fn substitution(a: char, b: char, sparse: bool) -> f32 {
    if a == b {
        return 0.0;
    }
    if is_vowel(a) && is_vowel(b) {
        return if sparse { 0.15 } else { 0.4 };
    }
    let (x, y) = if a < b { (a, b) } else { (b, a) };
    match (x, y) {
        ('i', 'y') => 0.4,
        ('m', 'n') => 0.5,
        ('g', 'k') | ('d', 't') | ('b', 'p') | ('C', 'j') | ('C', 's') | ('f', 'p') => 0.6,
        ('l', 'r') | ('r', 'y') | ('d', 'r') | ('j', 's') => 0.7,
        _ => 1.0,
    }
}

/// The weighted length of a form: what deleting all of it would cost.
pub(super) fn weighted_len(form: &str, sparse: bool) -> f32 {
    form.chars().map(|c| indel(c, sparse)).sum()
}

/// How much a word tells about a name, from its weighted length.
pub(super) fn weight(form: &str) -> f32 {
    weighted_len(form, false).clamp(1.0, 6.0)
}

/// 1 for the same form, falling towards 0 as the weighted edit distance grows relative to the
/// longer form.
#[cfg(test)]
pub(super) fn similarity(a: &str, b: &str, sparse: bool) -> f32 {
    similarity_above(a, b, sparse, 0.0)
}

/// [`similarity`], or 0 as soon as it cannot reach `min` (most candidates stop after a few
/// rows of the table).
pub(super) fn similarity_above(a: &str, b: &str, sparse: bool, min: f32) -> f32 {
    if a == b {
        return 1.0;
    }
    let mut ab = ['\0'; MAX_FORM];
    let mut bb = ['\0'; MAX_FORM];
    let la = fill(&mut ab, a);
    let lb = fill(&mut bb, b);
    let mut ca = [0f32; MAX_FORM];
    let mut cb = [0f32; MAX_FORM];
    for (c, &x) in ca.iter_mut().zip(&ab[..la]) {
        *c = indel(x, sparse);
    }
    for (c, &x) in cb.iter_mut().zip(&bb[..lb]) {
        *c = indel(x, sparse);
    }
    let (wa, wb): (f32, f32) = (ca[..la].iter().sum(), cb[..lb].iter().sum());
    let norm = if wa > wb { wa } else { wb };
    if norm <= 0.0 {
        return 0.0;
    }
    let budget = (1.0 - min) * norm;
    // Rows of the Damerau (optimal string alignment) table: the one before the previous, the
    // previous and the current, rotated by index (swapping arrays is a byte loop at opt-level z).
    let mut rows = [[0f32; MAX_FORM + 1]; 3];
    for j in 0..lb {
        rows[1][j + 1] = rows[1][j] + cb[j];
    }
    let (mut before, mut prev, mut cur) = (0usize, 1usize, 2usize);
    let mut prev_min = 0f32;
    for i in 0..la {
        let (x, cx) = (ab[i], ca[i]);
        rows[cur][0] = rows[prev][0] + cx;
        let mut row_min = rows[cur][0];
        for j in 0..lb {
            let y = bb[j];
            let sub = if x == y {
                0.0
            } else if i + 1 == la && j + 1 == lb && matches!((x, y), ('j', 's') | ('s', 'j')) {
                // English s sounds z at the end of words; South Asian scripts write it ज/জ.
                0.4
            } else {
                substitution(x, y, sparse)
            };
            let mut d = least(
                rows[prev][j] + sub,
                least(rows[prev][j + 1] + cx, rows[cur][j] + cb[j]),
            );
            if i > 0 && j > 0 && x == bb[j - 1] && ab[i - 1] == y {
                d = least(d, rows[before][j - 1] + 0.8);
            }
            rows[cur][j + 1] = d;
            row_min = least(row_min, d);
        }
        // A transposition reaches back two rows, so both must be over budget.
        if row_min > budget && prev_min > budget {
            return 0.0;
        }
        prev_min = row_min;
        (before, prev, cur) = (prev, cur, before);
    }
    let prev = rows[prev];
    let s = 1.0 - prev[lb] / norm;
    if s >= min && s > 0.0 { s } else { 0.0 }
}

/// `f32::min` without the NaN handling, which size-optimised builds turn into a call.
#[inline(always)]
fn least(a: f32, b: f32) -> f32 {
    if a < b { a } else { b }
}

fn fill(buf: &mut [char; MAX_FORM], s: &str) -> usize {
    let mut n = 0;
    for (slot, c) in buf.iter_mut().zip(s.chars()) {
        *slot = c;
        n += 1;
    }
    n
}

/// Candidate keys of a form: hashed pairs of its consonant skeleton with start and end marks.
/// Vowels are left out, since they are what spellings disagree on most.
pub(super) fn grams(form: &str, out: &mut Vec<u16>) {
    out.clear();
    let mut prev = '^';
    let mut first = true;
    for c in form.chars() {
        let c = if is_vowel(c) {
            if !first {
                continue;
            }
            '@'
        } else {
            c
        };
        first = false;
        out.push(gram(prev, c));
        prev = c;
    }
    out.push(gram(prev, '$'));
    out.sort_unstable();
    out.dedup();
}

/// Consonants in the form, plus one for a leading vowel.
pub(super) fn skeleton_len(form: &str) -> usize {
    let lead = usize::from(form.chars().next().is_some_and(is_vowel));
    form.chars().filter(|c| !is_vowel(*c)).count() + lead
}

fn gram(a: char, b: char) -> u16 {
    let h = u32::from(a).wrapping_mul(0x9E37_79B1) ^ u32::from(b).wrapping_mul(0x85EB_CA77);
    (h.wrapping_mul(0xC2B2_AE35) >> 16) as u16
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sim(a: &str, b: &str) -> f32 {
        similarity(&form(a), &form(b), false)
    }

    #[test]
    fn forms_merge_spelling_habits() {
        assert_eq!(form("shrestha"), "sresta");
        assert_eq!(form("singh"), form("sinh"));
        assert_eq!(form("bhattarai"), "batare");
        assert_eq!(form("overseas"), "obersis");
        assert_eq!(form("quick"), "kuik");
        assert_eq!(form("sunny"), "suni");
        assert_eq!(form("deepak"), form("dipak"));
    }

    #[test]
    fn near_spellings_are_near_and_different_names_are_far() {
        assert!(sim("himalaya", "himalay") > 0.9);
        assert!(sim("sagarmatha", "sagaramatha") > 0.9);
        assert!(sim("himalaya", "himalyaa") > 0.85);
        assert!(sim("everest", "evrest") > 0.85);
        assert!(sim("himalaya", "everest") < 0.4);
        assert!(sim("nepal", "napoli") < 0.8);
        assert_eq!(sim("kathmandu", "kathmandu"), 1.0);
    }

    #[test]
    fn sparse_words_ignore_missing_vowels() {
        let sparse = similarity(&form("mhmd"), &form("muhammad"), true);
        let dense = similarity(&form("mhmd"), &form("muhammad"), false);
        assert!(sparse > 0.85 && dense < sparse, "{sparse} {dense}");
    }

    #[test]
    fn similarity_is_bounded_and_symmetric() {
        for (a, b) in [("", "abc"), ("x", ""), ("abc", "cab"), ("aaaa", "b")] {
            let s = similarity(a, b, false);
            assert!((0.0..=1.0).contains(&s));
            assert_eq!(s, similarity(b, a, false));
        }
    }
}
