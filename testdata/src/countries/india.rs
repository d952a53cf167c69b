//! India: recruiting agents registered with the Protector General of Emigrants, whose
//! registration certificates read "B-0123/DEL/PER/1000+/5/8900/2019"; agencies in the Hindi
//! belt often also write their name in Devanagari, those in the south do not.

use rand::Rng;
use rand::rngs::StdRng;

use super::{City, Country, NO_SUFFIX, PhonePlan, after, fill_house_numbers};
use crate::dates::ymd;
use crate::lexicon::{Script, Word, w};

pub const INDIA: Country = Country {
    code: "IN",
    authority: "Protector General of Emigrants",
    share: 200,
    script: Some(Script::Hindi),
    native_alias_percent: 72,
    shared_percent: 25,
    word_counts: [30, 55, 15],
    words: WORDS,
    business: BUSINESS,
    suffixes: &[
        (after("Pvt. Ltd.", "प्रा. लि."), 60),
        (NO_SUFFIX, 30),
        (after("LLP", ""), 10),
    ],
    cities: CITIES,
    phones: PhonePlan {
        calling_code: "91",
        mobile_prefixes: &[
            "98", "99", "97", "96", "94", "93", "91", "90", "88", "87", "80", "81", "70",
        ],
        alert_prefixes: &["62", "63", "73", "74", "76", "78"],
        mobile_len: 10,
        mobile_trunk: false,
        mobile_groups: &[5, 5],
        separator: ' ',
        landline_brackets: false,
    },
    serial_floor: 2400,
    licence,
    address: fill_house_numbers,
};

fn licence(rng: &mut StdRng, serial: u32, city: &City, issued: u32) -> String {
    let (year, _, _) = ymd(issued);
    let form = match rng.gen_range(0..100) {
        0..55 => "PER",
        55..85 => "COM",
        _ => "PART",
    };
    let capacity = match rng.gen_range(0..100) {
        0..80 => "1000+",
        80..95 => "300+",
        _ => "100+",
    };
    let file = 6_500 + (year.saturating_sub(2000)) * 170 + rng.gen_range(0..170);
    format!(
        "B-{serial:04}/{}/{form}/{capacity}/5/{file}/{year}",
        city.office
    )
}

#[rustfmt::skip]
const WORDS: &[Word] = &[
    w("Bharat", "भारत", &["Bharath", "Bhaarat"]),
    w("Shree", "श्री", &["Shri", "Shre"]),
    w("Sai", "साई", &["Saai", "Saee"]),
    w("Hindustan", "हिंदुस्तान", &["Hindusthan", "Hindostan"]),
    w("Balaji", "बालाजी", &["Balajee", "Baalaji"]),
    w("Al-Falah", "अल-फलाह", &["Al Falaah", "Alfalah"]),
    w("Ganga", "गंगा", &["Gangaa", "Gunga"]),
    w("Vishwa", "विश्व", &["Vishva", "Viswa"]),
    w("Kerala", "केरल", &["Keral", "Keralaa"]),
    w("Malabar", "मालाबार", &["Malbar", "Malaabar"]),
    w("Yamuna", "यमुना", &["Yamunaa"]),
    w("Narmada", "नर्मदा", &["Narmadaa", "Narbada"]),
    w("Kaveri", "कावेरी", &["Cauvery", "Kaveree"]),
    w("Godavari", "गोदावरी", &["Godawari", "Godavaree"]),
    w("Krishna", "कृष्णा", &["Krushna", "Krisna"]),
    w("Jai", "जय", &["Jay"]),
    w("Om", "ओम", &["Aum"]),
    w("Hanuman", "हनुमान", &["Hanumaan", "Hanumant"]),
    w("Lakshmi", "लक्ष्मी", &["Luxmi", "Lakshmee"]),
    w("Amar", "अमर", &["Amaar"]),
    w("Jyoti", "ज्योति", &["Jyothi", "Jyotee"]),
    w("Deep", "दीप", &["Dip"]),
    w("Sharma", "शर्मा", &["Sarma", "Sharmaa"]),
    w("Singh", "सिंह", &["Sing", "Sinh"]),
    w("Gupta", "गुप्ता", &["Guptha"]),
    w("Agarwal", "अग्रवाल", &["Agrawal", "Aggarwal"]),
    w("Kapoor", "कपूर", &["Kapur"]),
    w("Verma", "वर्मा", &["Varma"]),
    w("Yadav", "यादव", &["Yadava", "Jadav"]),
    w("Khan", "खान", &["Khaan"]),
    w("Malhotra", "मल्होत्रा", &["Malhotraa"]),
    w("Mehta", "मेहता", &["Mehata", "Metha"]),
    w("Delhi", "दिल्ली", &["Dilli", "Dehli"]),
    w("Mumbai", "मुंबई", &["Mumbay", "Mumbaai"]),
    w("Punjab", "पंजाब", &["Panjab", "Punjaab"]),
    w("Cochin", "कोचीन", &["Kochin", "Cocheen"]),
    w("Rajdhani", "राजधानी", &["Rajdhaanee", "Rajdani"]),
    w("Taj", "ताज", &["Taaj"]),
    w("Ashoka", "अशोका", &["Ashok", "Asoka"]),
    w("Indus", "इंडस", &["Indas"]),
    w("Anand", "आनंद", &["Aanand", "Anandh"]),
    w("Vijay", "विजय", &["Vijai", "Bijay"]),
    w("Mahavir", "महावीर", &["Mahaveer", "Mahabir"]),
    w("Shanti", "शांति", &["Shanthi", "Shaanti"]),
    w("Ekta", "एकता", &["Ekata"]),
    w("Manav", "मानव", &["Maanav", "Manaw"]),
    w("Shakti", "शक्ति", &["Shakthi", "Sakthi"]),
    w("Navjyoti", "नवज्योति", &["Navjyothi", "Nawjyoti"]),
    w("Sagar", "सागर", &["Saagar"]),
    w("Surya", "सूर्य", &["Soorya", "Suriya"]),
];

