//! The job-offer check: a worker's answers about an offer (fee, passport, employer, contract,
//! wage, visa, the agency's licence) and, optionally, the offer's own text pasted in any language
//! Mitra ships, turned into red flags that each say why they matter and what to do next.
//!
//! Transparent rules, no model and no score: every flag comes from one answer, or from a phrase
//! on the lists below found in the offer text (shown as evidence), or from an alert of the hotline's
//! directory about a known fake offer. A clean result proves nothing, and the words shown with it
//! say so. The offer text is read once, bounded to [`MAX_TEXT_BYTES`], and never logged, stored or
//! put into an error.

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

use mitra_protocol::directory::{Alert, AlertKind, LicenceStatus};
use unicode_normalization::UnicodeNormalization;

use crate::i18n::render::list;
use crate::i18n::{Arg, Localizer};

/// Offer text beyond this many bytes is ignored: a real offer is far shorter.
pub const MAX_TEXT_BYTES: usize = 20 * 1024;
/// Compatibility forms can expand (one Arabic ligature becomes 18 letters); the folded text is cut
/// here so that matching stays fast on an old phone whatever was pasted.
const MAX_FOLDED_BYTES: usize = 4 * MAX_TEXT_BYTES;
/// Evidence shown per flag: enough to recognise the offer, short enough to read.
const MAX_EVIDENCE: usize = 5;
/// Phone alerts and numbers in the text are compared on at least this many final digits.
const PHONE_DIGITS: usize = 8;
/// E.164 allows 15 digits; leave room for an international prefix.
const MAX_PHONE_DIGITS: usize = 20;
/// A company or page name shorter than this would match ordinary words.
const MIN_NAME_CHARS: usize = 4;
/// How many first characters of an alert name are looked up before the text is searched for it.
const HEAD_CHARS: usize = 3;

macro_rules! coded {
    ($(#[$meta:meta])* $name:ident { $($(#[$vmeta:meta])* $variant:ident => $code:literal,)+ }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum $name {
            $($(#[$vmeta])* $variant,)+
        }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant,)+];

            /// The stable code used in Fluent ids, the CLI and JSON.
            pub fn code(self) -> &'static str {
                match self {
                    $($name::$variant => $code,)+
                }
            }

            pub fn from_code(code: &str) -> Option<Self> {
                match code {
                    $($code => Some($name::$variant),)+
                    _ => None,
                }
            }
        }
    };
}

coded!(
    /// The visa the offer comes with, as the worker understood it.
    Visa {
        Work => "work",
        Visit => "visit",
        Student => "student",
        /// The worker was not told, or does not know.
        Unknown => "unknown",
    }
);

coded!(
    /// The recruiting agency's standing, as the worker found it in Mitra's directory.
    RecruiterStanding {
        Licensed => "licensed",
        Suspended => "suspended",
        Revoked => "revoked",
        Blacklisted => "blacklisted",
        /// In the directory, but the licensing authority's status is not known.
        Unknown => "unknown",
        /// Searched for and not found.
        NotInDirectory => "not-in-directory",
    }
);

impl From<LicenceStatus> for RecruiterStanding {
    fn from(status: LicenceStatus) -> Self {
        match status {
            LicenceStatus::Licensed => RecruiterStanding::Licensed,
            LicenceStatus::Suspended => RecruiterStanding::Suspended,
            LicenceStatus::Revoked => RecruiterStanding::Revoked,
            LicenceStatus::Blacklisted => RecruiterStanding::Blacklisted,
            LicenceStatus::Unknown => RecruiterStanding::Unknown,
        }
    }
}

coded!(
    /// How much a flag matters. `High`: money, papers or freedom can be lost; do not go further
    /// before checking. `Medium`: common in fake or abusive offers; check first. `Low`: worth
    /// asking about.
    Severity {
        High => "high",
        Medium => "medium",
        Low => "low",
    }
);

impl Severity {
    /// 0 for the most severe, so that an ascending sort puts it first.
    fn rank(self) -> u8 {
        match self {
            Severity::High => 0,
            Severity::Medium => 1,
            Severity::Low => 2,
        }
    }
}

coded!(
    /// A red flag. Within one severity, flags are shown in this order.
    Flag {
        /// The text names a phone number, page or company of a directory alert.
        KnownFakeOffer => "known-fake-offer",
        /// The agency's licence is suspended, revoked or blacklisted.
        RecruiterNotLicensed => "recruiter-not-licensed",
        PassportHandover => "passport-handover",
        PayToPersonalAccount => "pay-to-personal-account",
        FeeDemanded => "fee-demanded",
        VisitVisa => "visit-visa",
        NoEmployer => "no-employer",
        ContractUnreadable => "contract-unreadable",
        WageTooGood => "wage-too-good",
        StudentVisa => "student-visa",
        RecruiterNotInDirectory => "recruiter-not-in-directory",
        UrgencyPressure => "urgency-pressure",
        NoInterview => "no-interview",
        DocumentsByPhoto => "documents-by-photo",
        ContactOnlyByChat => "contact-only-by-chat",
        /// The employer is met by video call, which AI can fake.
        AiVoiceOrVideo => "ai-voice-or-video",
        VisaUnknown => "visa-unknown",
        RecruiterStatusUnknown => "recruiter-status-unknown",
    }
);

impl Flag {
    pub fn severity(self) -> Severity {
        match self {
            Flag::KnownFakeOffer
            | Flag::RecruiterNotLicensed
            | Flag::PassportHandover
            | Flag::PayToPersonalAccount
            | Flag::FeeDemanded
            | Flag::VisitVisa => Severity::High,
            Flag::NoEmployer
            | Flag::ContractUnreadable
            | Flag::WageTooGood
            | Flag::StudentVisa
            | Flag::RecruiterNotInDirectory
            | Flag::UrgencyPressure
            | Flag::NoInterview
            | Flag::DocumentsByPhoto => Severity::Medium,
            Flag::ContactOnlyByChat
            | Flag::AiVoiceOrVideo
            | Flag::VisaUnknown
            | Flag::RecruiterStatusUnknown => Severity::Low,
        }
    }
}

