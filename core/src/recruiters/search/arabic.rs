//! Arabic script (Arabic, Persian, Urdu letters) to Latin. The script writes long vowels and
//! consonants only; و and ي are "w"/"y" where they start a syllable and "u"/"i" elsewhere, and
//! the article ال becomes a separate "al" as Latin spellings have it ("Al Khaleej"). Short vowels
//! are written only when the harakat are there; the matcher knows Arabic-derived words are
//! vowel-sparse.

fn letter(c: char) -> Option<&'static str> {
    Some(match c {
        '\u{0621}' | '\u{0639}' | '\u{0640}' => "",
        '\u{0622}' | '\u{0623}' | '\u{0627}' | '\u{0629}' | '\u{0649}' | '\u{0671}'
        | '\u{06C3}' | '\u{0670}' | '\u{064E}' => "a",
        '\u{0625}' | '\u{0650}' => "i",
        '\u{0624}' | '\u{064F}' | '\u{06C7}' => "u",
        '\u{0626}' => "i",
        '\u{0628}' => "b",
        '\u{062A}' | '\u{0637}' | '\u{0679}' => "t",
        '\u{062B}' => "th",
        '\u{062C}' => "j",
        '\u{062D}' | '\u{0647}' | '\u{06C1}' | '\u{06BE}' | '\u{06D5}' => "h",
        '\u{062E}' => "kh",
        '\u{062F}' | '\u{0636}' | '\u{0688}' => "d",
        '\u{0630}' => "dh",
        '\u{0631}' | '\u{0691}' => "r",
        '\u{0632}' | '\u{0638}' => "z",
        '\u{0633}' | '\u{0635}' => "s",
        '\u{0634}' => "sh",
        '\u{063A}' => "gh",
        '\u{0641}' => "f",
        '\u{0642}' => "q",
        '\u{0643}' | '\u{06A9}' | '\u{06AA}' => "k",
        '\u{0644}' => "l",
        '\u{0645}' => "m",
        '\u{0646}' | '\u{06BA}' => "n",
        '\u{067E}' => "p",
        '\u{0686}' => "ch",
        '\u{0698}' => "zh",
        '\u{06AF}' => "g",
        '\u{06A4}' | '\u{06CB}' => "v",
        '\u{06C6}' => "o",
        '\u{06D2}' | '\u{06D0}' => "e",
        _ => return None,
    })
}

fn is_waw(c: char) -> bool {
    c == '\u{0648}'
}

fn is_ya(c: char) -> bool {
    matches!(c, '\u{064A}' | '\u{06CC}')
}

fn is_long_a(c: Option<&char>) -> bool {
    c.is_some_and(|&c| matches!(c, '\u{0627}' | '\u{0649}' | '\u{0629}' | '\u{064E}'))
}

/// Transliterates one run of Arabic script.
pub(super) fn transliterate(run: &[char], out: &mut String) {
    let mut word_start = true;
    let mut i = 0;
    while let Some(&c) = run.get(i) {
        if word_start && c == '\u{0627}' && run.get(i + 1) == Some(&'\u{0644}') && run.len() > i + 3
        {
            out.push_str("al ");
            i += 2;
            word_start = false;
            continue;
        }
        if is_waw(c) || is_ya(c) {
            let consonantal = word_start || is_long_a(run.get(i + 1));
            out.push_str(match (is_waw(c), consonantal) {
                (true, true) => "w",
                (true, false) => "u",
                (false, true) => "y",
                (false, false) => "i",
            });
        } else if let Some(latin) = letter(c) {
            out.push_str(latin);
        } else if let Some(d) = arabic_digit(c) {
            out.push_str(super::indic::digit(d));
        } else if matches!(
            c,
            '\u{060C}' | '\u{061B}' | '\u{061F}' | '\u{066A}'..='\u{066D}' | '\u{06D4}'
        ) {
            out.push(' ');
            word_start = true;
            i += 1;
            continue;
        }
        word_start = false;
        i += 1;
    }
}

fn arabic_digit(c: char) -> Option<u32> {
    let cp = u32::from(c);
    match cp {
        0x0660..=0x0669 => Some(cp - 0x0660),
        0x06F0..=0x06F9 => Some(cp - 0x06F0),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn latin(text: &str) -> String {
        super::super::latin_with(transliterate, text)
    }

    #[test]
    fn consonants_long_vowels_and_the_article() {
        assert_eq!(latin("الخليج"), "al khlij");
        assert_eq!(latin("محمد"), "mhmd");
        assert_eq!(latin("وليد"), "wlid");
        assert_eq!(latin("پاکستان"), "pakstan");
    }
}
