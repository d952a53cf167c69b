//! Typing errors as they happen on a phone's QWERTY keyboard: a neighbouring key, a letter
//! left out, two letters swapped, a letter doubled. The first letter is kept: people rarely
//! get it wrong, and search engines rely on it less than on the rest.

use rand::Rng;
use rand::rngs::StdRng;

const ROWS: [&[u8]; 3] = [b"qwertyuiop", b"asdfghjkl", b"zxcvbnm"];

/// Keys next to `c` on the same row or the rows above and below.
fn neighbours(c: char) -> Vec<char> {
    let lower = c.to_ascii_lowercase();
    let mut out = Vec::new();
    for (r, row) in ROWS.iter().enumerate() {
        let Some(col) = row.iter().position(|&k| char::from(k) == lower) else {
            continue;
        };
        for (dr, dc) in [(0i32, -1i32), (0, 1), (-1, 0), (-1, 1), (1, -1), (1, 0)] {
            let (nr, nc) = (r as i32 + dr, col as i32 + dc);
            let Some(row) = usize::try_from(nr).ok().and_then(|nr| ROWS.get(nr)) else {
                continue;
            };
            if let Some(&k) = usize::try_from(nc).ok().and_then(|nc| row.get(nc)) {
                out.push(char::from(k));
            }
        }
    }
    out
}

/// `word` with one typing error, or `None` if the word is too short to mistype believably.
pub fn mistype(rng: &mut StdRng, word: &str) -> Option<String> {
    let mut chars: Vec<char> = word.chars().collect();
    let letters: Vec<usize> = (1..chars.len())
        .filter(|&i| chars[i].is_ascii_alphabetic())
        .collect();
    if chars.len() < 4 || letters.len() < 3 {
        return None;
    }
    let at = letters[rng.gen_range(0..letters.len())];
    match rng.gen_range(0..4) {
        0 => {
            let keys = neighbours(chars[at]);
            let key = *keys.get(rng.gen_range(0..keys.len().max(1)))?;
            chars[at] = if chars[at].is_ascii_uppercase() {
                key.to_ascii_uppercase()
            } else {
                key
            };
        }
        1 => {
            chars.remove(at);
        }
        2 => {
            let next = at + 1;
            if next >= chars.len() || !chars[next].is_ascii_alphabetic() || chars[at] == chars[next]
            {
                return None;
            }
            chars.swap(at, next);
        }
        _ => chars.insert(at, chars[at]),
    }
    let typed: String = chars.into_iter().collect();
    (typed != word).then_some(typed)
}

#[cfg(test)]
mod tests {
    use super::*;
    use rand::SeedableRng;

    #[test]
    fn neighbours_are_adjacent_keys() {
        let mut n = neighbours('s');
        n.sort_unstable();
        assert_eq!(n, vec!['a', 'd', 'e', 'w', 'x', 'z']);
        assert!(neighbours('q').contains(&'w'));
    }

    #[test]
    fn one_error_changes_the_word_a_little_and_keeps_the_first_letter() {
        let mut rng = StdRng::seed_from_u64(3);
        for _ in 0..500 {
            let Some(t) = mistype(&mut rng, "Manpower") else {
                continue;
            };
            assert_ne!(t, "Manpower");
            assert!(t.starts_with('M'), "{t}");
            assert!((7..=9).contains(&t.len()), "{t}");
        }
        assert_eq!(mistype(&mut rng, "Sai"), None);
    }
}
