//! The synthetic recruiter directory: agencies in proportion to each country's share, with
//! names, aliases, licence numbers, statuses, phones and addresses drawn from its profile.
//!
//! Everything follows from the seed; nothing reads the clock. Licence numbers, phone numbers,
//! name cores and native aliases are unique across the directory.

use std::collections::HashSet;
use std::hash::{DefaultHasher, Hash, Hasher};

use mitra_protocol::directory::{Entry, LicenceStatus};
use rand::rngs::StdRng;
use rand::seq::SliceRandom;
use rand::{Rng, SeedableRng};

use crate::countries::{ALL, City, Country};
use crate::dates::{TODAY, YEAR};
use crate::names::{Name, NamePicker, Weighted, core_key};
use crate::phones;

/// Licensed 80 %, suspended 8 %, revoked 5 %, blacklisted 3 %, unknown 4 %.
const STATUS_WEIGHTS: [(LicenceStatus, u32); 5] = [
    (LicenceStatus::Licensed, 80),
    (LicenceStatus::Suspended, 8),
    (LicenceStatus::Revoked, 5),
    (LicenceStatus::Blacklisted, 3),
    (LicenceStatus::Unknown, 4),
];

/// A realistic synthetic recruiter directory: `count` agencies, deterministic for `seed`.
///
/// Countries get their share of `count` (largest remainder); the result is shuffled so that
/// any slice of it mixes countries. Supports counts up to a few million.
pub fn directory(seed: u64, count: usize) -> Vec<Entry> {
    let mut rng = StdRng::seed_from_u64(seed);
    let mut taken = Taken::default();
    let mut entries = Vec::with_capacity(count);
    let mut trading_names = Vec::new();
    for (country, n) in ALL.iter().copied().zip(allocate(count)) {
        let drafts = drafts(&mut rng, country, n, &mut taken);
        let range = country.serial_range(n) as usize;
        let mut serials = rand::seq::index::sample(&mut rng, range, n).into_vec();
        serials.sort_unstable();
        // Older licences have lower serial numbers, as in every register.
        for (draft, serial) in drafts.into_iter().zip(serials) {
            let serial = u32::try_from(serial + 1).unwrap_or(u32::MAX);
            let licence = (country.licence)(&mut rng, serial, draft.city, draft.issued);
            if rng.gen_ratio(1, 12) {
                if let Some(t) = draft.name.trading_name() {
                    trading_names.push((entries.len(), t));
                }
            }
            entries.push(Entry {
                licence_number: licence,
                country: country.code.to_owned(),
                authority: country.authority.to_owned(),
                name: draft.name.text,
                aliases: draft.aliases,
                status: draft.status,
                status_since: draft.since,
                phones: draft.phones,
                address: draft.address,
            });
        }
    }
    // A trading name that is another agency's name would send people to the wrong one.
    for (i, trading) in trading_names {
        if !taken.names.contains(&core_key([trading.as_str()])) {
            entries[i].aliases.push(trading);
        }
    }
    entries.shuffle(&mut rng);
    entries
}

/// What is in use already, hashed: a collision could only make a value be drawn again.
#[derive(Default)]
struct Taken {
    names: HashSet<u64>,
    native_aliases: HashSet<u64>,
    phones: HashSet<u64>,
}

fn hashed(text: &str) -> u64 {
    let mut hasher = DefaultHasher::new();
    text.hash(&mut hasher);
    hasher.finish()
}

struct Draft {
    name: Name,
    city: &'static City,
    aliases: Vec<String>,
    status: LicenceStatus,
    since: Option<u32>,
    issued: u32,
    phones: Vec<String>,
    address: Option<String>,
}

/// `n` agencies of one country, oldest licence first.
fn drafts(rng: &mut StdRng, country: &'static Country, n: usize, taken: &mut Taken) -> Vec<Draft> {
    let names = NamePicker::new(country);
    let cities = Weighted::new(country.cities.iter().map(|c| (c, c.weight)).collect());
    let statuses = Weighted::new(STATUS_WEIGHTS.to_vec());
    let mut drafts: Vec<Draft> = (0..n)
        .map(|_| {
            let name = names.draw(rng, &mut taken.names);
            let city: &'static City = cities.pick(rng);
            let status = statuses.pick(rng);
            let (since, issued) = dates(rng, status);
            let aliases = aliases(rng, country, city, &name, &mut taken.native_aliases);
            let phones = phone_numbers(rng, country, city, &mut taken.phones);
            let address = rng.gen_ratio(24, 25).then(|| {
                let template = city.localities[rng.gen_range(0..city.localities.len())];
                (country.address)(rng, template)
            });
            Draft {
                name,
                city,
                aliases,
                status,
                since,
                issued,
                phones,
                address,
            }
        })
        .collect();
    drafts.sort_by_key(|d| d.issued);
    drafts
}

