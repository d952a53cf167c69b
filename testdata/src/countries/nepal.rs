//! Nepal: licences from the Department of Foreign Employment, numbered by serial and Nepali
//! fiscal year ("1234/067/68"); names in English with a Devanagari form on the signboard.

use rand::rngs::StdRng;

use super::{City, Country, NO_SUFFIX, PhonePlan, after, fill_house_numbers};
use crate::dates::nepali_fiscal_year;
use crate::lexicon::{Script, Word, w};

pub const NEPAL: Country = Country {
    code: "NP",
    authority: "Department of Foreign Employment",
    share: 120,
    script: Some(Script::Nepali),
    native_alias_percent: 60,
    shared_percent: 25,
    word_counts: [25, 60, 15],
    words: WORDS,
    business: BUSINESS,
    suffixes: &[(after("Pvt. Ltd.", "प्रा. लि."), 92), (NO_SUFFIX, 8)],
    cities: CITIES,
    phones: PhonePlan {
        calling_code: "977",
        mobile_prefixes: &["984", "985", "986", "980", "981", "982"],
        alert_prefixes: &["974", "976", "961", "988"],
        mobile_len: 10,
        mobile_trunk: false,
        mobile_groups: &[3, 7],
        separator: '-',
        landline_brackets: false,
    },
    serial_floor: 1600,
    licence,
    address: fill_house_numbers,
};

fn licence(_: &mut StdRng, serial: u32, _: &City, issued: u32) -> String {
    let year = nepali_fiscal_year(issued) % 1000;
    format!("{serial}/{year:03}/{:02}", (year + 1) % 100)
}

#[rustfmt::skip]
const WORDS: &[Word] = &[
    w("Everest", "एभरेस्ट", &["Ebharest", "Evrest"]),
    w("Himalayan", "हिमालयन", &["Himaalayan", "Himalyan"]),
    w("Nepal", "नेपाल", &["Nepaal"]),
    w("Sagarmatha", "सगरमाथा", &["Sagarmaatha", "Sagarmata"]),
    w("Himalaya", "हिमालय", &["Himaalaya", "Himalay"]),
    w("Shree", "श्री", &["Shri", "Shre"]),
    w("Annapurna", "अन्नपूर्ण", &["Annapoorna", "Anapurna"]),
    w("Lumbini", "लुम्बिनी", &["Lumbinee", "Lumbni"]),
    w("Pashupati", "पशुपति", &["Pasupati", "Pashupathi"]),
    w("Gorkha", "गोरखा", &["Gorakha", "Gorkhaa"]),
    w("Kathmandu", "काठमाडौं", &["Kathmandoo", "Kathamandu"]),
    w("Pokhara", "पोखरा", &["Pokhra", "Pokharaa"]),
    w("Janakpur", "जनकपुर", &["Janakpoor", "Janakapur"]),
    w("Kanchanjunga", "कञ्चनजङ्घा", &["Kanchenjunga", "Kanchanjangha"]),
    w("Makalu", "मकालु", &["Makaalu"]),
    w("Dhaulagiri", "धौलागिरी", &["Dhawalagiri", "Daulagiri"]),
    w("Machhapuchhre", "माछापुच्छ्रे", &["Machapuchare", "Machhapuchre"]),
    w("Manaslu", "मनास्लु", &["Manasalu"]),
    w("Gaurishankar", "गौरीशंकर", &["Gaurisankar", "Gorishankar"]),
    w("Bagmati", "बागमती", &["Baagmati", "Bagmatee"]),
    w("Gandaki", "गण्डकी", &["Gandakee"]),
    w("Koshi", "कोशी", &["Kosi", "Koshee"]),
    w("Karnali", "कर्णाली", &["Karnaali", "Karnalee"]),
    w("Narayani", "नारायणी", &["Naraayani", "Narayanee"]),
    w("Mahakali", "महाकाली", &["Mahaakaali", "Mahakaali"]),
    w("Trishuli", "त्रिशूली", &["Trisuli", "Trishooli"]),
    w("Lalitpur", "ललितपुर", &["Lalitpoor"]),
    w("Bhaktapur", "भक्तपुर", &["Bhaktapoor", "Bhaktpur"]),
    w("Chitwan", "चितवन", &["Chitawan", "Chitvan"]),
    w("Biratnagar", "विराटनगर", &["Viratnagar", "Biraatnagar"]),
    w("Butwal", "बुटवल", &["Butawal"]),
    w("Dhangadhi", "धनगढी", &["Dhangadi", "Dhangadhee"]),
    w("Ganesh", "गणेश", &["Ganes", "Ganesha"]),
    w("Shiva", "शिव", &["Shiv", "Siva"]),
    w("Laxmi", "लक्ष्मी", &["Laxmee", "Lachhmi"]),
    w("Saraswati", "सरस्वती", &["Saraswoti", "Sarswati"]),
    w("Durga", "दुर्गा", &["Durgaa"]),
    w("Bhagawati", "भगवती", &["Bhagwati", "Bhagavati"]),
    w("Manakamana", "मनकामना", &["Mankamana", "Manakaamana"]),
    w("Buddha", "बुद्ध", &["Budha", "Buddh"]),
    w("Siddhartha", "सिद्धार्थ", &["Sidhartha", "Siddharth"]),
    w("Sagar", "सागर", &["Saagar"]),
    w("Surya", "सूर्य", &["Soorya", "Suriya"]),
    w("Chandra", "चन्द्र", &["Chandr", "Chandraa"]),
    w("Tara", "तारा", &["Taara"]),
    w("Kailash", "कैलाश", &["Kailas", "Kailaash"]),
    w("Shrestha", "श्रेष्ठ", &["Shresta", "Srestha"]),
    w("Thapa", "थापा", &["Thaapa"]),
    w("Gurung", "गुरुङ", &[]),
    w("Tamang", "तामाङ", &["Taamang"]),
    w("Magar", "मगर", &["Magaar"]),
    w("Karki", "कार्की", &["Karkee"]),
    w("Adhikari", "अधिकारी", &["Adhikaari", "Adhikary"]),
    w("Sherpa", "शेर्पा", &["Serpa", "Sherpaa"]),
    w("Samriddhi", "समृद्धि", &["Samridhi", "Samriddi"]),
    w("Unnati", "उन्नति", &["Unati", "Unnatee"]),
    w("Pragati", "प्रगति", &["Pragatee", "Pragathi"]),
    w("Sahara", "सहारा", &["Sahaara"]),
    w("Milan", "मिलन", &["Milaan"]),
    w("Sewa", "सेवा", &["Seva", "Sevaa"]),
    w("Rastriya", "राष्ट्रिय", &["Rashtriya", "Rastria"]),
];

