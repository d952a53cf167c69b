//! Sri Lanka: licences from the Sri Lanka Bureau of Foreign Employment ("LK-1234"); names in
//! English with a Sinhala form, where some places have a Sinhala name of their own (Kandy is
//! මහනුවර, Negombo is මීගමුව).

use rand::rngs::StdRng;

use super::{City, Country, NO_SUFFIX, PhonePlan, after, fill_house_numbers};
use crate::lexicon::{Script, Word, w};

pub const SRI_LANKA: Country = Country {
    code: "LK",
    authority: "Sri Lanka Bureau of Foreign Employment",
    share: 80,
    script: Some(Script::Sinhala),
    native_alias_percent: 60,
    shared_percent: 30,
    word_counts: [30, 55, 15],
    words: WORDS,
    business: BUSINESS,
    suffixes: &[(after("(Pvt) Ltd", ""), 85), (NO_SUFFIX, 15)],
    cities: CITIES,
    phones: PhonePlan {
        calling_code: "94",
        mobile_prefixes: &["77", "71", "76", "70"],
        alert_prefixes: &["72", "74", "75", "78"],
        mobile_len: 9,
        mobile_trunk: true,
        mobile_groups: &[3, 3, 4],
        separator: ' ',
        landline_brackets: false,
    },
    serial_floor: 2000,
    licence,
    address: fill_house_numbers,
};

fn licence(_: &mut StdRng, serial: u32, _: &City, _: u32) -> String {
    format!("LK-{serial:04}")
}

#[rustfmt::skip]
const WORDS: &[Word] = &[
    w("Lanka", "ලංකා", &["Lankaa", "Lanca"]),
    w("Ceylon", "සිලෝන්", &["Ceilon", "Silon"]),
    w("Sri", "ශ්‍රී", &["Sree"]),
    w("Colombo", "කොළඹ", &["Kolamba", "Colambo"]),
    w("Ruhunu", "රුහුණු", &["Ruhuna"]),
    w("Rajarata", "රජරට", &["Rajaratta"]),
    w("Kelani", "කැලණි", &["Kalani", "Kelanee"]),
    w("Mahaweli", "මහවැලි", &["Mahawali", "Mahaveli"]),
    w("Sigiri", "සීගිරි", &["Seegiri"]),
    w("Galle", "ගාල්ල", &["Gaalla", "Galla"]),
    w("Matara", "මාතර", &["Maatara", "Mathara"]),
    w("Kandy", "මහනුවර", &["Mahanuwara", "Nuwara"]),
    w("Negombo", "මීගමුව", &["Meegamuwa", "Migamuwa"]),
    w("Jaffna", "යාපනය", &["Yapanaya"]),
    w("Jaya", "ජය", &["Jayaa", "Jeya"]),
    w("Wijaya", "විජය", &["Vijaya", "Wijeya"]),
    w("Udaya", "උදය", &["Udayaa", "Oodaya"]),
    w("Isuru", "ඉසුරු", &["Esuru", "Isurru"]),
    w("Pubudu", "පුබුදු", &["Pubudhu", "Pubuddu"]),
    w("Sahana", "සහන", &["Sahane", "Sahanaa"]),
    w("Asiri", "අසිරි", &["Aasiri", "Asiree"]),
    w("Sewana", "සෙවණ", &["Sevana", "Sewane"]),
    w("Diriya", "දිරිය", &["Diriye", "Dhiriya"]),
    w("Sampath", "සම්පත්", &["Sampat", "Sampathu"]),
    w("Rathna", "රත්න", &["Ratna", "Rathne"]),
    w("Perera", "පෙරේරා", &["Pereira", "Pererra"]),
    w("Silva", "සිල්වා", &["Silwa", "Silvaa"]),
    w("Kumara", "කුමාර", &["Kumaara", "Coomara"]),
    w("Saman", "සමන්", &["Samaan", "Saaman"]),
    w("Nimal", "නිමල්", &["Nimaal"]),
    w("Lakmal", "ලක්මල්", &["Lakmaal"]),
    w("Siri", "සිරි", &["Siree", "Sirii"]),
    w("Suwa", "සුව", &["Suva", "Soowa"]),
    w("Lakdiva", "ලක්දිව", &["Lakdiwa", "Lakdeeva"]),
    w("Serendib", "සෙරන්ඩිබ්", &["Serendip", "Sarendib"]),
    w("Samanala", "සමනළ", &["Samanela", "Samanalaa"]),
    w("Ruwan", "රුවන්", &["Ruvan", "Ruwanu"]),
    w("Gampaha", "ගම්පහ", &["Gampaaha", "Gamapaha"]),
    w("Kurunegala", "කුරුණෑගල", &["Kurunagala", "Kurunegale"]),
];

#[rustfmt::skip]
const BUSINESS: &[(Word, u32)] = &[
    (w("International", "ඉන්ටර්නැෂනල්", &["Intarnashanal", "Internashanal"]), 22),
    (w("Manpower", "මෑන්පවර්", &["Menpawar", "Manpawar"]), 18),
    (w("Overseas Employment", "ඕවර්සීස් එම්ප්ලොයිමන්ට්", &["Owarsees Emploiment"]), 15),
    (w("Employment Agency", "එම්ප්ලොයිමන්ට් ඒජන්සි", &["Emploiment Ejansi"]), 14),
    (w("Foreign Employment Agency", "ෆොරින් එම්ප්ලොයිමන්ට් ඒජන්සි", &["Forin Emploiment Ejansi"]), 12),
    (w("Manpower Services", "මෑන්පවර් සර්විසස්", &["Manpawar Sarvisas"]), 10),
    (w("Travels", "ට්‍රැවල්ස්", &["Trawels"]), 4),
    (w("Enterprises", "එන්ටර්ප්‍රයිසස්", &["Entarpraisas"]), 5),
];

#[rustfmt::skip]
const CITIES: &[City] = &[
    City {
        name: "Colombo", weight: 62, area_code: "11", local_len: 7, first_digits: "2345",
        localities: &[
            "No. #, Galle Road, Colombo 03", "No. #, Duplication Road, Colombo 04",
            "No. #, Havelock Road, Colombo 05", "No. #, Baseline Road, Colombo 09",
            "No. #, Union Place, Colombo 02", "No. #, Dematagoda Road, Colombo 09",
            "No. #, Nawala Road, Rajagiriya", "No. #, Old Kottawa Road, Nugegoda",
        ],
        office: "", uses_script: true,
    },
    City {
        name: "Kandy", weight: 10, area_code: "81", local_len: 7, first_digits: "2",
        localities: &["No. #, Peradeniya Road, Kandy", "No. #, Dalada Veediya, Kandy"],
        office: "", uses_script: true,
    },
    City {
        name: "Kurunegala", weight: 10, area_code: "37", local_len: 7, first_digits: "2",
        localities: &["No. #, Colombo Road, Kurunegala"],
        office: "", uses_script: true,
    },
    City {
        name: "Negombo", weight: 12, area_code: "31", local_len: 7, first_digits: "2",
        localities: &["No. #, Main Street, Negombo", "No. #, Chilaw Road, Negombo"],
        office: "", uses_script: true,
    },
    City {
        name: "Galle", weight: 6, area_code: "91", local_len: 7, first_digits: "2",
        localities: &["No. #, Wakwella Road, Galle"],
        office: "", uses_script: true,
    },
];
