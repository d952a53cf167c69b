//! Brahmic scripts to Latin: the nine ISCII-parallel Indic blocks (Devanagari to Malayalam share
//! one layout, so one table serves them with a few per-script exceptions), Sinhala and Khmer.
//!
//! Each consonant carries an inherent vowel that a vowel sign replaces and a virama removes.
//! Hindi, Nepali, Bengali, Punjabi and Gujarati do not pronounce the inherent vowel at the end of
//! a word nor in the middle of `VC_CV`, and Latin spellings follow the speech ("Sagarmatha", not
//! "Sagaramatha"), so those scripts drop it there. Output is lower-case ASCII, no diacritics.

#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Consonant,
    /// A consonant that never carries a vowel (Bengali khanda ta, Malayalam chillus).
    Dead,
    Vowel,
    Sign,
    Virama,
    Nukta,
    /// Anusvara, candrabindu, visarga: a coda sound after the vowel.
    Coda,
    /// Danda and the like: ends the word.
    Stop,
    /// The abbreviation sign ॰ behaves like a full stop after an initial.
    Abbreviation,
    Ignore,
}

pub(super) struct Script {
    letter: fn(char) -> (Kind, &'static str),
    inherent: &'static str,
    schwa_deletion: bool,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Piece {
    Consonant,
    Vowel,
    Inherent,
}

/// The ISCII-parallel block a character belongs to, Devanagari (U+0900) to Malayalam (U+0D00).
pub(super) fn indic_script(block: u32) -> Script {
    let letter = match block {
        0x0980 => bengali,
        0x0A00 => gurmukhi,
        0x0B00 => oriya,
        0x0B80 => tamil,
        0x0D00 => malayalam,
        _ => devanagari,
    };
    Script {
        letter,
        inherent: "a",
        schwa_deletion: matches!(block, 0x0900 | 0x0980 | 0x0A00 | 0x0A80),
    }
}

pub(super) const SINHALA: Script = Script {
    letter: sinhala,
    inherent: "a",
    schwa_deletion: false,
};

/// Khmer writes no inherent vowel that Latin spellings agree on (â, ô, o, a…), so none is
/// emitted; the matcher treats Khmer-derived words as vowel-sparse.
pub(super) const KHMER: Script = Script {
    letter: khmer,
    inherent: "",
    schwa_deletion: false,
};

/// Transliterates one run of a Brahmic script.
pub(super) fn transliterate(run: &[char], script: &Script, out: &mut String) {
    let mut pieces: Vec<(&'static str, Piece)> = Vec::with_capacity(run.len() + 4);
    let mut after_virama = false;
    for &c in run {
        let (kind, mut latin) = (script.letter)(c);
        if after_virama && is_bengali_or_oriya_ya(c) {
            latin = "y";
        }
        after_virama = kind == Kind::Virama;
        match kind {
            Kind::Consonant => {
                pieces.push((latin, Piece::Consonant));
                pieces.push((script.inherent, Piece::Inherent));
            }
            Kind::Dead | Kind::Coda => pieces.push((latin, Piece::Consonant)),
            Kind::Vowel => pieces.push((latin, Piece::Vowel)),
            Kind::Sign => match pieces.last_mut() {
                Some(last) if last.1 == Piece::Inherent => *last = (latin, Piece::Vowel),
                _ => pieces.push((latin, Piece::Vowel)),
            },
            Kind::Virama => {
                if pieces.last().is_some_and(|p| p.1 == Piece::Inherent) {
                    pieces.pop();
                }
            }
            Kind::Nukta => {
                let ya_takes_nukta = run
                    .first()
                    .is_some_and(|f| is_bengali_or_oriya_ya_block(*f));
                let at = match pieces.last() {
                    Some((_, Piece::Inherent)) => pieces.len().checked_sub(2),
                    _ => pieces.len().checked_sub(1),
                };
                if let Some((latin, Piece::Consonant)) = at.and_then(|i| pieces.get_mut(i)) {
                    *latin = if *latin == "j" && ya_takes_nukta {
                        "y"
                    } else {
                        with_nukta(latin)
                    };
                }
            }
            Kind::Stop | Kind::Abbreviation => {
                flush(&mut pieces, script, out);
                out.push(if kind == Kind::Stop { ' ' } else { '.' });
            }
            Kind::Ignore => {}
        }
    }
    flush(&mut pieces, script, out);
}

fn flush(pieces: &mut Vec<(&'static str, Piece)>, script: &Script, out: &mut String) {
    if script.schwa_deletion {
        delete_schwas(pieces);
    }
    for (latin, _) in pieces.drain(..) {
        out.push_str(latin);
    }
}

/// Drops the inherent vowel at the end of a word of two or more syllables, and in `VC_CV`
/// scanning right to left (Ohala's rule, as Hindi and Nepali speakers apply it).
fn delete_schwas(pieces: &mut Vec<(&'static str, Piece)>) {
    let is_vowel = |p: Option<&(&str, Piece)>| p.is_some_and(|p| p.1 != Piece::Consonant);
    let syllables = pieces.iter().filter(|p| p.1 != Piece::Consonant).count();
    if syllables > 1 && pieces.last().is_some_and(|p| p.1 == Piece::Inherent) {
        pieces.pop();
    }
    let mut j = pieces.len();
    while j > 2 {
        j -= 1;
        if pieces[j].1 != Piece::Inherent {
            continue;
        }
        let consonant = |p: Option<&(&str, Piece)>| p.is_some_and(|p| p.1 == Piece::Consonant);
        if consonant(pieces.get(j - 1))
            && is_vowel(pieces.get(j - 2))
            && consonant(pieces.get(j + 1))
            && is_vowel(pieces.get(j + 2))
        {
            pieces.remove(j);
        }
    }
}

/// য and ଯ are "j"; after a virama or with a nukta they are "y".
fn is_bengali_or_oriya_ya(c: char) -> bool {
    matches!(c, '\u{09AF}' | '\u{0B2F}')
}

fn is_bengali_or_oriya_ya_block(c: char) -> bool {
    matches!(u32::from(c) & !0x7F, 0x0980 | 0x0B00)
}

fn with_nukta(latin: &'static str) -> &'static str {
    match latin {
        "k" => "q",
        "j" => "z",
        "d" => "r",
        "dh" => "rh",
        "ph" => "f",
        "g" => "g",
        other => other,
    }
}

/// The shared ISCII layout, by offset in the block.
fn iscii(offset: u32) -> (Kind, &'static str) {
    use Kind::*;
    match offset {
        0x00..=0x02 => (Coda, "n"),
        0x03 => (Coda, "h"),
        0x04 | 0x05 | 0x06 | 0x72 => (Vowel, "a"),
        0x07 | 0x08 => (Vowel, "i"),
        0x09 | 0x0A => (Vowel, "u"),
        0x0B | 0x60 => (Vowel, "ri"),
        0x0C | 0x61 => (Vowel, "li"),
        0x0D..=0x0F => (Vowel, "e"),
        0x10 => (Vowel, "ai"),
        0x11..=0x13 => (Vowel, "o"),
        0x14 => (Vowel, "au"),
        0x15 => (Consonant, "k"),
        0x16 => (Consonant, "kh"),
        0x17 => (Consonant, "g"),
        0x18 => (Consonant, "gh"),
        0x19 => (Consonant, "ng"),
        0x1A => (Consonant, "ch"),
        0x1B => (Consonant, "chh"),
        0x1C => (Consonant, "j"),
        0x1D => (Consonant, "jh"),
        0x1E => (Consonant, "ny"),
        0x1F | 0x24 => (Consonant, "t"),
        0x20 | 0x25 => (Consonant, "th"),
        0x21 | 0x26 => (Consonant, "d"),
        0x22 | 0x27 => (Consonant, "dh"),
        0x23 | 0x28 | 0x29 => (Consonant, "n"),
        0x2A => (Consonant, "p"),
        0x2B => (Consonant, "ph"),
        0x2C => (Consonant, "b"),
        0x2D => (Consonant, "bh"),
        0x2E => (Consonant, "m"),
        0x2F => (Consonant, "y"),
        0x30 | 0x31 => (Consonant, "r"),
        0x32..=0x34 => (Consonant, "l"),
        0x35 => (Consonant, "v"),
        0x36 | 0x37 => (Consonant, "sh"),
        0x38 => (Consonant, "s"),
        0x39 => (Consonant, "h"),
        0x3C => (Nukta, ""),
        0x3E => (Sign, "a"),
        0x3F | 0x40 => (Sign, "i"),
        0x41 | 0x42 => (Sign, "u"),
        0x43 | 0x44 => (Sign, "ri"),
        0x45..=0x47 | 0x3A | 0x3B | 0x4E => (Sign, "e"),
        0x48 => (Sign, "ai"),
        0x49..=0x4B => (Sign, "o"),
        0x4C => (Sign, "au"),
        0x4D => (Virama, ""),
        0x4F => (Sign, "aw"),
        0x50 => (Vowel, "om"),
        0x58 => (Consonant, "q"),
        0x59 => (Consonant, "kh"),
        0x5A => (Consonant, "g"),
        0x5B => (Consonant, "z"),
        0x5C => (Consonant, "r"),
        0x5D => (Consonant, "rh"),
        0x5E => (Consonant, "f"),
        0x5F => (Consonant, "y"),
        0x62 | 0x63 => (Sign, "li"),
        0x64 | 0x65 => (Stop, ""),
        0x66..=0x6F => (Dead, digit(offset - 0x66)),
        0x70 => (Abbreviation, ""),
        _ => (Ignore, ""),
    }
}

pub(super) fn digit(n: u32) -> &'static str {
    ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"]
        .get(n as usize)
        .copied()
        .unwrap_or("")
}

fn devanagari(c: char) -> (Kind, &'static str) {
    iscii(u32::from(c) & 0x7F)
}

fn bengali(c: char) -> (Kind, &'static str) {
    match u32::from(c) & 0x7F {
        // য is "j" in Bengali; after a virama (য-ফলা) and with a nukta (য়) it is "y".
        0x2F => (Kind::Consonant, "j"),
        0x4E => (Kind::Dead, "t"),
        0x10 | 0x48 => (iscii(u32::from(c) & 0x7F).0, "oi"),
        0x14 | 0x4C => (iscii(u32::from(c) & 0x7F).0, "ou"),
        0x70 => (Kind::Consonant, "r"),
        0x71 => (Kind::Consonant, "w"),
        0x57 => (Kind::Ignore, ""),
        o => iscii(o),
    }
}

fn gurmukhi(c: char) -> (Kind, &'static str) {
    match u32::from(c) & 0x7F {
        0x70 => (Kind::Coda, "n"),
        0x71 | 0x74 | 0x75 => (Kind::Ignore, ""),
        0x72 | 0x73 => (Kind::Vowel, ""),
        o => iscii(o),
    }
}

fn oriya(c: char) -> (Kind, &'static str) {
    match u32::from(c) & 0x7F {
        0x2F => (Kind::Consonant, "j"),
        0x71 => (Kind::Consonant, "w"),
        0x56 | 0x57 => (Kind::Ignore, ""),
        o => iscii(o),
    }
}

fn tamil(c: char) -> (Kind, &'static str) {
    match u32::from(c) & 0x7F {
        0x34 => (Kind::Consonant, "l"),
        0x57 => (Kind::Ignore, ""),
        o => iscii(o),
    }
}

fn malayalam(c: char) -> (Kind, &'static str) {
    match u32::from(c) & 0x7F {
        0x34 => (Kind::Consonant, "l"),
        0x7A | 0x7B => (Kind::Dead, "n"),
        0x7C => (Kind::Dead, "r"),
        0x7D | 0x7E => (Kind::Dead, "l"),
        0x7F => (Kind::Dead, "k"),
        0x57 => (Kind::Ignore, ""),
        o => iscii(o),
    }
}

fn sinhala(c: char) -> (Kind, &'static str) {
    use Kind::*;
    match u32::from(c) {
        0x0D81 | 0x0D82 => (Coda, "n"),
        0x0D83 => (Coda, "h"),
        0x0D85 | 0x0D86 => (Vowel, "a"),
        0x0D87 | 0x0D88 => (Vowel, "ae"),
        0x0D89 | 0x0D8A => (Vowel, "i"),
        0x0D8B | 0x0D8C => (Vowel, "u"),
        0x0D8D | 0x0D8E => (Vowel, "ri"),
        0x0D8F | 0x0D90 => (Vowel, "li"),
        0x0D91 | 0x0D92 => (Vowel, "e"),
        0x0D93 => (Vowel, "ai"),
        0x0D94 | 0x0D95 => (Vowel, "o"),
        0x0D96 => (Vowel, "au"),
        0x0D9A => (Consonant, "k"),
        0x0D9B => (Consonant, "kh"),
        0x0D9C => (Consonant, "g"),
        0x0D9D => (Consonant, "gh"),
        0x0D9E | 0x0D9F => (Consonant, "ng"),
        0x0DA0 => (Consonant, "ch"),
        0x0DA1 => (Consonant, "chh"),
        0x0DA2 => (Consonant, "j"),
        0x0DA3 => (Consonant, "jh"),
        0x0DA4 => (Consonant, "ny"),
        0x0DA5 => (Consonant, "gn"),
        0x0DA6 => (Consonant, "nj"),
        0x0DA7 | 0x0DAD => (Consonant, "t"),
        0x0DA8 | 0x0DAE => (Consonant, "th"),
        0x0DA9 | 0x0DAF => (Consonant, "d"),
        0x0DAA | 0x0DB0 => (Consonant, "dh"),
        0x0DAB | 0x0DB1 => (Consonant, "n"),
        0x0DAC | 0x0DB3 => (Consonant, "nd"),
        0x0DB4 => (Consonant, "p"),
        0x0DB5 => (Consonant, "ph"),
        0x0DB6 => (Consonant, "b"),
        0x0DB7 => (Consonant, "bh"),
        0x0DB8 => (Consonant, "m"),
        0x0DB9 => (Consonant, "mb"),
        0x0DBA => (Consonant, "y"),
        0x0DBB => (Consonant, "r"),
        0x0DBD | 0x0DC5 => (Consonant, "l"),
        0x0DC0 => (Consonant, "v"),
        0x0DC1 | 0x0DC2 => (Consonant, "sh"),
        0x0DC3 => (Consonant, "s"),
        0x0DC4 => (Consonant, "h"),
        0x0DC6 => (Consonant, "f"),
        0x0DCA => (Virama, ""),
        0x0DCF => (Sign, "a"),
        0x0DD0 | 0x0DD1 => (Sign, "ae"),
        0x0DD2 | 0x0DD3 => (Sign, "i"),
        0x0DD4 | 0x0DD6 => (Sign, "u"),
        0x0DD8 | 0x0DF2 => (Sign, "ru"),
        0x0DD9 | 0x0DDA => (Sign, "e"),
        0x0DDB => (Sign, "ai"),
        0x0DDC | 0x0DDD => (Sign, "o"),
        0x0DDE => (Sign, "au"),
        0x0DDF | 0x0DF3 => (Sign, "li"),
        cp @ 0x0DE6..=0x0DEF => (Dead, digit(cp - 0x0DE6)),
        0x0DF4 => (Stop, ""),
        _ => (Ignore, ""),
    }
}

fn khmer(c: char) -> (Kind, &'static str) {
    use Kind::*;
    const CONSONANTS: [&str; 35] = [
        "k", "kh", "k", "kh", "ng", "ch", "chh", "ch", "chh", "nh", "d", "th", "d", "th", "n", "t",
        "th", "t", "th", "n", "b", "ph", "p", "ph", "m", "y", "r", "l", "v", "sh", "s", "s", "h",
        "l", "",
    ];
    const VOWELS: [&str; 17] = [
        "a", "a", "e", "ei", "o", "ou", "ou", "au", "rue", "rue", "lue", "lue", "ae", "ai", "ao",
        "ao", "au",
    ];
    const SIGNS: [&str; 16] = [
        "a", "e", "ei", "oe", "eu", "o", "ou", "uo", "aeu", "oea", "ie", "e", "ae", "ai", "ao",
        "au",
    ];
    let cp = u32::from(c);
    let at =
        |table: &[&'static str], base: u32| table.get((cp - base) as usize).copied().unwrap_or("");
    match cp {
        0x1780..=0x17A2 => (Consonant, at(&CONSONANTS, 0x1780)),
        0x17A3..=0x17B3 => (Vowel, at(&VOWELS, 0x17A3)),
        0x17B6..=0x17C5 => (Sign, at(&SIGNS, 0x17B6)),
        0x17C6 => (Coda, "m"),
        0x17C7 => (Coda, "h"),
        0x17D1 | 0x17D2 => (Virama, ""),
        0x17D4..=0x17D6 | 0x17D8..=0x17DB => (Stop, ""),
        0x17E0..=0x17E9 => (Dead, digit(cp - 0x17E0)),
        _ => (Ignore, ""),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn latin(text: &str) -> String {
        let chars: Vec<char> = text.chars().collect();
        let block = chars.first().map_or(0, |c| u32::from(*c) & !0x7F);
        let script = match block {
            0x0D80 => SINHALA,
            0x1780 => KHMER,
            b => indic_script(b),
        };
        let mut out = String::new();
        transliterate(&chars, &script, &mut out);
        out
    }

    #[test]
    fn devanagari_drops_the_schwas_speakers_drop() {
        assert_eq!(latin("सगरमाथा"), "sagarmatha");
        assert_eq!(latin("हिमालय"), "himalay");
        assert_eq!(latin("कमल"), "kamal");
        assert_eq!(latin("नेपाल"), "nepal");
        assert_eq!(latin("प्रा॰"), "pra.");
    }

    #[test]
    fn bengali_ja_and_ya_follow_pronunciation() {
        assert_eq!(latin("যমুনা"), "jamuna");
        assert_eq!(latin("ম্যান"), "myan");
        assert_eq!(latin("রহমান"), "rahman");
    }

    #[test]
    fn sinhala_and_khmer_have_their_own_tables() {
        assert_eq!(latin("ලංකා"), "lanka");
        assert_eq!(latin("පෙරේරා"), "perera");
        assert_eq!(latin("ភ្នំពេញ"), "phnmpenh");
    }
}
