//! Queries that should find no agency: people's names, shops, places the generator never
//! uses, everyday words and keyboard mashing, in Latin and in the workers' scripts.
//!
//! A candidate is dropped if any of its words is a name part, an alias word or an address
//! word of the generator, or within a typing error or two of one, or the start of one (search
//! as you type), so that a search that finds something for it has made a false match.

use std::cell::RefCell;
use std::collections::{HashMap, HashSet};

use rand::rngs::StdRng;
use rand::seq::SliceRandom;
use rand::{Rng, SeedableRng};

use crate::lexicon::{latin_vocabulary, native_vocabulary, tokens};

/// Queries that should match no agency (names of shops, people, places not used by the
/// generator, random words), deterministic for `seed`.
pub fn junk_queries(seed: u64, n: usize) -> Vec<String> {
    let mut rng = StdRng::seed_from_u64(seed);
    let guard = Guard::new();
    let mut seen = HashSet::new();
    let mut out = Vec::with_capacity(n);
    let mut misses = 0usize;
    while out.len() < n {
        let candidate = candidate(&mut rng);
        if !guard.is_clear(&candidate) {
            continue;
        }
        // Lists run out long before keyboard mashing does; repeat only when they have.
        if seen.insert(candidate.clone()) || misses > 50 {
            out.push(candidate);
            misses = 0;
        } else {
            misses += 1;
        }
    }
    out
}

fn candidate(rng: &mut StdRng) -> String {
    let pick = |rng: &mut StdRng, list: &[&'static str]| -> &'static str {
        list.choose(rng).copied().unwrap_or("")
    };
    match rng.gen_range(0..100) {
        0..20 => format!("{} {}", pick(rng, FIRST_NAMES), pick(rng, FAMILY_NAMES)),
        20..25 => pick(rng, FIRST_NAMES).to_owned(),
        25..42 => format!("{} {}", pick(rng, FIRST_NAMES), pick(rng, SHOPS)),
        42..55 => pick(rng, PLACES).to_owned(),
        55..72 => pick(rng, EVERYDAY).to_owned(),
        72..82 => pick(rng, NATIVE).to_owned(),
        _ => {
            let words = if rng.gen_ratio(1, 4) { 2 } else { 1 };
            (0..words).map(|_| mash(rng)).collect::<Vec<_>>().join(" ")
        }
    }
}

/// Letters as someone testing the search box types them; at least five, so that they are
/// not some agency's initials ("VLPA") by chance.
fn mash(rng: &mut StdRng) -> String {
    const ROWS: [&str; 3] = ["qwertyuiop", "asdfghjkl", "zxcvbnm"];
    let len = rng.gen_range(5..=9);
    if rng.gen_bool(0.3) {
        // A run along one keyboard row: "asdfg", "poiuy".
        let row = ROWS[rng.gen_range(0..ROWS.len())].as_bytes();
        let start = rng.gen_range(0..=row.len().saturating_sub(5));
        let run: String = row[start..]
            .iter()
            .take(len)
            .map(|&b| char::from(b))
            .collect();
        if rng.gen_bool(0.5) {
            run.chars().rev().collect()
        } else {
            run
        }
    } else {
        (0..len)
            .map(|_| char::from(b'a' + rng.gen_range(0..26u8)))
            .collect()
    }
}

/// Knows every word the generator writes, and remembers its verdicts.
struct Guard {
    latin: Vec<String>,
    native: HashSet<String>,
    native_words: Vec<Vec<char>>,
    verdicts: RefCell<HashMap<String, bool>>,
}

impl Guard {
    fn new() -> Self {
        let native = native_vocabulary();
        Self {
            latin: latin_vocabulary(),
            native_words: native.iter().map(|w| w.chars().collect()).collect(),
            native: native.into_iter().collect(),
            verdicts: RefCell::new(HashMap::new()),
        }
    }

    fn is_clear(&self, query: &str) -> bool {
        tokens(query).iter().all(|t| self.word_is_clear(t))
    }

    fn word_is_clear(&self, word: &str) -> bool {
        if let Some(&v) = self.verdicts.borrow().get(word) {
            return v;
        }
        let verdict = if word.is_ascii() {
            self.latin_is_clear(word)
        } else {
            let chars: Vec<char> = word.chars().collect();
            !self.native.contains(word)
                && self
                    .native_words
                    .iter()
                    .all(|v| chars.len() < 3 || edit_distance(&chars, v) > 1)
        };
        self.verdicts.borrow_mut().insert(word.to_owned(), verdict);
        verdict
    }

    fn latin_is_clear(&self, word: &str) -> bool {
        if word.len() < 3 {
            return true;
        }
        let chars: Vec<char> = word.chars().collect();
        let allowed = if chars.len() <= 5 { 1 } else { 2 };
        self.latin.iter().all(|v| {
            let prefix = v.starts_with(word) || (v.len() >= 4 && word.starts_with(v.as_str()));
            let close = v.len().abs_diff(word.len()) <= allowed && {
                let v: Vec<char> = v.chars().collect();
                edit_distance(&chars, &v) <= allowed
            };
            !prefix && !close
        })
    }
}

/// Edits (insert, delete, substitute, swap neighbours) from `a` to `b`.
pub(crate) fn edit_distance(a: &[char], b: &[char]) -> usize {
    let width = b.len() + 1;
    let mut d = vec![0usize; (a.len() + 1) * width];
    for i in 0..=a.len() {
        d[i * width] = i;
    }
    for (j, cell) in d.iter_mut().enumerate().take(width) {
        *cell = j;
    }
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut best = (d[(i - 1) * width + j] + 1)
                .min(d[i * width + j - 1] + 1)
                .min(d[(i - 1) * width + j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                best = best.min(d[(i - 2) * width + j - 2] + 1);
            }
            d[i * width + j] = best;
        }
    }
    d[a.len() * width + b.len()]
}

