//! Bangladesh: recruiting licences ("RL-1234") from the Bureau of Manpower, Employment and
//! Training; names in English with a Bengali form, rivers, cities and family names.

use rand::rngs::StdRng;

use super::{City, Country, NO_SUFFIX, PhonePlan, after, fill_house_numbers};
use crate::lexicon::{Script, Word, w};

pub const BANGLADESH: Country = Country {
    code: "BD",
    authority: "Bureau of Manpower, Employment and Training",
    share: 180,
    script: Some(Script::Bengali),
    native_alias_percent: 60,
    shared_percent: 25,
    word_counts: [30, 55, 15],
    words: WORDS,
    business: BUSINESS,
    suffixes: &[(NO_SUFFIX, 60), (after("Ltd.", "লিমিটেড"), 40)],
    cities: CITIES,
    phones: PhonePlan {
        calling_code: "880",
        mobile_prefixes: &["17", "18", "19", "16"],
        alert_prefixes: &["13", "14", "15"],
        mobile_len: 10,
        mobile_trunk: true,
        mobile_groups: &[5, 6],
        separator: '-',
        landline_brackets: false,
    },
    serial_floor: 3000,
    licence,
    address: fill_house_numbers,
};

fn licence(_: &mut StdRng, serial: u32, _: &City, _: u32) -> String {
    format!("RL-{serial:04}")
}

#[rustfmt::skip]
const WORDS: &[Word] = &[
    w("Bangla", "বাংলা", &["Banglaa", "Bangala"]),
    w("Al-Amin", "আল-আমিন", &["Al Aamin", "Alamin"]),
    w("Dhaka", "ঢাকা", &["Dacca", "Daka"]),
    w("Padma", "পদ্মা", &["Podda", "Padda"]),
    w("Bengal", "বেঙ্গল", &["Bengol", "Bangal"]),
    w("Meghna", "মেঘনা", &["Meghana", "Megna"]),
    w("Jamuna", "যমুনা", &["Jomuna", "Zamuna"]),
    w("Madina", "মদিনা", &["Medina", "Modina"]),
    w("Al-Madina", "আল-মদিনা", &["Al Modina", "Almadina"]),
    w("Makkah", "মক্কা", &["Makka", "Mecca"]),
    w("Karnaphuli", "কর্ণফুলী", &["Karnafuli", "Kornofuli"]),
    w("Teesta", "তিস্তা", &["Tista", "Testa"]),
    w("Surma", "সুরমা", &["Shurma", "Surmaa"]),
    w("Sundarban", "সুন্দরবন", &["Shundorbon", "Sundarbon"]),
    w("Sylhet", "সিলেট", &["Silet", "Shylhet"]),
    w("Chattogram", "চট্টগ্রাম", &["Chottogram", "Chatgram"]),
    w("Comilla", "কুমিল্লা", &["Cumilla", "Kumilla"]),
    w("Noakhali", "নোয়াখালী", &["Noakhaly", "Noyakhali"]),
    w("Rajshahi", "রাজশাহী", &["Rajshahee", "Razshahi"]),
    w("Khulna", "খুলনা", &["Khulona"]),
    w("Barisal", "বরিশাল", &["Borishal", "Barishal"]),
    w("Sonar", "সোনার", &["Shonar", "Sonaar"]),
    w("Sonali", "সোনালী", &["Shonali", "Sonaly"]),
    w("Rupali", "রূপালী", &["Rupaly", "Rupalee"]),
    w("Shapla", "শাপলা", &["Shaplaa", "Sapla"]),
    w("Doel", "দোয়েল", &["Doyel", "Dowel"]),
    w("Barakat", "বরকত", &["Borkot", "Baraket"]),
    w("Rahman", "রহমান", &["Rohman", "Rahaman"]),
    w("Karim", "করিম", &["Korim", "Kareem"]),
    w("Hossain", "হোসেন", &["Hossen", "Hussain"]),
    w("Ahmed", "আহমেদ", &["Ahmad", "Ahamed"]),
    w("Islam", "ইসলাম", &["Eslam", "Islaam"]),
    w("Chowdhury", "চৌধুরী", &["Chowdhuri", "Choudhury"]),
    w("Nur", "নূর", &["Noor"]),
    w("Hilal", "হিলাল", &["Helal"]),
    w("Aman", "আমান", &["Amaan"]),
    w("Rupsha", "রূপসা", &["Rupsa", "Ruposha"]),
    w("Shahjalal", "শাহজালাল", &["Shahjalaal", "Sahjalal"]),
    w("Faruk", "ফারুক", &["Farook", "Farooq"]),
    w("Ibrahim", "ইব্রাহিম", &["Ibrahem", "Ebrahim"]),
    w("Rahmat", "রহমত", &["Rohmot", "Rahmot"]),
    w("Sabuj", "সবুজ", &["Sobuj"]),
    w("Shanti", "শান্তি", &["Santi", "Shanty"]),
    w("Bashundhara", "বসুন্ধরা", &["Boshundhora", "Basundhara"]),
    w("Mohammadi", "মোহাম্মদী", &["Muhammadi", "Mohammodi"]),
    w("Taqwa", "তাকওয়া", &["Takwa", "Taqua"]),
    w("Ekushey", "একুশে", &["Ekushe", "Ekushy"]),
    w("Bijoy", "বিজয়", &["Bijay", "Bejoy"]),
    w("Prottasha", "প্রত্যাশা", &["Prottyasha", "Prattasha"]),
    w("Swadesh", "স্বদেশ", &["Shodesh", "Sadesh"]),
    w("Gazi", "গাজী", &["Ghazi", "Gaji"]),
    w("Motijheel", "মতিঝিল", &["Motijhil", "Motijeel"]),
    w("Paltan", "পল্টন", &["Poltan", "Paltaan"]),
];