/// When the status took effect (within 15 years) and when the licence was issued.
fn dates(rng: &mut StdRng, status: LicenceStatus) -> (Option<u32>, u32) {
    let unknown_date = status == LicenceStatus::Unknown && rng.gen_ratio(7, 10);
    if unknown_date {
        return (None, TODAY - rng.gen_range(0..18 * YEAR));
    }
    let since = TODAY - rng.gen_range(0..15 * YEAR);
    let issued = since - rng.gen_range(0..=4 * YEAR);
    (Some(since), issued)
}

fn aliases(
    rng: &mut StdRng,
    country: &Country,
    city: &City,
    name: &Name,
    native_taken: &mut HashSet<u64>,
) -> Vec<String> {
    let mut aliases = Vec::new();
    let writes_script = city.uses_script && rng.gen_range(0..100) < country.native_alias_percent;
    if writes_script {
        // Two agencies can never share a native alias, or the alias would find both.
        if let Some(native) = name
            .native(country)
            .filter(|n| native_taken.insert(hashed(n)))
        {
            aliases.push(native);
        }
    }
    if rng.gen_ratio(1, 8) {
        aliases.extend(name.initials());
    }
    aliases
}

/// One to three numbers, mobiles and landlines of the agency's city, none used before.
fn phone_numbers(
    rng: &mut StdRng,
    country: &Country,
    city: &City,
    taken: &mut HashSet<u64>,
) -> Vec<String> {
    let count = match rng.gen_range(0..100) {
        0..50 => 1,
        50..85 => 2,
        _ => 3,
    };
    let plan = &country.phones;
    let mut numbers = Vec::with_capacity(count);
    while numbers.len() < count {
        let number = if rng.gen_ratio(11, 20) {
            phones::mobile(rng, plan, plan.mobile_prefixes)
        } else {
            phones::landline(rng, plan, city)
        };
        if taken.insert(hashed(&number)) {
            numbers.push(number);
        }
    }
    numbers
}