/// What the worker knows about an offer. `None` means not asked or not answered, and raises
/// nothing.
#[derive(Debug, Clone, Default)]
pub struct OfferAnswers {
    pub fee_demanded: Option<bool>,
    pub fee_amount: Option<u64>,
    pub fee_currency: Option<String>,
    pub passport_to_hand_over: Option<bool>,
    pub employer_named: Option<bool>,
    pub contract_readable: Option<bool>,
    pub wage_far_above_normal: Option<bool>,
    pub visa: Option<Visa>,
    pub recruiter: Option<RecruiterStanding>,
    /// ISO 3166-1 alpha-2, if known. No rule depends on it yet.
    pub destination: Option<String>,
    /// The offer as the worker received it, in any language. Read, never kept.
    pub offer_text: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct RedFlag {
    pub flag: Flag,
    pub severity: Severity,
    /// What raised it, as found in the offer text (folded: lower case, NFKC, spaces collapsed)
    /// or the alert values it matched. Empty when only an answer raised it.
    pub evidence: Vec<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct JobCheck {
    /// Most severe first.
    pub flags: Vec<RedFlag>,
}

// Phrase lists. A phrase is folded like the text before matching. A space in a phrase matches one
// space, one hyphen or nothing ("video call", "video-call", "videocall"). Where a phrase begins or
// ends with a Latin letter or digit, it must begin or end a word there; a final `*` lets the word
// go on ("biaya proses*" also finds "biaya prosesnya"). Devanagari, Bengali, Myanmar, Arabic and
// Ethiopic phrases match inside words, because those languages attach particles and pronouns to them.
// Hindi, Bengali, Tagalog and Amharic words are included where they differ from the five shipped
// languages.

const FEE: &[&str] = &[
    // English (also used in South Asian, Philippine and Gulf offers). Not "service charge": hotel
    // jobs pay it to the worker.
    "processing fee",
    "processing fees",
    "processing charge",
    "processing charges",
    "processing cost",
    "registration fee",
    "registration fees",
    "registration charge",
    "service fee",
    "service fees",
    "placement fee",
    "placement fees",
    "recruitment fee",
    "recruitment fees",
    "agency fee",
    "agency fees",
    "visa fee",
    "visa fees",
    "visa charge",
    "visa charges",
    "visa cost",
    "security deposit",
    "refundable deposit",
    "pay a deposit",
    "deposit amount",
    "advance payment",
    "pay in advance",
    "payment in advance",
    "pay first",
    "booking fee",
    "file charge",
    "file fee",
    "documentation fee",
    "reservation fee",
    "deducted from your salary",
    // Tagalog
    "bayad muna",
    "magbayad muna",
    // Nepali
    "प्रोसेसिङ शुल्क",
    "प्रोसेसिङ चार्ज",
    "प्रोसेसिङ खर्च",
    "सेवा शुल्क",
    "धरौटी",
    "अग्रिम भुक्तानी",
    "अग्रिम रकम",
    "एडभान्स",
    "भिसा शुल्क",
    "भिसाको पैसा",
    "दर्ता शुल्क",
    "फाइल चार्ज",
    "पहिले पैसा",
    // Hindi
    "प्रोसेसिंग फीस",
    "रजिस्ट्रेशन फीस",
    "फीस",
    "एडवांस",
    // Bengali
    "প্রসেসিং ফি",
    "রেজিস্ট্রেশন ফি",
    "অগ্রিম টাকা",
    "জামানত",
    // Burmese
    "ဝန်ဆောင်ခ",
    "အကျိုးဆောင်ခ",
    "ပွဲစားခ",
    "စရံငွေ",
    "စပေါ်ငွေ",
    "ကြိုတင်ငွေ",
    "ကြိုတင်ပေး",
    "ဗီဇာကြေး",
    "မှတ်ပုံတင်ကြေး",
    // Arabic
    "رسوم المعاملة",
    "رسوم معاملة",
    "رسوم المعالجة",
    "رسوم معالجة",
    "رسوم التسجيل",
    "رسوم تسجيل",
    "رسوم الخدمة",
    "رسوم خدمة",
    "رسوم التأشيرة",
    "رسوم تأشيرة",
    "رسوم الاستقدام",
    "دفعة مقدمة",
    "مبلغ مقدم",
    "تدفع مقدما",
    "ادفع مقدما",
    "عربون",
    "مبلغ تأمين",
    "عمولة",
    // Indonesian
    "biaya proses*",
    "biaya administrasi",
    "biaya pendaftaran",
    "uang pendaftaran",
    "biaya visa",
    "biaya penempatan",
    "uang muka",
    "uang jaminan",
    "bayar di muka",
    "bayar dulu",
    "transfer dulu",
    "potong gaji",
    "potongan gaji",
    // Amharic
    "ቅድመ ክፍያ",
    "የአገልግሎት ክፍያ",
];

const PASSPORT_HANDOVER: &[&str] = &[
    // English
    "submit your passport",
    "submit passport",
    "submit original passport",
    "submit your original passport",
    "submit the original passport",
    "hand over your passport",
    "hand over passport",
    "handover passport",
    "handover your passport",
    "deposit your passport",
    "deposit passport",
    "passport will be kept",
    "passport will be held",
    "passport to be kept",
    "will keep your passport",
    "will keep the passport",
    "leave your passport",
    "surrender your passport",
    "surrender passport",
    "courier your passport",
    "send your original passport",
    "send original passport",
    "give us your passport",
    // Tagalog
    "ibigay ang pasaporte",
    "isuko ang pasaporte",
    "iwan ang pasaporte",
    // Nepali
    "पासपोर्ट बुझाउ",
    "पासपोर्ट जम्मा",
    "पासपोर्ट हामीलाई दिनु",
    "पासपोर्ट कम्पनीले राख",
    "पासपोर्ट मालिकले राख",
    "पासपोर्ट एजेन्सीमा राख",
    // Hindi
    "पासपोर्ट जमा",
    // Bengali
    "পাসপোর্ট জমা",
    // Burmese
    "ပတ်စပို့ အပ်",
    "ပတ်စပို့ကို အပ်",
    "ပတ်စပို့ ပေးအပ်",
    "ပက်စပို့ အပ်",
    "နိုင်ငံကူးလက်မှတ် အပ်",
    "ပတ်စပို့ကို ကုမ္ပဏီက သိမ်း",
    "ပတ်စပို့ကို အလုပ်ရှင်က သိမ်း",
    // Arabic
    "تسليم جواز السفر",
    "تسليم الجواز",
    "تسليم جوازك",
    "سلم جوازك",
    "سلم جواز السفر",
    "الاحتفاظ بجواز",
    "الاحتفاظ بالجواز",
    "يحتفظ الكفيل بالجواز",
    "يحتفظ صاحب العمل بالجواز",
    // Indonesian
    "serahkan paspor",
    "menyerahkan paspor",
    "paspor diserahkan",
    "paspor asli diserahkan",
    "paspor ditahan",
    "paspor asli ditahan",
    "paspor disimpan",
    "paspor dititip*",
    "titip paspor",
    "paspor dipegang",
    // Amharic
    "ፓስፖርትዎን ያስረክቡ",
];

const PAY_TO_PERSONAL_ACCOUNT: &[&str] = &[
    // English, and the mobile wallets of the countries workers leave from
    "personal account",
    "personal bank account",
    "my account",
    "my personal account",
    "my bank account",
    "private account",
    "mobile wallet",
    "e-wallet",
    "ewallet",
    "crypto*",
    "usdt",
    "bitcoin",
    "btc",
    "binance",
    "gift card",
    "western union",
    "moneygram",
    "esewa",
    "khalti",
    "ime pay",
    "imepay",
    "gcash",
    "paymaya",
    "bkash",
    "jazzcash",
    "easypaisa",
    "kbzpay",
    "kbz pay",
    "wavepay",
    "wave pay",
    "wave money",
    "ayapay",
    "aya pay",
    "telebirr",
    // Tagalog
    "personal na account",
    // Nepali
    "व्यक्तिगत खाता",
    "मेरो खाता",
    "निजी खाता",
    "इसेवा",
    "ई-सेवा",
    "खल्ती",
    // Hindi
    "निजी खाते",
    "मेरे खाते",
    "पर्सनल अकाउंट",
    // Bengali
    "বিকাশ",
    "ব্যক্তিগত অ্যাকাউন্ট",
    // Burmese
    "ကိုယ်ပိုင် အကောင့်",
    "ကျွန်တော့် အကောင့်",
    "ကျွန်မ အကောင့်",
    "ပုဂ္ဂလိက အကောင့်",
    // Arabic
    "حساب شخصي",
    "حسابي الشخصي",
    "حسابي",
    "محفظة إلكترونية",
    "محفظة رقمية",
    "عملة رقمية",
    "عملات رقمية",
    "بيتكوين",
    "فودافون كاش",
    "ويسترن يونيون",
    // Indonesian
    "rekening pribadi",
    "rekening saya",
    "rek pribadi",
    "dompet digital",
    "gopay",
    "ovo",
    "shopeepay",
    "kripto",
];

const URGENCY: &[&str] = &[
    // English
    "limited seats",
    "limited slots",
    "limited vacancy",
    "limited vacancies",
    "seats left",
    "slots left",
    "seats are limited",
    "slots are limited",
    "apply today",
    "today only",
    "only today",
    "last chance",
    "hurry",
    "first come first",
    "offer ends today",
    "within 24 hours",
    "pay today",
    "don't miss",
    // Tagalog
    "limitadong slot",
    "huling pagkakataon",
    "mag-apply na ngayon",
    // Nepali
    "सीमित सिट",
    "सिट सीमित",
    "सिट बाँकी",
    "आजै",
    "छिटो गर्नुहोस्",
    "हतार गर्नुहोस्",
    "अन्तिम मौका",
    "पहिले आउनेलाई",
    // Hindi
    "सीमित सीटें",
    "जल्दी करें",
    "आज ही",
    "आखिरी मौका",
    // Bengali
    "সীমিত আসন",
    "আজই",
    "শেষ সুযোগ",
    // Burmese
    "နေရာ အကန့်အသတ်",
    "လူ အကန့်အသတ်",
    "နေရာ နည်းနည်းပဲ",
    "ဒီနေ့ပဲ",
    "နောက်ဆုံး အခွင့်အရေး",
    "အမြန် လျှောက်",
    // Arabic
    "مقاعد محدودة",
    "عدد محدود",
    "اماكن محدودة",
    "فرصة أخيرة",
    "آخر فرصة",
    "قدم اليوم",
    "سارع",
    "لفترة محدودة",
    "اليوم فقط",
    // Indonesian
    "kuota terbatas",
    "tempat terbatas",
    "slot terbatas",
    "sisa kuota",
    "daftar hari ini",
    "segera daftar",
    "buruan",
    "kesempatan terakhir",
    "hari ini saja",
    "hanya hari ini",
    "siapa cepat dia dapat",
    // Amharic
    "ውስን ቦታ",
];

const NO_INTERVIEW: &[&str] = &[
    // English
    "no interview",
    "without interview",
    "without any interview",
    "interview not required",
    "no need for interview",
    "no experience",
    "without experience",
    "experience not required",
    "no test",
    "no skill test",
    "no trade test",
    "guaranteed visa",
    "visa guaranteed",
    "100% visa",
    // Tagalog
    "walang interview",
    "walang experience",
    "walang karanasan",
    // Nepali
    "अन्तर्वार्ता बिना",
    "बिना अन्तर्वार्ता",
    "अन्तर्वार्ता नलिई",
    "अन्तर्वार्ता छैन",
    "अन्तर्वार्ता नचाहिने",
    "इन्टरभ्यु बिना",
    "बिना इन्टरभ्यु",
    "अनुभव नचाहिने",
    "अनुभव आवश्यक छैन",
    "अनुभव चाहिँदैन",
    "अनुभव नभए पनि",
    // Hindi
    "बिना इंटरव्यू",
    "अनुभव की जरूरत नहीं",
    "अनुभव की ज़रूरत नहीं",
    // Bengali
    "ইন্টারভিউ ছাড়া",
    "অভিজ্ঞতা লাগবে না",
    // Burmese
    "အင်တာဗျူး မလို",
    "အင်တာဗျူး မရှိ",
    "အတွေ့အကြုံ မလို",
    "အတွေ့အကြုံ မရှိလည်း",
    "စာမေးပွဲ မရှိ",
    // Arabic
    "بدون مقابلة",
    "دون مقابلة",
    "بدون خبرة",
    "دون خبرة",
    "لا يشترط خبرة",
    "لا تشترط خبرة",
    "لا يشترط الخبرة",
    "لا تشترط الخبرة",
    "لا حاجة للخبرة",
    "بدون اختبار",
    // Indonesian
    "tanpa interview",
    "tanpa wawancara",
    "tanpa tes",
    "tanpa pengalaman",
    "tanpa seleksi",
    "tidak perlu pengalaman",
    "tidak perlu interview",
    "langsung terbang",
    "langsung berangkat",
    // Amharic
    "ልምድ አያስፈልግም",
    "ያለ ልምድ",
];

const VISIT_VISA: &[&str] = &[
    // English
    "visit visa",
    "visiting visa",
    "visitor visa",
    "tourist visa",
    "travel visa",
    "business visa",
    "visa on arrival",
    "on arrival visa",
    "umrah visa",
    "change to work visa",
    "convert to work visa",
    "converted to work visa",
    "change visa after",
    "change the visa after",
    // Nepali
    "भिजिट भिसा",
    "भिजिट भिषा",
    "भिजिट भीसा",
    "टुरिस्ट भिसा",
    "पर्यटक भिसा",
    "भ्रमण भिसा",
    "घुम्ने भिसा",
    // Hindi
    "विजिट वीजा",
    "टूरिस्ट वीजा",
    "पर्यटक वीजा",
    // Bengali
    "ভিজিট ভিসা",
    "টুরিস্ট ভিসা",
    "ট্যুরিস্ট ভিসা",
    // Burmese
    "ခရီးသွား ဗီဇာ",
    "တူရစ် ဗီဇာ",
    "အလည်အပတ် ဗီဇာ",
    // Arabic
    "تأشيرة زيارة",
    "تأشيرة الزيارة",
    "فيزا زيارة",
    "تأشيرة سياحية",
    "تأشيرة سياحة",
    "فيزا سياحية",
    "تأشيرة عمرة",
    "فيزا عمرة",
    "تحويل الزيارة",
    // Indonesian
    "visa kunjungan",
    "visa turis",
    "visa wisata",
    "visa ziarah",
    "visa umroh",
    "visa umrah",
    // Amharic
    "የቱሪስት ቪዛ",
    "የጉብኝት ቪዛ",
];

const STUDENT_VISA: &[&str] = &[
    "student visa",
    "study visa",
    "विद्यार्थी भिसा",
    "स्टुडेन्ट भिसा",
    "স্টুডেন্ট ভিসা",
    "ကျောင်းသား ဗီဇာ",
    "تأشيرة دراسة",
    "تأشيرة دراسية",
    "تأشيرة طالب",
    "فيزا دراسة",
    "visa pelajar",
    "visa belajar",
    "visa mahasiswa",
];

const CHAT_ONLY: &[&str] = &[
    // The apps by name, in Latin script as most offers write them
    "whatsapp",
    "telegram",
    "viber",
    "imo",
    "messenger",
    "wechat",
    "tiktok",
    "inbox",
    "dm me",
    "direct message",
    "facebook page",
    // Nepali and Hindi
    "ह्वाट्सएप",
    "ह्वाट्सअप",
    "वाट्सएप",
    "व्हाट्सएप",
    "भाइबर",
    "टेलिग्राम",
    "टेलीग्राम",
    "मेसेन्जर",
    "इमो",
    // Bengali
    "হোয়াটসঅ্যাপ",
    "ইমো",
    // Burmese
    "ဗိုက်ဘာ",
    "တယ်လီဂရမ်",
    "မက်ဆင်ဂျာ",
    // Arabic
    "واتس",
    "تيليجرام",
    "تليجرام",
    "تلغرام",
    "ماسنجر",
    "فيسبوك",
    // Indonesian
    "japri",
    "via wa",
    "hubungi wa",
    "chat wa",
    "kontak wa",
    "wa saja",
    "hanya wa",
    // Amharic
    "ቴሌግራም",
];

const VIDEO_EMPLOYER: &[&str] = &[
    "video call",
    "video interview",
    "zoom interview",
    "interview on zoom",
    "online interview",
    "vidcall",
    "panggilan video",
    "wawancara online",
    "interview online",
    "भिडियो कल",
    "भिडियो अन्तर्वार्ता",
    "वीडियो कॉल",
    "ভিডিও কল",
    "ဗီဒီယိုကော",
    "ဗီဒီယို ခေါ်ဆို",
    "ဗီဒီယို အင်တာဗျူး",
    "مكالمة فيديو",
    "اتصال فيديو",
    "مقابلة فيديو",
    "مقابلة عبر الفيديو",
    "مكالمة مرئية",
    "የቪዲዮ ጥሪ",
];

const DOCUMENT_PHOTOS: &[&str] = &[
    // English
    "photo of your passport",
    "photo of passport",
    "picture of your passport",
    "passport copy",
    "copy of your passport",
    "copy of passport",
    "scan of your passport",
    "passport scan",
    "scanned passport",
    "photo of your id",
    "photo of your id card",
    "id card photo",
    "selfie with your passport",
    "selfie with your id",
    "selfie holding",
    "citizenship copy",
    "copy of citizenship",
    // Tagalog
    "litrato ng pasaporte",
    "kopya ng pasaporte",
    // Nepali
    "पासपोर्टको फोटो",
    "पासपोर्ट फोटोकपी",
    "पासपोर्टको कपी",
    "पासपोर्टको स्क्यान",
    "नागरिकताको फोटो",
    "नागरिकताको कपी",
    // Hindi
    "पासपोर्ट की फोटो",
    "पासपोर्ट की कॉपी",
    "आधार कार्ड की फोटो",
    // Bengali
    "পাসপোর্টের ছবি",
    "পাসপোর্টের কপি",
    // Burmese
    "ပတ်စပို့ မိတ္တူ",
    "ပတ်စပို့ ဓာတ်ပုံ ရိုက်",
    "ပတ်စပို့ကို ဓာတ်ပုံ",
    "မှတ်ပုံတင် ဓာတ်ပုံ",
    "မှတ်ပုံတင် မိတ္တူ",
    "မှတ်ပုံတင်ကို ဓာတ်ပုံ",
    // Arabic
    "صورة جواز السفر",
    "صورة من جواز السفر",
    "صورة الجواز",
    "صورة جوازك",
    "نسخة من جواز السفر",
    "نسخة جواز السفر",
    "صورة الهوية",
    "صورة من الهوية",
    "صورة البطاقة",
    "صورة الإقامة",
    // Indonesian
    "foto paspor",
    "foto ktp",
    "kirim ktp",
    "scan paspor",
    "scan ktp",
    "fotokopi paspor",
    "foto kk",
    "selfie dengan ktp",
    "selfie ktp",
    "swafoto dengan ktp",
];

/// Words that, in the same short clause before a phrase, cancel it: "no processing fee",
/// "do not hand over your passport", "tanpa biaya proses", "بدون رسوم".
const NEGATION_BEFORE: &[&str] = &[
    "no",
    "not",
    "never",
    "without",
    "zero",
    "free of",
    "don't",
    "dont",
    "walang",
    "hindi",
    "tanpa",
    "tidak",
    "tak",
    "bebas",
    "gratis",
    "jangan",
    "bukan",
    "बिना",
    "निःशुल्क",
    "नि:शुल्क",
    "निशुल्क",
    "शून्य",
    "फ्री",
    "मुफ्त",
    "বিনা",
    "ফ্রি",
    "အခမဲ့",
    "بدون",
    "مجان",
    "عدم",
    "ليس",
    "لا يوجد",
    "لا توجد",
    "لا تدفع",
    "لا ترسل",
    "لا تسلم",
];

/// Words that, in the same short clause after a phrase, cancel it: "processing fee: free",
/// "शुल्क लाग्दैन", "ဝန်ဆောင်ခ မယူပါ", "biaya visa ditanggung majikan".
const NEGATION_AFTER: &[&str] = &[
    "free",
    "not required",
    "not needed",
    "waived",
    "paid by the employer",
    "paid by employer",
    "covered by",
    "borne by",
    "libre",
    "gratis",
    "ditanggung",
    "dibayar majikan",
    "dibayar perusahaan",
    "लाग्दैन",
    "लिँदैन",
    "लिइँदैन",
    "पर्दैन",
    "नलाग्ने",
    "निःशुल्क",
    "नि:शुल्क",
    "निशुल्क",
    "फ्री",
    "नहीं",
    "নেই",
    "লাগবে না",
    "ফ্রি",
    "မယူ",
    "မပေးရ",
    "မလို",
    "မရှိ",
    "အခမဲ့",
    "مجان",
    "غير مطلوب",
    "ነፃ",
];

/// Where a clause ends, for the negation window.
const CLAUSE_ENDS: &[char] = &[
    '.', '!', '?', ';', ':', ',', '\n', '|', '•', '।', '॥', '။', '၊', '،', '؛', '؟', '።', '፣',
];
/// How far a negation word may be from the phrase it cancels, in characters.
const NEGATION_BEFORE_CHARS: usize = 32;
const NEGATION_AFTER_CHARS: usize = 24;

struct TextRule {
    flag: Flag,
    /// Whether a negation in the same clause cancels a match. Not for phrases that are
    /// themselves negative ("no interview").
    negatable: bool,
    phrases: &'static [&'static str],
}

const TEXT_RULES: &[TextRule] = &[
    TextRule {
        flag: Flag::FeeDemanded,
        negatable: true,
        phrases: FEE,
    },
    TextRule {
        flag: Flag::PassportHandover,
        negatable: true,
        phrases: PASSPORT_HANDOVER,
    },
    TextRule {
        flag: Flag::PayToPersonalAccount,
        negatable: true,
        phrases: PAY_TO_PERSONAL_ACCOUNT,
    },
    TextRule {
        flag: Flag::UrgencyPressure,
        negatable: false,
        phrases: URGENCY,
    },
    TextRule {
        flag: Flag::NoInterview,
        negatable: false,
        phrases: NO_INTERVIEW,
    },
    TextRule {
        flag: Flag::VisitVisa,
        negatable: true,
        phrases: VISIT_VISA,
    },
    TextRule {
        flag: Flag::StudentVisa,
        negatable: true,
        phrases: STUDENT_VISA,
    },
    TextRule {
        flag: Flag::ContactOnlyByChat,
        negatable: true,
        phrases: CHAT_ONLY,
    },
    TextRule {
        flag: Flag::AiVoiceOrVideo,
        negatable: true,
        phrases: VIDEO_EMPLOYER,
    },
    TextRule {
        flag: Flag::DocumentsByPhoto,
        negatable: true,
        phrases: DOCUMENT_PHOTOS,
    },
];

/// Folds text for matching: only the first [`MAX_TEXT_BYTES`], NFKC, lower case, whitespace runs
/// collapsed to one space (or one line break), invisible format characters and Arabic vowel marks
/// and tatweel removed, Arabic letter variants unified (أ إ آ ٱ → ا, ى → ي, ة → ه), and the
/// Myanmar digit zero typed for the letter wa (၀ → ဝ) inside words. Evidence is cut from this text.
pub fn fold(text: &str) -> String {
    let chars: Vec<char> = bounded(text, MAX_TEXT_BYTES).nfkc().collect();
    // Burmese typed in Zawgyi reads as Unicode, so its phrases are found too.
    let chars = super::search::zawgyi_to_unicode(&chars).unwrap_or(chars);
    let mut out = String::with_capacity(text.len().min(MAX_TEXT_BYTES));
    let mut pending_space: Option<char> = None;
    for (i, &c) in chars.iter().enumerate() {
        if is_ignorable(c) {
            continue;
        }
        if c.is_whitespace() {
            let line_break = matches!(c, '\n' | '\r' | '\u{2028}' | '\u{2029}');
            pending_space = Some(if line_break || pending_space == Some('\n') {
                '\n'
            } else {
                ' '
            });
            continue;
        }
        if let Some(space) = pending_space.take() {
            if !out.is_empty() {
                out.push(space);
            }
        }
        let prev = i.checked_sub(1).and_then(|j| chars.get(j)).copied();
        let next = chars.get(i + 1).copied();
        out.extend(fold_char(c, prev, next).to_lowercase());
        if out.len() >= MAX_FOLDED_BYTES {
            break;
        }
    }
    out
}

fn bounded(text: &str, max: usize) -> &str {
    if text.len() <= max {
        return text;
    }
    let mut end = max;
    while end > 0 && !text.is_char_boundary(end) {
        end -= 1;
    }
    text.get(..end).unwrap_or_default()
}

fn is_ignorable(c: char) -> bool {
    matches!(c,
        '\u{00AD}'                      // soft hyphen
        | '\u{061C}'                    // Arabic letter mark
        | '\u{0640}'                    // tatweel
        | '\u{064B}'..='\u{065F}'       // Arabic vowel marks
        | '\u{0670}'                    // superscript alef
        | '\u{180E}'
        | '\u{200B}'..='\u{200F}'       // zero-width space, joiners, direction marks
        | '\u{202A}'..='\u{202E}'
        | '\u{2060}'..='\u{2064}'
        | '\u{2066}'..='\u{2069}'       // bidi isolates
        | '\u{FEFF}')
}

fn fold_char(c: char, prev: Option<char>, next: Option<char>) -> char {
    match c {
        'أ' | 'إ' | 'آ' | 'ٱ' => 'ا',
        'ى' | 'ی' => 'ي',
        'ک' => 'ك',
        'ة' => 'ه',
        // Burmese keyboards put the digit zero where the letter wa belongs; in a word, it is wa.
        '\u{1040}'
            if !is_digit(prev)
                && !is_digit(next)
                && (prev.is_some_and(is_myanmar_letter) || next.is_some_and(is_myanmar_letter)) =>
        {
            '\u{101D}'
        }
        _ => c,
    }
}

fn is_digit(c: Option<char>) -> bool {
    c.and_then(decimal_value).is_some()
}

fn is_myanmar_letter(c: char) -> bool {
    matches!(c, '\u{1000}'..='\u{103F}' | '\u{1050}'..='\u{108F}' | '\u{109A}'..='\u{109F}')
}

/// The value of a decimal digit in the scripts offers are written in.
fn decimal_value(c: char) -> Option<u32> {
    let zero = match c {
        '0'..='9' => '0',
        '\u{0660}'..='\u{0669}' => '\u{0660}', // Arabic-Indic
        '\u{06F0}'..='\u{06F9}' => '\u{06F0}', // Extended Arabic-Indic
        '\u{0966}'..='\u{096F}' => '\u{0966}', // Devanagari
        '\u{09E6}'..='\u{09EF}' => '\u{09E6}', // Bengali
        '\u{1040}'..='\u{1049}' => '\u{1040}', // Myanmar
        '\u{1090}'..='\u{1099}' => '\u{1090}', // Myanmar Shan
        _ => return None,
    };
    Some(c as u32 - zero as u32)
}

/// One phrase, folded and split where a space may be.
struct Phrase {
    segments: Vec<String>,
    start_boundary: bool,
    end_boundary: bool,
    open_end: bool,
}

impl Phrase {
    fn new(raw: &str) -> Option<Phrase> {
        match raw.strip_suffix('*') {
            Some(body) => Phrase::literal(body, true),
            None => Phrase::literal(raw, false),
        }
    }

