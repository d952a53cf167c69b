//! Words that say what kind of business a recruiter is, not which one: "Manpower", "Overseas",
//! "Pvt. Ltd.", with their spellings and translations in the scripts of the countries workers
//! leave from and go to. They are folded and keyed like names, so "प्राइभेट लिमिटेड" and
//! "Private Limited" are the same two suffix words, and "የግል" means the same as "Private".
//! Names keep them (they break ties) but they weigh little.

use std::sync::OnceLock;

use rustc_hash::FxHashMap;

use super::fold::fold;
use super::phonetic::{form, similarity_above, weighted_len};

/// Suffix words grouped by meaning, so that a name's "Pvt. Ltd." agrees with a query's
/// "प्राइभेट लिमिटेड" or "የግል": one line per meaning, Latin first, then Devanagari, Bengali,
/// Sinhala, Burmese, Arabic and Urdu, Thai, Khmer, Ethiopic.
#[rustfmt::skip]
const MEANINGS: &[&[&str]] = &[
    &["manpower", "manpowers", "manning", "tenaga", "म्यानपावर", "मेनपावर", "मैनपावर", "ম্যানপাওয়ার", "මෑන්පවර්",
      "မန်းပါဝါ", "แมนพาวเวอร์"],
    &["overseas", "oversea", "ओभरसीज", "ओभरसिज", "ओवरसीज", "ओवरसीस", "ওভারসিজ", "ওভারসীজ",
      "ඕවර්සීස්", "ပြည်ပ", "اوورسیز", "โอเวอร์ซีส์"],
    &["foreign", "वैदेशिक", "বৈদেশিক", "ෆොරින්", "විදේශ", "የውጭ", "ሀገር", "አገር"],
    &["international", "internationals", "intl", "internasional", "इन्टरनेशनल", "इन्टरनेसनल", "इंटरनेशनल",
      "इन्टरनेश्नल", "ইন্টারন্যাশনাল", "ඉන්ටර්නැෂනල්", "အင်တာနေရှင်နယ်", "الدولية", "دولية",
      "العالمية", "انٹرنیشنل", "อินเตอร์เนชั่นแนล", "អន្តរជាតិ", "ኢንተርናሽናል"],
    &["services", "service", "svcs", "jasa", "सर्भिसेज", "सर्विसेज", "सर्भिस", "सर्विस", "সার্ভিসেস",
      "সার্ভিস", "සර්විසස්", "ဝန်ဆောင်မှု", "للخدمات", "خدمات", "الخدمات", "سروسز", "เซอร์วิส",
      "សេវាកម្ម", "ሰርቪስ"],
    &["private", "pvt", "pte", "प्राइभेट", "प्राइवेट", "प्रा", "প্রাইভেট", "প্রাঃ", "පුද්ගලික",
      "පෞද්ගලික", "පුද්", "پرائیویٹ", "ឯកជន", "ឯ.ក", "የግል"],
    &["limited", "ltd", "ltda", "लि", "लिमिटेड", "লিমিটেড", "লিঃ", "ලිමිටඩ්", "လီမိတက်",
      "المحدودة", "محدودة", "لمیٹڈ", "จำกัด"],
    &["company", "co", "corp", "corporation", "inc", "incorporated", "pt", "cv", "tbk", "jsc",
      "sdn", "bhd", "perusahaan", "pjtki", "p3mi", "कर्पोरेशन", "कॉर्पोरेशन", "কর্পোরেশন", "कम्पनी", "कंपनी", "इन्क", "प्रालि", "কোম্পানি", "සමාගම", "ကုမ္ပဏီ", "شركة",
      "شركه", "کمپنی", "บริษัท", "บจก", "ห้างหุ้นส่วน", "ក្រុមហ៊ុន", "ខូអិលធីឌី", "ኩባንያ", "ማህበር"],
    &["plc", "llc", "wll", "fze", "fzc", "fzco", "ذ.م.م", "ذات", "مسؤولية", "มหาชน",
      "ኃ.የተ.የግ.ማ", "ኃላፊነቱ", "የተወሰነ"],
    &["establishment", "est", "مؤسسة", "ድርጅት"],
    &["recruiting", "recruitment", "recruitments", "recruiters", "recruiter", "recruit",
      "रिक्रुटिङ", "रिक्रूटिंग", "रिक्रुटमेन्ट", "রিক্রুটিং", "রিক্রুটমেন্ট", "ရှာဖွေရေး", "للاستقدام",
      "الاستقدام", "استقدام", "จัดหางาน", "ជ្រើសរើស"],
    &["agency", "agencies", "agent", "agents", "bureau", "office", "penyalur", "एजेन्सी", "एजेंसी", "এজেন্সি",
      "ඒජන්සි", "ඒජන්සිය", "නියෝජිත", "ආයතනය", "အေဂျင်စီ", "مكتب", "وكالة", "ភ្នាក់ងារ", "ኤጀንሲ",
      "አገናኝ"],
    &["employment", "employments", "job", "jobs", "kerja", "pekerja", "migran", "इम्प्लोयमेन्ट", "एम्प्लोयमेंट", "रोजगार",
      "এমপ্লয়মেন্ট", "কর্মসংস্থান", "එම්ප්ලොයිමන්ට්", "රැකියා", "အလုပ်အကိုင်", "للتوظيف", "توظيف",
      "ایمپلائمنٹ", "ការងារ", "ሥራና", "ሥራ", "የሥራ", "ሰራና", "ሠራተኛ", "ሰራተኛ", "ስምሪት", "ኤምፕሎይመንት"],
    &["human", "ह्युमन", "ह्यूमन", "হিউম্যান", "البشرية"],
    &["resources", "resource", "hr", "रिसोर्स", "रिसोर्सेज", "রিসোর্স", "রিসোর্সেস", "للموارد",
      "الموارد", "បុគ្គលិក", "ធនធានមនុស្ស"],
    &["travels", "travel", "tours", "tour", "ट्राभल्स", "ट्रेवल्स", "ट्राभल", "टुर्स", "टूर्स",
      "ট্রাভেলস", "ট্যুরস", "للسياحة", "والسفر", "سفريات", "ٹریولز"],
    &["consultancy", "consultancies", "consultant", "consultants", "consulting", "कन्सल्टेन्सी",
      "कंसल्टेंसी", "कन्सल्टेन्ट्स", "कंसल्टेंट्स", "কনসালটেন্সি", "কনসালটেন্টস"],
    &["promoters", "promoter", "پروموٹرز"],
    &["placement", "placements", "penempatan", "प्लेसमेंट", "प्लेसमेन्ट"],
    &["solutions", "solution", "सोलुसन्स", "सल्युसन्स"],
    &["enterprises", "enterprise", "एंटरप्राइजेज", "एन्टरप्राइजेज", "इन्टरप्राइजेज", "एन्टरप्राइज",
      "এন্টারপ্রাইজ", "এন্টারপ্রাইজেস"],
    &["group", "ग्रुप", "গ্রুপ", "مجموعة", "กรุ๊ป"],
    &["associates", "एसोसिएट्स"],
    &["trading", "traders", "ट्रेडिंग", "ট্রেড", "ট্রেডিং", "للتجارة", "تجارة", "ትሬዲንግ"],
    &["management"],
    &["center", "centre"],
    &["and", "एण्ड", "एंड", "तथा", "অ্যান্ড", "এন্ড", "اینڈ"],
    &["the", "of", "al", "el"],
];

