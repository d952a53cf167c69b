//! Ethiopia: private employment agencies licensed by the Ministry of Labour and Skills, licence
//! numbers dated in the Ethiopian calendar ("MoLS/123/2015"); names in Amharic words with the
//! Ethiopic form, what the agency does in the wording of the overseas employment law.

use rand::rngs::StdRng;

use super::{City, Country, NO_SUFFIX, PhonePlan, after, fill_house_numbers};
use crate::dates::ethiopian_year;
use crate::lexicon::{Script, Word, w};

pub const ETHIOPIA: Country = Country {
    code: "ET",
    authority: "Ministry of Labour and Skills",
    share: 50,
    script: Some(Script::Amharic),
    native_alias_percent: 60,
    shared_percent: 15,
    word_counts: [25, 60, 15],
    words: WORDS,
    business: BUSINESS,
    suffixes: &[(after("PLC", ""), 90), (NO_SUFFIX, 10)],
    cities: CITIES,
    phones: PhonePlan {
        calling_code: "251",
        mobile_prefixes: &["91", "92", "93", "94"],
        alert_prefixes: &["70", "71", "96"],
        mobile_len: 9,
        mobile_trunk: true,
        mobile_groups: &[4, 6],
        separator: ' ',
        landline_brackets: false,
    },
    serial_floor: 1500,
    licence,
    address: fill_house_numbers,
};

fn licence(_: &mut StdRng, serial: u32, _: &City, issued: u32) -> String {
    format!("MoLS/{serial}/{}", ethiopian_year(issued))
}

#[rustfmt::skip]
const WORDS: &[Word] = &[
    w("Addis", "አዲስ", &["Adis", "Addiss"]),
    w("Ethio", "ኢትዮ", &["Ityo", "Itio"]),
    w("Habesha", "ሀበሻ", &["Abesha", "Habasha"]),
    w("Selam", "ሰላም", &["Salam", "Selaam"]),
    w("Abay", "አባይ", &["Abbay", "Abai"]),
    w("Abyssinia", "አቢሲኒያ", &["Abisinia", "Abysinia"]),
    w("Tana", "ጣና", &["Tanaa"]),
    w("Lalibela", "ላሊበላ", &["Lalibala", "Lalibella"]),
    w("Axum", "አክሱም", &["Aksum", "Akisum"]),
    w("Gondar", "ጎንደር", &["Gonder", "Gondor"]),
    w("Harar", "ሐረር", &["Harer", "Hararr"]),
    w("Awash", "አዋሽ", &["Awaash", "Awesh"]),
    w("Semien", "ሰሜን", &["Simen", "Simien"]),
    w("Meskel", "መስቀል", &["Meskal", "Mesqel"]),
    w("Genet", "ገነት", &["Gennet", "Ganet"]),
    w("Tsehay", "ፀሐይ", &["Tsehai", "Sehay"]),
    w("Bereket", "በረከት", &["Baraket", "Berekat"]),
    w("Tesfa", "ተስፋ", &["Tasfa", "Tesfah"]),
    w("Fikir", "ፍቅር", &["Fiqir", "Fikr"]),
    w("Kidus", "ቅዱስ", &["Qidus", "Kedus"]),
    w("Hiwot", "ሕይወት", &["Hiwet", "Heywot"]),
    w("Menelik", "ምኒልክ", &["Minilik", "Menilek"]),
    w("Zemen", "ዘመን", &["Zeman", "Zemenn"]),
    w("Alem", "ዓለም", &["Aalem", "Alam"]),
    w("Dawit", "ዳዊት", &["Dawid", "Dawitt"]),
    w("Abebe", "አበበ", &["Abebbe", "Abeba"]),
    w("Nile", "ናይል", &["Nayl", "Naayl"]),
    w("Africa", "አፍሪካ", &["Afrika", "Afrikaa"]),
    w("Saba", "ሳባ", &["Sabaa", "Sheba"]),
    w("Lucy", "ሉሲ", &["Lusi", "Lucie"]),
    w("Negash", "ነጋሽ", &["Negaash", "Nagash"]),
    w("Yared", "ያሬድ", &["Yaared", "Yarred"]),
    w("Tewodros", "ቴዎድሮስ", &["Tewodiros", "Theodros"]),
    w("Entoto", "እንጦጦ", &["Intoto", "Entotto"]),
    w("Hawassa", "ሀዋሳ", &["Awassa", "Hawasa"]),
    w("Adama", "አዳማ", &["Adaama"]),
    w("Mulu", "ሙሉ", &["Muluu"]),
    w("Edget", "እድገት", &["Idget", "Edgat"]),
    w("Andinet", "አንድነት", &["Andenet", "Andnet"]),
    w("Birhan", "ብርሃን", &["Berhan", "Brhan"]),
    w("Wubet", "ውበት", &["Wubat", "Webet"]),
    w("Tsion", "ጽዮን", &["Zion", "Tsiyon"]),
];

#[rustfmt::skip]
const BUSINESS: &[(Word, u32)] = &[
    (w("Foreign Employment Agency", "የውጭ ሀገር ሥራ ስምሪት ኤጀንሲ", &[]), 35),
    (w("Employment Agency", "ሥራና ሠራተኛ አገናኝ ኤጀንሲ", &[]), 25),
    (w("Private Employment Agency", "የግል ሥራና ሠራተኛ አገናኝ ኤጀንሲ", &[]), 15),
    (w("International", "ኢንተርናሽናል", &["Intarnashinal"]), 15),
    (w("Trading", "ትሬዲንግ", &["Treding"]), 10),
];

#[rustfmt::skip]
const CITIES: &[City] = &[
    City {
        name: "Addis Ababa", weight: 84, area_code: "11", local_len: 7, first_digits: "5678",
        localities: &[
            "Bole Sub-City, Woreda 03, House No. #, Addis Ababa",
            "Kirkos Sub-City, Woreda 08, House No. #, Addis Ababa",
            "Arada Sub-City, Piassa, Addis Ababa",
            "Lideta Sub-City, Mexico Square, Addis Ababa",
            "Yeka Sub-City, Megenagna, Addis Ababa",
            "Nifas Silk-Lafto Sub-City, Woreda 02, Addis Ababa",
            "Kolfe Keranio Sub-City, Addis Ababa",
            "Bole Sub-City, Atlas Area, Addis Ababa",
        ],
        office: "", uses_script: true,
    },
    City {
        name: "Adama", weight: 5, area_code: "22", local_len: 7, first_digits: "1",
        localities: &["Kebele 04, House No. #, Adama"],
        office: "", uses_script: true,
    },
    City {
        name: "Hawassa", weight: 4, area_code: "46", local_len: 7, first_digits: "2",
        localities: &["Piassa, Hawassa"],
        office: "", uses_script: true,
    },
    City {
        name: "Bahir Dar", weight: 4, area_code: "58", local_len: 7, first_digits: "2",
        localities: &["Kebele 14, House No. #, Bahir Dar"],
        office: "", uses_script: true,
    },
    City {
        name: "Dire Dawa", weight: 3, area_code: "25", local_len: 7, first_digits: "1",
        localities: &["Kezira, Dire Dawa"],
        office: "", uses_script: true,
    },
];
