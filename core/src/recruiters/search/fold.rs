//! Folding: any spelling of a name to lower-case Latin words separated by single spaces.
//!
//! NFKC (full-width, ligatures, presentation forms), Zawgyi to Unicode when the text looks like
//! Zawgyi, transliteration of the scripts recruiters and workers write in, then Latin diacritics
//! removed, case folded, punctuation turned into word breaks ("P.L.C." stays one word "plc";
//! "D'Souza" stays "dsouza"). Digits of every handled script become ASCII. Letters of other
//! scripts (Cyrillic, Han, Hangul…) are kept, lower-cased and without combining marks, so that
//! they still match themselves. Folding what was folded changes nothing.

use unicode_normalization::char::{decompose_compatible, is_combining_mark};
use unicode_normalization::{IsNormalized, UnicodeNormalization, is_nfkc_quick};

use super::{arabic, burmese, ethiopic, indic, thai, zawgyi};

/// Put before the words of scripts that do not write all vowels (Arabic, Thai, Khmer) when the
/// caller asks for it, so that the matcher can go easy on vowels there.
pub(super) const SPARSE_MARK: char = '\u{E000}';

#[derive(Clone, Copy, PartialEq, Eq)]
enum Script {
    Indic(u32),
    Sinhala,
    Khmer,
    Burmese,
    Thai,
    Arabic,
    Ethiopic,
    Other,
}

fn script_of(c: char) -> Script {
    match u32::from(c) {
        cp @ 0x0900..=0x0D7F => Script::Indic(cp & !0x7F),
        0x0D80..=0x0DFF => Script::Sinhala,
        0x0E00..=0x0E7F => Script::Thai,
        0x1000..=0x109F => Script::Burmese,
        0x1200..=0x137F => Script::Ethiopic,
        0x1780..=0x17FF => Script::Khmer,
        0x0600..=0x06FF | 0x0750..=0x077F | 0x08A0..=0x08FF => Script::Arabic,
        _ => Script::Other,
    }
}

/// The folding used for names.
pub fn fold(text: &str) -> String {
    fold_with(text, false)
}

pub(super) fn fold_with(text: &str, mark_sparse: bool) -> String {
    // Most names are plain ASCII: already NFKC, nothing to transliterate.
    if text.is_ascii() {
        return clean(text, mark_sparse);
    }
    let mut chars: Vec<char> = if is_nfkc_quick(text.chars()) == IsNormalized::Yes {
        text.chars().collect()
    } else {
        text.nfkc().collect()
    };
    if chars.iter().any(|c| script_of(*c) == Script::Burmese) && zawgyi::is_zawgyi_chars(&chars) {
        chars = zawgyi::to_unicode(&chars);
    }
    let mut latin = String::with_capacity(text.len() + 16);
    transliterate(&chars, mark_sparse, &mut latin);
    clean(&latin, mark_sparse)
}

fn transliterate(chars: &[char], mark_sparse: bool, out: &mut String) {
    // Joiners change how a conjunct looks, not what it says; a zero-width space is how Thai,
    // Khmer and Burmese typists separate words.
    let chars: Vec<char> = chars
        .iter()
        .filter(|c| !matches!(c, '\u{200C}' | '\u{200D}' | '\u{00AD}' | '\u{FEFF}'))
        .map(|&c| {
            if c == '\u{200B}' || c == SPARSE_MARK {
                ' '
            } else {
                c
            }
        })
        .collect();
    let mut i = 0;
    while let Some(&c) = chars.get(i) {
        let script = script_of(c);
        let end = chars
            .get(i..)
            .and_then(|rest| rest.iter().position(|&d| script_of(d) != script))
            .map_or(chars.len(), |n| i + n);
        let run = chars.get(i..end).unwrap_or_default();
        if mark_sparse && matches!(script, Script::Arabic | Script::Thai | Script::Khmer) {
            out.push(' ');
            out.push(SPARSE_MARK);
        }
        match script {
            Script::Indic(block) => indic::transliterate(run, &indic::indic_script(block), out),
            Script::Sinhala => indic::transliterate(run, &indic::SINHALA, out),
            Script::Khmer => indic::transliterate(run, &indic::KHMER, out),
            Script::Burmese => burmese::transliterate(run, out),
            Script::Thai => thai::transliterate(run, out),
            Script::Arabic => arabic::transliterate(run, out),
            Script::Ethiopic => ethiopic::transliterate(run, out),
            Script::Other => out.extend(run),
        }
        i = end.max(i + 1);
    }
}

