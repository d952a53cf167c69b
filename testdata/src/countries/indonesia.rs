//! Indonesia: placement companies (P3MI) licensed by BP2MI with a decree number
//! ("KEP.123/2020"); names are "PT" and two or three Indonesian words, in Latin only.

use rand::rngs::StdRng;

use super::{City, Country, PhonePlan, Suffix, fill_house_numbers};
use crate::dates::ymd;
use crate::lexicon::{Word, l};

pub const INDONESIA: Country = Country {
    code: "ID",
    authority: "BP2MI",
    share: 100,
    script: None,
    native_alias_percent: 0,
    shared_percent: 8,
    word_counts: [3, 55, 42],
    words: WORDS,
    business: BUSINESS,
    suffixes: &[(
        Suffix {
            latin: "PT",
            native: "",
            before: true,
        },
        1,
    )],
    cities: CITIES,
    phones: PhonePlan {
        calling_code: "62",
        mobile_prefixes: &["812", "813", "821", "822", "852", "853", "857"],
        alert_prefixes: &["838", "877", "878", "895"],
        mobile_len: 11,
        mobile_trunk: true,
        mobile_groups: &[4, 4, 4],
        separator: '-',
        landline_brackets: true,
    },
    serial_floor: 600,
    licence,
    address: fill_house_numbers,
};

fn licence(_: &mut StdRng, serial: u32, _: &City, issued: u32) -> String {
    let (year, _, _) = ymd(issued);
    format!("KEP.{serial}/{year}")
}

#[rustfmt::skip]
const WORDS: &[Word] = &[
    l("Sinar"), l("Jaya"), l("Abadi"), l("Mandiri"), l("Sejahtera"), l("Karya"), l("Mulia"),
    l("Utama"), l("Sukses"), l("Makmur"), l("Sentosa"), l("Bintang"), l("Cahaya"),
    l("Nusantara"), l("Bumi"), l("Citra"), l("Duta"), l("Putra"), l("Putri"), l("Mitra"),
    l("Bina"), l("Indah"), l("Perkasa"), l("Gemilang"), l("Surya"), l("Timur"), l("Lestari"),
    l("Harapan"), l("Berkah"), l("Amanah"), l("Rizki"), l("Insani"), l("Tunas"), l("Bangsa"),
    l("Prima"), l("Anugerah"), l("Graha"), l("Langgeng"), l("Sumber"), l("Rejeki"),
    l("Barokah"), l("Jawa"), l("Bali"), l("Borneo"), l("Sumatra"), l("Lombok"), l("Madura"),
    l("Cirebon"), l("Indramayu"), l("Persada"), l("Wibawa"), l("Catur"), l("Kencana"),
    l("Pertiwi"), l("Samudra"), l("Bahari"), l("Garuda"), l("Rajawali"), l("Merpati"),
    l("Kartika"), l("Melati"), l("Cendana"), l("Dharma"), l("Karunia"),
];

#[rustfmt::skip]
const BUSINESS: &[(Word, u32)] = &[
    (l(""), 52),
    (l("Internasional"), 14),
    (l("Indonesia"), 12),
    (l("Tenaga Kerja"), 10),
    (l("Jasa Tenaga Kerja"), 6),
    (l("Group"), 6),
];

#[rustfmt::skip]
const CITIES: &[City] = &[
    City {
        name: "Jakarta", weight: 55, area_code: "21", local_len: 8, first_digits: "2345789",
        localities: &[
            "Jl. Raya Condet No. #, Kramat Jati, Jakarta Timur",
            "Jl. Dewi Sartika No. #, Cawang, Jakarta Timur",
            "Jl. Mampang Prapatan No. #, Mampang, Jakarta Selatan",
            "Jl. Pondok Bambu No. #, Duren Sawit, Jakarta Timur",
            "Jl. Kalibata Raya No. #, Pancoran, Jakarta Selatan",
            "Jl. Raya Bekasi No. #, Cakung, Jakarta Timur",
        ],
        office: "", uses_script: false,
    },
    City {
        name: "Surabaya", weight: 10, area_code: "31", local_len: 7, first_digits: "5789",
        localities: &["Jl. Raya Darmo No. #, Wonokromo, Surabaya"],
        office: "", uses_script: false,
    },
    City {
        name: "Malang", weight: 10, area_code: "341", local_len: 6, first_digits: "34",
        localities: &["Jl. Soekarno Hatta No. #, Lowokwaru, Malang"],
        office: "", uses_script: false,
    },
    City {
        name: "Semarang", weight: 7, area_code: "24", local_len: 7, first_digits: "3578",
        localities: &["Jl. Pandanaran No. #, Semarang Tengah, Semarang"],
        office: "", uses_script: false,
    },
    City {
        name: "Bandung", weight: 6, area_code: "22", local_len: 7, first_digits: "25",
        localities: &["Jl. Soekarno-Hatta No. #, Bandung"],
        office: "", uses_script: false,
    },
    City {
        name: "Medan", weight: 4, area_code: "61", local_len: 7, first_digits: "4",
        localities: &["Jl. Gatot Subroto No. #, Medan"],
        office: "", uses_script: false,
    },
    City {
        name: "Indramayu", weight: 4, area_code: "234", local_len: 6, first_digits: "27",
        localities: &["Jl. Jenderal Sudirman No. #, Indramayu"],
        office: "", uses_script: false,
    },
    City {
        name: "Cirebon", weight: 4, area_code: "231", local_len: 6, first_digits: "2",
        localities: &["Jl. Kartini No. #, Cirebon"],
        office: "", uses_script: false,
    },
];
