//! User text as Mitra stores it: NFC-normalised, otherwise byte-exact (no trimming, no case
//! folding). A word typed on two keyboards (precomposed or combining marks) becomes the same bytes,
//! so search and comparison work, and what comes back is what the person wrote.

use unicode_normalization::{IsNormalized, UnicodeNormalization, is_nfc_quick};

pub fn nfc(text: &str) -> String {
    match is_nfc_quick(text.chars()) {
        IsNormalized::Yes => text.to_owned(),
        _ => text.nfc().collect(),
    }
}

pub fn nfc_in_place(text: &mut String) {
    if is_nfc_quick(text.chars()) != IsNormalized::Yes {
        *text = text.nfc().collect();
    }
}

pub fn nfc_opt(text: &mut Option<String>) {
    if let Some(t) = text {
        nfc_in_place(t);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn combining_marks_are_composed_and_scripts_kept_exact() {
        assert_eq!(nfc("e\u{301}"), "\u{e9}");
        for s in ["नेपाली  ", "မြန်မာ", "العربية\n", "Bahasa Indonesia"]
        {
            assert_eq!(nfc(s), s);
        }
    }
}
