//! Kenya: private employment agencies registered with the National Employment Authority
//! ("NEA/REG/1234"); names in English and Swahili, in Latin only.

use rand::Rng;
use rand::rngs::StdRng;

use super::{City, Country, PhonePlan, after, fill_house_numbers};
use crate::lexicon::{Word, l};

pub const KENYA: Country = Country {
    code: "KE",
    authority: "National Employment Authority",
    share: 60,
    script: None,
    native_alias_percent: 0,
    shared_percent: 30,
    word_counts: [35, 50, 15],
    words: WORDS,
    business: BUSINESS,
    suffixes: &[(after("Ltd", ""), 70), (after("Limited", ""), 30)],
    cities: CITIES,
    phones: PhonePlan {
        calling_code: "254",
        mobile_prefixes: &["70", "71", "72", "74", "79"],
        alert_prefixes: &["73", "75", "78"],
        mobile_len: 9,
        mobile_trunk: true,
        mobile_groups: &[4, 3, 3],
        separator: ' ',
        landline_brackets: false,
    },
    serial_floor: 1400,
    licence,
    address,
};

fn licence(_: &mut StdRng, serial: u32, _: &City, _: u32) -> String {
    format!("NEA/REG/{serial:04}")
}

/// Kenyan offices are found by floor and building more than by number.
fn address(rng: &mut StdRng, template: &str) -> String {
    let floor = match rng.gen_range(1..=6u32) {
        1 => "1st".to_owned(),
        2 => "2nd".to_owned(),
        3 => "3rd".to_owned(),
        n => format!("{n}th"),
    };
    let building = BUILDINGS[rng.gen_range(0..BUILDINGS.len())];
    format!(
        "{floor} Floor, {building}, {}",
        fill_house_numbers(rng, template)
    )
}

const BUILDINGS: &[&str] = &[
    "Jamia Plaza",
    "Kimathi House",
    "Uchumi House",
    "View Park Towers",
    "Bazaar Plaza",
    "Nyayo House",
    "Sonalux House",
    "Hazina Towers",
];

#[rustfmt::skip]
const WORDS: &[Word] = &[
    l("Nairobi"), l("Kenya"), l("Safari"), l("Jambo"), l("Harambee"), l("Mombasa"),
    l("Uhuru"), l("Baraka"), l("Neema"), l("Imani"), l("Amani"), l("Tumaini"), l("Upendo"),
    l("Zawadi"), l("Rafiki"), l("Simba"), l("Twiga"), l("Kisumu"), l("Nakuru"), l("Eldoret"),
    l("Tana"), l("Athi"), l("Rift"), l("Mara"), l("Turkana"), l("Amboseli"), l("Tsavo"),
    l("Malindi"), l("Lamu"), l("Kamau"), l("Otieno"), l("Wanjiru"), l("Mwangi"), l("Njoroge"),
    l("Ochieng"), l("Kiprono"), l("Chebet"), l("Mutua"), l("Wambui"), l("Kariuki"),
    l("Savannah"), l("Equator"), l("Jubilee"), l("Milele"), l("Pwani"), l("Nyota"),
    l("Kilele"), l("Tujenge"), l("Maisha"), l("Fanaka"), l("Shujaa"), l("Jamii"), l("Umoja"),
    l("Jabali"),
];

#[rustfmt::skip]
const BUSINESS: &[(Word, u32)] = &[
    (l("Recruitment Agency"), 25),
    (l("Employment Agency"), 15),
    (l("Human Resource Consultants"), 12),
    (l("Manpower Services"), 10),
    (l("Recruitment Services"), 10),
    (l("International"), 10),
    (l("Placement Services"), 8),
    (l("Consultants"), 8),
    (l("Employment Bureau"), 5),
    (l("Travel Agency"), 5),
];

#[rustfmt::skip]
const CITIES: &[City] = &[
    City {
        name: "Nairobi", weight: 72, area_code: "20", local_len: 7, first_digits: "2345",
        localities: &[
            "Kimathi Street, Nairobi", "Moi Avenue, Nairobi", "Tom Mboya Street, Nairobi",
            "Westlands Road, Westlands, Nairobi", "Ngong Road, Kilimani, Nairobi",
            "First Avenue, Eastleigh, Nairobi", "Kenyatta Avenue, Nairobi",
        ],
        office: "", uses_script: false,
    },
    City {
        name: "Mombasa", weight: 16, area_code: "41", local_len: 7, first_digits: "2",
        localities: &["Moi Avenue, Mombasa", "Digo Road, Mombasa", "Nyali Road, Nyali, Mombasa"],
        office: "", uses_script: false,
    },
    City {
        name: "Kisumu", weight: 5, area_code: "57", local_len: 7, first_digits: "2",
        localities: &["Oginga Odinga Street, Kisumu"],
        office: "", uses_script: false,
    },
    City {
        name: "Nakuru", weight: 4, area_code: "51", local_len: 7, first_digits: "2",
        localities: &["Kenyatta Avenue, Nakuru"],
        office: "", uses_script: false,
    },
    City {
        name: "Eldoret", weight: 3, area_code: "53", local_len: 7, first_digits: "2",
        localities: &["Uganda Road, Eldoret"],
        office: "", uses_script: false,
    },
];
