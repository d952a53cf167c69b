//! Bytes on the wire: Mitra's envelopes for realistic help requests, reports and reviews in five
//! languages, against the same content as plain JSON + gzip (no encryption at all) and as an ODK
//! Collect encrypted submission (real RSA-2048 / AES-256 crypto, per the ODK encryption spec).
//!
//! Records are generated here, deterministic for the seed (the store group saves the same kind of
//! reports). Sizes still vary a little between runs: age adds a random-length "grease" stanza and
//! the ODK key wrap is randomised; every metric is a median over many records.

use std::collections::HashMap;
use std::io::Write;

use aes::cipher::{AsyncStreamCipher, KeyIvInit};
use base64::Engine;
use base64::engine::general_purpose::STANDARD as B64;
use md5::{Digest, Md5};
use mitra_protocol::RecordId;
use mitra_protocol::ed25519_dalek::SigningKey;
use mitra_protocol::envelope::{self, Envelope};
use mitra_protocol::records::{
    self, About, Answer, Body, Consent, Contact, ContactMethod, FeePaid, HelpRequest, Indicator,
    IndicatorAnswer, JobTerms, Need, PaidTo, PartialDate, Position, Review, Role, Sector,
};
use rand::rngs::StdRng;
use rand::seq::SliceRandom;
use rand::{Rng, SeedableRng};
use rsa::{Oaep, RsaPrivateKey, RsaPublicKey};
use serde_json::{Map, Value, json};
use sha2::Sha256;

use crate::report::{self, Ctx, Report};

// ---------------------------------------------------------------------------------------------
// What people write, by language. Synthetic: no real person, agency or employer.

/// A place a person may name, with a rough position (1e-5 degree).
struct Area {
    country: &'static str,
    text: &'static str,
    lat_e5: i32,
    lon_e5: i32,
}

const fn area(country: &'static str, text: &'static str, lat_e5: i32, lon_e5: i32) -> Area {
    Area {
        country,
        text,
        lat_e5,
        lon_e5,
    }
}

/// One writing language: where its writers come from and work, and what they write.
///
/// Narrative sentences hold placeholders filled once per record, so a narrative is consistent:
/// `{fee}` (recruitment fee, in the sentence's own currency word), `{wage}` and `{paid}` (amount and
/// ISO code of the destination's currency), `{hours}`, `{n}` (people in a room), `{months}`.
struct Lang {
    tag: &'static str,
    /// The zero of the script's own digits, when people often type them.
    zero: Option<char>,
    /// Between notes and review phrases.
    sep: &'static str,
    origins: &'static [&'static str],
    /// The fee currency (ISO 4217) and its range in whole units.
    fee: (&'static str, u64, u64),
    /// Digit grouping for amounts: `None` plain, `Some(',')`, `Some('.')`.
    grouping: Option<char>,
    sectors: &'static [Sector],
    areas: &'static [Area],
    windows: &'static [&'static str],
    notes: &'static [&'static str],
    sentences: &'static [&'static str],
    jobs: &'static [&'static str],
    employers: &'static [&'static str],
    /// Recruiters named the way people know them, when not by the directory's name.
    agents: &'static [&'static str],
    good: &'static [&'static str],
    bad: &'static [&'static str],
}

const NEPALI: Lang = Lang {
    tag: "ne",
    zero: Some('\u{0966}'),
    sep: "। ",
    origins: &["NP"],
    fee: ("NPR", 80_000, 450_000),
    grouping: None,
    sectors: &[
        Sector::Construction,
        Sector::Hospitality,
        Sector::Manufacturing,
        Sector::Transport,
        Sector::DomesticWork,
        Sector::Agriculture,
    ],
    areas: &[
        area("QA", "दोहा, इन्डस्ट्रियल एरिया स्ट्रिट ३२", 2_517_000, 5_144_000),
        area("QA", "अल खोर, लेबर क्याम्प नजिक", 2_568_000, 5_150_000),
        area("MY", "जोहोर बहरु, बस स्टेसन नजिक", 149_000, 10_374_000),
        area("MY", "क्वालालम्पुर, कोताराया नजिक", 314_000, 10_169_000),
        area("SA", "रियाद, नयाँ औद्योगिक क्षेत्र", 2_459_000, 4_690_000),
        area("AE", "दुबई, सोनापुर लेबर क्याम्प", 2_526_000, 5_545_000),
        area("KW", "कुवेत, फरवानिया ब्लक ४", 2_928_000, 4_796_000),
    ],
    windows: &[
        "बेलुका ९ बजेपछि",
        "बिहान ६ बजे अघि",
        "शुक्रबार दिउँसो",
        "राति १० बजेपछि मात्र",
        "जुनसुकै बेला, तर SMS मात्र",
    ],
    notes: &[
        "मालिकले मेरो राहदानी लियो",
        "तीन महिनादेखि तलब पाएको छैन",
        "कोठामा थुनेर राखेको छ",
        "मेरो साथी बिरामी छ, अस्पताल लैजान दिँदैन",
        "एजेन्टले थप पैसा माग्दैछ",
        "फोन लुकाएर राखेको छु, फोन नगर्नुहोस्",
        "हामी ६ जना छौँ, सबैको राहदानी कम्पनीसँग छ",
    ],
    sentences: &[
        "मैले काठमाडौंको एजेन्टलाई {fee} रुपैयाँ तिरेँ।",
        "मलाई महिनाको {wage} तलब दिने भनिएको थियो, तर {paid} मात्र पाएँ।",
        "एयरपोर्टमै कम्पनीले मेरो राहदानी लियो र अहिलेसम्म फिर्ता दिएको छैन।",
        "हामी दिनको {hours} घण्टा, हप्ताको सातै दिन काम गर्छौँ।",
        "एउटै कोठामा {n} जना सुत्छौँ, पानी र बिजुली धेरैजसो हुँदैन।",
        "{months} महिनादेखि तलब पाएका छैनौँ।",
        "राहदानी माग्दा सुपरभाइजरले पहिले भिसाको खर्च तिर्नुपर्छ भन्यो।",
        "काम छोड्न खोज्दा प्रहरीमा उजुरी गर्छु भनेर धम्की दियो।",
        "सम्झौतामा लेखिएको काम र यहाँको काम फरक छ।",
        "बिरामी हुँदा पनि काममा जानुपर्छ, नत्र तलब काटिन्छ।",
        "क्याम्पबाट बाहिर जान अनुमति छैन।",
        "एजेन्टले भिडियो कलमा देखाएको कम्पनी यहाँ छैन।",
    ],
    jobs: &[
        "मिस्त्री",
        "हेल्पर",
        "ड्राइभर",
        "सेक्युरिटी गार्ड",
        "क्लिनर",
        "होटलमा वेटर",
    ],
    employers: &[
        "Al Noor Construction LLC",
        "Gulf Star Services",
        "अल रशिद ट्रेडिङ",
        "Syarikat Maju Jaya Sdn Bhd",
        "Al Habtoor Cleaning Co.",
    ],
    agents: &[
        "राम दाइ (सब-एजेन्ट)",
        "हिमालय ओभरसिज",
        "गाउँको एजेन्ट श्याम",
        "Everest Manpower, दरबारमार्ग",
    ],
    good: &[
        "राम्रो एजेन्सी, सबै कुरा सम्झौता अनुसार भयो",
        "रसिद दियो र तलब समयमै आउँछ",
    ],
    bad: &[
        "एजेन्टले रसिद दिएन",
        "काम फरक थियो र तलब आधा मात्र",
        "भिसा र टिकटको नाममा धेरै पैसा लियो",
        "कसैलाई पनि यो एजेन्सी सिफारिस गर्दिनँ",
    ],
};