/// Each country's share of `count`, by largest remainder so that the shares add up.
fn allocate(count: usize) -> Vec<usize> {
    let total: u64 = ALL.iter().map(|c| u64::from(c.share)).sum();
    let count64 = count as u64;
    let mut shares: Vec<(usize, u64)> = ALL
        .iter()
        .map(|c| {
            let exact = count64 * u64::from(c.share);
            (usize::try_from(exact / total).unwrap_or(0), exact % total)
        })
        .collect();
    let given: usize = shares.iter().map(|(n, _)| n).sum();
    let mut by_remainder: Vec<usize> = (0..shares.len()).collect();
    by_remainder.sort_by_key(|&i| (std::cmp::Reverse(shares[i].1), i));
    for &i in by_remainder.iter().take(count.saturating_sub(given)) {
        shares[i].0 += 1;
    }
    shares.into_iter().map(|(n, _)| n).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;
    use std::sync::OnceLock;

    fn hundred_thousand() -> &'static [Entry] {
        static ENTRIES: OnceLock<Vec<Entry>> = OnceLock::new();
        ENTRIES.get_or_init(|| directory(42, 100_000))
    }

    fn share(entries: &[Entry], pred: impl Fn(&Entry) -> bool) -> f64 {
        entries.iter().filter(|e| pred(e)).count() as f64 / entries.len() as f64
    }

    #[test]
    fn every_entry_of_a_hundred_thousand_is_valid() {
        let entries = hundred_thousand();
        assert_eq!(entries.len(), 100_000);
        for e in entries {
            e.validate().unwrap_or_else(|err| panic!("{err:?}: {e:?}"));
            assert!((1..=3).contains(&e.phones.len()), "{e:?}");
            for text in [&e.name, &e.licence_number, &e.authority]
                .into_iter()
                .chain(&e.aliases)
                .chain(&e.phones)
                .chain(&e.address)
            {
                assert_eq!(
                    text.trim(),
                    text,
                    "outer spaces would not survive the import"
                );
                assert!(!text.contains('|'), "{text}");
            }
        }
    }

    #[test]
    fn ids_names_native_aliases_and_phones_are_unique() {
        let entries = hundred_thousand();
        let ids: HashSet<String> = entries.iter().map(Entry::id).collect();
        assert_eq!(ids.len(), entries.len());
        let names: HashSet<String> = entries.iter().map(|e| e.name.to_lowercase()).collect();
        assert_eq!(names.len(), entries.len());
        let phones: Vec<&String> = entries.iter().flat_map(|e| &e.phones).collect();
        assert_eq!(phones.iter().collect::<HashSet<_>>().len(), phones.len());
        let native: Vec<&String> = entries
            .iter()
            .flat_map(|e| e.aliases.iter().filter(|a| !a.is_ascii()))
            .collect();
        assert_eq!(native.iter().collect::<HashSet<_>>().len(), native.len());
    }

    #[test]
    fn the_same_seed_gives_the_same_directory() {
        assert_eq!(directory(7, 3_000), directory(7, 3_000));
        assert_ne!(directory(7, 3_000), directory(8, 3_000));
        assert!(directory(1, 0).is_empty());
    }

    #[test]
    fn proportions_are_roughly_as_intended() {
        let entries = hundred_thousand();
        for country in ALL {
            let got = share(entries, |e| e.country == country.code);
            assert!(
                (got - f64::from(country.share) / 1000.0).abs() < 0.001,
                "{}",
                country.code
            );
        }
        for (status, weight) in STATUS_WEIGHTS {
            let got = share(entries, |e| e.status == status);
            assert!(
                (got - f64::from(weight) / 100.0).abs() < 0.01,
                "{status:?}: {got}"
            );
        }
        // About 60 % of agencies in countries with a script write their name in it (India: in
        // the Hindi-speaking cities only).
        for code in ["NP", "BD", "LK", "MM", "ET"] {
            let of: Vec<Entry> = entries
                .iter()
                .filter(|e| e.country == code)
                .cloned()
                .collect();
            let got = share(&of, |e| e.aliases.iter().any(|a| !a.is_ascii()));
            assert!((0.55..0.65).contains(&got), "{code}: {got}");
        }
        let india: Vec<Entry> = entries
            .iter()
            .filter(|e| e.country == "IN")
            .cloned()
            .collect();
        let got = share(&india, |e| e.aliases.iter().any(|a| !a.is_ascii()));
        assert!((0.35..0.55).contains(&got), "IN: {got}");
        let earliest = TODAY - 15 * YEAR;
        assert!(
            entries
                .iter()
                .filter_map(|e| e.status_since)
                .all(|d| (earliest..=TODAY).contains(&d))
        );
        let undated = share(entries, |e| e.status_since.is_none());
        assert!((0.02..0.04).contains(&undated), "{undated}");
    }

    #[test]
    fn names_share_words_as_real_ones_do() {
        let entries = hundred_thousand();
        let nepal: Vec<&Entry> = entries.iter().filter(|e| e.country == "NP").collect();
        let mut words: HashMap<String, usize> = HashMap::new();
        for e in &nepal {
            for w in crate::lexicon::tokens(&e.name) {
                *words.entry(w).or_default() += 1;
            }
        }
        for common in ["everest", "himalayan", "global", "manpower"] {
            assert!(
                words[common] > nepal.len() / 25,
                "{common}: {}",
                words[common]
            );
        }
        assert!(
            entries
                .iter()
                .all(|e| !e.name.chars().any(|c| c.is_ascii_digit()))
        );
    }

    #[test]
    fn licence_numbers_look_like_each_registers() {
        let entries = hundred_thousand();
        let first = |code: &str| {
            entries
                .iter()
                .find(|e| e.country == code)
                .map(|e| e.licence_number.clone())
                .unwrap()
        };
        // Digits collapsed: serials grow longer in a directory larger than the real register.
        let shape = |l: &str| -> String {
            let mut out = String::new();
            for c in l.chars().map(|c| if c.is_ascii_digit() { '9' } else { c }) {
                if !(c == '9' && out.ends_with('9')) {
                    out.push(c);
                }
            }
            out
        };
        assert_eq!(shape(&first("NP")), "9/9/9");
        assert_eq!(shape(&first("BD")), "RL-9");
        assert!(shape(&first("IN")).starts_with("B-9/"), "{}", first("IN"));
        assert!(shape(&first("IN")).ends_with("+/9/9/9"), "{}", first("IN"));
        assert_eq!(shape(&first("LK")), "LK-9");
        assert_eq!(shape(&first("ID")), "KEP.9/9");
        assert!(shape(&first("PH")).starts_with("DMW-9-"), "{}", first("PH"));
        assert_eq!(shape(&first("MM")), "No.9/9");
        assert_eq!(shape(&first("ET")), "MoLS/9/9");
        assert_eq!(shape(&first("KE")), "NEA/REG/9");
        let phone_of = |code: &str, cc: &str| {
            entries
                .iter()
                .filter(|e| e.country == code)
                .flat_map(|e| &e.phones)
                .all(|p| p.starts_with(cc))
        };
        assert!(phone_of("NP", "+977") && phone_of("BD", "+880") && phone_of("KE", "+254"));
    }

    #[test]
    fn shares_add_up_to_the_count() {
        for count in [0, 1, 7, 10, 999, 100_000] {
            assert_eq!(allocate(count).iter().sum::<usize>(), count);
        }
        assert_eq!(
            allocate(1000),
            vec![200, 180, 160, 120, 100, 80, 60, 50, 50]
        );
    }
}
