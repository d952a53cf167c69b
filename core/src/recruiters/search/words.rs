//! A name or a query as words: folded, split, each with its phonetic form; suffix words
//! marked with what they mean; acronyms kept letter for letter. Names and queries go through
//! the same steps, so that they meet.

use super::dictionary::LITERAL;
use super::fold::{SPARSE_MARK, fold_with};
use super::phonetic::{MAX_FORM, form, weight};
use super::suffixes::{Meaning, suffixes};

/// Words of a query or name beyond which nothing is read.
pub(super) const MAX_WORDS: usize = 12;
/// Suffix words ("Manpower", "Ltd") all weigh this little in a name, whatever their length
/// (an ordinary word weighs 1 to 6 by length).
pub(super) const SUFFIX_WEIGHT: f32 = 0.4;

/// A folded word of a name or query.
pub(super) struct Word {
    /// As folded, for typing-error checks.
    pub(super) folded: String,
    pub(super) form: String,
    pub(super) sparse: bool,
    pub(super) suffix: bool,
    /// What a suffix word means, so that its translations match it.
    pub(super) meaning: Meaning,
}

/// Acronyms written in capitals ("GCL", "BISO"), lower-cased, when the text also has
/// lower-case letters or is the acronym alone: a name all in capitals is words, not acronyms.
fn acronyms(text: &str) -> Vec<String> {
    let bytes = text.as_bytes();
    if !bytes
        .windows(2)
        .any(|w| w.iter().all(u8::is_ascii_uppercase))
    {
        return Vec::new();
    }
    let tokens: Vec<&str> = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|t| !t.is_empty())
        .collect();
    if tokens.len() > 1 && !text.chars().any(char::is_lowercase) {
        return Vec::new();
    }
    tokens
        .into_iter()
        .filter(|t| (2..=6).contains(&t.len()) && t.bytes().all(|b| b.is_ascii_uppercase()))
        .map(str::to_ascii_lowercase)
        .collect()
}

/// Whether a query word could be an acronym typed in any case.
pub(super) fn may_be_acronym(folded: &str) -> bool {
    (2..=6).contains(&folded.len()) && folded.bytes().all(|b| b.is_ascii_lowercase())
}

/// The literal form of a word (see `dictionary::LITERAL`).
pub(super) fn literal(folded: &str) -> String {
    let mut out = String::with_capacity(folded.len() + 1);
    out.push(LITERAL);
    out.push_str(folded);
    out
}

/// The words of a name or query. In names, acronyms become literal words.
pub(super) fn words(text: &str, is_query: bool) -> Vec<Word> {
    let folded = fold_with(text, true);
    let known = suffixes();
    let acronyms = if is_query { Vec::new() } else { acronyms(text) };
    let mut out: Vec<Word> = Vec::new();
    for token in folded.split(' ') {
        let sparse = token.starts_with(SPARSE_MARK);
        let token = token.trim_start_matches(SPARSE_MARK);
        let f = form(token);
        if f.is_empty() {
            continue;
        }
        // Names never need the folded word; queries check it for misspelt suffixes.
        let folded = |piece: &str| {
            if is_query {
                piece.to_owned()
            } else {
                String::new()
            }
        };
        if acronyms.iter().any(|a| a == token) && !known.contains(&f) {
            out.push(Word {
                folded: folded(token),
                form: literal(token),
                sparse: false,
                suffix: false,
                meaning: 0,
            });
        } else if let Some((head, tail)) = known.split_glued(&f) {
            for piece in [head, tail] {
                out.push(Word {
                    folded: folded(piece),
                    form: piece.to_owned(),
                    sparse,
                    suffix: known.contains(piece),
                    meaning: known.meaning(piece),
                });
            }
        } else {
            let meaning = known.meaning(&f);
            out.push(Word {
                folded: folded(token),
                form: f,
                sparse,
                suffix: meaning > 0,
                meaning,
            });
        }
        if out.len() >= MAX_WORDS {
            out.truncate(MAX_WORDS);
            break;
        }
    }
    out
}

/// How much a word tells about a name: its weighted length, or letters for a literal.
pub(super) fn word_weight(form: &str) -> f32 {
    match form.strip_prefix(LITERAL) {
        Some(letters) => (letters.len() as f32).clamp(1.0, 6.0),
        None => weight(form),
    }
}

/// Word weights; suffix words weigh little unless the text has nothing else.
pub(super) fn weights(
    suffix: impl Iterator<Item = bool> + Clone,
    forms: impl Iterator<Item = f32>,
) -> Vec<f32> {
    let all_suffix = suffix.clone().all(|s| s);
    suffix
        .zip(forms)
        .map(|(s, w)| if s && !all_suffix { SUFFIX_WEIGHT } else { w })
        .collect()
}

/// Forms joined into one, as names written without spaces read.
pub(super) fn joined<'a>(forms: impl Iterator<Item = &'a str>) -> String {
    let mut out = String::new();
    let mut last = None;
    for c in forms
        .filter(|f| !f.starts_with(LITERAL))
        .flat_map(str::chars)
        .take(MAX_FORM * 2)
    {
        if last != Some(c) {
            out.push(c);
            last = Some(c);
        }
    }
    out.chars().take(MAX_FORM).collect()
}