const BURMESE: Lang = Lang {
    tag: "my",
    zero: Some('\u{1040}'),
    sep: "။ ",
    origins: &["MM"],
    fee: ("MMK", 500_000, 3_500_000),
    grouping: None,
    sectors: &[
        Sector::Fishing,
        Sector::Manufacturing,
        Sector::Agriculture,
        Sector::Construction,
        Sector::DomesticWork,
    ],
    areas: &[
        area("TH", "မဲဆောက်၊ စက်ရုံဇုန်", 1_671_000, 9_857_000),
        area("TH", "မဟာချိုင်၊ ငါးဈေးနား", 1_355_000, 10_027_000),
        area("TH", "ရနောင်း၊ ငါးဖမ်းဆိပ်ကမ်းနား", 996_000, 9_864_000),
        area("TH", "ဘန်ကောက်၊ ဆောက်လုပ်ရေး စခန်း", 1_375_000, 10_050_000),
        area("MY", "ကွာလာလမ်ပူ၊ ပူဒူ", 314_000, 10_170_000),
        area("SG", "စင်ကာပူ၊ ဂျူရောင်", 133_000, 10_372_000),
    ],
    windows: &[
        "ညနေ ၇ နာရီနောက်",
        "မနက် ၆ နာရီမတိုင်ခင်",
        "တနင်္ဂနွေနေ့ နေ့လယ်",
        "ည ၉ နာရီနောက်ပဲ",
        "မက်ဆေ့ချ်ပဲ ပို့ပါ",
    ],
    notes: &[
        "အလုပ်ရှင်က ကျွန်မရဲ့ ပတ်စပို့ကို သိမ်းထားတယ်",
        "လခ သုံးလ မရသေးဘူး",
        "အခန်းထဲမှာ ပိတ်ထားတယ်",
        "ကလေးတွေလည်း ပါတယ်",
        "ပွဲစားက ပိုက်ဆံ ထပ်တောင်းနေတယ်",
        "ဖုန်းကို ဝှက်ထားရတယ်၊ ဖုန်းမဆက်ပါနဲ့",
    ],
    sentences: &[
        "ပွဲစားကို ကျပ် {fee} ပေးခဲ့ရတယ်။",
        "တစ်လ {wage} ရမယ်လို့ ပြောခဲ့ပေမယ့် {paid} ပဲ ရတယ်။",
        "ရောက်ရောက်ချင်း အလုပ်ရှင်က ပတ်စပို့နဲ့ အလုပ်ပါမစ်ကို သိမ်းထားတယ်။",
        "တစ်နေ့ {hours} နာရီ ရက်ပိတ်မရှိဘဲ အလုပ်လုပ်ရတယ်။",
        "အခန်းတစ်ခန်းထဲမှာ {n} ယောက် အိပ်ရတယ်။",
        "လခ {months} လ မရသေးဘူး။",
        "ပြန်ချင်ရင် အကြွေး အရင်ဆပ်ရမယ်လို့ ပြောတယ်။",
        "ရဲကို တိုင်မယ်ဆိုပြီး ခြိမ်းခြောက်တယ်။",
        "စာချုပ်ထဲက အလုပ်နဲ့ တကယ့်အလုပ် မတူဘူး။",
        "ဖျားနေရင်တောင် အလုပ်ဆင်းရတယ်၊ မဆင်းရင် လခဖြတ်တယ်။",
        "ကမ်းပေါ်ကို တစ်ခါမှ မတက်ရဘူး၊ လှေပေါ်မှာပဲ နေရတယ်။",
        "ပွဲစားက ဗီဒီယိုထဲမှာ ပြတဲ့ ကုမ္ပဏီက တကယ်မရှိဘူး။",
    ],
    jobs: &[
        "စက်ရုံအလုပ်သမား",
        "ငါးဖမ်းသမား",
        "အိမ်အကူ",
        "ဆောက်လုပ်ရေး အလုပ်သမား",
        "စိုက်ခင်းအလုပ်သမား",
    ],
    employers: &[
        "Siam Seafood Co., Ltd.",
        "Chaiyaporn Garment Factory",
        "Golden Harvest Plantation",
        "ကိုဝင်း ဆောက်လုပ်ရေး",
        "Mahachai Cold Storage",
    ],
    agents: &[
        "ဦးအောင် (ပွဲစား)",
        "ရွှေမြန်မာ အေဂျင်စီ",
        "မြဝတီက ပွဲစား ကိုမင်း",
        "Golden Myanmar Overseas",
    ],
    good: &[
        "ကောင်းတဲ့ အေဂျင်စီ၊ စာချုပ်အတိုင်း ဖြစ်တယ်",
        "ပြေစာ ပေးတယ်၊ လခ အချိန်မှန် ရတယ်",
    ],
    bad: &[
        "ပွဲစားက ပြေစာ မပေးဘူး",
        "အလုပ်က မတူဘူး၊ လခ တစ်ဝက်ပဲ ရတယ်",
        "ဗီဇာခ အများကြီး ယူတယ်",
        "ဘယ်သူ့ကိုမှ မညွှန်းဘူး",
    ],
};

const ARABIC: Lang = Lang {
    tag: "ar",
    zero: Some('\u{0660}'),
    sep: "، ",
    origins: &["EG", "SD", "ET", "SY"],
    fee: ("USD", 400, 5_000),
    grouping: None,
    sectors: &[
        Sector::DomesticWork,
        Sector::Construction,
        Sector::Agriculture,
        Sector::Hospitality,
        Sector::Manufacturing,
    ],
    areas: &[
        area("SA", "الرياض، حي السلي", 2_466_000, 4_684_000),
        area("SA", "جدة، حي الصفا", 2_158_000, 3_920_000),
        area("JO", "عمّان، ماركا الشمالية", 3_198_000, 3_598_000),
        area("LB", "بيروت، برج حمود", 3_389_000, 3_554_000),
        area("AE", "دبي، القوز الصناعية ٣", 2_514_000, 5_524_000),
        area(
            "QA",
            "الدوحة، المنطقة الصناعية شارع ٣٢",
            2_517_000,
            5_144_000,
        ),
        area("KW", "الكويت، جليب الشيوخ", 2_926_000, 4_794_000),
    ],
    windows: &[
        "بعد الساعة ٩ مساءً",
        "قبل ٦ صباحاً",
        "يوم الجمعة بعد الظهر",
        "في أي وقت، رسائل فقط",
        "بعد منتصف الليل",
    ],
    notes: &[
        "صاحب العمل أخذ جواز سفري",
        "لم أستلم راتبي منذ ثلاثة أشهر",
        "يحبسونني في الغرفة",
        "صديقتي مريضة ولا يسمحون لها بالذهاب إلى المستشفى",
        "الوكيل يطلب مالاً إضافياً",
        "أخفي الهاتف، أرسلوا رسالة فقط",
    ],
    sentences: &[
        "دفعت للوكيل {fee} دولار قبل السفر.",
        "وعدوني براتب {wage} شهرياً لكنني أستلم {paid} فقط.",
        "أخذ الكفيل جواز سفري في المطار ولم يرجعه حتى الآن.",
        "نعمل {hours} ساعة في اليوم، سبعة أيام في الأسبوع.",
        "ننام {n} أشخاص في غرفة واحدة بدون تكييف.",
        "لم نستلم رواتبنا منذ {months} أشهر.",
        "عندما طلبت جوازي قال المشرف إن علي أن أدفع تكاليف التأشيرة أولاً.",
        "هددني بأنه سيبلغ الشرطة إذا تركت العمل.",
        "العمل هنا مختلف عن العمل المكتوب في العقد.",
        "لا يسمحون لنا بالخروج من السكن.",
        "الشركة التي عرضها الوكيل في مكالمة الفيديو غير موجودة.",
        "تعرضت للضرب من المشرف عندما اشتكيت.",
    ],
    jobs: &[
        "سائق",
        "عاملة منزلية",
        "عامل بناء",
        "حارس أمن",
        "عامل نظافة",
    ],
    employers: &[
        "مؤسسة النور للمقاولات",
        "شركة الخليج للخدمات",
        "Al Rashid Trading Est.",
        "مصنع الأمل للملابس",
        "منزل السيد أبو خالد",
    ],
    agents: &[
        "مكتب الأمل للاستقدام",
        "وكيل في الخرطوم اسمه عثمان",
        "مكتب النجمة لاستقدام العمالة",
        "Sheba Employment Agency",
    ],
    good: &[
        "مكتب جيد، كل شيء كان حسب العقد",
        "أعطوني إيصالاً والراتب يصل في موعده",
    ],
    bad: &[
        "الوكيل لم يعطني إيصالاً",
        "العمل مختلف والراتب نصف ما وعدوا به",
        "أخذوا مبلغاً كبيراً باسم التأشيرة والتذكرة",
        "لا أنصح أحداً بهذا المكتب",
    ],
};

