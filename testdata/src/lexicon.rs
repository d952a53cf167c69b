//! Name parts with their native spellings and the other ways people romanise them.
//!
//! Every agency name and every native alias is assembled from these tables word by word, so an
//! alias is always a correct spelling of the same name, and the query builder can read a name
//! back into its parts. The tables hold no randomness and no country rules: those live in
//! `countries/`.

/// The scripts people use for agency names besides Latin.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Script {
    Nepali,
    Hindi,
    Bengali,
    Sinhala,
    Burmese,
    Amharic,
}

impl Script {
    /// How the distinctive words of a name are joined: Burmese writes a name without spaces.
    pub fn joiner(self) -> &'static str {
        match self {
            Script::Burmese => "",
            _ => " ",
        }
    }
}

/// One name part: its Latin spelling, its spelling in the country's script ("" where the
/// country writes no other script), and other romanisations of the same native word.
#[derive(Debug, Clone, Copy)]
pub struct Word {
    pub latin: &'static str,
    pub native: &'static str,
    pub alts: &'static [&'static str],
}

pub const fn w(latin: &'static str, native: &'static str, alts: &'static [&'static str]) -> Word {
    Word {
        latin,
        native,
        alts,
    }
}

/// A part of a Latin-only name (Indonesia, the Philippines, Kenya).
pub const fn l(latin: &'static str) -> Word {
    w(latin, "", &[])
}

/// An English word agencies everywhere put in their names, spelt in each script as people
/// there write it: `[Nepali, Hindi, Bengali, Sinhala, Burmese, Amharic]`, "" where it is not used.
/// Its other romanisations are ones that several of these scripts lead to.
pub struct SharedWord {
    pub latin: &'static str,
    pub native: [&'static str; 6],
    pub alts: &'static [&'static str],
}

impl SharedWord {
    /// The word as a country with `script` uses it, or `None` if that country does not.
    pub fn for_script(&self, script: Option<Script>) -> Option<Word> {
        let native = match script {
            None => "",
            Some(s) => match self.native[s as usize] {
                "" => return None,
                n => n,
            },
        };
        Some(w(self.latin, native, self.alts))
    }
}

const fn s(
    latin: &'static str,
    native: [&'static str; 6],
    alts: &'static [&'static str],
) -> SharedWord {
    SharedWord {
        latin,
        native,
        alts,
    }
}