    fn literal(raw: &str, open_end: bool) -> Option<Phrase> {
        let segments: Vec<String> = if raw.is_ascii() {
            // Folding changes only case and spacing in ASCII; a directory holds many thousands
            // of alert names, so skip the general path for them.
            raw.split(|c: char| c.is_whitespace())
                .filter(|s| !s.is_empty())
                .map(str::to_ascii_lowercase)
                .collect()
        } else {
            fold(raw)
                .split([' ', '\n'])
                .filter(|s| !s.is_empty())
                .map(str::to_owned)
                .collect()
        };
        let first = segments.first()?.chars().next()?;
        let last = segments.last()?.chars().next_back()?;
        Some(Phrase {
            start_boundary: first.is_ascii_alphanumeric(),
            end_boundary: !open_end && last.is_ascii_alphanumeric(),
            open_end,
            segments,
        })
    }

    fn chars(&self) -> usize {
        self.segments.iter().map(|s| s.chars().count()).sum()
    }

    /// Byte ranges of `text` where the phrase starts within `from..to` and ends by `to`.
    fn find(&self, text: &str, from: usize, to: usize) -> Vec<(usize, usize)> {
        let mut found = Vec::new();
        let (Some(first), Some(window)) = (self.segments.first(), text.get(from..to)) else {
            return found;
        };
        for (offset, _) in window.match_indices(first.as_str()) {
            let start = from + offset;
            let Some(mut end) = self.rest_matches(text, start + first.len()) else {
                continue;
            };
            if end > to {
                continue;
            }
            let before = text.get(..start).and_then(|t| t.chars().next_back());
            if self.start_boundary && before.is_some_and(char::is_alphanumeric) {
                continue;
            }
            let after = text.get(end..).unwrap_or_default();
            if self.open_end {
                end += after
                    .chars()
                    .take_while(|c| c.is_alphanumeric())
                    .map(char::len_utf8)
                    .sum::<usize>();
            } else if self.end_boundary && after.chars().next().is_some_and(char::is_alphanumeric) {
                continue;
            }
            found.push((start, end));
        }
        found
    }