const INDONESIAN: Lang = Lang {
    tag: "id",
    zero: None,
    sep: ". ",
    origins: &["ID"],
    fee: ("IDR", 5_000_000, 45_000_000),
    grouping: Some('.'),
    sectors: &[
        Sector::DomesticWork,
        Sector::Agriculture,
        Sector::CareWork,
        Sector::Manufacturing,
        Sector::Fishing,
    ],
    areas: &[
        area(
            "MY",
            "Johor Bahru, dekat terminal Larkin",
            150_000,
            10_374_000,
        ),
        area("MY", "Keningau, kebun sawit", 534_000, 11_616_000),
        area(
            "HK",
            "Causeway Bay, dekat Victoria Park",
            2_228_000,
            11_418_000,
        ),
        area("TW", "Taoyuan, dekat stasiun", 2_499_000, 12_131_000),
        area("SA", "Jeddah, distrik Al Safa", 2_158_000, 3_920_000),
        area("SG", "Ang Mo Kio, blok 512", 137_000, 10_385_000),
    ],
    windows: &[
        "setelah jam 9 malam",
        "sebelum jam 6 pagi",
        "hari Minggu siang",
        "kapan saja, tapi SMS saja",
        "jam istirahat, 12 sampai 1",
    ],
    notes: &[
        "Majikan menahan paspor saya",
        "Gaji belum dibayar tiga bulan",
        "Saya dikunci di kamar",
        "Teman saya sakit dan tidak boleh ke rumah sakit",
        "Agen minta uang tambahan",
        "HP saya sembunyikan, tolong SMS saja",
    ],
    sentences: &[
        "Saya bayar Rp {fee} ke sponsor di kampung sebelum berangkat.",
        "Dijanjikan gaji {wage} per bulan, tapi hanya dapat {paid}.",
        "Paspor saya ditahan majikan sejak hari pertama.",
        "Saya kerja {hours} jam sehari, tidak ada hari libur.",
        "Kami tidur {n} orang dalam satu kamar.",
        "Sudah {months} bulan gaji tidak dibayar.",
        "Kalau mau pulang, harus bayar utang ke agen dulu.",
        "Majikan mengancam lapor polisi kalau saya kabur.",
        "Pekerjaan di sini berbeda dengan yang tertulis di kontrak.",
        "HP saya diambil, hanya boleh pakai seminggu sekali.",
        "Gaji dipotong untuk biaya agen selama {months} bulan.",
        "Perusahaan yang ditunjukkan agen lewat video call ternyata tidak ada.",
    ],
    jobs: &[
        "pembantu rumah tangga",
        "pekerja kebun sawit",
        "perawat lansia",
        "operator pabrik",
        "ABK kapal ikan",
    ],
    employers: &[
        "Mdm. Chan household",
        "Ladang Sawit Keningau Sdn Bhd",
        "PT Maju Bersama",
        "Formosa Electronics",
        "Keluarga Al Harbi",
    ],
    agents: &[
        "Sponsor Pak Darto",
        "PT Bina Karya Mandiri",
        "calo di Cilacap",
        "LPK Sinar Harapan",
    ],
    good: &[
        "Agen bagus, semua sesuai kontrak",
        "Ada kuitansi dan gaji tepat waktu",
    ],
    bad: &[
        "Agen tidak kasih kuitansi",
        "Pekerjaan beda dan gaji cuma setengah",
        "Potongan gaji sembilan bulan untuk biaya agen",
        "Jangan pakai agen ini",
    ],
};

const ENGLISH: Lang = Lang {
    tag: "en",
    zero: None,
    sep: ". ",
    origins: &["PH", "BD", "LK", "IN", "KE", "ET", "NP"],
    fee: ("USD", 500, 6_000),
    grouping: Some(','),
    sectors: &[
        Sector::Construction,
        Sector::DomesticWork,
        Sector::Manufacturing,
        Sector::Hospitality,
        Sector::Fishing,
        Sector::CareWork,
        Sector::Agriculture,
    ],
    areas: &[
        area(
            "QA",
            "Doha, Industrial Area Street 32",
            2_517_000,
            5_144_000,
        ),
        area(
            "MY",
            "Penang, Bayan Lepas free trade zone",
            530_000,
            10_027_000,
        ),
        area("SA", "Dammam, second industrial city", 2_642_000, 5_009_000),
        area("AE", "Abu Dhabi, Mussafah M-40", 2_435_000, 5_450_000),
        area(
            "JO",
            "Irbid, Al Hassan Industrial Estate",
            3_250_000,
            3_586_000,
        ),
        area(
            "TH",
            "Samut Sakhon, near Mahachai pier",
            1_355_000,
            10_027_000,
        ),
        area("HK", "Tsuen Wan, near the MTR", 2_237_000, 11_411_000),
    ],
    windows: &[
        "after 9 pm",
        "before 6 am",
        "Friday afternoon",
        "text only, any time",
        "lunch break 12 to 1",
    ],
    notes: &[
        "My employer took my passport",
        "No salary for three months",
        "They lock us in the room at night",
        "My friend is sick and they will not take her to a clinic",
        "The agent is asking for more money",
        "I hide my phone, please only send SMS",
    ],
    sentences: &[
        "He paid USD {fee} to the agent before leaving.",
        "He was promised {wage} a month but is paid {paid}.",
        "The company took his passport at the airport and has not returned it.",
        "They work {hours} hours a day, seven days a week.",
        "{n} workers sleep in one room.",
        "No wages have been paid for {months} months.",
        "When he asked for his passport the supervisor said he must first pay back the visa cost.",
        "The supervisor threatened to report him to the police if he leaves.",
        "The job is not the one written in the contract.",
        "They are not allowed to leave the camp.",
        "The agent showed a video of a company that does not exist.",
        "She was beaten when she complained.",
    ],
    jobs: &[
        "driver",
        "mason",
        "domestic worker",
        "security guard",
        "factory operator",
        "cleaner",
    ],
    employers: &[
        "Al Noor Construction LLC",
        "Gulf Star Services",
        "Pearl Facilities Management",
        "Sunrise Garments Ltd.",
        "Mr. and Mrs. Tan household",
    ],
    agents: &[
        "a sub-agent called Rahim",
        "Bright Future Manpower",
        "the village broker",
        "Global Link Recruitment",
    ],
    good: &[
        "Good agency, everything was as in the contract",
        "They gave a receipt and the salary comes on time",
    ],
    bad: &[
        "The agent gave no receipt",
        "The job was different and the pay was half",
        "They charged a lot for the visa and ticket",
        "I would not recommend this agency to anyone",
    ],
};

const LANGS: &[&Lang] = &[&NEPALI, &BURMESE, &ARABIC, &INDONESIAN, &ENGLISH];

/// Destination currency, monthly wage range, and a phone template (`X` is a random digit).
fn destination(country: &str) -> (&'static str, u32, u32, &'static str) {
    match country {
        "QA" => ("QAR", 900, 2_200, "+974 XXXX XXXX"),
        "SA" => ("SAR", 900, 2_200, "+966 5X XXX XXXX"),
        "AE" => ("AED", 1_000, 2_500, "+971 5X XXX XXXX"),
        "KW" => ("KWD", 90, 250, "+965 XXXX XXXX"),
        "MY" => ("MYR", 1_500, 2_600, "+60 1X-XXX XXXX"),
        "TH" => ("THB", 9_000, 15_000, "+66 8X XXX XXXX"),
        "SG" => ("SGD", 600, 1_800, "+65 XXXX XXXX"),
        "HK" => ("HKD", 4_990, 5_600, "+852 XXXX XXXX"),
        "TW" => ("TWD", 20_000, 28_000, "+886 9XX XXX XXX"),
        "JO" => ("JOD", 200, 400, "+962 7X XXX XXXX"),
        _ => ("USD", 150, 400, "+961 XX XXX XXX"),
    }
}

