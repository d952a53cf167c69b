//! Burmese (Unicode, logical order) to Latin, syllable by syllable, the way Burmese names are
//! spelt in Latin letters: ကျော် "kyaw", အောင် "aung", ရွှေ "shwe", သိန်း "thein", ထွန်း "htun".
//!
//! A syllable is an onset consonant, medials (ျ ြ ွ ှ), vowel signs and tone marks, and maybe a
//! final consonant killed by asat (်) or stacked under the next one (္). The rhyme is looked up
//! from the vowel signs and the final, since Burmese finals change the vowel ("-န်" is "an",
//! "-ိန်" is "ein", "-ောင်" is "aung").

const ASAT: char = '\u{103A}';
const VIRAMA: char = '\u{1039}';

fn consonant(c: char) -> Option<&'static str> {
    const TABLE: [&str; 34] = [
        "k", "kh", "g", "g", "ng", "s", "s", "z", "z", "ny", "ny", "t", "ht", "d", "d", "n", "t",
        "ht", "d", "d", "n", "p", "ph", "b", "b", "m", "y", "y", "l", "w", "th", "h", "l", "",
    ];
    let cp = u32::from(c);
    match cp {
        0x1000..=0x1021 => TABLE.get((cp - 0x1000) as usize).copied(),
        0x103F => Some("th"),
        0x1050 => Some("sh"),
        0x1051 => Some("s"),
        _ => None,
    }
}

fn independent_vowel(c: char) -> Option<&'static str> {
    match c {
        '\u{1023}' | '\u{1024}' => Some("i"),
        '\u{1025}' | '\u{1026}' => Some("u"),
        '\u{1027}' => Some("e"),
        '\u{1029}' | '\u{102A}' => Some("aw"),
        '\u{1052}' | '\u{1053}' => Some("ri"),
        '\u{1054}' | '\u{1055}' => Some("li"),
        '\u{104F}' => Some("i"),
        _ => None,
    }
}

#[derive(Default)]
struct Syllable {
    e: bool,
    aa: bool,
    i: bool,
    u: bool,
    ai: bool,
    anusvara: bool,
    ya: bool,
    wa: bool,
    ha: bool,
    coda: Option<char>,
}

/// Transliterates one run of Burmese.
pub(super) fn transliterate(run: &[char], out: &mut String) {
    let mut i = 0;
    while let Some(&c) = run.get(i) {
        let c = as_wa(run, i).unwrap_or(c);
        i += 1;
        if let Some(onset) = consonant(c) {
            let mut s = Syllable::default();
            i = read_syllable(run, i, &mut s);
            write_syllable(c, onset, &s, out);
        } else if let Some(v) = independent_vowel(c) {
            out.push_str(v);
        } else if let Some(d) = ('\u{1040}'..='\u{1049}')
            .contains(&c)
            .then(|| u32::from(c) - 0x1040)
        {
            out.push_str(super::indic::digit(d));
        } else if matches!(c, '\u{104A}' | '\u{104B}') {
            out.push(' ');
        }
    }
}

/// ၀ (zero) typed for ဝ (wa): the two look the same, and both encodings see it.
fn as_wa(run: &[char], i: usize) -> Option<char> {
    let letter = |c: Option<&char>| {
        c.is_some_and(|&c| ('\u{1000}'..='\u{103F}').contains(&c) || c == '\u{1031}')
    };
    (run.get(i) == Some(&'\u{1040}')
        && (letter(i.checked_sub(1).and_then(|p| run.get(p))) || letter(run.get(i + 1))))
    .then_some('\u{101D}')
}

fn read_syllable(run: &[char], mut i: usize, s: &mut Syllable) -> usize {
    while let Some(&c) = run.get(i) {
        match c {
            '\u{103B}' | '\u{103C}' => s.ya = true,
            '\u{103D}' => s.wa = true,
            '\u{103E}' => s.ha = true,
            '\u{1031}' => s.e = true,
            '\u{102B}' | '\u{102C}' => s.aa = true,
            '\u{102D}' | '\u{102E}' => s.i = true,
            '\u{102F}' | '\u{1030}' => s.u = true,
            '\u{1032}' => s.ai = true,
            '\u{1036}' => s.anusvara = true,
            // Tone marks, and an asat directly on a vowel (ော်), change no letter.
            '\u{1037}' | '\u{1038}' | ASAT => {}
            _ => {
                let killed = |j: usize| {
                    let mut j = j;
                    while run.get(j) == Some(&'\u{1037}') {
                        j += 1;
                    }
                    matches!(run.get(j), Some(&ASAT) | Some(&VIRAMA)).then_some(j)
                };
                if s.coda.is_none() && consonant(c).is_some() {
                    if let Some(j) = killed(i + 1) {
                        s.coda = Some(c);
                        i = j + 1;
                        // Kinzi (င်္) and stacked finals end here; the next consonant starts
                        // the next syllable.
                        if run.get(i) == Some(&VIRAMA) {
                            i += 1;
                        }
                        continue;
                    }
                }
                return i;
            }
        }
        i += 1;
    }
    i
}

