//! Myanmar: overseas employment agencies licensed by the Ministry of Labour, Immigration and
//! Population ("No.123/2019"); names are romanised Burmese words, the Burmese form written
//! without spaces inside the name, what the agency does translated rather than transliterated.

use rand::rngs::StdRng;

use super::{City, Country, PhonePlan, after, fill_house_numbers};
use crate::dates::ymd;
use crate::lexicon::{Script, Word, w};

pub const MYANMAR: Country = Country {
    code: "MM",
    authority: "Ministry of Labour, Immigration and Population",
    share: 50,
    script: Some(Script::Burmese),
    native_alias_percent: 60,
    shared_percent: 6,
    word_counts: [15, 60, 25],
    words: WORDS,
    business: BUSINESS,
    suffixes: &[(after("Co., Ltd.", "ကုမ္ပဏီ လီမိတက်"), 1)],
    cities: CITIES,
    phones: PhonePlan {
        calling_code: "95",
        mobile_prefixes: &["94", "97", "99"],
        alert_prefixes: &["96"],
        mobile_len: 10,
        mobile_trunk: true,
        mobile_groups: &[2, 3, 3, 3],
        separator: ' ',
        landline_brackets: false,
    },
    serial_floor: 600,
    licence,
    address: fill_house_numbers,
};

fn licence(_: &mut StdRng, serial: u32, _: &City, issued: u32) -> String {
    let (year, _, _) = ymd(issued);
    format!("No.{serial}/{year}")
}

#[rustfmt::skip]
const WORDS: &[Word] = &[
    w("Shwe", "ရွှေ", &["Shway", "Shwey"]),
    w("Myanmar", "မြန်မာ", &["Myanma", "Mianmar"]),
    w("Yangon", "ရန်ကုန်", &["Yangoun", "Yangone"]),
    w("Aung", "အောင်", &["Aong"]),
    w("Mandalay", "မန္တလေး", &["Mandale", "Mandalei"]),
    w("Yadanar", "ရတနာ", &["Yadana", "Yatanar"]),
    w("Mingalar", "မင်္ဂလာ", &["Mingala", "Min Ga Lar"]),
    w("Thiri", "သီရိ", &["Thiree", "Thirri"]),
    w("Myat", "မြတ်", &["Myet"]),
    w("Bagan", "ပုဂံ", &["Pagan", "Bagaan"]),
    w("Ayeyarwady", "ဧရာဝတီ", &["Ayeyarwaddy", "Irrawaddy"]),
    w("Phyo", "ဖြိုး", &["Phyoe", "Pyo"]),
    w("Htet", "ထက်", &["Htett", "Htat"]),
    w("Hein", "ဟိန်း", &["Hain", "Heinn"]),
    w("Lin", "လင်း", &["Linn", "Lyn"]),
    w("Moe", "မိုး", &["Mo", "Moh"]),
    w("Zaw", "ဇော်", &["Zau", "Zaww"]),
    w("Thukha", "သုခ", &["Thuka", "Thukka"]),
    w("Pyae", "ပြည့်", &["Pye", "Pyay"]),
    w("Nay", "နေ", &["Ne", "Nei"]),
    w("Win", "ဝင်း", &["Winn", "Wynn"]),
    w("Kyaw", "ကျော်", &["Kyawe", "Chaw"]),
    w("Kaung", "ကောင်း", &["Kong", "Kaungg"]),
    w("Ngwe", "ငွေ", &["Ngway", "Nwe"]),
    w("Sein", "စိန်", &["Sain", "Seinn"]),
    w("Mya", "မြ", &["Myaa"]),
    w("Padauk", "ပိတောက်", &["Padaut", "Paduak"]),
    w("Thazin", "သဇင်", &["Thazinn", "Tha Zin"]),
    w("Pyi", "ပြည်", &["Pyee", "Pyie"]),
    w("Taung", "တောင်", &["Toung", "Taungg"]),
    w("Myint", "မြင့်", &["Myintt", "Mying"]),
    w("Thit", "သစ်", &["Thitt"]),
    w("Chindwin", "ချင်းတွင်း", &["Chindwinn", "Chintwin"]),
    w("Inle", "အင်းလေး", &["Inlay", "Inlei"]),
    w("Kabar", "ကမ္ဘာ", &["Kamba", "Gabar"]),
    w("Mawlamyine", "မော်လမြိုင်", &["Moulmein", "Mawlamyaing"]),
    w("Sagaing", "စစ်ကိုင်း", &["Sagain", "Zagaing"]),
    w("Thanlwin", "သံလွင်", &["Salween", "Thanlwinn"]),
];

#[rustfmt::skip]
const BUSINESS: &[(Word, u32)] = &[
    (w("Overseas Employment Agency", "ပြည်ပ အလုပ်အကိုင် အေဂျင်စီ", &[]), 40),
    (w("Employment Agency", "အလုပ်အကိုင် အေဂျင်စီ", &[]), 15),
    (w("International", "အင်တာနေရှင်နယ်", &["Intarnayshinnal"]), 15),
    (w("Employment Services", "အလုပ်အကိုင် ဝန်ဆောင်မှု", &[]), 10),
    (w("Overseas Employment Services", "ပြည်ပ အလုပ်အကိုင် ဝန်ဆောင်မှု", &[]), 10),
    (w("Group", "ဂရုပ်", &["Grup"]), 10),
];

#[rustfmt::skip]
const CITIES: &[City] = &[
    City {
        name: "Yangon", weight: 80, area_code: "1", local_len: 7, first_digits: "235",
        localities: &[
            "No. #, Bogyoke Aung San Road, Pabedan Township, Yangon",
            "No. #, Anawrahta Road, Lanmadaw Township, Yangon",
            "No. #, Pyay Road, Kamayut Township, Yangon",
            "No. #, Thein Phyu Road, Botahtaung Township, Yangon",
            "No. #, Insein Road, Hlaing Township, Yangon",
            "No. #, Baho Road, Sanchaung Township, Yangon",
        ],
        office: "", uses_script: true,
    },
    City {
        name: "Mandalay", weight: 15, area_code: "2", local_len: 6, first_digits: "36",
        localities: &[
            "No. #, 78th Street, Chanayethazan Township, Mandalay",
            "No. #, 35th Street, Chanayethazan Township, Mandalay",
        ],
        office: "", uses_script: true,
    },
    City {
        name: "Mawlamyine", weight: 5, area_code: "57", local_len: 5, first_digits: "2",
        localities: &["No. #, Strand Road, Mawlamyine"],
        office: "", uses_script: true,
    },
];