// ---------------------------------------------------------------------------------------------
// The generator.

fn pick<'a, T>(rng: &mut StdRng, items: &'a [T]) -> &'a T {
    &items[rng.gen_range(0..items.len())]
}

fn weighted<T: Copy>(rng: &mut StdRng, items: &[(T, u32)]) -> T {
    let total: u32 = items.iter().map(|(_, w)| w).sum();
    let mut x = rng.gen_range(0..total);
    for (item, w) in items {
        if x < *w {
            return *item;
        }
        x -= w;
    }
    items[items.len() - 1].0
}

fn maybe<T>(rng: &mut StdRng, p: f64, f: impl FnOnce(&mut StdRng) -> T) -> Option<T> {
    if rng.gen_bool(p) { Some(f(rng)) } else { None }
}

/// Folds ASCII digits to the script's own.
fn native_digits(text: &str, zero: char) -> String {
    text.chars()
        .map(|c| match c.to_digit(10) {
            Some(d) if c.is_ascii_digit() => char::from_u32(zero as u32 + d).unwrap_or(c),
            _ => c,
        })
        .collect()
}

fn grouped(amount: u64, sep: Option<char>) -> String {
    let digits = amount.to_string();
    let Some(sep) = sep else { return digits };
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(sep);
        }
        out.push(c);
    }
    out
}

fn phone(rng: &mut StdRng, template: &str) -> String {
    template
        .chars()
        .map(|c| {
            if c == 'X' {
                char::from(b'0' + rng.gen_range(0..10u8))
            } else {
                c
            }
        })
        .collect()
}

fn round_to(value: u64, step: u64) -> u64 {
    (value / step).max(1) * step
}

/// Agencies of the synthetic directory by licensing country: (licence, name, native alias).
type Agencies = HashMap<String, Vec<(String, String, Option<String>)>>;

/// Realistic records, deterministic for a seed; languages take turns.
pub(crate) struct Generator {
    rng: StdRng,
    agencies: Agencies,
    next: usize,
}

impl Generator {
    pub(crate) fn new(seed: u64) -> Self {
        let mut agencies: Agencies = HashMap::new();
        for e in mitra_testdata::directory(seed, 2_000) {
            agencies.entry(e.country).or_default().push((
                e.licence_number,
                e.name,
                e.aliases.into_iter().next(),
            ));
        }
        Generator {
            rng: StdRng::seed_from_u64(seed),
            agencies,
            next: 0,
        }
    }

