//! The Philippines: agencies licensed by the Department of Migrant Workers, land-based (LB)
//! or manning agencies for seafarers (SB), numbered "DMW-123-LB-12-3119-R" with the licence
//! date in the middle; names in English, Filipino and Spanish family names, in Latin only.

use rand::Rng;
use rand::rngs::StdRng;

use super::{City, Country, PhonePlan, after, fill_house_numbers};
use crate::dates::ymd;
use crate::lexicon::{Word, l};

pub const PHILIPPINES: Country = Country {
    code: "PH",
    authority: "Department of Migrant Workers",
    share: 160,
    script: None,
    native_alias_percent: 0,
    shared_percent: 30,
    word_counts: [30, 55, 15],
    words: WORDS,
    business: BUSINESS,
    suffixes: &[(after("Inc.", ""), 88), (after("Corporation", ""), 12)],
    cities: CITIES,
    phones: PhonePlan {
        calling_code: "63",
        mobile_prefixes: &["917", "918", "919", "927", "905", "906", "915", "926"],
        alert_prefixes: &["956", "961", "977", "995", "998"],
        mobile_len: 10,
        mobile_trunk: true,
        mobile_groups: &[4, 3, 4],
        separator: ' ',
        landline_brackets: true,
    },
    serial_floor: 1600,
    licence,
    address: fill_house_numbers,
};

fn licence(rng: &mut StdRng, serial: u32, _: &City, issued: u32) -> String {
    let (year, month, day) = ymd(issued);
    let based = if rng.gen_ratio(1, 8) { "SB" } else { "LB" };
    let kind = if rng.gen_ratio(3, 20) { "PA" } else { "R" };
    format!(
        "DMW-{serial:03}-{based}-{month:02}-{day:02}{:02}-{kind}",
        year % 100
    )
}

#[rustfmt::skip]
const WORDS: &[Word] = &[
    l("Manila"), l("Luzon"), l("Pinoy"), l("Mabuhay"), l("Visayas"), l("Mindanao"), l("Cebu"),
    l("Davao"), l("Ilocos"), l("Pampanga"), l("Bicol"), l("Bayanihan"), l("Tagumpay"),
    l("Magsaysay"), l("Rizal"), l("Bonifacio"), l("Mayon"), l("Taal"), l("Pasig"), l("Makati"),
    l("Quezon"), l("Perlas"), l("Bituin"), l("Araw"), l("Sampaguita"), l("Narra"),
    l("Maharlika"), l("Pacific"), l("Archipelago"), l("Luzviminda"), l("Santos"), l("Reyes"),
    l("Cruz"), l("Bautista"), l("Garcia"), l("Mendoza"), l("Villanueva"), l("Aquino"),
    l("Ramos"), l("Agustin"), l("Corpuz"), l("Bagong"), l("Lakas"), l("Tanglaw"),
    l("Kalayaan"), l("Isla"), l("Dagat"), l("Ilaw"), l("Likha"), l("Galing"), l("Sinag"),
    l("Tala"), l("Diwa"), l("Mayumi"), l("Marikit"), l("Dakila"), l("Matatag"), l("Marangal"),
    l("Tapat"), l("Agila"),
];

#[rustfmt::skip]
const BUSINESS: &[(Word, u32)] = &[
    (l("Manpower Services"), 20),
    (l("International"), 10),
    (l("Placement Agency"), 12),
    (l("Recruitment Agency"), 12),
    (l("Human Resources"), 8),
    (l("Manpower Agency"), 8),
    (l("Employment Agency"), 8),
    (l("Overseas Placement"), 6),
    (l("Manning Agency"), 6),
    (l("Resources"), 5),
];

#[rustfmt::skip]
const CITIES: &[City] = &[
    City {
        name: "Metro Manila", weight: 76, area_code: "2", local_len: 8, first_digits: "8",
        localities: &[
            "# Taft Avenue, Malate, Manila", "# United Nations Avenue, Ermita, Manila",
            "# Kalaw Street, Ermita, Manila", "# Mabini Street, Malate, Manila",
            "# Ortigas Avenue, Pasig City", "# Shaw Boulevard, Mandaluyong City",
            "# Pasay Road, Makati City", "# Timog Avenue, Quezon City", "# EDSA, Quezon City",
        ],
        office: "", uses_script: false,
    },
    City {
        name: "Cebu City", weight: 10, area_code: "32", local_len: 7, first_digits: "234",
        localities: &["# Osmeña Boulevard, Cebu City", "# Mango Avenue, Cebu City"],
        office: "", uses_script: false,
    },
    City {
        name: "Davao City", weight: 6, area_code: "82", local_len: 7, first_digits: "23",
        localities: &["# J.P. Laurel Avenue, Davao City"],
        office: "", uses_script: false,
    },
    City {
        name: "Iloilo City", weight: 4, area_code: "33", local_len: 7, first_digits: "3",
        localities: &["# General Luna Street, Iloilo City"],
        office: "", uses_script: false,
    },
    City {
        name: "Baguio City", weight: 4, area_code: "74", local_len: 7, first_digits: "4",
        localities: &["# Session Road, Baguio City"],
        office: "", uses_script: false,
    },
];