/// The shortest suffix form that may be found glued to a name ("HimalayaManpower").
const MIN_GLUED: usize = 5;
/// How alike a query word must be to a suffix word's form to be taken for one.
const NEAR: f32 = 0.8;

/// What a suffix word means: 1 + its line in [`MEANINGS`]; 0 for no suffix word.
pub(super) type Meaning = u8;

pub(super) struct Suffixes {
    forms: FxHashMap<String, Meaning>,
    /// Forms long enough to be recognised misspelt, with their weighted lengths.
    fuzzy: Vec<(String, f32, Meaning)>,
    /// Latin suffix words, for typing errors.
    latin: Vec<(&'static str, Meaning)>,
}

pub(super) fn suffixes() -> &'static Suffixes {
    static SUFFIXES: OnceLock<Suffixes> = OnceLock::new();
    SUFFIXES.get_or_init(|| {
        let mut forms: FxHashMap<String, Meaning> = FxHashMap::default();
        let mut latin = Vec::new();
        for (line, words) in MEANINGS.iter().enumerate() {
            let meaning = Meaning::try_from(line + 1).unwrap_or(Meaning::MAX);
            for w in *words {
                if w.is_ascii() {
                    latin.push((*w, meaning));
                }
                for f in fold(w).split(' ').map(form).filter(|f| !f.is_empty()) {
                    forms.entry(f).or_insert(meaning);
                }
            }
        }
        let mut fuzzy: Vec<(String, f32, Meaning)> = forms
            .iter()
            .map(|(f, &m)| (f.clone(), weighted_len(f, false), m))
            .filter(|(_, len, _)| *len >= 3.5)
            .collect();
        fuzzy.sort_unstable_by(|a, b| a.0.cmp(&b.0));
        Suffixes {
            forms,
            fuzzy,
            latin,
        }
    })
}

impl Suffixes {
    pub(super) fn contains(&self, form: &str) -> bool {
        self.forms.contains_key(form)
    }