    fn lang(&mut self) -> &'static Lang {
        let lang = LANGS[self.next % LANGS.len()];
        self.next += 1;
        lang
    }

    fn numbers(&mut self, lang: &Lang, dest: &str) -> Vec<(&'static str, String)> {
        let rng = &mut self.rng;
        let (fee_cur, lo, hi) = lang.fee;
        let step = if fee_cur == "USD" { 100 } else { 1_000 };
        let fee = round_to(rng.gen_range(lo..=hi), step);
        let (cur, wlo, whi, _) = destination(dest);
        let wage = round_to(u64::from(rng.gen_range(wlo..=whi)), 10);
        let paid = round_to(wage * rng.gen_range(30..80) / 100, 10);
        let native = lang.zero.filter(|_| rng.gen_bool(0.5));
        let fmt = |s: String| native.map_or_else(|| s.clone(), |z| native_digits(&s, z));
        vec![
            ("{fee}", fmt(grouped(fee, lang.grouping))),
            (
                "{wage}",
                fmt(format!("{} {cur}", grouped(wage, lang.grouping))),
            ),
            (
                "{paid}",
                fmt(format!("{} {cur}", grouped(paid, lang.grouping))),
            ),
            ("{hours}", fmt(rng.gen_range(11..=16).to_string())),
            ("{n}", fmt(rng.gen_range(6..=16).to_string())),
            ("{months}", fmt(rng.gen_range(2..=7).to_string())),
        ]
    }

    fn agency(&mut self, origin: &str) -> Option<(String, String, Option<String>)> {
        let list = self.agencies.get(origin)?;
        list.choose(&mut self.rng).cloned()
    }

    pub(crate) fn help_request(&mut self) -> HelpRequest {
        let lang = self.lang();
        let rng = &mut self.rng;
        let place = pick(rng, lang.areas);
        let count = weighted(rng, &[(1usize, 50), (2, 35), (3, 15)]);
        let mut needs = Vec::new();
        while needs.len() < count {
            let need = weighted(
                rng,
                &[
                    (Need::LeaveNow, 3),
                    (Need::Medical, 2),
                    (Need::Shelter, 2),
                    (Need::Police, 1),
                    (Need::Legal, 1),
                    (Need::UnpaidWages, 3),
                    (Need::DocumentsTaken, 3),
                    (Need::OtherInDanger, 1),
                    (Need::Other, 1),
                ],
            );
            if !needs.contains(&need) {
                needs.push(need);
            }
        }
        needs.sort();
        let people = weighted(rng, &[(1u16, 70), (2, 12), (3, 8), (5, 5), (12, 5)]);
        let method = weighted(
            rng,
            &[
                (ContactMethod::Sms, 35),
                (ContactMethod::WhatsApp, 35),
                (ContactMethod::Call, 20),
                (ContactMethod::None, 10),
            ],
        );
        let template = destination(place.country).3;
        let number = (method != ContactMethod::None).then(|| phone(rng, template));
        let note = maybe(rng, 0.75, |rng| {
            let n = weighted(rng, &[(1usize, 70), (2, 30)]);
            let notes: Vec<&str> = lang.notes.choose_multiple(rng, n).copied().collect();
            notes.join(lang.sep)
        });
        HelpRequest {
            needs,
            people,
            minors: rng.gen_bool(0.1),
            country: rng.gen_bool(0.9).then(|| place.country.to_owned()),
            area: rng.gen_bool(0.85).then(|| place.text.to_owned()),
            position: maybe(rng, 0.25, |rng| Position {
                lat_e5: place.lat_e5 + rng.gen_range(-5_000..=5_000),
                lon_e5: place.lon_e5 + rng.gen_range(-5_000..=5_000),
            }),
            contact: Contact { method, number },
            contact_window: maybe(rng, 0.6, |rng| (*pick(rng, lang.windows)).to_owned()),
            language: lang.tag.to_owned(),
            note,
        }
    }

    pub(crate) fn report(&mut self) -> records::Report {
        let lang = self.lang();
        let place = pick(&mut self.rng, lang.areas);
        let origin = *pick(&mut self.rng, lang.origins);
        let numbers = self.numbers(lang, place.country);
        let agency = if self.rng.gen_bool(0.6) {
            self.agency(origin)
        } else {
            None
        };
        let rng = &mut self.rng;
        let about = if rng.gen_bool(0.45) {
            About::Myself
        } else {
            About::SomeoneElse
        };
        let intake = about == About::SomeoneElse;
        let role = if intake {
            maybe(rng, 0.85, |rng| {
                weighted(
                    rng,
                    &[
                        (Role::CaseWorker, 4),
                        (Role::OutreachWorker, 4),
                        (Role::Lawyer, 1),
                        (Role::HealthWorker, 1),
                        (Role::ShelterStaff, 2),
                        (Role::Volunteer, 2),
                    ],
                )
            })
        } else {
            None
        };
        let transit = if rng.gen_bool(0.15) {
            let t = *pick(rng, &["IN", "TH", "MY", "AE", "OM"]);
            if t != origin && t != place.country {
                vec![t.to_owned()]
            } else {
                vec![]
            }
        } else {
            vec![]
        };
        let recruiter = if let Some((_, name, alias)) = agency {
            Some(match alias {
                Some(a) if rng.gen_bool(0.3) => a,
                _ => name,
            })
        } else {
            maybe(rng, 0.8, |rng| (*pick(rng, lang.agents)).to_owned())
        };
        let date = |rng: &mut StdRng, year: u16| {
            let month = maybe(rng, 0.8, |rng| rng.gen_range(1..=12u8));
            PartialDate {
                year,
                month,
                day: month.and_then(|_| maybe(rng, 0.35, |rng| rng.gen_range(1..=28u8))),
            }
        };
        let recruited_year = rng.gen_range(2021..=2025u16);
        let recruited_on = maybe(rng, 0.85, |rng| date(rng, recruited_year));
        let work_started_on = maybe(rng, 0.75, |rng| {
            let y = recruited_year + rng.gen_range(0..=1u16);
            date(rng, y)
        });
        let work_ended_on = maybe(rng, 0.25, |rng| date(rng, 2026));
        let sentences = if intake {
            rng.gen_range(4..=10)
        } else {
            rng.gen_range(2..=6)
        };
        let narrative: Vec<String> = lang
            .sentences
            .choose_multiple(rng, sentences)
            .map(|s| {
                numbers
                    .iter()
                    .fold((*s).to_owned(), |acc, (k, v)| acc.replace(k, v))
            })
            .collect();
        let asked = if intake {
            rng.gen_range(8..=Indicator::ALL.len())
        } else {
            rng.gen_range(3..=12)
        };
        let mut indicators: Vec<Indicator> = Indicator::ALL
            .choose_multiple(rng, asked)
            .copied()
            .collect();
        indicators.sort();
        let answers = indicators
            .into_iter()
            .map(|indicator| IndicatorAnswer {
                indicator,
                answer: weighted(
                    rng,
                    &[(Answer::Yes, 50), (Answer::No, 30), (Answer::Unsure, 20)],
                ),
            })
            .collect();
        records::Report {
            about,
            interviewer_role: role,
            sector: maybe(rng, 0.9, |rng| *pick(rng, lang.sectors)),
            origin_country: rng.gen_bool(0.95).then(|| origin.to_owned()),
            transit_countries: transit,
            destination_country: rng.gen_bool(0.95).then(|| place.country.to_owned()),
            nationality: rng.gen_bool(0.9).then(|| origin.to_owned()),
            recruiter,
            employer: maybe(rng, 0.7, |rng| (*pick(rng, lang.employers)).to_owned()),
            recruited_on,
            work_started_on,
            work_ended_on,
            narrative: narrative.join(" "),
            answers,
            minors_involved: rng.gen_bool(0.08),
            // A finished report is queued for the hotline, which needs this consent.
            consent: Consent {
                hotline: true,
                ngo: rng.gen_bool(0.6),
                police: rng.gen_bool(0.15),
            },
            language: lang.tag.to_owned(),
        }
    }

    /// A review as the phone sends it: signed by a per-device key (`Review::sign`).
    pub(crate) fn review(&mut self) -> Review {
        let lang = self.lang();
        let origin = *pick(&mut self.rng, lang.origins);
        let agency = if self.rng.gen_bool(0.75) {
            self.agency(origin)
        } else {
            None
        };
        let rng = &mut self.rng;
        let place = pick(rng, lang.areas);
        let (licence, country, name) = match agency {
            Some((licence, _, _)) => (Some(licence), Some(origin.to_owned()), None),
            None => (
                None,
                rng.gen_bool(0.5).then(|| origin.to_owned()),
                Some((*pick(rng, lang.agents)).to_owned()),
            ),
        };
        let rating = weighted(rng, &[(1u8, 35), (2, 20), (3, 15), (4, 15), (5, 15)]);
        let happy = rating >= 4;
        let (fee_cur, lo, hi) = lang.fee;
        let fee_count = if happy {
            rng.gen_range(0..=1)
        } else {
            rng.gen_range(0..=2)
        };
        let fees = (0..fee_count)
            .map(|_| FeePaid {
                amount: round_to(rng.gen_range(lo..=hi), 100),
                currency: fee_cur.to_owned(),
                paid_to: weighted(
                    rng,
                    &[
                        (PaidTo::Recruiter, 6),
                        (PaidTo::SubAgent, 3),
                        (PaidTo::Employer, 1),
                        (PaidTo::Other, 1),
                    ],
                ),
                receipt_given: rng.gen_bool(if happy { 0.7 } else { 0.2 }),
            })
            .collect();
        let (cur, wlo, whi, _) = destination(place.country);
        let wage = rng.gen_range(wlo..=whi) / 10 * 10;
        let job = maybe(rng, 0.9, |rng| (*pick(rng, lang.jobs)).to_owned());
        let employer = maybe(rng, 0.4, |rng| (*pick(rng, lang.employers)).to_owned());
        let promised = JobTerms {
            job: job.clone(),
            monthly_wage: Some(wage),
            wage_currency: Some(cur.to_owned()),
            hours_per_week: maybe(rng, 0.7, |rng| *pick(rng, &[40u8, 48, 54, 60])),
            employer: employer.clone(),
        };
        let actual = if happy {
            JobTerms {
                hours_per_week: promised.hours_per_week.map(|h| h.saturating_add(6)),
                ..promised.clone()
            }
        } else {
            JobTerms {
                job: if rng.gen_bool(0.5) {
                    maybe(rng, 0.9, |rng| (*pick(rng, lang.jobs)).to_owned())
                } else {
                    job
                },
                monthly_wage: maybe(rng, 0.9, |rng| wage * rng.gen_range(40..90) / 100),
                wage_currency: Some(cur.to_owned()),
                hours_per_week: maybe(rng, 0.8, |rng| rng.gen_range(60..=98u8)),
                employer: if rng.gen_bool(0.5) {
                    maybe(rng, 0.6, |rng| (*pick(rng, lang.employers)).to_owned())
                } else {
                    employer
                },
            }
        };
        let text = maybe(rng, 0.7, |rng| {
            let pool = if happy { lang.good } else { lang.bad };
            let n = rng.gen_range(1..=2);
            let phrases: Vec<&str> = pool.choose_multiple(rng, n).copied().collect();
            phrases.join(lang.sep)
        });
        let mut review = Review {
            recruiter_licence: licence,
            recruiter_country: country,
            recruiter_name: name,
            rating,
            fees,
            promised,
            actual,
            passport_kept: maybe(rng, 0.8, |rng| rng.gen_bool(if happy { 0.1 } else { 0.6 })),
            text,
            language: lang.tag.to_owned(),
            year: Some(rng.gen_range(2021..=2026)),
            device_key: None,
            signature: None,
        };
        let device = SigningKey::from_bytes(&rng.r#gen::<[u8; 32]>());
        review.sign(&device);
        review
    }
}

/// `n` realistic finished reports (consent to the hotline given), validated.
pub(crate) fn reports(seed: u64, n: usize) -> Result<Vec<records::Report>, String> {
    let mut g = Generator::new(seed);
    (0..n)
        .map(|_| {
            let r = g.report();
            r.validate()
                .map_err(|e| format!("generated report refused: {e}"))?;
            Ok(r)
        })
        .collect()
}

// ---------------------------------------------------------------------------------------------
// The same field values as JSON and as an ODK XForm instance.

fn date_code(d: &PartialDate) -> String {
    match (d.month, d.day) {
        (Some(m), Some(day)) => format!("{:04}-{m:02}-{day:02}", d.year),
        (Some(m), None) => format!("{:04}-{m:02}", d.year),
        _ => format!("{:04}", d.year),
    }
}

fn consent_codes(c: &Consent) -> Vec<&'static str> {
    [(c.hotline, "hotline"), (c.ngo, "ngo"), (c.police, "police")]
        .into_iter()
        .filter_map(|(yes, code)| yes.then_some(code))
        .collect()
}

/// A JSON object of the fields that have a value (absent fields left out).
fn object(fields: Vec<(&str, Option<Value>)>) -> Value {
    let map: Map<String, Value> = fields
        .into_iter()
        .filter_map(|(k, v)| v.map(|v| (k.to_owned(), v)))
        .collect();
    Value::Object(map)
}