    /// Where the phrase ends if its later segments follow `at`, each after one optional separator.
    fn rest_matches(&self, text: &str, mut at: usize) -> Option<usize> {
        for segment in self.segments.iter().skip(1) {
            let rest = text.get(at..)?;
            let joined = if rest.starts_with(segment.as_str()) {
                rest
            } else {
                rest.strip_prefix([' ', '-'])
                    .filter(|r| r.starts_with(segment.as_str()))?
            };
            at = text.len() - joined.len() + segment.len();
        }
        Some(at)
    }
}

struct Compiled {
    rules: Vec<(Flag, bool, Vec<Phrase>)>,
    before: Vec<Phrase>,
    after: Vec<Phrase>,
}

fn compiled() -> &'static Compiled {
    static COMPILED: OnceLock<Compiled> = OnceLock::new();
    COMPILED.get_or_init(|| Compiled {
        rules: TEXT_RULES
            .iter()
            .map(|r| {
                let phrases = r.phrases.iter().filter_map(|p| Phrase::new(p)).collect();
                (r.flag, r.negatable, phrases)
            })
            .collect(),
        before: NEGATION_BEFORE
            .iter()
            .filter_map(|p| Phrase::new(p))
            .collect(),
        after: NEGATION_AFTER
            .iter()
            .filter_map(|p| Phrase::new(p))
            .collect(),
    })
}

/// Whether a negation word stands in the same short clause as `start..end`.
fn negated(text: &str, start: usize, end: usize, cues: &Compiled) -> bool {
    let mut window_start = start;
    for (i, c) in text
        .get(..start)
        .unwrap_or_default()
        .char_indices()
        .rev()
        .take(NEGATION_BEFORE_CHARS)
    {
        if CLAUSE_ENDS.contains(&c) {
            break;
        }
        window_start = i;
    }
    let mut window_end = end;
    for c in text
        .get(end..)
        .unwrap_or_default()
        .chars()
        .take(NEGATION_AFTER_CHARS)
    {
        if CLAUSE_ENDS.contains(&c) {
            break;
        }
        window_end += c.len_utf8();
    }
    cues.before
        .iter()
        .any(|p| !p.find(text, window_start, start).is_empty())
        || cues
            .after
            .iter()
            .any(|p| !p.find(text, end, window_end).is_empty())
}

/// What was found per flag while checking: text ranges and matched alert values.
struct Found {
    raised: Vec<bool>,
    ranges: Vec<Vec<(usize, usize)>>,
    values: Vec<Vec<String>>,
}

impl Found {
    fn new() -> Self {
        let n = Flag::ALL.len();
        Found {
            raised: vec![false; n],
            ranges: vec![Vec::new(); n],
            values: vec![Vec::new(); n],
        }
    }

    fn raise(&mut self, flag: Flag) {
        self.raised[flag as usize] = true;
    }

    fn range(&mut self, flag: Flag, start: usize, end: usize) {
        self.raise(flag);
        self.ranges[flag as usize].push((start, end));
    }