#[rustfmt::skip]
const FIRST_NAMES: &[&str] = &[
    "Ramesh", "Sita", "Mohammed", "Anil", "Priya", "Fatima", "Abdul", "Juan", "Maria", "Grace",
    "Peter", "Tigist", "Bich", "Nguyen", "Dewi", "Siti", "Nimali", "Ram", "Hari", "Bishnu",
    "Rohit", "Sunita", "Kabir", "Rahul", "Pooja", "Sanjay", "Joseph", "Mary", "Rosa",
    "Fernando", "Ali", "Hassan", "Yusuf", "Ayesha", "Nasima", "Kiran", "Deepak", "Mohan",
    "Gita", "Rekha", "Jose", "Roberto", "Teresa", "Lwin", "Thandar", "Samuel", "Esther",
    "Wanjiku", "Achieng", "Meron", "Hanna", "Bilal", "Rubina", "Jamal", "Shirin",
];

#[rustfmt::skip]
const FAMILY_NAMES: &[&str] = &[
    "Bahadur", "Kumari", "Rafiq", "Kumar", "Nair", "Begum", "Kader", "Dela Paz", "Odhiambo",
    "Alemu", "Lestari", "Nurhaliza", "Fernando", "Prasad", "Maya", "Pillai", "Reddy", "Das",
    "Haque", "Uddin", "Sultana", "Tan", "Lim", "Wong", "Mutiso", "Kebede", "Girma",
    "Bekele", "Oo", "Thein", "Soe", "Dissanayake", "Bandara", "Jayasuriya", "Menon",
    "Joshi", "Pandey", "Bhattarai", "Poudel", "Acharya", "Dahal", "Santiago", "Dizon",
];

#[rustfmt::skip]
const SHOPS: &[&str] = &[
    "Kirana Pasal", "Tailors", "Sweets", "Mobile Shop", "Hardware", "Medical Hall",
    "Photo Studio", "Cyber Cafe", "Momo Centre", "Tea Stall", "Barber Shop",
    "Beauty Parlour", "Fancy Store", "Stationery", "Bakery", "Hotel", "Lodge", "Restaurant",
    "Pharmacy", "Electronics", "Furniture", "Grocery", "Sari Sari Store", "Carinderia",
    "Warung Makan", "Toko Bangunan", "Bengkel Motor", "Kinyozi", "Salon", "Cold Store",
    "Fruit Shop", "Book Depot", "Cloth House", "Shoe Palace",
];

#[rustfmt::skip]
const PLACES: &[&str] = &[
    "Kuala Lumpur", "Riyadh", "Doha", "Muscat", "Kuwait City", "Jeddah", "Abu Dhabi",
    "Sharjah", "Penang", "Johor Bahru", "Hong Kong", "Singapore", "Taipei", "Osaka", "Busan",
    "Seoul", "Tokyo", "Beirut", "Amman", "Bucharest", "Warsaw", "Limassol", "Tel Aviv",
    "Manama", "Al Ain", "Dammam", "Ras Al Khaimah", "Salalah", "Zagreb", "Valletta",
];

#[rustfmt::skip]
const EVERYDAY: &[&str] = &[
    "passport", "visa", "salary", "contract", "ticket", "insurance", "medical test",
    "orientation", "loan", "remittance", "embassy", "police", "help", "hello", "free visa",
    "kitchen helper", "driver job", "cleaner", "security guard", "factory work",
    "how to apply", "labour permit", "biometric", "pre departure", "demand letter",
    "work permit", "money transfer", "exchange rate", "weather", "cricket score", "football",
    "recipe", "news today", "bus timetable", "sim card", "hostel", "airport pickup",
];

#[rustfmt::skip]
const NATIVE: &[&str] = &[
    "राहदानी", "भिसा", "तलब", "नमस्ते", "पासपोर्ट", "वेतन", "किराना पसल",
    "পাসপোর্ট", "ভিসা", "বেতন", "মুদি দোকান",
    "ගුවන් ටිකට්", "වීසා", "වැටුප",
    "ပတ်စ်ပို့", "လစာ", "ဗီဇာ",
    "ቪዛ", "ደሞዝ", "ፓስፖርት",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn junk_is_deterministic_and_mostly_distinct() {
        let a = junk_queries(4, 500);
        assert_eq!(a, junk_queries(4, 500));
        assert_ne!(a, junk_queries(5, 500));
        let distinct: HashSet<&String> = a.iter().collect();
        assert!(distinct.len() > 450, "{}", distinct.len());
    }

    #[test]
    fn junk_shares_no_word_with_any_agency() {
        let entries = crate::directory(2, 20_000);
        let mut words: HashSet<String> = HashSet::new();
        for e in &entries {
            words.extend(tokens(&e.name));
            for a in &e.aliases {
                words.extend(tokens(a));
            }
        }
        for q in junk_queries(8, 2_000) {
            for t in tokens(&q).iter().filter(|t| t.chars().count() >= 3) {
                assert!(!words.contains(t), "{q:?} shares {t:?} with an agency");
            }
        }
    }

    #[test]
    fn near_misses_of_name_parts_are_refused() {
        let guard = Guard::new();
        for near in [
            "everest",
            "evrest",
            "himal",
            "manpowr",
            "कोशी",
            "Ramesh Everest",
        ] {
            assert!(!guard.is_clear(near), "{near}");
        }
        assert!(guard.is_clear("qzxv"));
        assert_eq!(edit_distance(&['a', 'b'], &['b', 'a']), 1);
    }
}