#[rustfmt::skip]
const BUSINESS: &[(Word, u32)] = &[
    (w("Overseas", "ओवरसीज", &["Ovarsij", "Oversees"]), 22),
    (w("Manpower", "मैनपावर", &["Mainpawar", "Manpaawar"]), 16),
    (w("International", "इंटरनेशनल", &["Intarneshnal", "Internashnal"]), 14),
    (w("Manpower Consultants", "मैनपावर कंसल्टेंट्स", &["Mainpawar Kansaltents"]), 10),
    (w("Placement Services", "प्लेसमेंट सर्विसेज", &["Plesment Sarvisej"]), 8),
    (w("Human Resources", "ह्यूमन रिसोर्सेज", &["Hyuman Risorsej"]), 7),
    (w("Overseas Consultants", "ओवरसीज कंसल्टेंट्स", &["Ovarsij Kansaltents"]), 8),
    (w("Recruitment Services", "रिक्रूटमेंट सर्विसेज", &["Rikrutment Sarvisej"]), 6),
    (w("Enterprises", "एंटरप्राइजेज", &["Entarpraijej"]), 5),
    (w("Travels", "ट्रेवल्स", &["Trevals"]), 4),
];

#[rustfmt::skip]
const CITIES: &[City] = &[
    City {
        name: "New Delhi", weight: 22, area_code: "11", local_len: 8, first_digits: "234",
        localities: &[
            "#, Karol Bagh, New Delhi 110005", "#, Laxmi Nagar, Delhi 110092",
            "#, Nehru Place, New Delhi 110019", "#, Jamia Nagar, New Delhi 110025",
            "#, Connaught Place, New Delhi 110001", "#, Mahipalpur, New Delhi 110037",
            "#, Paharganj, New Delhi 110055",
        ],
        office: "DEL", uses_script: true,
    },
    City {
        name: "Mumbai", weight: 22, area_code: "22", local_len: 8, first_digits: "2346",
        localities: &[
            "#, Andheri East, Mumbai 400069", "#, Fort, Mumbai 400001",
            "#, Kurla West, Mumbai 400070", "#, Dongri, Mumbai 400009",
            "#, Nariman Point, Mumbai 400021", "#, Mohammed Ali Road, Mumbai 400003",
        ],
        office: "MUM", uses_script: true,
    },
    City {
        name: "Chennai", weight: 10, area_code: "44", local_len: 8, first_digits: "24",
        localities: &[
            "#, Egmore, Chennai 600008", "#, T. Nagar, Chennai 600017",
            "#, Anna Salai, Chennai 600002", "#, Triplicane, Chennai 600005",
        ],
        office: "CHE", uses_script: false,
    },
    City {
        name: "Kochi", weight: 10, area_code: "484", local_len: 7, first_digits: "234",
        localities: &[
            "#, Ernakulam North, Kochi 682018", "#, Kaloor, Kochi 682017",
            "#, Palarivattom, Kochi 682025",
        ],
        office: "COK", uses_script: false,
    },
    City {
        name: "Thiruvananthapuram", weight: 5, area_code: "471", local_len: 7, first_digits: "23",
        localities: &["#, Thampanoor, Thiruvananthapuram 695001", "#, Pattom, Thiruvananthapuram 695004"],
        office: "TVM", uses_script: false,
    },
    City {
        name: "Hyderabad", weight: 8, area_code: "40", local_len: 8, first_digits: "2",
        localities: &[
            "#, Mehdipatnam, Hyderabad 500028", "#, Tolichowki, Hyderabad 500008",
            "#, Abids, Hyderabad 500001",
        ],
        office: "HYD", uses_script: false,
    },
    City {
        name: "Lucknow", weight: 7, area_code: "522", local_len: 7, first_digits: "24",
        localities: &[
            "#, Hazratganj, Lucknow 226001", "#, Aminabad, Lucknow 226018",
            "#, Gomti Nagar, Lucknow 226010",
        ],
        office: "LKO", uses_script: true,
    },
    City {
        name: "Jaipur", weight: 4, area_code: "141", local_len: 7, first_digits: "2",
        localities: &["#, MI Road, Jaipur 302001", "#, Malviya Nagar, Jaipur 302017"],
        office: "JAI", uses_script: true,
    },
    City {
        name: "Patna", weight: 4, area_code: "612", local_len: 7, first_digits: "2",
        localities: &["#, Fraser Road, Patna 800001", "#, Kankarbagh, Patna 800020"],
        office: "PAT", uses_script: true,
    },
    City {
        name: "Chandigarh", weight: 5, area_code: "172", local_len: 7, first_digits: "25",
        localities: &["SCO #, Sector 17, Chandigarh 160017", "SCO #, Sector 34, Chandigarh 160022"],
        office: "CHD", uses_script: true,
    },
    City {
        name: "Kolkata", weight: 3, area_code: "33", local_len: 8, first_digits: "2",
        localities: &["#, Park Street, Kolkata 700016", "#, Salt Lake, Kolkata 700091"],
        office: "KOL", uses_script: false,
    },
];
