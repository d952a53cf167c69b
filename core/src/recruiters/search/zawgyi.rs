//! Zawgyi, the legacy Burmese font encoding still typed on many phones in Myanmar: it reuses the
//! Myanmar block with other meanings (U+103B is ya-yit, U+1039 is asat) and stores the vowel ေ
//! and the medial ြ before the consonant they follow in speech. Detection weighs signs that only
//! one encoding can produce; conversion maps code points and moves pre-base marks back after
//! their consonant, enough for the transliteration to read both spellings alike.

fn is_consonant(c: char) -> bool {
    ('\u{1000}'..='\u{1021}').contains(&c) || c == '\u{103F}' || c == '\u{104E}'
}

fn is_myanmar(c: char) -> bool {
    ('\u{1000}'..='\u{109F}').contains(&c)
}

/// Whether Burmese text was typed in Zawgyi rather than Unicode.
pub fn is_zawgyi(text: &str) -> bool {
    if !text.chars().any(is_myanmar) {
        return false;
    }
    let chars: Vec<char> = text.chars().take(400).collect();
    is_zawgyi_chars(&chars)
}

pub(super) fn is_zawgyi_chars(chars: &[char]) -> bool {
    let (mut zawgyi, mut unicode) = (0u32, 0u32);
    for (i, &c) in chars.iter().enumerate() {
        let prev = i.checked_sub(1).and_then(|p| chars.get(p)).copied();
        let next = chars.get(i + 1).copied();
        let after_consonant = prev
            .is_some_and(|p| is_consonant(p) || matches!(p, '\u{103B}'..='\u{103E}' | '\u{1039}'));
        match c {
            // Stacked consonants, medial variants and kinzi forms exist only in Zawgyi.
            '\u{105A}' | '\u{1060}'..='\u{1097}' => zawgyi += 2,
            // Unicode stores ေ after its consonant; Zawgyi before.
            '\u{1031}' if !after_consonant => zawgyi += 2,
            // Unicode ya-pin follows a consonant; Zawgyi's ya-yit on the same code point precedes.
            '\u{103B}' if !prev.is_some_and(is_consonant) => zawgyi += 2,
            // A Unicode virama always stacks a consonant; Zawgyi's asat on it ends a syllable.
            '\u{1039}' if !next.is_some_and(is_consonant) => zawgyi += 2,
            // Unicode asat ends a syllable; Zawgyi's ya-pin on it is followed by a vowel sign.
            '\u{103A}' => {
                if next.is_some_and(|n| matches!(n, '\u{102B}'..='\u{1030}' | '\u{1032}')) {
                    zawgyi += 1;
                } else if prev.is_some_and(is_consonant) {
                    unicode += 1;
                }
            }
            // Zawgyi writes ha-htoe as U+103D and never uses U+103E.
            '\u{103E}' => unicode += 2,
            _ => {}
        }
    }
    zawgyi > unicode
}

/// Zawgyi to Unicode, in logical order.
pub(super) fn to_unicode(chars: &[char]) -> Vec<char> {
    let mut out: Vec<char> = Vec::with_capacity(chars.len() + 8);
    let mut pending_e = false;
    let mut pending_ra = false;
    let mut last_consonant: Option<usize> = None;
    let mut i = 0;
    while let Some(&c) = chars.get(i) {
        i += 1;
        match c {
            '\u{1031}' => pending_e = true,
            '\u{103B}' | '\u{107E}'..='\u{1084}' => pending_ra = true,
            '\u{1064}' => {
                // Kinzi follows its consonant in Zawgyi and precedes it in Unicode.
                let at = last_consonant.unwrap_or(out.len());
                out.splice(at..at, ['\u{1004}', '\u{103A}', '\u{1039}']);
            }
            '\u{108B}'..='\u{108D}' => {
                let at = last_consonant.unwrap_or(out.len());
                out.splice(at..at, ['\u{1004}', '\u{103A}', '\u{1039}']);
                out.push(match c {
                    '\u{108B}' => '\u{102D}',
                    '\u{108C}' => '\u{102E}',
                    _ => '\u{1036}',
                });
            }
            '\u{1025}' if chars.get(i) == Some(&'\u{1039}') => {
                out.extend(['\u{1009}', '\u{103A}']);
                i += 1;
            }
            '\u{1025}' if chars.get(i) == Some(&'\u{102E}') => {
                out.push('\u{1026}');
                i += 1;
            }
            c if is_consonant(c)
                || matches!(c, '\u{106A}' | '\u{106B}' | '\u{108F}' | '\u{1090}') =>
            {
                last_consonant = Some(out.len());
                out.push(match c {
                    '\u{106A}' => '\u{1009}',
                    '\u{106B}' => '\u{100A}',
                    '\u{108F}' => '\u{1014}',
                    '\u{1090}' => '\u{101B}',
                    c => c,
                });
                i = take_medials(chars, i, pending_ra, &mut out);
                if pending_e {
                    out.push('\u{1031}');
                }
                pending_e = false;
                pending_ra = false;
            }
            c => push_mapped(c, &mut out),
        }
    }
    if pending_ra {
        out.push('\u{103C}');
    }
    if pending_e {
        out.push('\u{1031}');
    }
    out
}