fn s(text: &Option<String>) -> Option<Value> {
    text.as_ref().map(|t| json!(t))
}

fn help_json(h: &HelpRequest) -> Value {
    object(vec![
        (
            "needs",
            Some(json!(h.needs.iter().map(|n| n.code()).collect::<Vec<_>>())),
        ),
        ("people", Some(json!(h.people))),
        ("minors", Some(json!(h.minors))),
        ("country", s(&h.country)),
        ("area", s(&h.area)),
        (
            "position",
            h.position.map(
                |p| json!({"lat": f64::from(p.lat_e5) / 1e5, "lon": f64::from(p.lon_e5) / 1e5}),
            ),
        ),
        (
            "contact",
            Some(object(vec![
                ("method", Some(json!(h.contact.method.code()))),
                ("number", s(&h.contact.number)),
            ])),
        ),
        ("contact_window", s(&h.contact_window)),
        ("language", Some(json!(h.language))),
        ("note", s(&h.note)),
    ])
}

fn report_json(r: &records::Report) -> Value {
    let answers: Map<String, Value> = r
        .answers
        .iter()
        .map(|a| (a.indicator.code().to_owned(), json!(a.answer.code())))
        .collect();
    object(vec![
        ("about", Some(json!(r.about.code()))),
        (
            "interviewer_role",
            r.interviewer_role.map(|x| json!(x.code())),
        ),
        ("sector", r.sector.map(|x| json!(x.code()))),
        ("origin_country", s(&r.origin_country)),
        (
            "transit_countries",
            (!r.transit_countries.is_empty()).then(|| json!(r.transit_countries)),
        ),
        ("destination_country", s(&r.destination_country)),
        ("nationality", s(&r.nationality)),
        ("recruiter", s(&r.recruiter)),
        ("employer", s(&r.employer)),
        (
            "recruited_on",
            r.recruited_on.as_ref().map(|d| json!(date_code(d))),
        ),
        (
            "work_started_on",
            r.work_started_on.as_ref().map(|d| json!(date_code(d))),
        ),
        (
            "work_ended_on",
            r.work_ended_on.as_ref().map(|d| json!(date_code(d))),
        ),
        ("narrative", Some(json!(r.narrative))),
        ("answers", Some(Value::Object(answers))),
        ("minors_involved", Some(json!(r.minors_involved))),
        ("consent", Some(json!(consent_codes(&r.consent)))),
        ("language", Some(json!(r.language))),
    ])
}

fn terms_json(t: &JobTerms) -> Value {
    object(vec![
        ("job", s(&t.job)),
        ("monthly_wage", t.monthly_wage.map(|w| json!(w))),
        ("wage_currency", s(&t.wage_currency)),
        ("hours_per_week", t.hours_per_week.map(|h| json!(h))),
        ("employer", s(&t.employer)),
    ])
}