#[rustfmt::skip]
const BUSINESS: &[(Word, u32)] = &[
    (w("Manpower", "म्यानपावर", &["Manpawar", "Maanpawar"]), 30),
    (w("Overseas", "ओभरसिज", &["Obharsij", "Oversij"]), 20),
    (w("International", "इन्टरनेसनल", &["Intarnesanal", "Internesanal"]), 14),
    (w("Human Resource", "ह्युमन रिसोर्स", &["Hyuman Risors", "Human Risorse"]), 9),
    (w("Overseas Manpower", "ओभरसिज म्यानपावर", &["Obharsij Manpawar"]), 8),
    (w("Manpower Services", "म्यानपावर सर्भिसेस", &["Manpawar Sarbhises", "Manpower Sarvises"]), 8),
    (w("Recruiting Agency", "रिक्रुटिङ एजेन्सी", &["Rikruting Ejensi", "Recruting Agensi"]), 6),
    (w("Travels & Tours", "ट्राभल्स एण्ड टुर्स", &["Trabhals and Turs"]), 5),
];

#[rustfmt::skip]
const CITIES: &[City] = &[
    City {
        name: "Kathmandu", weight: 72, area_code: "1", local_len: 7, first_digits: "45",
        localities: &[
            "New Baneshwor, Kathmandu", "Old Baneshwor, Kathmandu", "Samakhusi, Kathmandu",
            "Gaushala, Kathmandu", "Sinamangal, Kathmandu", "Bagbazar, Kathmandu",
            "Putalisadak, Kathmandu", "Maharajgunj, Kathmandu", "Gongabu, Kathmandu",
            "Chabahil, Kathmandu", "Battisputali, Kathmandu", "Tinkune, Kathmandu",
            "Kalopul, Kathmandu", "Dillibazar, Kathmandu", "Basundhara, Kathmandu",
        ],
        office: "", uses_script: true,
    },
    City {
        name: "Lalitpur", weight: 8, area_code: "1", local_len: 7, first_digits: "55",
        localities: &["Kupondole, Lalitpur", "Jawalakhel, Lalitpur", "Satdobato, Lalitpur"],
        office: "", uses_script: true,
    },
    City {
        name: "Pokhara", weight: 5, area_code: "61", local_len: 6, first_digits: "45",
        localities: &["Lakeside, Pokhara", "Chipledhunga, Pokhara", "Prithvi Chowk, Pokhara"],
        office: "", uses_script: true,
    },
    City {
        name: "Butwal", weight: 4, area_code: "71", local_len: 6, first_digits: "45",
        localities: &["Traffic Chowk, Butwal", "Milanchowk, Butwal"],
        office: "", uses_script: true,
    },
    City {
        name: "Biratnagar", weight: 4, area_code: "21", local_len: 6, first_digits: "45",
        localities: &["Main Road, Biratnagar", "Bargachhi, Biratnagar"],
        office: "", uses_script: true,
    },
    City {
        name: "Bharatpur", weight: 3, area_code: "56", local_len: 6, first_digits: "5",
        localities: &["Narayangadh, Bharatpur, Chitwan"],
        office: "", uses_script: true,
    },
    City {
        name: "Dhangadhi", weight: 2, area_code: "91", local_len: 6, first_digits: "5",
        localities: &["Chauraha, Dhangadhi"],
        office: "", uses_script: true,
    },
    City {
        name: "Janakpur", weight: 2, area_code: "41", local_len: 6, first_digits: "5",
        localities: &["Bhanu Chowk, Janakpur"],
        office: "", uses_script: true,
    },
];