#[rustfmt::skip]
const BUSINESS: &[(Word, u32)] = &[
    (w("Overseas", "ওভারসিজ", &["Obhorsij", "Ovarseas"]), 30),
    (w("International", "ইন্টারন্যাশনাল", &["Intarnashonal", "Internashnal"]), 20),
    (w("Manpower", "ম্যানপাওয়ার", &["Manpawar", "Menpower"]), 10),
    (w("Recruiting Agency", "রিক্রুটিং এজেন্সি", &["Rikruting Ejensi", "Recruting Agensi"]), 8),
    (w("Travels & Tours", "ট্রাভেলস এন্ড ট্যুরস", &["Travels and Turs", "Trabhels and Tours"]), 6),
    (w("Human Resources", "হিউম্যান রিসোর্সেস", &["Hiuman Risorses"]), 5),
    (w("Overseas Services", "ওভারসিজ সার্ভিসেস", &["Ovarsij Sarvises"]), 7),
    (w("Trade International", "ট্রেড ইন্টারন্যাশনাল", &["Tred Intarnashonal"]), 5),
    (w("Enterprise", "এন্টারপ্রাইজ", &["Entarpraij", "Enterprize"]), 5),
    (w("Corporation", "কর্পোরেশন", &["Korporeshon", "Corporeshan"]), 4),
];

#[rustfmt::skip]
const CITIES: &[City] = &[
    City {
        name: "Dhaka", weight: 84, area_code: "2", local_len: 8, first_digits: "45",
        localities: &[
            "#/1 Naya Paltan, Dhaka-1000", "# Purana Paltan, Dhaka-1000", "# Kakrail, Dhaka-1000",
            "House #, Road 11, Banani, Dhaka-1213", "House #, Gulshan Avenue, Gulshan-1, Dhaka-1212",
            "# Mohakhali C/A, Dhaka-1212", "House #, Sector 7, Uttara, Dhaka-1230",
            "#/A Malibagh, Dhaka-1217", "# Bijoynagar, Dhaka-1000", "# Motijheel C/A, Dhaka-1000",
            "House #, Mirpur-10, Dhaka-1216", "# Kawran Bazar, Dhaka-1215",
        ],
        office: "", uses_script: true,
    },
    City {
        name: "Chattogram", weight: 10, area_code: "31", local_len: 6, first_digits: "267",
        localities: &["# Agrabad C/A, Chattogram-4100", "# CDA Avenue, Nasirabad, Chattogram-4000"],
        office: "", uses_script: true,
    },
    City {
        name: "Sylhet", weight: 6, area_code: "821", local_len: 6, first_digits: "27",
        localities: &["# Zindabazar, Sylhet-3100", "# Amberkhana, Sylhet-3100"],
        office: "", uses_script: true,
    },
];