    fn value(&mut self, flag: Flag, value: &str) {
        self.raise(flag);
        self.values[flag as usize].push(value.trim().to_owned());
    }

    fn into_check(mut self, text: &str) -> JobCheck {
        // A visit or student visa found says more than "visa not known".
        if self.raised[Flag::VisitVisa as usize] || self.raised[Flag::StudentVisa as usize] {
            self.raised[Flag::VisaUnknown as usize] = false;
        }
        let mut flags = Vec::new();
        for &flag in Flag::ALL {
            let i = flag as usize;
            if !self.raised[i] {
                continue;
            }
            let mut ranges = std::mem::take(&mut self.ranges[i]);
            ranges.sort_by_key(|&(start, end)| (start, std::cmp::Reverse(end)));
            let mut evidence: Vec<String> = Vec::new();
            let mut covered_to = 0;
            for (start, end) in ranges {
                // A phrase inside a longer one found at the same place adds nothing.
                if end <= covered_to {
                    continue;
                }
                covered_to = end;
                if let Some(phrase) = text.get(start..end) {
                    if !evidence.iter().any(|e| e == phrase) {
                        evidence.push(phrase.to_owned());
                    }
                }
            }
            for value in std::mem::take(&mut self.values[i]) {
                if !evidence.contains(&value) {
                    evidence.push(value);
                }
            }
            evidence.truncate(MAX_EVIDENCE);
            flags.push(RedFlag {
                flag,
                severity: flag.severity(),
                evidence,
            });
        }
        flags.sort_by_key(|f| (f.severity.rank(), f.flag as usize));
        JobCheck { flags }
    }
}

fn check_answers(a: &OfferAnswers, found: &mut Found) {
    if a.fee_demanded == Some(true) || a.fee_amount.is_some_and(|n| n > 0) {
        found.raise(Flag::FeeDemanded);
    }
    if a.passport_to_hand_over == Some(true) {
        found.raise(Flag::PassportHandover);
    }
    if a.employer_named == Some(false) {
        found.raise(Flag::NoEmployer);
    }
    if a.contract_readable == Some(false) {
        found.raise(Flag::ContractUnreadable);
    }
    if a.wage_far_above_normal == Some(true) {
        found.raise(Flag::WageTooGood);
    }
    match a.visa {
        Some(Visa::Visit) => found.raise(Flag::VisitVisa),
        Some(Visa::Student) => found.raise(Flag::StudentVisa),
        Some(Visa::Unknown) => found.raise(Flag::VisaUnknown),
        Some(Visa::Work) | None => {}
    }
    match a.recruiter {
        Some(
            RecruiterStanding::Suspended
            | RecruiterStanding::Revoked
            | RecruiterStanding::Blacklisted,
        ) => found.raise(Flag::RecruiterNotLicensed),
        Some(RecruiterStanding::NotInDirectory) => found.raise(Flag::RecruiterNotInDirectory),
        Some(RecruiterStanding::Unknown) => found.raise(Flag::RecruiterStatusUnknown),
        Some(RecruiterStanding::Licensed) | None => {}
    }
}

fn check_phrases(text: &str, found: &mut Found) {
    let compiled = compiled();
    for (flag, negatable, phrases) in &compiled.rules {
        for phrase in phrases {
            for (start, end) in phrase.find(text, 0, text.len()) {
                if *negatable && negated(text, start, end, compiled) {
                    continue;
                }
                found.range(*flag, start, end);
            }
        }
    }
}

/// The digits of a phone number, kept on the stack: a directory holds many thousands of alerts.
struct PhoneDigits {
    digits: [u8; MAX_PHONE_DIGITS],
    len: usize,
}

impl PhoneDigits {
    /// The digits without leading zeros (trunk or international prefix), or `None` for fewer than
    /// [`PHONE_DIGITS`] or more than [`MAX_PHONE_DIGITS`] digits.
    fn of(value: &str) -> Option<PhoneDigits> {
        let mut out = PhoneDigits {
            digits: [0; MAX_PHONE_DIGITS],
            len: 0,
        };
        for d in value.chars().filter_map(decimal_value) {
            if out.len == 0 && d == 0 {
                continue;
            }
            *out.digits.get_mut(out.len)? = b'0' + u8::try_from(d).ok()?;
            out.len += 1;
        }
        (out.len >= PHONE_DIGITS).then_some(out)
    }

    fn as_str(&self) -> &str {
        self.digits
            .get(..self.len)
            .and_then(|d| std::str::from_utf8(d).ok())
            .unwrap_or_default()
    }
}

/// Every run of digit groups in the text that could be a phone number ("+977 980-123 4567",
/// "(098) 1234567", "၀၉၇၈၁၂၃၄၅၆၇"), and each run of consecutive groups within it, so that a number
/// written right after another is still found. Leading zeros are dropped.
fn phone_candidates(text: &str) -> Vec<String> {
    const SEPARATORS: &[char] = &[' ', '-', '.', '(', ')', '/', '+', '\u{a0}'];
    const MAX_GROUPS: usize = 8;
    let mut candidates = Vec::new();
    let mut groups: Vec<String> = Vec::new();
    let mut current = String::new();
    let mut separators = 0;
    let mut flush = |groups: &mut Vec<String>| {
        for i in 0..groups.len() {
            let mut joined = String::new();
            for group in groups.iter().skip(i).take(MAX_GROUPS) {
                joined.push_str(group);
                if joined.len() > MAX_PHONE_DIGITS {
                    break;
                }
                let digits = joined.trim_start_matches('0');
                if digits.len() >= PHONE_DIGITS {
                    candidates.push(digits.to_owned());
                }
            }
        }
        groups.clear();
    };
    for c in text.chars() {
        if let Some(d) = decimal_value(c).and_then(|d| char::from_digit(d, 10)) {
            current.push(d);
            separators = 0;
            continue;
        }
        if !current.is_empty() {
            groups.push(std::mem::take(&mut current));
        }
        if SEPARATORS.contains(&c) && separators < 2 {
            separators += 1;
        } else {
            flush(&mut groups);
            separators = 0;
        }
    }
    if !current.is_empty() {
        groups.push(current);
    }
    flush(&mut groups);
    candidates
}

/// The last [`PHONE_DIGITS`] digits: the part of a number every way of writing it shares.
fn phone_key(digits: &str) -> &str {
    digits
        .get(digits.len().saturating_sub(PHONE_DIGITS)..)
        .unwrap_or(digits)
}

/// A number in the text is the alert's number if one ends with the other, sharing at least
/// [`PHONE_DIGITS`] digits, and the text leaves out at most a country code (three digits).
fn same_phone(alert: &str, text: &str) -> bool {
    text.ends_with(alert) || (alert.ends_with(text) && alert.len() - text.len() <= 3)
}

/// Every piece of the text up to [`HEAD_CHARS`] characters long. A name whose first characters
/// are not among them cannot be in the text: most of a large directory's alerts are skipped
/// without searching.
fn short_pieces(text: &str) -> HashSet<&str> {
    let starts: Vec<usize> = text
        .char_indices()
        .map(|(i, _)| i)
        .chain(std::iter::once(text.len()))
        .collect();
    let mut pieces = HashSet::new();
    for (k, &start) in starts.iter().enumerate() {
        for &end in starts.iter().skip(k + 1).take(HEAD_CHARS) {
            if let Some(piece) = text.get(start..end) {
                pieces.insert(piece);
            }
        }
    }
    pieces
}

/// The first [`HEAD_CHARS`] characters.
fn head(segment: &str) -> &str {
    let end = segment
        .char_indices()
        .nth(HEAD_CHARS)
        .map_or(segment.len(), |(i, _)| i);
    segment.get(..end).unwrap_or(segment)
}

fn check_alerts(text: &str, alerts: &[Alert], found: &mut Found) {
    // The text is indexed once, so that each alert costs a lookup, not a search.
    let mut numbers: Option<HashMap<String, Vec<String>>> = None;
    let mut pieces: Option<HashSet<&str>> = None;
    for alert in alerts {
        match alert.kind {
            AlertKind::Phone => {
                let Some(digits) = PhoneDigits::of(&alert.value) else {
                    continue;
                };
                let digits = digits.as_str();
                let numbers = numbers.get_or_insert_with(|| {
                    let mut by_key: HashMap<String, Vec<String>> = HashMap::new();
                    for candidate in phone_candidates(text) {
                        by_key
                            .entry(phone_key(&candidate).to_owned())
                            .or_default()
                            .push(candidate);
                    }
                    by_key
                });
                let in_text = numbers
                    .get(phone_key(digits))
                    .is_some_and(|candidates| candidates.iter().any(|c| same_phone(digits, c)));
                if in_text {
                    found.value(Flag::KnownFakeOffer, &alert.value);
                }
            }
            AlertKind::Company | AlertKind::Page => {
                let pieces = pieces.get_or_insert_with(|| short_pieces(text));
                if !could_be_in(&alert.value, pieces) {
                    continue;
                }
                let Some(name) = Phrase::literal(&alert.value, false) else {
                    continue;
                };
                if name.chars() < MIN_NAME_CHARS
                    || !name
                        .segments
                        .first()
                        .is_some_and(|s| pieces.contains(head(s)))
                {
                    continue;
                }
                for (start, end) in name.find(text, 0, text.len()) {
                    found.range(Flag::KnownFakeOffer, start, end);
                }
            }
        }
    }
}

/// A quick test before folding an ASCII name: are its first characters, in lower case, in the
/// text at all? Other names are folded first.
fn could_be_in(name: &str, pieces: &HashSet<&str>) -> bool {
    if !name.is_ascii() {
        return true;
    }
    let mut buf = [0u8; HEAD_CHARS];
    let word = name
        .split(|c: char| c.is_whitespace())
        .find(|w| !w.is_empty())
        .unwrap_or_default();
    let n = word.len().min(HEAD_CHARS);
    for (b, c) in buf.iter_mut().zip(word.bytes()) {
        *b = c.to_ascii_lowercase();
    }
    buf.get(..n)
        .and_then(|h| std::str::from_utf8(h).ok())
        .is_some_and(|h| pieces.contains(h))
}