    /// The meaning of a suffix form; 0 for other words.
    pub(super) fn meaning(&self, form: &str) -> Meaning {
        self.forms.get(form).copied().unwrap_or(0)
    }

    /// How close a query word comes to being a suffix word, 0 to 1: its form against the
    /// suffix forms (other spellings: "इन्टरनेसनल"), and its letters against the Latin suffix
    /// words within a typing error or two ("Agenyc", "Inetrnational", "Sevices").
    /// How close a query word comes to being a suffix word, 0 to 1, and which: its form
    /// against the suffix forms (other spellings: "इन्टरनेसनल"), and its letters against the
    /// Latin suffix words within a typing error or two ("Agenyc", "Inetrnational", "Sevices").
    pub(super) fn nearness(&self, folded: &str, form: &str) -> (f32, Meaning) {
        if let Some(&meaning) = self.forms.get(form) {
            return (1.0, meaning);
        }
        let len = weighted_len(form, false);
        let mut best = (0f32, 0);
        if len >= 3.5 {
            for (suffix, suffix_len, meaning) in &self.fuzzy {
                // A form much longer or shorter cannot reach NEAR.
                if (len - suffix_len).abs() > (1.0 - NEAR) * len.max(*suffix_len) {
                    continue;
                }
                let s = similarity_above(form, suffix, false, NEAR);
                if s > best.0 {
                    best = (s, *meaning);
                }
            }
        }
        let letters = folded.len();
        if best.0 < NEAR && letters >= 4 && folded.is_ascii() {
            let allowed = if letters >= 6 { 2 } else { 1 };
            let typo = self.latin.iter().find(|(w, _)| {
                w.len() >= 4 && w.len().abs_diff(letters) <= allowed && typos(folded, w) <= allowed
            });
            if let Some(&(_, meaning)) = typo {
                best = (NEAR, meaning);
            }
        }
        if best.0 >= NEAR { best } else { (0.0, 0) }
    }

    /// Splits a suffix word glued to the end or start of a word: "himalayamanpower" into
    /// "himalaya" and "manpower".
    pub(super) fn split_glued<'a>(&self, form: &'a str) -> Option<(&'a str, &'a str)> {
        let len = form.len();
        if !form.is_ascii() || len < MIN_GLUED + 3 {
            return None;
        }
        for cut in 3..=len - MIN_GLUED {
            let (head, tail) = form.split_at(cut);
            if self.contains(tail) || (head.len() >= MIN_GLUED && self.contains(head)) {
                return Some((head, tail));
            }
        }
        None
    }
}

/// Typing errors between two short ASCII words: insertions, deletions, substitutions and
/// swaps of neighbours (optimal string alignment), stopping early past 3.
fn typos(a: &str, b: &str) -> usize {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len() > 32 || b.len() > 32 {
        return usize::MAX;
    }
    let mut before = [0usize; 33];
    let mut prev = [0usize; 33];
    let mut cur = [0usize; 33];
    for (j, p) in prev.iter_mut().enumerate().take(b.len() + 1) {
        *p = j;
    }
    for i in 0..a.len() {
        cur[0] = i + 1;
        for j in 0..b.len() {
            let mut d = (prev[j] + usize::from(a[i] != b[j]))
                .min(prev[j + 1] + 1)
                .min(cur[j] + 1);
            if i > 0 && j > 0 && a[i] == b[j - 1] && a[i - 1] == b[j] {
                d = d.min(before[j - 1] + 1);
            }
            cur[j + 1] = d;
        }
        before = prev;
        prev = cur;
    }
    prev[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn is_suffix(word: &str) -> bool {
        fold(word).split(' ').all(|w| suffixes().contains(&form(w)))
    }

    #[test]
    fn suffix_words_are_known_in_every_script() {
        for w in [
            "Manpower",
            "Pvt.",
            "Ltd",
            "प्राइभेट लिमिटेड",
            "ওভারসিজ",
            "شركة",
            "บริษัท จำกัด",
        ] {
            assert!(is_suffix(w), "{w}");
        }
        for w in ["Himalaya", "Everest", "Sagarmatha", "Khaleej"] {
            assert!(!is_suffix(w), "{w}");
        }
    }

    #[test]
    fn misspelt_suffixes_are_near_and_glued_ones_split() {
        let near = |w: &str| suffixes().nearness(w, &form(w)).0;
        for w in [
            "manpawer",
            "overses",
            "agenyc",
            "inetrnational",
            "sevices",
            "emplpyment",
        ] {
            assert!(near(w) >= NEAR, "{w}");
        }
        for w in ["himalaya", "nepal", "gurung", "ltx"] {
            assert_eq!(near(w), 0.0, "{w}");
        }
        assert_eq!(
            suffixes().split_glued(&form("himalayamanpower")),
            Some(("himalaya", "manpober"))
        );
    }
}