fn review_json(r: &Review) -> Value {
    let fees: Vec<Value> = r
        .fees
        .iter()
        .map(|f| {
            json!({"amount": f.amount, "currency": f.currency, "paid_to": f.paid_to.code(),
                   "receipt_given": f.receipt_given})
        })
        .collect();
    object(vec![
        ("recruiter_licence", s(&r.recruiter_licence)),
        ("recruiter_country", s(&r.recruiter_country)),
        ("recruiter_name", s(&r.recruiter_name)),
        ("rating", Some(json!(r.rating))),
        ("fees", (!fees.is_empty()).then(|| json!(fees))),
        ("promised", Some(terms_json(&r.promised))),
        ("actual", Some(terms_json(&r.actual))),
        ("passport_kept", r.passport_kept.map(|p| json!(p))),
        ("text", s(&r.text)),
        ("language", Some(json!(r.language))),
        ("year", r.year.map(|y| json!(y))),
        ("device_key", r.device_key.map(|k| json!(B64.encode(k)))),
        ("signature", r.signature.map(|k| json!(B64.encode(k)))),
    ])
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// An XForm instance writes every question's element, empty when unanswered.
struct Xml(String);

impl Xml {
    fn el(&mut self, name: &str, value: Option<&str>) {
        match value {
            Some(v) => {
                self.0.push_str(&format!("<{name}>{}</{name}>", escape(v)));
            }
            None => self.0.push_str(&format!("<{name}/>")),
        }
    }

    fn yes_no(&mut self, name: &str, value: Option<bool>) {
        self.el(name, value.map(|b| if b { "yes" } else { "no" }));
    }

    fn num<T: ToString>(&mut self, name: &str, value: Option<T>) {
        self.el(name, value.map(|v| v.to_string()).as_deref());
    }

    fn finish(mut self, form_id: &str, instance_id: &str) -> String {
        self.0.push_str(&format!(
            "<meta><instanceID>{instance_id}</instanceID></meta></data>"
        ));
        format!(
            "<?xml version='1.0' ?><data xmlns:jr=\"http://openrosa.org/javarosa\" xmlns:orx=\"http://openrosa.org/xforms\" id=\"{form_id}\" version=\"{FORM_VERSION}\">{}",
            self.0
        )
    }
}

const FORM_VERSION: &str = "1";

fn help_xml(h: &HelpRequest, instance_id: &str) -> String {
    let mut x = Xml(String::new());
    let needs: Vec<&str> = h.needs.iter().map(|n| n.code()).collect();
    x.el("needs", Some(&needs.join(" ")));
    x.num("people", Some(h.people));
    x.yes_no("minors", Some(h.minors));
    x.el("country", h.country.as_deref());
    x.el("area", h.area.as_deref());
    // An ODK geopoint: "lat lon altitude accuracy".
    let point = h.position.map(|p| {
        format!(
            "{} {} 0 0",
            f64::from(p.lat_e5) / 1e5,
            f64::from(p.lon_e5) / 1e5
        )
    });
    x.el("position", point.as_deref());
    x.el("contact_method", Some(h.contact.method.code()));
    x.el("contact_number", h.contact.number.as_deref());
    x.el("contact_window", h.contact_window.as_deref());
    x.el("language", Some(&h.language));
    x.el("note", h.note.as_deref());
    x.finish("mitra_help", instance_id)
}

fn report_xml(r: &records::Report, instance_id: &str) -> String {
    let mut x = Xml(String::new());
    x.el("about", Some(r.about.code()));
    x.el("interviewer_role", r.interviewer_role.map(Role::code));
    x.el("sector", r.sector.map(Sector::code));
    x.el("origin_country", r.origin_country.as_deref());
    let transit = r.transit_countries.join(" ");
    x.el(
        "transit_countries",
        (!transit.is_empty()).then_some(transit.as_str()),
    );
    x.el("destination_country", r.destination_country.as_deref());
    x.el("nationality", r.nationality.as_deref());
    x.el("recruiter", r.recruiter.as_deref());
    x.el("employer", r.employer.as_deref());
    for (name, d) in [
        ("recruited_on", &r.recruited_on),
        ("work_started_on", &r.work_started_on),
        ("work_ended_on", &r.work_ended_on),
    ] {
        x.el(name, d.as_ref().map(date_code).as_deref());
    }
    x.el("narrative", Some(&r.narrative));
    x.0.push_str("<answers>");
    for i in Indicator::ALL {
        x.el(i.code(), r.answer(*i).map(Answer::code));
    }
    x.0.push_str("</answers>");
    x.yes_no("minors_involved", Some(r.minors_involved));
    x.el("consent", Some(&consent_codes(&r.consent).join(" ")));
    x.el("language", Some(&r.language));
    x.finish("mitra_report", instance_id)
}

fn terms_xml(x: &mut Xml, prefix: &str, t: &JobTerms) {
    x.el(&format!("{prefix}_job"), t.job.as_deref());
    x.num(&format!("{prefix}_wage"), t.monthly_wage);
    x.el(&format!("{prefix}_currency"), t.wage_currency.as_deref());
    x.num(&format!("{prefix}_hours"), t.hours_per_week);
    x.el(&format!("{prefix}_employer"), t.employer.as_deref());
}

fn review_xml(r: &Review, instance_id: &str) -> String {
    let mut x = Xml(String::new());
    x.el("recruiter_licence", r.recruiter_licence.as_deref());
    x.el("recruiter_country", r.recruiter_country.as_deref());
    x.el("recruiter_name", r.recruiter_name.as_deref());
    x.num("rating", Some(r.rating));
    // A repeat group: one <fee> per fee paid.
    for f in &r.fees {
        x.0.push_str("<fee>");
        x.num("fee_amount", Some(f.amount));
        x.el("fee_currency", Some(&f.currency));
        x.el("fee_paid_to", Some(f.paid_to.code()));
        x.yes_no("fee_receipt", Some(f.receipt_given));
        x.0.push_str("</fee>");
    }
    terms_xml(&mut x, "promised", &r.promised);
    terms_xml(&mut x, "actual", &r.actual);
    x.yes_no("passport_kept", r.passport_kept);
    x.el("text", r.text.as_deref());
    x.el("language", Some(&r.language));
    x.num("year", r.year);
    x.el("device_key", r.device_key.map(|k| B64.encode(k)).as_deref());
    x.el("signature", r.signature.map(|k| B64.encode(k)).as_deref());
    x.finish("mitra_review", instance_id)
}

// ---------------------------------------------------------------------------------------------
// ODK Collect's encrypted submission.

type Aes256CfbEnc = cfb_mode::Encryptor<aes::Aes256>;
type Aes256CfbDec = cfb_mode::Decryptor<aes::Aes256>;

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn uuid(rng: &mut StdRng) -> String {
    let mut b: [u8; 16] = rng.r#gen();
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    let h = hex(&b);
    format!(
        "uuid:{}-{}-{}-{}-{}",
        &h[..8],
        &h[8..12],
        &h[12..16],
        &h[16..20],
        &h[20..]
    )
}

/// The IV of the n-th encrypted file of a submission, as ODK Collect derives it
/// (`EncryptionUtils.EncryptedFormInformation` in Collect; `Seed` in Enketo's encryptor), to the
/// best of my knowledge of the spec: the seed is MD5(UTF-8 instanceID ‖ raw 32-byte AES key), all
/// 16 bytes; before each file one byte is incremented (wrapping), byte `n % 16` for the n-th file
/// (media attachments first, `submission.xml` last). The IV is never sent: the server derives it.
fn odk_iv(instance_id: &str, key: &[u8; 32], file_index: usize) -> [u8; 16] {
    let mut md5 = Md5::new();
    md5.update(instance_id.as_bytes());
    md5.update(key);
    let mut seed: [u8; 16] = md5.finalize().into();
    for i in 0..=file_index {
        seed[i % 16] = seed[i % 16].wrapping_add(1);
    }
    seed
}

struct Odk {
    public: RsaPublicKey,
    private: RsaPrivateKey,
}

struct OdkSubmission {
    /// The submission manifest (`xml_submission_file` part): what the server stores as the record.
    manifest: String,
    /// `submission.xml.enc`.
    file: Vec<u8>,
}

/// The form's RSA-OAEP: ODK Collect uses Java's `RSA/NONE/OAEPWithSHA256AndMGF1Padding`, which
/// (a Java quirk) takes SHA-256 for the OAEP hash but SHA-1 for MGF1; here both are SHA-256. The
/// ciphertext is 256 bytes for RSA-2048 either way, so the sizes are the same.
fn oaep() -> Oaep {
    Oaep::new::<Sha256>()
}

impl Odk {
    fn new(rng: &mut StdRng) -> Result<Self, String> {
        let private = RsaPrivateKey::new(rng, 2048).map_err(|e| format!("RSA key: {e}"))?;
        Ok(Odk {
            public: RsaPublicKey::from(&private),
            private,
        })
    }

    /// Encrypts one submission with no attachments, as Collect does when a form is finalised.
    fn encrypt(
        &self,
        rng: &mut StdRng,
        form_id: &str,
        instance_id: &str,
        xml: &str,
    ) -> Result<OdkSubmission, String> {
        let key: [u8; 32] = rng.r#gen();
        let wrapped = self
            .public
            .encrypt(rng, oaep(), &key)
            .map_err(|e| format!("RSA-OAEP: {e}"))?;
        let base64_key = B64.encode(wrapped);
        // AES/CFB/PKCS5Padding: PKCS#5 pads to whole 16-byte blocks even in CFB (1–16 bytes).
        let mut file = xml.as_bytes().to_vec();
        let pad = 16 - file.len() % 16;
        file.extend(std::iter::repeat_n(pad as u8, pad));
        Aes256CfbEnc::new(&key.into(), &odk_iv(instance_id, &key, 0).into()).encrypt(&mut file);
        // The element signature: form id, version, wrapped key, instance id and
        // `<file name without .enc>::<hex MD5 of the plaintext file>` for each file, each followed
        // by "\n"; the MD5 of that text, RSA-OAEP-encrypted with the form's key, base64.
        let elements = format!(
            "{form_id}\n{FORM_VERSION}\n{base64_key}\n{instance_id}\nsubmission.xml::{}\n",
            hex(&Md5::digest(xml.as_bytes()))
        );
        let signature = self
            .public
            .encrypt(rng, oaep(), &Md5::digest(elements.as_bytes()))
            .map_err(|e| format!("RSA-OAEP: {e}"))?;
        let manifest = format!(
            "<?xml version='1.0' encoding='UTF-8' standalone='yes' ?><data xmlns=\"http://opendatakit.org/submissions\" id=\"{form_id}\" version=\"{FORM_VERSION}\" encrypted=\"yes\"><base64EncryptedKey>{base64_key}</base64EncryptedKey><orx:meta xmlns:orx=\"http://openrosa.org/xforms\"><orx:instanceID>{instance_id}</orx:instanceID></orx:meta><encryptedXmlFile>submission.xml.enc</encryptedXmlFile><base64EncryptedElementSignature>{}</base64EncryptedElementSignature></data>",
            B64.encode(signature)
        );
        Ok(OdkSubmission { manifest, file })
    }

    /// Decrypts a submission as ODK Briefcase would: the crypto above is real, not a size model.
    fn check(&self, sub: &OdkSubmission, instance_id: &str, xml: &str) -> Result<(), String> {
        let between = |open: &str, close: &str| {
            let start = sub.manifest.find(open)? + open.len();
            let end = sub.manifest[start..].find(close)? + start;
            Some(sub.manifest[start..end].to_owned())
        };
        let wrapped = between("<base64EncryptedKey>", "</base64EncryptedKey>")
            .and_then(|k| B64.decode(k).ok())
            .ok_or("ODK manifest without a key")?;
        let key: [u8; 32] = self
            .private
            .decrypt(oaep(), &wrapped)
            .map_err(|e| format!("RSA-OAEP decrypt: {e}"))?
            .try_into()
            .map_err(|_| "ODK key is not 32 bytes")?;
        let mut plain = sub.file.clone();
        Aes256CfbDec::new(&key.into(), &odk_iv(instance_id, &key, 0).into()).decrypt(&mut plain);
        let pad = usize::from(plain.last().copied().unwrap_or(0));
        plain.truncate(plain.len().saturating_sub(pad));
        if plain != xml.as_bytes() {
            return Err("ODK submission does not decrypt to its XML".into());
        }
        Ok(())
    }
}

// ---------------------------------------------------------------------------------------------
// Measuring.

fn gzip_len(data: &[u8]) -> Result<usize, String> {
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    gz.write_all(data).map_err(|e| e.to_string())?;
    Ok(gz.finish().map_err(|e| e.to_string())?.len())
}

/// GSM-7 segments for a text of `chars` characters from the basic alphabet (base64 is).
fn sms_segments(chars: usize) -> usize {
    if chars <= 160 { 1 } else { chars.div_ceil(153) }
}

#[derive(Default)]
struct Sizes {
    cbor: usize,
    compressed: usize,
    envelope: usize,
    sms: usize,
    json: usize,
    json_gzip: usize,
    xml: usize,
    odk_manifest: usize,
    odk_file: usize,
}

impl Sizes {
    fn odk(&self) -> usize {
        self.odk_manifest + self.odk_file
    }
}

struct Bench {
    rng: StdRng,
    identity: mitra_protocol::age::x25519::Identity,
    recipient: String,
    odk: Odk,
    checked: bool,
}

impl Bench {
    fn measure(
        &mut self,
        body: Body,
        json: &Value,
        form_id: &str,
        xml: impl FnOnce(&str) -> String,
    ) -> Result<Sizes, String> {
        body.validate()
            .map_err(|e| format!("generated {form_id} refused: {e}"))?;
        let cbor = records::encode_body(&body);
        let id = RecordId::from_random(self.rng.r#gen());
        let sealed = envelope::seal(id, &cbor, &self.recipient)
            .map_err(|e| format!("seal: {e}"))?
            .to_bytes();
        let json = serde_json::to_vec(json).map_err(|e| e.to_string())?;
        let instance_id = uuid(&mut self.rng);
        let xml = xml(&instance_id);
        let odk = self
            .odk
            .encrypt(&mut self.rng, form_id, &instance_id, &xml)?;
        if !self.checked {
            let opened = envelope::open(
                &Envelope::parse(&sealed).map_err(|e| e.to_string())?,
                &self.identity,
            )
            .map_err(|e| format!("open: {e}"))?;
            if opened != cbor {
                return Err("an envelope does not open to its body".into());
            }
            self.odk.check(&odk, &instance_id, &xml)?;
            self.checked = true;
        }
        Ok(Sizes {
            cbor: cbor.len(),
            compressed: envelope::compress(&cbor).len(),
            envelope: sealed.len(),
            sms: sms_segments(B64.encode(&sealed).len()),
            json: json.len(),
            json_gzip: gzip_len(&json)?,
            xml: xml.len(),
            odk_manifest: odk.manifest.len(),
            odk_file: odk.file.len(),
        })
    }
}

fn median(rows: &[Sizes], f: impl Fn(&Sizes) -> usize) -> u64 {
    let mut v: Vec<f64> = rows.iter().map(|r| f(r) as f64).collect();
    report::median(&mut v) as u64
}

fn range(rows: &[Sizes], f: impl Fn(&Sizes) -> usize) -> String {
    let min = rows.iter().map(&f).min().unwrap_or(0);
    let max = rows.iter().map(&f).max().unwrap_or(0);
    format!("{min}–{max}")
}

/// Every column's median, for the notes (and docs/protocol.md's table).
fn summary(n: usize, rows: &[Sizes]) -> String {
    format!(
        "medians over {n}: CBOR {} B, compressed (codec byte + zstd/dict) {} B, envelope {} B \
         (range {}), JSON {} B, JSON+gzip {} B, ODK encrypted {} B (XML instance {} B)",
        median(rows, |r| r.cbor),
        median(rows, |r| r.compressed),
        median(rows, |r| r.envelope),
        range(rows, |r| r.envelope),
        median(rows, |r| r.json),
        median(rows, |r| r.json_gzip),
        median(rows, Sizes::odk),
        median(rows, |r| r.xml),
    )
}

pub fn measure(ctx: &Ctx, report: &mut Report) -> Result<(), String> {
    let n = if ctx.quick { 50 } else { 200 };
    let mut generator = Generator::new(ctx.seed);
    let mut rng = StdRng::seed_from_u64(ctx.seed ^ 0x7769_7265);
    // One RSA-2048 key per run, as one ODK form has one public key.
    let odk = Odk::new(&mut rng)?;
    let identity = mitra_protocol::age::x25519::Identity::generate();
    let recipient = identity.to_public().to_string();
    let mut bench = Bench {
        rng,
        identity,
        recipient,
        odk,
        checked: false,
    };

    let mut help = Vec::with_capacity(n);
    let mut reports = Vec::with_capacity(n);
    let mut reviews = Vec::with_capacity(n);
    for _ in 0..n {
        let h = generator.help_request();
        let json = help_json(&h);
        let sizes = bench.measure(Body::HelpRequest(h.clone()), &json, "mitra_help", |id| {
            help_xml(&h, id)
        })?;
        help.push(sizes);

        let r = generator.report();
        let json = report_json(&r);

        let sizes = bench.measure(Body::Report(r.clone()), &json, "mitra_report", |id| {
            report_xml(&r, id)
        })?;
        reports.push(sizes);

        let v = generator.review();
        if !v.signature_is_valid() {
            return Err("a generated review's signature does not verify".into());
        }
        let json = review_json(&v);
        let sizes = bench.measure(Body::Review(v.clone()), &json, "mitra_review", |id| {
            review_xml(&v, id)
        })?;
        reviews.push(sizes);
    }

    let langs: Vec<&str> = LANGS.iter().map(|l| l.tag).collect();
    let langs = langs.join("/");
    report.set("help_request_wire_bytes", median(&help, |r| r.envelope));
    report.note(
        "help_request_wire_bytes",
        format!(
            "Median bytes of envelope::seal(id, encode_body(..), hotline key).to_bytes() (29-byte \
             header + age: X25519 stanza, random-length grease stanza, nonce, tag, over codec \
             byte + zstd/dictionary CBOR) over {n} generated help requests, languages {langs} in \
             turn; {}. HTTP/multipart framing is excluded from every wire metric.",
            summary(n, &help)
        ),
    );
    let within = help.iter().filter(|r| r.sms <= 3).count();
    report.set("help_request_sms_segments", median(&help, |r| r.sms));
    report.note(
        "help_request_sms_segments",
        format!(
            "Median GSM-7 SMS segments for the help request's envelope as standard base64 text \
             (1 segment up to 160 characters, else ceil(chars/153) concatenated segments); design \
             budget ≤ 3. {within} of {n} fit in 3; range {} segments. A naive base64 carriage of \
             the current envelope: the SMS framing itself (issue 4) is not specified yet, and \
             age's header and grease stanza are most of the bytes.",
            range(&help, |r| r.sms)
        ),
    );
    report.set("report_wire_bytes", median(&reports, |r| r.envelope));
    report.note(
        "report_wire_bytes",
        format!(
            "As help_request_wire_bytes, over {n} generated reports (self-reports and field \
             intakes, 2-10 narrative sentences, 3-19 indicator answers); {}.",
            summary(n, &reports)
        ),
    );
    report.set("review_wire_bytes", median(&reviews, |r| r.envelope));
    report.note(
        "review_wire_bytes",
        format!(
            "As help_request_wire_bytes, over {n} generated recruiter reviews (directory licence \
             or a free-text name, 0-2 fees, promised and actual terms, each signed by its own \
             device key with Review::sign); {}.",
            summary(n, &reviews)
        ),
    );
    report.set("json_gzip_report_bytes", median(&reports, |r| r.json_gzip));
    report.note(
        "json_gzip_report_bytes",
        format!(
            "The same reports' field values as compact JSON (serde_json; absent fields left out, \
             enums as their codes, answers as an object), gzip level 9 (flate2, gzip header and \
             trailer included), NOT encrypted; median. Plain JSON median {} B.",
            median(&reports, |r| r.json)
        ),
    );
    report.set("odk_report_bytes", median(&reports, Sizes::odk));
    report.note(
        "odk_report_bytes",
        format!(
            "The same reports as ODK Collect encrypted submissions, real crypto: an XForm \
             instance (every question's element present, empty when unanswered, as Collect \
             writes it; median {} B) encrypted with a random AES-256 key in CFB/PKCS5Padding \
             (IV from MD5(instanceID + key), per the ODK spec as implemented here), the key \
             RSA-2048-OAEP-wrapped into the submission manifest with the element signature. \
             Median of manifest bytes + submission.xml.enc bytes (medians {} B + {} B); \
             multipart framing excluded. One RSA key per run.",
            median(&reports, |r| r.xml),
            median(&reports, |r| r.odk_manifest),
            median(&reports, |r| r.odk_file),
        ),
    );
    Ok(())
}