/// Checks an offer. `alerts`: the directory's known fake offers (phone numbers, pages, companies),
/// matched against the offer text. Never fails; an empty result is no proof of safety.
pub fn check(answers: &OfferAnswers, alerts: &[Alert]) -> JobCheck {
    let mut found = Found::new();
    check_answers(answers, &mut found);
    let text = answers.offer_text.as_deref().map(fold).unwrap_or_default();
    if !text.is_empty() {
        check_phrases(&text, &mut found);
        check_alerts(&text, alerts, &mut found);
    }
    found.into_check(&text)
}

/// The check as lines for the person, in their language: a summary; for each flag its severity and
/// title, what in the offer raised it, why it matters and what to do next; then advice about
/// deception made with AI, and the reminder that finding no flag does not prove an offer safe and
/// that the hotline can help check it.
pub fn render(l: &Localizer, check: &JobCheck) -> Vec<String> {
    let mut lines = Vec::new();
    if check.flags.is_empty() {
        lines.push(l.format("jobcheck-none", &[]));
    } else {
        lines.push(l.format(
            "jobcheck-summary",
            &[("count", Arg::from(check.flags.len() as u64))],
        ));
    }
    for f in &check.flags {
        let id = format!("jobcheck-flag-{}", f.flag.code());
        let severity = l.format(&format!("jobcheck-severity-{}", f.severity.code()), &[]);
        lines.push(l.format(
            "jobcheck-flag-heading",
            &[
                ("severity", Arg::from(severity)),
                ("title", Arg::from(l.format(&id, &[]))),
            ],
        ));
        if !f.evidence.is_empty() {
            let quoted: Vec<String> = f
                .evidence
                .iter()
                .map(|e| l.format("jobcheck-quote", &[("text", Arg::from(e.as_str()))]))
                .collect();
            lines.push(l.format(
                "jobcheck-evidence",
                &[("found", Arg::from(list(l, &quoted)))],
            ));
        }
        lines.push(l.format_attribute(&id, "why", &[]));
        lines.push(l.format_attribute(&id, "next", &[]));
    }
    lines.push(l.format("jobcheck-ai-advice", &[]));
    lines.push(l.format("jobcheck-reminder", &[]));
    lines
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn flags(check: &JobCheck) -> Vec<Flag> {
        check.flags.iter().map(|f| f.flag).collect()
    }

    fn answers(set: impl FnOnce(&mut OfferAnswers)) -> Vec<Flag> {
        let mut a = OfferAnswers::default();
        set(&mut a);
        flags(&check(&a, &[]))
    }

    fn text(offer: &str) -> JobCheck {
        check(
            &OfferAnswers {
                offer_text: Some(offer.to_owned()),
                ..OfferAnswers::default()
            },
            &[],
        )
    }

    fn evidence(check: &JobCheck, flag: Flag) -> Vec<String> {
        check
            .flags
            .iter()
            .find(|f| f.flag == flag)
            .map(|f| f.evidence.clone())
            .unwrap_or_default()
    }

    fn assert_found(check: &JobCheck, flag: Flag, phrase: &str) {
        let folded = fold(phrase);
        assert!(
            evidence(check, flag).iter().any(|e| e.contains(&folded)),
            "{} should show {phrase:?} as evidence: {check:#?}",
            flag.code()
        );
    }

    #[test]
    fn a_fee_demanded_or_an_amount_raises_the_fee_flag_and_no_or_none_does_not() {
        assert_eq!(
            answers(|a| a.fee_demanded = Some(true)),
            vec![Flag::FeeDemanded]
        );
        assert_eq!(
            answers(|a| a.fee_amount = Some(150_000)),
            vec![Flag::FeeDemanded]
        );
        assert!(answers(|a| a.fee_demanded = Some(false)).is_empty());
        assert!(answers(|a| a.fee_amount = Some(0)).is_empty());
        assert!(answers(|_| {}).is_empty());
    }

    #[test]
    fn a_passport_to_hand_over_raises_its_flag_and_no_or_none_does_not() {
        assert_eq!(
            answers(|a| a.passport_to_hand_over = Some(true)),
            vec![Flag::PassportHandover]
        );
        assert!(answers(|a| a.passport_to_hand_over = Some(false)).is_empty());
    }

    #[test]
    fn an_unnamed_employer_raises_its_flag_and_a_named_one_does_not() {
        assert_eq!(
            answers(|a| a.employer_named = Some(false)),
            vec![Flag::NoEmployer]
        );
        assert!(answers(|a| a.employer_named = Some(true)).is_empty());
    }

    #[test]
    fn an_unreadable_contract_raises_its_flag_and_a_readable_one_does_not() {
        assert_eq!(
            answers(|a| a.contract_readable = Some(false)),
            vec![Flag::ContractUnreadable]
        );
        assert!(answers(|a| a.contract_readable = Some(true)).is_empty());
    }

    #[test]
    fn a_wage_far_above_normal_raises_its_flag_and_a_normal_one_does_not() {
        assert_eq!(
            answers(|a| a.wage_far_above_normal = Some(true)),
            vec![Flag::WageTooGood]
        );
        assert!(answers(|a| a.wage_far_above_normal = Some(false)).is_empty());
    }

    #[test]
    fn each_visa_but_a_work_visa_raises_its_own_flag() {
        assert_eq!(
            answers(|a| a.visa = Some(Visa::Visit)),
            vec![Flag::VisitVisa]
        );
        assert_eq!(
            answers(|a| a.visa = Some(Visa::Student)),
            vec![Flag::StudentVisa]
        );
        assert_eq!(
            answers(|a| a.visa = Some(Visa::Unknown)),
            vec![Flag::VisaUnknown]
        );
        assert!(answers(|a| a.visa = Some(Visa::Work)).is_empty());
    }

    #[test]
    fn a_visit_visa_in_the_text_replaces_visa_unknown() {
        let c = check(
            &OfferAnswers {
                visa: Some(Visa::Unknown),
                offer_text: Some("You will travel on a tourist visa.".into()),
                ..OfferAnswers::default()
            },
            &[],
        );
        assert_eq!(flags(&c), vec![Flag::VisitVisa]);
    }

    #[test]
    fn each_recruiter_standing_but_licensed_raises_its_flag() {
        for standing in [
            RecruiterStanding::Suspended,
            RecruiterStanding::Revoked,
            RecruiterStanding::Blacklisted,
        ] {
            assert_eq!(
                answers(|a| a.recruiter = Some(standing)),
                vec![Flag::RecruiterNotLicensed]
            );
        }
        assert_eq!(
            answers(|a| a.recruiter = Some(RecruiterStanding::NotInDirectory)),
            vec![Flag::RecruiterNotInDirectory]
        );
        assert_eq!(
            answers(|a| a.recruiter = Some(RecruiterStanding::Unknown)),
            vec![Flag::RecruiterStatusUnknown]
        );
        assert!(answers(|a| a.recruiter = Some(RecruiterStanding::Licensed)).is_empty());
        assert_eq!(
            RecruiterStanding::from(LicenceStatus::Revoked),
            RecruiterStanding::Revoked
        );
    }

    #[test]
    fn codes_round_trip() {
        for f in Flag::ALL {
            assert_eq!(Flag::from_code(f.code()), Some(*f));
        }
        for v in Visa::ALL {
            assert_eq!(Visa::from_code(v.code()), Some(*v));
        }
        for r in RecruiterStanding::ALL {
            assert_eq!(RecruiterStanding::from_code(r.code()), Some(*r));
        }
        for s in Severity::ALL {
            assert_eq!(Severity::from_code(s.code()), Some(*s));
        }
        assert_eq!(RecruiterStanding::NotInDirectory.code(), "not-in-directory");
        assert_eq!(Flag::from_code("nonsense"), None);
    }

    #[test]
    fn a_fraudulent_english_offer_raises_its_flags_with_the_phrases_as_evidence() {
        let c = text(
            "URGENT!! Limited seats for Dubai. Salary AED 4500 + free food.\n\
             No interview, no experience needed. Visit visa, we change to work visa after arrival.\n\
             Processing fee NPR 150,000 – pay to my personal account or eSewa.\n\
             Submit your original passport to our office. Send a photo of your passport first.\n\
             Interview on video call with the employer. WhatsApp only: +977 980-000-0000",
        );
        assert_found(&c, Flag::UrgencyPressure, "limited seats");
        assert_found(&c, Flag::NoInterview, "no interview");
        assert_found(&c, Flag::NoInterview, "no experience");
        assert_found(&c, Flag::VisitVisa, "visit visa");
        assert_found(&c, Flag::VisitVisa, "change to work visa");
        assert_found(&c, Flag::FeeDemanded, "processing fee");
        assert_found(&c, Flag::PayToPersonalAccount, "my personal account");
        assert_found(&c, Flag::PayToPersonalAccount, "esewa");
        assert_found(&c, Flag::PassportHandover, "submit your original passport");
        assert_found(&c, Flag::DocumentsByPhoto, "photo of your passport");
        assert_found(&c, Flag::AiVoiceOrVideo, "video call");
        assert_found(&c, Flag::ContactOnlyByChat, "whatsapp");
        // "personal account" lies inside "my personal account": shown once.
        assert_eq!(
            evidence(&c, Flag::PayToPersonalAccount),
            vec!["my personal account", "esewa"]
        );
    }

    #[test]
    fn a_fraudulent_nepali_offer_raises_its_flags_with_the_phrases_as_evidence() {
        let c = text(
            "मलेसियामा सुरक्षा गार्डको काम! सीमित सिट मात्र, आजै सम्पर्क गर्नुहोस्। \
             अन्तर्वार्ता बिना सिधै भिसा। प्रोसेसिङ शुल्क रु. १,५०,००० अग्रिम भुक्तानी गर्नुपर्ने। \
             पैसा मेरो व्यक्तिगत खातामा वा इसेवामा पठाउनुहोस्। सक्कल पासपोर्ट बुझाउनुहोस्। \
             भिजिट भिसामा जाने, पछि काम गर्ने भिसा बनाइदिइन्छ। ह्वाट्सएपमा मात्र सम्पर्क।",
        );
        assert_found(&c, Flag::UrgencyPressure, "सीमित सिट");
        assert_found(&c, Flag::UrgencyPressure, "आजै");
        assert_found(&c, Flag::NoInterview, "अन्तर्वार्ता बिना");
        assert_found(&c, Flag::FeeDemanded, "प्रोसेसिङ शुल्क");
        assert_found(&c, Flag::FeeDemanded, "अग्रिम भुक्तानी");
        assert_found(&c, Flag::PayToPersonalAccount, "व्यक्तिगत खाता");
        assert_found(&c, Flag::PayToPersonalAccount, "इसेवा");
        assert_found(&c, Flag::PassportHandover, "पासपोर्ट बुझाउ");
        assert_found(&c, Flag::VisitVisa, "भिजिट भिसा");
        assert_found(&c, Flag::ContactOnlyByChat, "ह्वाट्सएप");
    }

    #[test]
    fn a_fraudulent_burmese_offer_raises_its_flags_with_the_phrases_as_evidence() {
        let c = text(
            "ထိုင်းနိုင်ငံ စက်ရုံအလုပ်။ နေရာအကန့်အသတ်ရှိလို့ ဒီနေ့ပဲ လျှောက်ပါ။ \
             အင်တာဗျူး မလိုပါ၊ အတွေ့အကြုံ မလိုပါ။ အကျိုးဆောင်ခ ၁၅ သိန်း ကြိုတင်ပေးရမယ်။ \
             ငွေကို ကျွန်တော့်အကောင့် KBZPay ထဲ လွှဲပါ။ ပတ်စပို့ကို အပ်ထားရပါမယ်။ \
             ခရီးသွားဗီဇာနဲ့ သွားမှာပါ။ Viber နဲ့ပဲ ဆက်သွယ်ပါ။",
        );
        assert_found(&c, Flag::UrgencyPressure, "နေရာအကန့်အသတ်");
        assert_found(&c, Flag::UrgencyPressure, "ဒီနေ့ပဲ");
        assert_found(&c, Flag::NoInterview, "အင်တာဗျူး မလို");
        assert_found(&c, Flag::NoInterview, "အတွေ့အကြုံ မလို");
        assert_found(&c, Flag::FeeDemanded, "အကျိုးဆောင်ခ");
        assert_found(&c, Flag::FeeDemanded, "ကြိုတင်ပေး");
        assert_found(&c, Flag::PayToPersonalAccount, "ကျွန်တော့်အကောင့်");
        assert_found(&c, Flag::PayToPersonalAccount, "kbzpay");
        assert_found(&c, Flag::PassportHandover, "ပတ်စပို့ကို အပ်");
        assert_found(&c, Flag::VisitVisa, "ခရီးသွားဗီဇာ");
        assert_found(&c, Flag::ContactOnlyByChat, "viber");
    }

    #[test]
    fn burmese_typed_with_the_digit_zero_for_wa_is_still_read() {
        // "ဝန်ဆောင်ခ" (service fee) typed with ၀ (digit zero) for ဝ (wa), as many keyboards do.
        let c = text("၀န်ဆောင်ခ ၅ သိန်း ပေးရမယ်။ ဖုန်း ၀၉၇၈၁၂၃၄၅၆၇");
        assert_found(&c, Flag::FeeDemanded, "ဝန်ဆောင်ခ");
        assert!(fold("၀၉၇၈").starts_with('၀'), "digits stay digits");
    }

    #[test]
    fn a_fraudulent_arabic_offer_raises_its_flags_with_the_phrases_as_evidence() {
        let c = text(
            "مطلوب عمال نظافة في الرياض. فرصة أخيرة، المقاعد محدودة! بدون مقابلة وبدون خبرة. \
             رسوم المعاملة ٥٠٠٠ ريال تدفع مقدمًا إلى حسابي الشخصي أو محفظة إلكترونية. \
             يجب تسليم جواز السفر الأصلي للمكتب. السفر بتأشيرة زيارة ثم نحولها إلى إقامة عمل. \
             التواصل عبر الواتساب فقط.",
        );
        assert_found(&c, Flag::UrgencyPressure, "فرصة أخيرة");
        assert_found(&c, Flag::UrgencyPressure, "مقاعد محدودة");
        assert_found(&c, Flag::NoInterview, "بدون مقابلة");
        assert_found(&c, Flag::NoInterview, "بدون خبرة");
        assert_found(&c, Flag::FeeDemanded, "رسوم المعاملة");
        assert_found(&c, Flag::FeeDemanded, "تدفع مقدمًا");
        assert_found(&c, Flag::PayToPersonalAccount, "حسابي الشخصي");
        assert_found(&c, Flag::PayToPersonalAccount, "محفظة إلكترونية");
        assert_found(&c, Flag::PassportHandover, "تسليم جواز السفر");
        assert_found(&c, Flag::VisitVisa, "تأشيرة زيارة");
        assert_found(&c, Flag::ContactOnlyByChat, "واتس");
    }

    #[test]
    fn a_fraudulent_indonesian_offer_raises_its_flags_with_the_phrases_as_evidence() {
        let c = text(
            "Dibutuhkan pekerja pabrik ke Taiwan! Kuota terbatas, buruan daftar hari ini. \
             Tanpa tes, tanpa pengalaman, langsung terbang. Biaya prosesnya Rp 25 juta, \
             transfer ke rekening pribadi saya. Paspor asli diserahkan ke kantor. \
             Berangkat pakai visa turis dulu. Kirim foto KTP dan info lengkap japri WA 0812-3456-7890.",
        );
        assert_found(&c, Flag::UrgencyPressure, "kuota terbatas");
        assert_found(&c, Flag::UrgencyPressure, "buruan");
        assert_found(&c, Flag::UrgencyPressure, "daftar hari ini");
        assert_found(&c, Flag::NoInterview, "tanpa tes");
        assert_found(&c, Flag::NoInterview, "langsung terbang");
        assert_found(&c, Flag::FeeDemanded, "biaya prosesnya");
        assert_found(&c, Flag::PayToPersonalAccount, "rekening pribadi");
        assert_found(&c, Flag::PassportHandover, "paspor asli diserahkan");
        assert_found(&c, Flag::VisitVisa, "visa turis");
        assert_found(&c, Flag::DocumentsByPhoto, "foto ktp");
        assert_found(&c, Flag::ContactOnlyByChat, "japri");
    }

    #[test]
    fn common_hindi_bengali_tagalog_and_amharic_words_are_found() {
        assert_found(
            &text("प्रोसेसिंग फीस 50000 जमा करें"),
            Flag::FeeDemanded,
            "प्रोसेसिंग फीस",
        );
        assert_found(&text("ভিজিট ভিসায় যেতে হবে"), Flag::VisitVisa, "ভিজিট ভিসা");
        assert_found(
            &text("Walang interview, bayad muna ng placement fee"),
            Flag::FeeDemanded,
            "bayad muna",
        );
        assert_found(&text("የቱሪስት ቪዛ ብቻ"), Flag::VisitVisa, "የቱሪስት ቪዛ");
    }

    #[test]
    fn a_phrase_said_in_the_negative_is_not_a_flag() {
        let c = text(
            "No processing fee. We never ask for money to a personal account. \
             Do not hand over your passport to anyone. Biaya visa ditanggung majikan. \
             प्रोसेसिङ शुल्क लाग्दैन। ဝန်ဆောင်ခ မယူပါ။ بدون رسوم المعاملة.",
        );
        assert!(c.flags.is_empty(), "{c:#?}");
    }

    #[test]
    fn words_inside_other_words_are_not_phrases() {
        // "imo" in "Timor", "btc" in "abtcd", "hurry" in "hurryingly" is not the word.
        let c = text("Work in Timor-Leste, code ABTCD, hurryingly written.");
        assert!(c.flags.is_empty(), "{c:#?}");
    }

    #[test]
    fn a_clean_offer_raises_nothing() {
        let c = check(
            &OfferAnswers {
                fee_demanded: Some(false),
                fee_amount: Some(0),
                passport_to_hand_over: Some(false),
                employer_named: Some(true),
                contract_readable: Some(true),
                wage_far_above_normal: Some(false),
                visa: Some(Visa::Work),
                recruiter: Some(RecruiterStanding::Licensed),
                destination: Some("QA".into()),
                offer_text: Some(
                    "Employer: Al Noor Building Contracting WLL, Doha, Qatar. Position: mason. \
                     Salary QAR 1,400 per month, 8 hours a day, one day off a week. Work visa; \
                     the employer pays all recruitment costs and the air ticket. Interview at the \
                     licensed agency's office in Kathmandu, licence 123/067. Contract in Nepali \
                     and English. Keep your passport with you."
                        .into(),
                ),
                ..OfferAnswers::default()
            },
            &[Alert {
                kind: AlertKind::Phone,
                value: "+9779800000000".into(),
                country: Some("NP".into()),
                since: None,
            }],
        );
        assert_eq!(c, JobCheck { flags: vec![] });
    }

    fn phone_alert(value: &str) -> Alert {
        Alert {
            kind: AlertKind::Phone,
            value: value.into(),
            country: Some("NP".into()),
            since: None,
        }
    }

    #[test]
    fn an_alert_phone_written_differently_in_the_text_is_found() {
        let alerts = [phone_alert("+9779812345678")];
        for written in [
            "Call 098123-45678 now",
            "फोन: ९८१२३४५६७८",
            "WhatsApp +977 (981) 234 5678",
            "00977-981-234-5678",
            "Ref 2024 9812345678 contact",
            "call 9812345678, 9800000000",
        ] {
            let c = check(
                &OfferAnswers {
                    offer_text: Some(written.into()),
                    ..OfferAnswers::default()
                },
                &alerts,
            );
            assert_eq!(
                evidence(&c, Flag::KnownFakeOffer),
                vec!["+9779812345678"],
                "{written}"
            );
            assert_eq!(c.flags[0].flag, Flag::KnownFakeOffer);
        }
        for other in [
            "9812345670",
            "+1 812 345 678",
            "81234567",
            "+44 7911 2345678",
        ] {
            let c = check(
                &OfferAnswers {
                    offer_text: Some(other.into()),
                    ..OfferAnswers::default()
                },
                &alerts,
            );
            assert!(evidence(&c, Flag::KnownFakeOffer).is_empty(), "{other}");
        }
    }

    #[test]
    fn a_myanmar_phone_alert_is_found_in_burmese_digits() {
        let c = check(
            &OfferAnswers {
                offer_text: Some("ဆက်သွယ်ရန် ဖုန်း ၀၉-၇၈၁ ၂၃၄ ၅၆၇".into()),
                ..OfferAnswers::default()
            },
            &[phone_alert("+959781234567")],
        );
        assert_eq!(evidence(&c, Flag::KnownFakeOffer), vec!["+959781234567"]);
    }

    #[test]
    fn a_company_alert_is_found_in_burmese_typed_in_zawgyi() {
        let alerts = [Alert {
            kind: AlertKind::Company,
            value: "ရွှေပြည်".into(),
            country: Some("MM".into()),
            since: None,
        }];
        // ရွှေပြည် as a Zawgyi keyboard types it: ေ and ြ before their consonants, ္ as asat.
        let zawgyi = "\u{1031}\u{101B}\u{108A}\u{103B}\u{1015}\u{100A}\u{1039}";
        let offer = OfferAnswers {
            offer_text: Some(format!("{zawgyi} ကုမ္ပဏီ")),
            ..OfferAnswers::default()
        };
        let c = check(&offer, &alerts);
        assert!(
            c.flags.iter().any(|f| f.flag == Flag::KnownFakeOffer),
            "{:?}",
            c.flags
        );
        let unicode = OfferAnswers {
            offer_text: Some("ရွှေပြည် ကုမ္ပဏီ".into()),
            ..OfferAnswers::default()
        };
        assert!(
            check(&unicode, &alerts)
                .flags
                .iter()
                .any(|f| f.flag == Flag::KnownFakeOffer)
        );
    }

    #[test]
    fn company_and_page_alerts_match_whatever_the_case_and_spacing() {
        let alerts = [
            Alert {
                kind: AlertKind::Company,
                value: "Golden Future Manpower".into(),
                country: None,
                since: None,
            },
            Alert {
                kind: AlertKind::Page,
                value: "Dubai Jobs Nepal 2024".into(),
                country: None,
                since: None,
            },
            Alert {
                kind: AlertKind::Company,
                value: "Abc".into(),
                country: None,
                since: None,
            },
            Alert {
                kind: AlertKind::Company,
                value: "हिमालय म्यानपावर".into(),
                country: Some("NP".into()),
                since: None,
            },
            phone_alert("+977 1234"),
        ];
        let c = check(
            &OfferAnswers {
                offer_text: Some(
                    "GOLDEN  FUTURE manpower pvt ltd, see DUBAI JOBS NEPAL 2024 on Facebook, abc, \
                     हिमालय म्यानपावरमा सम्पर्क, 977-1234"
                        .into(),
                ),
                ..OfferAnswers::default()
            },
            &alerts,
        );
        assert_eq!(
            evidence(&c, Flag::KnownFakeOffer),
            vec![
                "golden future manpower",
                "dubai jobs nepal 2024",
                "हिमालय म्यानपावर"
            ],
            "names of three letters and numbers of fewer than 8 digits match nothing"
        );
        let other = check(
            &OfferAnswers {
                offer_text: Some("Golden Futures Manpowering".into()),
                ..OfferAnswers::default()
            },
            &alerts,
        );
        assert!(other.flags.is_empty(), "{other:#?}");
    }

    #[test]
    fn flags_come_most_severe_first() {
        let c = check(
            &OfferAnswers {
                visa: Some(Visa::Unknown),
                employer_named: Some(false),
                fee_demanded: Some(true),
                recruiter: Some(RecruiterStanding::Blacklisted),
                offer_text: Some("Limited seats! Contact on Telegram.".into()),
                ..OfferAnswers::default()
            },
            &[],
        );
        assert_eq!(
            flags(&c),
            vec![
                Flag::RecruiterNotLicensed,
                Flag::FeeDemanded,
                Flag::NoEmployer,
                Flag::UrgencyPressure,
                Flag::ContactOnlyByChat,
                Flag::VisaUnknown,
            ]
        );
        let ranks: Vec<u8> = c.flags.iter().map(|f| f.severity.rank()).collect();
        assert!(ranks.windows(2).all(|w| w[0] <= w[1]), "{ranks:?}");
        assert!(c.flags.iter().all(|f| f.severity == f.flag.severity()));
    }

    #[test]
    fn text_beyond_the_bound_is_ignored_and_a_huge_text_is_quick() {
        let mut long = "a ".repeat(MAX_TEXT_BYTES / 2);
        long.push_str("processing fee");
        assert!(text(&long).flags.is_empty());
        let huge = "ﷺ".repeat(200_000);
        assert!(fold(&huge).len() <= MAX_FOLDED_BYTES + 64);
        let _ = text(&huge);
    }

    #[test]
    fn render_gives_localised_lines_in_every_locale_without_raw_ids() {
        let all = JobCheck {
            flags: Flag::ALL
                .iter()
                .map(|f| RedFlag {
                    flag: *f,
                    severity: f.severity(),
                    evidence: vec!["processing fee".into()],
                })
                .collect(),
        };
        let none = JobCheck { flags: vec![] };
        let english = render(&Localizer::english(), &all);
        for tag in crate::i18n::available() {
            let l = Localizer::new(&[tag], false, false);
            assert_eq!(l.language(), tag);
            for check in [&all, &none] {
                let lines = render(&l, check);
                assert!(lines.len() >= 3);
                for line in &lines {
                    assert!(!line.trim().is_empty(), "{tag}: empty line");
                    assert!(!line.contains("jobcheck-"), "{tag}: raw id in {line:?}");
                }
            }
            let lines = render(&l, &all);
            // summary + 4 lines per flag + advice + reminder
            assert_eq!(lines.len(), 1 + 4 * Flag::ALL.len() + 2, "{tag}");
            if tag != "en" {
                let same = lines.iter().zip(&english).filter(|(a, b)| a == b).count();
                assert!(same == 0, "{tag}: {same} lines still in English");
            }
        }
        assert_eq!(
            english[1],
            "Serious: This number or name is on the hotline's list of fake job offers"
        );
        assert_eq!(english[2], "In the offer: “processing fee”");
        let clean = render(&Localizer::english(), &none);
        assert!(clean[0].starts_with("We found no warning sign"));
        assert!(clean.last().is_some_and(|l| l.contains("does not prove")));
        assert!(clean.last().is_some_and(|l| l.contains("hotline")));
    }

    fn every_phrase() -> Vec<&'static str> {
        TEXT_RULES
            .iter()
            .flat_map(|r| r.phrases.iter().copied())
            .chain(NEGATION_BEFORE.iter().copied())
            .chain(NEGATION_AFTER.iter().copied())
            .map(|p| p.trim_end_matches('*'))
            .collect()
    }

    #[test]
    fn every_phrase_finds_itself() {
        for rule in TEXT_RULES {
            for phrase in rule.phrases {
                let written = format!("x {} x", phrase.trim_end_matches('*'));
                let c = text(&written);
                assert!(
                    flags(&c).contains(&rule.flag),
                    "{phrase:?} does not raise {}",
                    rule.flag.code()
                );
            }
        }
    }

    proptest! {
        #[test]
        fn arbitrary_text_never_panics_and_evidence_is_in_the_folded_text(
            parts in proptest::collection::vec(
                prop_oneof![
                    "\\PC{0,40}",
                    proptest::sample::select(every_phrase()).prop_map(str::to_owned),
                    "[0-9 +()-]{0,20}",
                ],
                0..12,
            ),
            name in "\\PC{0,24}",
        ) {
            let offer: String = parts.concat();
            let alerts = [
                Alert { kind: AlertKind::Company, value: name.clone(), country: None, since: None },
                Alert { kind: AlertKind::Phone, value: name, country: None, since: None },
                phone_alert("+9779812345678"),
            ];
            let c = check(
                &OfferAnswers { offer_text: Some(offer.clone()), ..OfferAnswers::default() },
                &alerts,
            );
            let folded = fold(&offer);
            for f in &c.flags {
                for e in &f.evidence {
                    let from_phone = f.flag == Flag::KnownFakeOffer
                        && alerts.iter().any(|a| a.kind == AlertKind::Phone && a.value.trim() == e);
                    prop_assert!(from_phone || folded.contains(e.as_str()), "{e:?} not in {folded:?}");
                }
            }
        }

        #[test]
        fn folding_is_bounded_and_never_panics(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
            let s = String::from_utf8_lossy(&bytes);
            let _ = fold(&s);
            let _ = phone_candidates(&s);
        }
    }
}
