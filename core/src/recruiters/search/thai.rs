//! Thai to Latin, close to the Royal Thai General System that company registrations use:
//! leading vowels (เ แ โ ใ ไ) are moved after their consonant, a consonant closing a syllable
//! takes its final sound (ร ล น → "n", ด ต ท ส → "t", บ พ → "p"), and ์ silences a letter.
//! Thai does not write the short vowels between consonants; the matcher knows Thai-derived words
//! are vowel-sparse rather than guessing them here.

/// Initial and final sounds of ก (U+0E01) to ฮ (U+0E2E).
const CONSONANTS: [(&str, &str); 46] = [
    ("k", "k"),
    ("kh", "k"),
    ("kh", "k"),
    ("kh", "k"),
    ("kh", "k"),
    ("kh", "k"),
    ("ng", "ng"),
    ("ch", "t"),
    ("ch", "t"),
    ("ch", "t"),
    ("s", "t"),
    ("ch", "t"),
    ("y", "n"),
    ("d", "t"),
    ("t", "t"),
    ("th", "t"),
    ("th", "t"),
    ("th", "t"),
    ("n", "n"),
    ("d", "t"),
    ("t", "t"),
    ("th", "t"),
    ("th", "t"),
    ("th", "t"),
    ("n", "n"),
    ("b", "p"),
    ("p", "p"),
    ("ph", "p"),
    ("f", "p"),
    ("ph", "p"),
    ("f", "p"),
    ("ph", "p"),
    ("m", "m"),
    ("y", "i"),
    ("r", "n"),
    ("rue", "rue"),
    ("l", "n"),
    ("lue", "lue"),
    ("w", "o"),
    ("s", "t"),
    ("s", "t"),
    ("s", "t"),
    ("h", ""),
    ("l", "n"),
    ("", "o"),
    ("h", ""),
];

const SILENCER: char = '\u{0E4C}';

fn consonant(c: char) -> Option<(&'static str, &'static str)> {
    let cp = u32::from(c);
    (0x0E01..=0x0E2E)
        .contains(&cp)
        .then(|| CONSONANTS.get((cp - 0x0E01) as usize).copied())
        .flatten()
}

fn is_tone(c: char) -> bool {
    matches!(c, '\u{0E47}'..='\u{0E4B}' | '\u{0E4E}')
}

fn following_vowel(c: char) -> Option<&'static str> {
    Some(match c {
        '\u{0E30}' | '\u{0E31}' | '\u{0E32}' | '\u{0E45}' => "a",
        '\u{0E33}' => "am",
        '\u{0E34}' | '\u{0E35}' => "i",
        '\u{0E36}' | '\u{0E37}' => "ue",
        '\u{0E38}' | '\u{0E39}' => "u",
        '\u{0E4D}' => "m",
        _ => return None,
    })
}

fn leading_vowel(c: char) -> Option<&'static str> {
    Some(match c {
        '\u{0E40}' => "e",
        '\u{0E41}' => "ae",
        '\u{0E42}' => "o",
        '\u{0E43}' | '\u{0E44}' => "ai",
        _ => return None,
    })
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Last {
    Start,
    Initial,
    Vowel,
    Final,
}

/// Transliterates one run of Thai.
pub(super) fn transliterate(run: &[char], out: &mut String) {
    let mut last = Last::Start;
    let mut leading: Option<char> = None;
    let mut i = 0;
    let skip_tones = |mut j: usize| {
        while run.get(j).copied().is_some_and(is_tone) {
            j += 1;
        }
        j
    };
    while let Some(&c) = run.get(i) {
        i += 1;
        if let Some((initial, fin)) = consonant(c) {
            let next = skip_tones(i);
            if run.get(next) == Some(&SILENCER) {
                i = next + 1;
                continue;
            }
            let vowel_follows = run.get(next).copied().and_then(following_vowel).is_some();
            let is_initial =
                leading.is_some() || vowel_follows || matches!(last, Last::Start | Last::Final);
            if !is_initial {
                out.push_str(fin);
                last = Last::Final;
                continue;
            }
            out.push_str(initial);
            last = Last::Initial;
            if let Some(lead) = leading.take() {
                i = write_leading_vowel(lead, run, next, i, out);
                last = Last::Vowel;
            }
        } else if let Some(v) = leading_vowel(c) {
            leading = Some(c);
            // A leading vowel with no consonant after it still sounds.
            if !run
                .get(i..)
                .is_some_and(|rest| rest.iter().any(|&r| consonant(r).is_some()))
            {
                out.push_str(v);
                leading = None;
            }
        } else if c == '\u{0E4D}' && run.get(i) == Some(&'\u{0E32}') {
            // ำ decomposed by NFKC.
            out.push_str("am");
            i += 1;
            last = Last::Vowel;
        } else if let Some(v) = following_vowel(c) {
            out.push_str(v);
            last = Last::Vowel;
        } else if let Some(d) = ('\u{0E50}'..='\u{0E59}')
            .contains(&c)
            .then(|| u32::from(c) - 0x0E50)
        {
            out.push_str(super::indic::digit(d));
            last = Last::Start;
        } else if matches!(c, '\u{0E4F}' | '\u{0E5A}' | '\u{0E5B}') {
            out.push(' ');
            last = Last::Start;
        }
    }
}

/// Writes the vowel of เ แ โ ใ ไ after its consonant, reading the signs that combine with it
/// (เ-า "ao", เ-ีย "ia", เ-ือ "uea", เ-อ "oe"); returns where reading goes on.
fn write_leading_vowel(lead: char, run: &[char], next: usize, i: usize, out: &mut String) -> usize {
    let at = |j: usize| run.get(j).copied();
    if lead == '\u{0E40}' {
        match (at(next), at(next + 1)) {
            (Some('\u{0E32}'), _) => {
                out.push_str("ao");
                return next + 1;
            }
            (Some('\u{0E35}'), Some('\u{0E22}')) => {
                out.push_str("ia");
                return next + 2;
            }
            (Some('\u{0E37}'), Some('\u{0E2D}')) => {
                out.push_str("uea");
                return next + 2;
            }
            (Some('\u{0E2D}'), _) | (Some('\u{0E34}'), _) => {
                out.push_str("oe");
                return next + 1;
            }
            _ => {}
        }
    }
    out.push_str(leading_vowel(lead).unwrap_or(""));
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    fn latin(text: &str) -> String {
        super::super::latin_with(transliterate, text)
    }

    #[test]
    fn words_come_out_close_to_rtgs() {
        assert_eq!(latin("กรุงเทพ"), "krungthep");
        assert_eq!(latin("จำกัด"), "chamkat");
        assert_eq!(latin("สยาม"), "syam");
        assert_eq!(latin("แรงงาน"), "raengngan");
        assert_eq!(latin("บริษัท"), "brisat");
    }
}
