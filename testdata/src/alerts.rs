//! Fake job offers the hotline warns about: phone numbers (Gulf and Malaysian numbers, and
//! home mobiles from prefixes the directory never gives an agency), Facebook page names and
//! made-up company names, each aimed at workers of one country.

use std::collections::HashSet;

use mitra_protocol::directory::{Alert, AlertKind};
use rand::rngs::StdRng;
use rand::seq::SliceRandom;
use rand::{Rng, SeedableRng};

use crate::countries::{ALL, Country, digits};
use crate::dates::{TODAY, YEAR, ymd};
use crate::names::Weighted;
use crate::phones;

/// Fake-offer alerts (phones, Facebook page names, company names), deterministic for `seed`;
/// values are distinct.
pub fn alerts(seed: u64, n: usize) -> Vec<Alert> {
    let mut rng = StdRng::seed_from_u64(seed);
    let origins = Weighted::new(ALL.iter().map(|c| (*c, c.share)).collect());
    let mut seen = HashSet::new();
    let mut out = Vec::with_capacity(n);
    while out.len() < n {
        let origin: &Country = origins.pick(&mut rng);
        let (kind, value) = match rng.gen_range(0..100) {
            0..45 => (AlertKind::Phone, phone(&mut rng, origin)),
            45..75 => (AlertKind::Page, page(&mut rng, origin)),
            _ => (AlertKind::Company, company(&mut rng)),
        };
        if !seen.insert(value.clone()) {
            continue;
        }
        let country = rng.gen_ratio(17, 20).then(|| origin.code.to_owned());
        let since = rng
            .gen_ratio(9, 10)
            .then(|| TODAY - rng.gen_range(0..3 * YEAR));
        out.push(Alert {
            kind,
            value,
            country,
            since,
        });
    }
    out
}

/// (calling code, mobile prefixes, digits after the calling code) of destination countries.
const DESTINATIONS: &[(&str, &[&str], usize)] = &[
    ("974", &["3", "5", "6", "7"], 8),
    ("971", &["50", "52", "54", "55", "56", "58"], 9),
    ("966", &["50", "53", "54", "55", "56", "59"], 9),
    ("965", &["5", "6", "9"], 8),
    ("968", &["7", "9"], 8),
    ("973", &["3"], 8),
    ("60", &["11", "12", "13", "16", "17", "19"], 9),
    ("962", &["77", "78", "79"], 9),
];

fn phone(rng: &mut StdRng, origin: &Country) -> String {
    if rng.gen_bool(0.5) {
        let plan = &origin.phones;
        return phones::mobile(rng, plan, plan.alert_prefixes);
    }
    let (code, prefixes, len) = DESTINATIONS[rng.gen_range(0..DESTINATIONS.len())];
    let prefix = prefixes.choose(rng).copied().unwrap_or("5");
    let rest = digits(rng, len.saturating_sub(prefix.len()));
    format!("+{code}{prefix}{rest}")
}

const DESTINATION_NAMES: &[&str] = &[
    "Dubai", "Qatar", "Saudi", "Kuwait", "Oman", "Bahrain", "Malaysia", "Jordan", "Poland",
    "Romania", "Croatia", "Japan", "Korea", "Europe", "Israel", "Cyprus",
];

/// The country as its people name it in a page title.
fn people(origin: &Country) -> &'static str {
    match origin.code {
        "NP" => "Nepal",
        "BD" => "Bangladesh",
        "IN" => "India",
        "LK" => "Sri Lanka",
        "ID" => "Indonesia",
        "PH" => "Pinoy",
        "MM" => "Myanmar",
        "ET" => "Ethiopia",
        _ => "Kenya",
    }
}