fn write_syllable(c: char, onset: &'static str, s: &Syllable, out: &mut String) {
    let plain_vowel = !(s.e || s.aa || s.i || s.u || s.ai || s.anusvara);
    // ွ before a final with no other vowel is the vowel "u" (ထွန်း "htun"), else a "w" glide.
    let wa_vowel = s.wa && plain_vowel && s.coda.is_some_and(|f| !matches!(f, 'င' | 'ယ'));
    if s.ha {
        if c == 'ရ' || (s.ya && matches!(c, 'လ' | 'သ')) {
            out.push_str("sh");
        } else {
            out.push('h');
            out.push_str(onset);
        }
    } else if c == 'င' && s.ya {
        out.push('n');
    } else {
        out.push_str(onset);
    }
    if s.ya && !(s.ha && matches!(c, 'ရ' | 'လ' | 'သ')) {
        out.push('y');
    }
    if s.wa && !wa_vowel {
        out.push('w');
    }
    out.push_str(rhyme(s, wa_vowel));
}

fn rhyme(s: &Syllable, wa_vowel: bool) -> &'static str {
    let coda = s.coda.map(final_class);
    match (s.e, s.aa, s.i, s.u, coda) {
        (true, true, _, _, Some(Final::Ng)) => "aung",
        (true, true, _, _, Some(Final::Stop)) => "auk",
        (true, true, _, _, _) => "aw",
        (_, _, true, true, Some(Final::Ng)) => "aing",
        (_, _, true, true, Some(Final::Stop)) => "aik",
        (_, _, true, true, _) => "o",
        (_, _, true, _, Some(Final::Nasal)) => "ein",
        (_, _, true, _, Some(Final::Stop)) => "eik",
        (_, _, _, true, Some(Final::Nasal)) => "on",
        (_, _, _, true, Some(Final::Stop)) => "ok",
        (_, _, true, _, _) if s.anusvara => "ein",
        (_, _, _, true, _) if s.anusvara => "on",
        (_, _, true, _, _) => "i",
        (_, _, _, true, _) => "u",
        (true, _, _, _, _) => "e",
        _ if s.ai => "e",
        (_, true, _, _, Some(Final::Ng)) => "in",
        (_, true, _, _, _) => "a",
        _ if wa_vowel => match coda {
            Some(Final::Stop) => "ut",
            _ => "un",
        },
        _ if s.anusvara => "an",
        (_, _, _, _, Some(f)) => match f {
            Final::Ng => "in",
            Final::Nasal => "an",
            Final::Stop => "at",
            Final::K => "et",
            Final::S => "it",
            Final::Ny => "i",
            Final::Y => "e",
        },
        _ => "a",
    }
}

#[derive(Clone, Copy)]
enum Final {
    Ng,
    Nasal,
    Stop,
    K,
    S,
    Ny,
    Y,
}

fn final_class(c: char) -> Final {
    match c {
        'င' => Final::Ng,
        'က' => Final::K,
        'စ' => Final::S,
        'ည' | 'ဉ' => Final::Ny,
        'ယ' => Final::Y,
        'တ' | 'ပ' | 'ဒ' | 'ဗ' | 'ဋ' => Final::Stop,
        _ => Final::Nasal,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn latin(text: &str) -> String {
        super::super::latin_with(transliterate, text)
    }

    #[test]
    fn common_name_syllables_come_out_as_people_spell_them() {
        for (burmese, expected) in [
            ("ကျော်", "kyaw"),
            ("အောင်", "aung"),
            ("ရွှေ", "shwe"),
            ("တောင်", "taung"),
            ("သိန်း", "thein"),
            ("ထွန်း", "htun"),
            ("နိုင်", "naing"),
            ("ဝင်း", "win"),
            ("လှ", "hla"),
            ("ခင်", "khin"),
            ("မြန်မာ", "myanma"),
            ("စိုး", "so"),
            ("ဇော်", "zaw"),
        ] {
            assert_eq!(latin(burmese), expected, "{burmese}");
        }
    }
}