/// Copies the stacked consonants and medials after a consonant, in Unicode order, with the
/// ya-yit that was typed before it.
fn take_medials(chars: &[char], mut i: usize, ra: bool, out: &mut Vec<char>) -> usize {
    let mut medials: Vec<char> = Vec::new();
    if ra {
        medials.push('\u{103C}');
    }
    while let Some(&c) = chars.get(i) {
        let mapped: &[char] = match c {
            '\u{103A}' | '\u{107D}' => &['\u{103B}'],
            '\u{103C}' => &['\u{103D}'],
            '\u{103D}' | '\u{1087}' => &['\u{103E}'],
            '\u{108A}' => &['\u{103D}', '\u{103E}'],
            _ if stacked(c).is_some() => {
                if let Some(s) = stacked(c) {
                    out.extend(['\u{1039}', s]);
                }
                i += 1;
                continue;
            }
            _ => break,
        };
        medials.extend_from_slice(mapped);
        i += 1;
    }
    medials.sort_unstable();
    medials.dedup();
    out.extend(medials);
    i
}

fn stacked(c: char) -> Option<char> {
    Some(match c {
        '\u{1060}' => 'က',
        '\u{1061}' => 'ခ',
        '\u{1062}' => 'ဂ',
        '\u{1063}' => 'ဃ',
        '\u{1065}' => 'စ',
        '\u{1066}' | '\u{1067}' => 'ဆ',
        '\u{1068}' => 'ဇ',
        '\u{1069}' => 'ဈ',
        '\u{106C}' => 'ဋ',
        '\u{106D}' => 'ဌ',
        '\u{1070}' => 'ဏ',
        '\u{1071}' | '\u{1072}' => 'တ',
        '\u{1073}' | '\u{1074}' => 'ထ',
        '\u{1075}' => 'ဒ',
        '\u{1076}' => 'ဓ',
        '\u{1077}' => 'န',
        '\u{1078}' => 'ပ',
        '\u{1079}' => 'ဖ',
        '\u{107A}' => 'ဗ',
        '\u{107B}' | '\u{1093}' => 'ဘ',
        '\u{107C}' => 'မ',
        '\u{1085}' => 'လ',
        _ => return None,
    })
}

fn push_mapped(c: char, out: &mut Vec<char>) {
    match c {
        '\u{1039}' => out.push('\u{103A}'),
        '\u{1033}' | '\u{1088}' => {
            if c == '\u{1088}' {
                out.push('\u{103E}');
            }
            out.push('\u{102F}');
        }
        '\u{1034}' | '\u{1089}' => {
            if c == '\u{1089}' {
                out.push('\u{103E}');
            }
            out.push('\u{1030}');
        }
        '\u{105A}' => out.extend(['\u{102B}', '\u{103A}']),
        '\u{108E}' => out.extend(['\u{102D}', '\u{1036}']),
        '\u{1094}' | '\u{1095}' => out.push('\u{1037}'),
        '\u{1086}' => out.push('\u{103F}'),
        '\u{1091}' => out.extend(['ဏ', '\u{1039}', 'ဍ']),
        '\u{1092}' => out.extend(['ဋ', '\u{1039}', 'ဌ']),
        '\u{1097}' => out.extend(['ဋ', '\u{1039}', 'ဋ']),
        '\u{106E}' => out.extend(['ဍ', '\u{1039}', 'ဍ']),
        '\u{106F}' => out.extend(['ဍ', '\u{1039}', 'ဎ']),
        c => {
            if let Some(s) = stacked(c) {
                out.extend(['\u{1039}', s]);
            } else if !('\u{1060}'..='\u{109F}').contains(&c) {
                out.push(c);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SHWE_TAUNG_UNICODE: &str =
        "\u{101B}\u{103D}\u{103E}\u{1031}\u{1010}\u{1031}\u{102C}\u{1004}\u{103A}";
    const SHWE_TAUNG_ZAWGYI: &str =
        "\u{1031}\u{101B}\u{108A}\u{1031}\u{1010}\u{102C}\u{1004}\u{1039}";
    const MYANMAR_ZAWGYI: &str = "\u{103B}\u{1019}\u{1014}\u{1039}\u{1019}\u{102C}";
    const KYAW_ZAWGYI: &str = "\u{1031}\u{1000}\u{103A}\u{102C}\u{1039}";

    #[test]
    fn zawgyi_is_told_from_unicode() {
        assert!(is_zawgyi(SHWE_TAUNG_ZAWGYI));
        assert!(is_zawgyi(MYANMAR_ZAWGYI));
        assert!(is_zawgyi(KYAW_ZAWGYI));
        for unicode in [SHWE_TAUNG_UNICODE, "မြန်မာ", "ကျော်", "အောင်", "သိန်း", "ရန်ကုန်"]
        {
            assert!(!is_zawgyi(unicode), "{unicode}");
        }
        assert!(!is_zawgyi("Shwe Taung"));
        assert!(!is_zawgyi(""));
    }

    #[test]
    fn conversion_restores_logical_order() {
        let convert = |s: &str| {
            to_unicode(&s.chars().collect::<Vec<_>>())
                .into_iter()
                .collect::<String>()
        };
        assert_eq!(convert(SHWE_TAUNG_ZAWGYI), SHWE_TAUNG_UNICODE);
        assert_eq!(convert(MYANMAR_ZAWGYI), "မြန်မာ");
        assert_eq!(convert(KYAW_ZAWGYI), "ကျော်");
    }
}