/// Most common first: generators weight them by rank.
#[rustfmt::skip]
pub const SHARED: &[SharedWord] = &[
    s("Global", ["ग्लोबल", "ग्लोबल", "গ্লোবাল", "ග්ලෝබල්", "ဂလိုဘယ်", "ግሎባል"], &["Globel", "Gloabal"]),
    s("Star", ["स्टार", "स्टार", "স্টার", "ස්ටාර්", "စတား", "ስታር"], &["Staar", "Starr"]),
    s("Asia", ["एसिया", "एशिया", "এশিয়া", "ආසියා", "အာရှ", "እስያ"], &["Esia", "Asiya"]),
    s("Royal", ["रोयल", "रॉयल", "রয়্যাল", "රෝයල්", "", "ሮያል"], &["Royel", "Rayal"]),
    s("Golden", ["गोल्डेन", "गोल्डन", "গোল্ডেন", "ගෝල්ඩන්", "", "ጎልደን"], &["Goldan", "Goldon"]),
    s("United", ["युनाइटेड", "यूनाइटेड", "ইউনাইটেড", "යුනයිටඩ්", "", "ዩናይትድ"], &["Yunaited", "Unaited"]),
    s("New", ["न्यू", "न्यू", "নিউ", "නිව්", "နယူး", "ኒው"], &["Nyu", "Niu"]),
    s("Prime", ["प्राइम", "प्राइम", "প্রাইম", "ප්‍රයිම්", "", "ፕራይም"], &["Praim", "Praime"]),
    s("Sunrise", ["सनराइज", "सनराइज", "সানরাইজ", "සන්රයිස්", "", ""], &["Sanraij", "Sunraise"]),
    s("Unique", ["युनिक", "यूनिक", "ইউনিক", "යුනික්", "", "ዩኒክ"], &["Yunik", "Unik"]),
    s("Sky", ["स्काई", "स्काई", "স্কাই", "ස්කයි", "", "ስካይ"], &["Skai", "Skaai"]),
    s("Diamond", ["डायमन्ड", "डायमंड", "ডায়মন্ড", "ඩයමන්ඩ්", "", "ዳይመንድ"], &["Daimond", "Dayamand"]),
    s("Crown", ["क्राउन", "क्राउन", "ক্রাউন", "ක්‍රවුන්", "", "ክራውን"], &["Kraun", "Craun"]),
    s("Silver", ["सिल्भर", "सिल्वर", "সিলভার", "සිල්වර්", "", "ሲልቨር"], &["Silvar", "Silbar"]),
    s("World", ["वर्ल्ड", "वर्ल्ड", "ওয়ার্ল্ড", "වර්ල්ඩ්", "", "ወርልድ"], &["Warld", "Wurld"]),
    s("Vision", ["भिजन", "विजन", "ভিশন", "විෂන්", "", "ቪዥን"], &["Vijan", "Vishan"]),
    s("Friends", ["फ्रेन्ड्स", "फ्रेंड्स", "ফ্রেন্ডস", "ෆ්‍රෙන්ඩ්ස්", "", "ፍሬንድስ"], &["Frends", "Frendz"]),
    s("Dream", ["ड्रिम", "ड्रीम", "ড্রিম", "ඩ්‍රීම්", "", "ድሪም"], &["Drim", "Dreem"]),
    s("Green", ["ग्रीन", "ग्रीन", "গ্রীন", "ග්‍රීන්", "", "ግሪን"], &["Grin", "Griin"]),
    s("Smart", ["स्मार्ट", "स्मार्ट", "স্মার্ট", "ස්මාර්ට්", "", "ስማርት"], &["Ismart", "Smaart"]),
    s("Link", ["लिङ्क", "लिंक", "লিংক", "ලින්ක්", "", "ሊንክ"], &["Linc", "Lingk"]),
    s("Trust", ["ट्रस्ट", "ट्रस्ट", "ট্রাস্ট", "ට්‍රස්ට්", "", "ትረስት"], &["Trast", "Trustt"]),
    s("Gulf", ["गल्फ", "गल्फ", "গালফ", "ගල්ෆ්", "", "ገልፍ"], &["Galf", "Gulph"]),
    s("Victory", ["भिक्ट्री", "विक्ट्री", "ভিক্টরি", "වික්ටරි", "", "ቪክቶሪ"], &["Viktri", "Victori"]),
    s("Future", ["फ्युचर", "फ्यूचर", "ফিউচার", "ෆියුචර්", "", "ፊውቸር"], &["Fyuchar", "Fiuchar"]),
    s("Planet", ["प्लानेट", "प्लैनेट", "প্ল্যানেট", "ප්ලැනට්", "", "ፕላኔት"], &["Planate", "Plenet"]),
    s("Fortune", ["फर्च्युन", "फॉर्च्यून", "ফরচুন", "ෆෝචූන්", "", "ፎርቹን"], &["Farchyun", "Forchun"]),
    s("Eagle", ["ईगल", "ईगल", "ঈগল", "ඊගල්", "", "ኢግል"], &["Igal", "Eegal"]),
    s("Pioneer", ["पायोनियर", "पायनियर", "পাইওনিয়ার", "පයනියර්", "", ""], &["Payoniyar", "Paioneer"]),
    s("Classic", ["क्लासिक", "क्लासिक", "ক্লাসিক", "ක්ලැසික්", "", "ክላሲክ"], &["Klasik", "Claasic"]),
    s("Alpha", ["अल्फा", "अल्फा", "আলফা", "ඇල්ෆා", "", "አልፋ"], &["Alfa", "Alpaa"]),
    s("Rainbow", ["रेनबो", "रेनबो", "রেইনবো", "රේන්බෝ", "", ""], &["Renbo", "Reinbo"]),
    s("Horizon", ["होराइजन", "होराइजन", "হরাইজন", "හොරයිසන්", "", "ሆራይዘን"], &["Horaijan", "Horaizan"]),
    s("Express", ["एक्सप्रेस", "एक्सप्रेस", "এক্সপ্রেস", "එක්ස්ප්‍රස්", "", "ኤክስፕረስ"], &["Ekspres", "Exprez"]),
    s("Perfect", ["परफेक्ट", "परफेक्ट", "পারফেক্ট", "පර්ෆෙක්ට්", "", "ፐርፌክት"], &["Parfect", "Parfekt"]),
    s("Continental", ["कन्टिनेन्टल", "कॉन्टिनेंटल", "কন্টিনেন্টাল", "කොන්ටිනෙන්ටල්", "", "ኮንቲኔንታል"], &["Kantinental", "Continantal"]),
    s("Mission", ["मिसन", "मिशन", "মিশন", "මිෂන්", "", ""], &["Misan", "Mishan"]),
];

/// Every Latin token the generator can put in a name, alias or address, lower case: queries
/// that must match nothing stay clear of these.
pub fn latin_vocabulary() -> Vec<String> {
    let mut texts: Vec<&str> = Vec::new();
    for word in SHARED {
        texts.push(word.latin);
        texts.extend_from_slice(word.alts);
    }
    for country in crate::countries::ALL {
        for word in country
            .words
            .iter()
            .chain(country.business.iter().map(|(b, _)| b))
        {
            texts.push(word.latin);
            texts.extend_from_slice(word.alts);
        }
        texts.extend(country.suffixes.iter().map(|(s, _)| s.latin));
        for city in country.cities {
            texts.push(city.name);
            texts.extend_from_slice(city.localities);
        }
    }
    let mut tokens: Vec<String> = texts.iter().flat_map(|t| tokens(t)).collect();
    tokens.sort();
    tokens.dedup();
    tokens
}