/// Latin clean-up: case, diacritics, punctuation, spaces.
fn clean(text: &str, keep_marks: bool) -> String {
    let mut w = Words {
        out: String::with_capacity(text.len()),
        since_dot: 0,
    };
    for c in text.chars() {
        if c.is_ascii_alphanumeric() {
            w.push(c.to_ascii_lowercase());
            continue;
        }
        match c {
            SPARSE_MARK => {
                if keep_marks {
                    w.word_break();
                    w.out.push(SPARSE_MARK);
                }
            }
            // "P.L.C." and "S.K." are one word; "Pvt.Ltd." is two.
            '.' => {
                if w.since_dot == 1 {
                    w.since_dot = 0;
                } else {
                    w.word_break();
                }
            }
            '\'' | '\u{2018}' | '\u{2019}' | '\u{02BC}' | '`' | '\u{00B4}' => {}
            _ if c.is_ascii() => w.word_break(),
            _ => w.push_other(c),
        }
    }
    while w.out.ends_with(' ') {
        w.out.pop();
    }
    w.out
}

struct Words {
    out: String,
    /// Letters since the last word break or joining full stop.
    since_dot: usize,
}

impl Words {
    fn push(&mut self, c: char) {
        self.out.push(c);
        self.since_dot += 1;
    }

    fn word_break(&mut self) {
        if !self.out.is_empty() && !self.out.ends_with(' ') {
            self.out.push(' ');
        }
        self.since_dot = 0;
    }

    /// A letter outside ASCII: the base letters of its compatibility decomposition,
    /// lower-cased (a few Latin letters have no decomposition and are spelt out); anything else
    /// breaks the word.
    fn push_other(&mut self, c: char) {
        let mut letters = 0;
        decompose_compatible(c, |d| {
            if is_combining_mark(d) {
                return;
            }
            for l in d.to_lowercase() {
                let spelt = spelt_out(l);
                if !spelt.is_empty() {
                    self.out.push_str(spelt);
                    letters += spelt.len();
                } else if l.is_alphanumeric() && !is_combining_mark(l) {
                    self.out.push(l);
                    letters += 1;
                }
            }
        });
        if letters > 0 {
            self.since_dot += letters;
        } else if !is_combining_mark(c) {
            self.word_break();
        }
    }
}

fn spelt_out(c: char) -> &'static str {
    match c {
        'ß' => "ss",
        'æ' => "ae",
        'œ' => "oe",
        'ø' => "o",
        'đ' | 'ð' => "d",
        'þ' => "th",
        'ł' => "l",
        'ı' => "i",
        'ŋ' => "ng",
        'ħ' => "h",
        _ => "",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn latin_is_lower_cased_without_accents_or_punctuation() {
        assert_eq!(
            fold("  Himalaya   MANPOWER Pvt.Ltd. "),
            "himalaya manpower pvt ltd"
        );
        assert_eq!(fold("P.L.C."), "plc");
        assert_eq!(fold("D'Souza & Sons"), "dsouza sons");
        assert_eq!(fold("Société Générale"), "societe generale");
        assert_eq!(fold("ＡＢＣ　１２３"), "abc 123");
        assert_eq!(fold("Straße"), "strasse");
    }

    #[test]
    fn scripts_become_latin() {
        assert_eq!(fold("हिमालय म्यानपावर"), "himalay myanpavar");
        assert_eq!(fold("الخليج"), "al khlij");
        assert_eq!(fold("०१२३ ৪৫ ၆၇ ๘๙"), "0123 45 67 89");
    }

    #[test]
    fn sparse_scripts_are_marked_only_on_request() {
        assert_eq!(
            fold_with("Siam สยาม", true),
            format!("siam {SPARSE_MARK}syam")
        );
        assert_eq!(fold("Siam สยาม"), "siam syam");
    }

    #[test]
    fn zawgyi_and_unicode_fold_alike() {
        assert_eq!(
            fold("\u{1031}\u{101B}\u{108A}\u{1031}\u{1010}\u{102C}\u{1004}\u{1039}"),
            fold("ရွှေတောင်")
        );
    }
}
