//! Ethiopic (Ge'ez script: Amharic, Tigrinya, Oromo in Ethiopic) to Latin. Each character is a
//! consonant row (eight code points per row) and a vowel order: ä u i a e ə o wa. The sixth
//! order (ə) is usually silent or written "e" in Latin names; it is left out.

/// Consonant of each row of eight from U+1200; rows marked `w` are labialised.
const ROWS: [&str; 44] = [
    "h", "l", "h", "m", "s", "r", "s", "sh", "q", "qw", "q", "qw", "b", "v", "t", "ch", "h", "hw",
    "n", "ny", "", "k", "kw", "h", "hw", "w", "", "z", "zh", "y", "d", "d", "j", "g", "gw", "ng",
    "t", "ch", "p", "ts", "ts", "f", "p", "",
];

const ORDERS: [&str; 8] = ["e", "u", "i", "a", "e", "", "o", "wa"];

/// Transliterates one run of Ethiopic.
pub(super) fn transliterate(run: &[char], out: &mut String) {
    for &c in run {
        let cp = u32::from(c);
        match cp {
            0x1200..=0x1357 => {
                let row = ((cp - 0x1200) / 8) as usize;
                let order = ((cp - 0x1200) % 8) as usize;
                let consonant = ROWS.get(row).copied().unwrap_or("");
                let vowel = match (consonant, order) {
                    // The glottal carriers አ and ዐ: first order is "a", sixth is "i".
                    ("", 0) => "a",
                    ("", 5) => "i",
                    (_, o) => ORDERS.get(o).copied().unwrap_or(""),
                };
                out.push_str(consonant);
                out.push_str(vowel);
            }
            0x1358 => out.push_str("mya"),
            0x1359 => out.push_str("rya"),
            0x135A => out.push_str("fya"),
            0x1360..=0x1368 => out.push(' '),
            0x1369..=0x1371 => out.push_str(super::indic::digit(cp - 0x1368)),
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn latin(text: &str) -> String {
        super::super::latin_with(transliterate, text)
    }

    #[test]
    fn syllables_are_consonant_plus_order_vowel() {
        assert_eq!(latin("መስፍን"), "mesfn");
        assert_eq!(latin("ከበደ"), "kebede");
        assert_eq!(latin("አዲስ"), "adis");
        assert_eq!(latin("ኢትዮጵያ"), "ityopya");
    }
}
