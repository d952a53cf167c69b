//! Licence and phone numbers as people type them.
//!
//! A licence matches ignoring case, spaces and punctuation, and also with leading zeros of its
//! number groups left out ("1234/067" is "1234-67"). A phone matches on its significant digits:
//! "+977 98…", "00977 98…", "098…" (trunk zero) and "98…" are the same number when their last
//! digits agree, at least eight of them (seven when that is all that was typed).

use super::fold::fold;

/// The two keys of a licence number: every letter and digit, upper-case; and the same with
/// leading zeros of each digit group dropped.
pub(super) fn licence_keys(text: &str) -> (String, String) {
    let text: String = text.chars().take(128).collect();
    let full = text
        .chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_uppercase)
        .collect();
    (full, strip_group_zeros(&text))
}

/// Letters and digits upper-cased, each run of digits without its leading zeros.
fn strip_group_zeros(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut run = String::new();
    let flush = |run: &mut String, out: &mut String| {
        let kept = run.trim_start_matches('0');
        out.push_str(if kept.is_empty() && !run.is_empty() {
            "0"
        } else {
            kept
        });
        run.clear();
    };
    for c in text.chars() {
        if c.is_ascii_digit() {
            run.push(c);
        } else {
            flush(&mut run, &mut out);
            if c.is_alphanumeric() {
                out.extend(c.to_uppercase());
            }
        }
    }
    flush(&mut run, &mut out);
    out
}

/// FNV-1a: keys are looked up in a sorted table and checked again on a hit.
pub(super) fn hash(text: &str) -> u64 {
    text.bytes().fold(0xCBF2_9CE4_8422_2325, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01B3)
    })
}

/// The digits of a stored phone number.
pub(super) fn phone_digits(phone: &str) -> String {
    phone
        .chars()
        .filter(char::is_ascii_digit)
        .take(20)
        .collect()
}

/// The significant digits of a typed phone number, or `None` when the query is not one.
pub(super) fn typed_phone(query: &str) -> Option<String> {
    let query = query.trim();
    if query.chars().any(char::is_alphabetic) {
        return None;
    }
    let digits: String = fold(query).chars().filter(|c| *c != ' ').collect();
    if digits.is_empty() || !digits.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    let international = query.starts_with('+') || query.starts_with('＋');
    let significant = if international {
        digits.as_str()
    } else if let Some(rest) = digits.strip_prefix("00") {
        rest
    } else {
        digits.trim_start_matches('0')
    };
    let start = significant.len().saturating_sub(15);
    let significant = significant.get(start..).unwrap_or_default();
    (significant.len() >= 7).then(|| significant.to_owned())
}

/// The table key of a phone: its last seven digits.
pub(super) fn phone_key(digits: &str) -> Option<u32> {
    let start = digits.len().checked_sub(7)?;
    digits.get(start..)?.parse().ok()
}

/// How well a typed number matches a stored one, if at all.
pub(super) fn phone_score(typed: &str, stored: &str) -> Option<f32> {
    let common = typed
        .bytes()
        .rev()
        .zip(stored.bytes().rev())
        .take_while(|(a, b)| a == b)
        .count();
    let needed = typed.len().min(8);
    if common < needed {
        return None;
    }
    Some(if typed.len() < 8 {
        0.9
    } else if common == typed.len() || common == stored.len() || common >= 10 {
        1.0
    } else {
        0.95
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn licence_keys_ignore_case_punctuation_and_group_zeros() {
        assert_eq!(licence_keys("1234/067").0, "1234067");
        assert_eq!(licence_keys("1234/067").1, "123467");
        assert_eq!(licence_keys(" rl-0012 / 067 ").0, "RL0012067");
        assert_eq!(licence_keys("RL 12-67").1, licence_keys("rl-0012/067").1);
        assert_eq!(licence_keys("0/0").1, "00");
    }

    #[test]
    fn typed_phones_lose_prefixes() {
        assert_eq!(
            typed_phone("+977 984-1234567").as_deref(),
            Some("9779841234567")
        );
        assert_eq!(
            typed_phone("00977 9841234567").as_deref(),
            Some("9779841234567")
        );
        assert_eq!(typed_phone("09841234567").as_deref(), Some("9841234567"));
        assert_eq!(typed_phone("(01) 4123 456").as_deref(), Some("14123456"));
        assert_eq!(typed_phone("९८४१२३४५६७").as_deref(), Some("9841234567"));
        assert_eq!(typed_phone("12345"), None);
        assert_eq!(typed_phone("Himalaya 9841234567"), None);
    }

    #[test]
    fn phones_match_on_their_last_digits() {
        let stored = "9779841234567";
        assert_eq!(phone_score("9841234567", stored), Some(1.0));
        assert_eq!(phone_score("9779841234567", stored), Some(1.0));
        assert_eq!(phone_score("1234567", stored), Some(0.9));
        assert_eq!(phone_score("97701234567", "97714123456"), None);
        assert_eq!(phone_score("977014123456", "97714123456"), Some(0.95));
        assert_eq!(phone_score("9851234567", stored), None);
    }
}