fn page(rng: &mut StdRng, origin: &Country) -> String {
    let dest = DESTINATION_NAMES.choose(rng).copied().unwrap_or("Dubai");
    let home = people(origin);
    let (year, _, _) = ymd(TODAY - rng.gen_range(0..2 * YEAR));
    let native = match origin.code {
        "NP" => &["दुबई रोजगार नेपाल", "कतार जागिर", "मलेसिया भिसा"][..],
        "IN" => &["दुबई नौकरी", "सऊदी वीजा"][..],
        "BD" => &["সৌদি ভিসা বাংলাদেশ", "মালয়েশিয়া কাজের ভিসা", "দুবাই চাকরি"][..],
        "LK" => &["ඩුබායි රැකියා", "කටාර් රැකියා"][..],
        "MM" => &["မလေးရှား အလုပ်", "ထိုင်း အလုပ်"][..],
        "ET" => &["የዱባይ ሥራ", "ሳውዲ ቪዛ"][..],
        _ => &[][..],
    };
    match rng.gen_range(0..9) {
        0 => format!("{dest} Jobs {home}"),
        1 => format!("{dest} Job Vacancy {year}"),
        2 => format!("{dest} Free Visa {year}"),
        3 => format!("Direct Hiring {dest} - No Fee"),
        4 => format!("{home} to {dest} Jobs Official"),
        5 => format!("{dest} Company Visa Apply Now"),
        6 => format!("{dest} Work Permit {home} {year}"),
        7 => match native.choose(rng) {
            Some(n) => format!("{n} {year}"),
            None => format!("{dest} Caregiver Jobs {home}"),
        },
        _ => format!("{dest} Caregiver Jobs {home}"),
    }
}

fn company(rng: &mut StdRng) -> String {
    const FIRST: &[&str] = &[
        "Al Sahra",
        "Desert Rose",
        "Oasis",
        "Falcon",
        "Pearl",
        "Emirates",
        "Skyline",
        "Blue Ocean",
        "Crescent Moon",
        "Al Waha",
        "Golden Sands",
        "Palm Tree",
        "Silk Road",
        "Red Sea",
        "Arabian Horse",
        "Twin Towers",
    ];
    const DOES: &[&str] = &[
        "Recruitment",
        "Manpower Supply",
        "Jobs Consultancy",
        "Overseas Jobs",
        "HR Solutions",
        "Visa Services",
        "Employment Solutions",
        "Labour Supply",
    ];
    const FORM: &[&str] = &[
        "LLC",
        "W.L.L.",
        "Sdn. Bhd.",
        "Ltd",
        "FZE",
        "Pvt. Ltd.",
        "Trading",
    ];
    let pick = |rng: &mut StdRng, list: &[&'static str]| list.choose(rng).copied().unwrap_or("");
    format!(
        "{} {} {}",
        pick(rng, FIRST),
        pick(rng, DOES),
        pick(rng, FORM)
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use mitra_protocol::directory::check_e164;

    #[test]
    fn alerts_are_deterministic_valid_and_distinct() {
        let a = alerts(1, 1_000);
        assert_eq!(a, alerts(1, 1_000));
        assert_eq!(a.len(), 1_000);
        let values: HashSet<&str> = a.iter().map(|x| x.value.as_str()).collect();
        assert_eq!(values.len(), 1_000);
        for alert in &a {
            assert!(!alert.value.trim().is_empty());
            assert!(alert.value.len() <= mitra_protocol::directory::MAX_NAME_BYTES);
            if alert.kind == AlertKind::Phone {
                check_e164(&alert.value).unwrap();
            }
        }
        for kind in [AlertKind::Phone, AlertKind::Page, AlertKind::Company] {
            assert!(
                a.iter().filter(|x| x.kind == kind).count() > 150,
                "{kind:?}"
            );
        }
    }

    #[test]
    fn no_alert_names_a_directory_phone_or_name() {
        let entries = crate::directory(3, 20_000);
        let known: HashSet<&str> = entries
            .iter()
            .flat_map(|e| e.phones.iter().map(String::as_str).chain([e.name.as_str()]))
            .collect();
        for alert in alerts(3, 3_000) {
            assert!(!known.contains(alert.value.as_str()), "{alert:?}");
        }
    }
}