/// Every native-script token the generator can put in an alias.
pub fn native_vocabulary() -> Vec<String> {
    let mut texts: Vec<&str> = SHARED.iter().flat_map(|w| w.native).collect();
    for country in crate::countries::ALL {
        texts.extend(country.words.iter().map(|w| w.native));
        texts.extend(country.business.iter().map(|(b, _)| b.native));
        texts.extend(country.suffixes.iter().map(|(s, _)| s.native));
    }
    let mut tokens: Vec<String> = texts.iter().flat_map(|t| tokens(t)).collect();
    tokens.sort();
    tokens.dedup();
    tokens
}

/// Words of a name as a search index would see them: split at spaces, outer punctuation
/// dropped (`Co.,` is `co`, `(Pvt)` is `pvt`, `&` is nothing), lower case.
pub fn tokens(text: &str) -> Vec<String> {
    text.split_whitespace()
        .map(|t| {
            t.trim_matches(|c: char| c.is_ascii_punctuation())
                .to_lowercase()
        })
        .filter(|t| !t.is_empty())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::countries::ALL;
    use std::collections::{HashMap, HashSet};
    use unicode_normalization::UnicodeNormalization;

    fn block(script: Script) -> std::ops::RangeInclusive<char> {
        match script {
            Script::Nepali | Script::Hindi => '\u{0900}'..='\u{097F}',
            Script::Bengali => '\u{0980}'..='\u{09FF}',
            Script::Sinhala => '\u{0D80}'..='\u{0DFF}',
            Script::Burmese => '\u{1000}'..='\u{109F}',
            Script::Amharic => '\u{1200}'..='\u{139F}',
        }
    }

    /// Every native spelling a country can write, with the Latin word it spells.
    fn spellings() -> Vec<(Script, &'static str, &'static str)> {
        let mut out = Vec::new();
        for country in ALL {
            let Some(script) = country.script else {
                continue;
            };
            for w in country
                .words
                .iter()
                .chain(country.business.iter().map(|(b, _)| b))
            {
                out.push((script, w.latin, w.native));
            }
            for (s, _) in country.suffixes {
                out.push((script, s.latin, s.native));
            }
            for s in SHARED {
                if let Some(w) = s.for_script(Some(script)) {
                    out.push((script, w.latin, w.native));
                }
            }
        }
        out
    }

    #[test]
    fn native_spellings_are_in_their_script_and_nfc() {
        for (script, latin, native) in spellings() {
            let ok = native
                .chars()
                .all(|c| block(script).contains(&c) || matches!(c, ' ' | '.' | '-' | '\u{200D}'));
            assert!(ok, "{latin}: {native:?} is not all {script:?}");
            assert_eq!(
                native.nfc().collect::<String>(),
                native,
                "{latin} is not NFC"
            );
        }
    }

    #[test]
    fn script_countries_spell_every_word_and_no_two_words_alike() {
        let mut seen: HashMap<(&str, &str), &str> = HashMap::new();
        for country in ALL {
            let Some(script) = country.script else {
                continue;
            };
            for w in country.words {
                assert!(!w.native.is_empty(), "{} has no native spelling", w.latin);
            }
            for (b, _) in country.business {
                assert!(b.latin.is_empty() || !b.native.is_empty(), "{}", b.latin);
            }
            let words = country
                .words
                .iter()
                .copied()
                .chain(SHARED.iter().filter_map(|s| s.for_script(Some(script))));
            for w in words {
                if let Some(other) = seen.insert((country.code, w.native), w.latin) {
                    assert_eq!(other, w.latin, "{} spells two words alike", country.code);
                }
            }
        }
    }

    #[test]
    fn other_romanisations_are_never_a_name_part_themselves() {
        let mut latin: HashSet<String> = SHARED.iter().map(|s| s.latin.to_lowercase()).collect();
        for country in ALL {
            latin.extend(country.words.iter().map(|w| w.latin.to_lowercase()));
            latin.extend(country.business.iter().map(|(b, _)| b.latin.to_lowercase()));
        }
        let alts = SHARED
            .iter()
            .map(|s| (s.latin, s.alts))
            .chain(ALL.iter().flat_map(|c| {
                c.words
                    .iter()
                    .chain(c.business.iter().map(|(b, _)| b))
                    .map(|w| (w.latin, w.alts))
            }));
        for (word, alts) in alts {
            for alt in alts {
                assert!(
                    !latin.contains(&alt.to_lowercase()),
                    "{word}: {alt} is a name part"
                );
                assert!(alt.is_ascii(), "{alt}");
            }
        }
    }

    #[test]
    fn distinctive_words_are_single_latin_words() {
        for country in ALL {
            for w in country.words {
                assert!(w.latin.is_ascii() && !w.latin.contains(' '), "{}", w.latin);
            }
            let distinct: HashSet<&str> = country.words.iter().map(|w| w.latin).collect();
            assert_eq!(
                distinct.len(),
                country.words.len(),
                "{} repeats a word",
                country.code
            );
        }
    }
}
