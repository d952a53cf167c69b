use mitra_protocol::directory::LicenceStatus;
use proptest::prelude::*;

use super::*;

fn entry(country: &str, licence: &str, name: &str, aliases: &[&str], phones: &[&str]) -> Entry {
    Entry {
        licence_number: licence.into(),
        country: country.into(),
        authority: "Licensing authority".into(),
        name: name.into(),
        aliases: aliases.iter().map(|a| (*a).into()).collect(),
        status: LicenceStatus::Licensed,
        status_since: None,
        phones: phones.iter().map(|p| (*p).into()).collect(),
        address: None,
    }
}

fn directory() -> Index {
    Index::new(vec![
        entry(
            "NP",
            "1234/067",
            "Himalaya Manpower Pvt. Ltd.",
            &["हिमालय म्यानपावर प्रा. लि."],
            &["+9779841234567"],
        ),
        entry(
            "NP",
            "5678/075",
            "Himalaya Overseas Pvt. Ltd.",
            &[],
            &["+97714123456"],
        ),
        entry("NP", "2001/070", "Sagarmatha Overseas Pvt. Ltd.", &[], &[]),
        entry("NP", "3310/072", "Everest Human Resources", &[], &[]),
        entry(
            "BD",
            "RL-0456",
            "Rahman Overseas Recruiting Agency",
            &[],
            &["+8801711223344"],
        ),
        entry(
            "LK",
            "FE/2345",
            "Lanka Foreign Employment Agency (Pvt) Ltd",
            &[],
            &[],
        ),
        entry("MM", "MOL-77", "Shwe Taung Manpower Co., Ltd.", &[], &[]),
        entry(
            "ET",
            "AA/001",
            "Abebe Kebede Private Employment Agency",
            &[],
            &[],
        ),
        entry("SA", "1010", "Al Khaleej Recruitment Office", &[], &[]),
        entry("TH", "0123/2560", "Siam Raengngan Co., Ltd.", &[], &[]),
        entry("KH", "045", "Angkor Manpower Co., Ltd.", &[], &[]),
        // Names written only in the country's own script.
        entry("NP", "4100/076", "अन्नपूर्ण म्यानपावर प्रा. लि.", &[], &[]),
        entry("BD", "RL-0789", "কর্ণফুলী ওভারসিজ", &[], &[]),
        entry("LK", "FE/777", "රුහුණු ඒජන්සිය", &[], &[]),
        entry("MM", "MOL-12", "ရွှေမြို့ ကုမ္ပဏီ လီမိတက်", &[], &[]),
        entry("SA", "2020", "مكتب النخبة للاستقدام", &[], &[]),
        entry("TH", "0456/2561", "บริษัท รุ่งเรือง จำกัด", &[], &[]),
        entry("KH", "078", "ក្រុមហ៊ុន សុខ សាន្ត", &[], &[]),
        entry("ET", "AA/002", "ተስፋዬ ኤጀንሲ", &[], &[]),
        // Only its Burmese alias says "Shwe Pyi".
        entry(
            "MM",
            "MOL-99",
            "Golden Land Co., Ltd.",
            &["ရွှေပြည် ကုမ္ပဏီ"],
            &[],
        ),
    ])
}

fn top(index: &Index, query: &str) -> Option<(String, Matched)> {
    index.search(query, None, 5).first().map(|h| {
        let e = &index.entries()[h.index];
        (e.id(), h.matched)
    })
}

fn top_id(index: &Index, query: &str) -> Option<String> {
    top(index, query).map(|(id, _)| id)
}

#[test]
fn native_script_queries_find_latin_names() {
    let index = directory();
    for (query, id) in [
        ("सगरमाथा ओभरसीज", "NP:2001/070"),
        ("हिमालय म्यानपावर", "NP:1234/067"),
        ("রহমান ওভারসিজ", "BD:RL-0456"),
        ("ලංකා", "LK:FE/2345"),
        ("ရွှေတောင်", "MM:MOL-77"),
        ("الخليج", "SA:1010"),
        ("สยามแรงงาน", "TH:0123/2560"),
        ("អង្គរ", "KH:045"),
        ("አበበ ከበደ", "ET:AA/001"),
    ] {
        assert_eq!(top_id(&index, query).as_deref(), Some(id), "{query}");
    }
}

#[test]
fn latin_queries_find_names_written_in_other_scripts() {
    let index = directory();
    for (query, id) in [
        ("Annapurna Manpower", "NP:4100/076"),
        ("Karnaphuli Overseas", "BD:RL-0789"),
        ("Ruhunu Agency", "LK:FE/777"),
        ("Shwe Myo", "MM:MOL-12"),
        ("Al Nukhba Recruitment", "SA:2020"),
        ("Rungrueang", "TH:0456/2561"),
        ("Sok Sant", "KH:078"),
        ("Tesfaye Agency", "ET:AA/002"),
    ] {
        assert_eq!(top_id(&index, query).as_deref(), Some(id), "{query}");
    }
}

#[test]
fn suffix_words_are_ignored_but_break_ties() {
    let index = directory();
    let hits = index.search("Himalaya", None, 10);
    let ids: Vec<String> = hits.iter().map(|h| index.entries()[h.index].id()).collect();
    assert_eq!(ids, ["NP:1234/067", "NP:5678/075"]);
    assert!(hits[0].score > 0.9);
    assert_eq!(
        top_id(&index, "Himalaya Overseas").as_deref(),
        Some("NP:5678/075")
    );
    assert_eq!(
        top_id(&index, "himalaya manpower").as_deref(),
        Some("NP:1234/067")
    );
    assert_eq!(
        top_id(&index, "Sagarmatha Recruiting Agency Pvt Ltd").as_deref(),
        Some("NP:2001/070")
    );
    assert_eq!(
        top_id(&index, "Everest International Services").as_deref(),
        Some("NP:3310/072")
    );
}

#[test]
fn typos_are_tolerated() {
    let index = directory();
    for (query, id) in [
        ("Sagarmata Oversease", "NP:2001/070"),
        ("Himalya Manpawer", "NP:1234/067"),
        ("Evrest Human Resource", "NP:3310/072"),
        ("Rahmaan Overseas", "BD:RL-0456"),
        ("Al Kaleej", "SA:1010"),
        ("Shwe Taun", "MM:MOL-77"),
    ] {
        assert_eq!(top_id(&index, query).as_deref(), Some(id), "{query}");
    }
}

#[test]
fn a_zawgyi_query_finds_a_unicode_burmese_alias() {
    let index = directory();
    // ရွှေပြည် as a Zawgyi keyboard types it: ေ and ြ before their consonants, ္ as asat.
    let zawgyi = "\u{1031}\u{101B}\u{108A}\u{103B}\u{1015}\u{100A}\u{1039}";
    assert!(is_zawgyi(zawgyi));
    let hits = index.search(zawgyi, Some("MM"), 5);
    let found: Vec<(String, Matched)> = hits
        .iter()
        .map(|h| (index.entries()[h.index].id(), h.matched))
        .collect();
    assert!(
        found.contains(&("MM:MOL-99".into(), Matched::Alias)),
        "{found:?}"
    );
}

#[test]
fn phones_match_however_they_are_typed() {
    let index = directory();
    for query in [
        "+977 984-1234567",
        "00977 9841234567",
        "09841234567",
        "9841234567",
        "984 123 4567",
    ] {
        assert_eq!(
            top(&index, query),
            Some(("NP:1234/067".into(), Matched::Phone)),
            "{query}"
        );
    }
    for query in ["01-4123456", "+977 1 4123456", "4123456"] {
        assert_eq!(
            top(&index, query),
            Some(("NP:5678/075".into(), Matched::Phone)),
            "{query}"
        );
    }
    assert_eq!(
        top_id(&index, "01711-223344").as_deref(),
        Some("BD:RL-0456")
    );
    assert_eq!(top(&index, "9851234567"), None);
}

#[test]
fn licences_match_ignoring_case_spaces_and_punctuation() {
    let index = directory();
    for query in [
        "1234/067",
        "1234-067",
        "1234 067",
        "1234067",
        "np:1234/067",
        "NP:1234/67",
    ] {
        assert_eq!(
            top(&index, query),
            Some(("NP:1234/067".into(), Matched::Licence)),
            "{query}"
        );
    }
    assert_eq!(top_id(&index, "rl 0456").as_deref(), Some("BD:RL-0456"));
    assert_eq!(top_id(&index, "mol77").as_deref(), Some("MM:MOL-77"));
    assert_eq!(
        index.get("np:1234/067").map(Entry::id).as_deref(),
        Some("NP:1234/067")
    );
    assert_eq!(
        index.get("BD:rl-0456").map(Entry::id).as_deref(),
        Some("BD:RL-0456")
    );
    assert!(index.get("BD:1234/067").is_none());
    assert!(index.get("1234/067").is_none());
}

#[test]
fn junk_finds_nothing() {
    let index = directory();
    for query in [
        "qwxz plorb",
        "zzzzzz",
        "Toyota Corolla",
        "",
        "   ",
        "!!!",
        "manpower",
        "Pvt Ltd",
        "the",
        "a",
        "12",
        "Kathmandu",
        "xyzzy overseas",
        "जनता",
        "ကား",
    ] {
        assert_eq!(index.search(query, None, 10), [], "{query}");
    }
}

#[test]
fn country_filter_keeps_one_country() {
    let index = directory();
    assert_eq!(index.search("Himalaya", Some("np"), 10).len(), 2);
    assert!(index.search("Himalaya", Some("BD"), 10).is_empty());
    assert!(index.search("1234/067", Some("BD"), 10).is_empty());
    assert!(index.search("+977 9841234567", Some("LK"), 10).is_empty());
    assert_eq!(index.search("Rahman", Some("bd"), 10).len(), 1);
}

#[test]
fn limit_and_codes() {
    let index = directory();
    assert_eq!(index.search("Himalaya", None, 1).len(), 1);
    assert!(index.search("Himalaya", None, 0).is_empty());
    assert_eq!(
        [
            Matched::Licence,
            Matched::Phone,
            Matched::Name,
            Matched::Alias
        ]
        .map(Matched::code),
        ["licence", "phone", "name", "alias"]
    );
    assert_eq!(index.len(), 20);
    assert!(!index.is_empty());
    assert!(
        Index::new(Vec::new())
            .search("Himalaya", None, 5)
            .is_empty()
    );
}

#[test]
fn translated_suffix_words_agree() {
    let index = Index::new(vec![
        entry("ET", "1", "Addis Yared Trading PLC", &[], &[]),
        entry("ET", "2", "Addis Yared Private Employment Agency", &[], &[]),
    ]);
    // "Private employment agency" in Amharic: no word sounds like its English.
    let hits = index.search("አዲስ ያሬድ የግል ሥራና ሠራተኛ አገናኝ ኤጀንሲ", None, 5);
    assert_eq!(hits.len(), 2);
    assert_eq!(hits[0].index, 1, "{hits:?}");
    assert_eq!(
        top_id(&index, "Addis Yared Trading").as_deref(),
        Some("ET:1")
    );
}

#[test]
fn word_order_breaks_ties() {
    let index = Index::new(vec![
        entry("ET", "1", "Yared Addis Employment Agency", &[], &[]),
        entry("ET", "2", "Addis Yared Employment Agency", &[], &[]),
    ]);
    assert_eq!(top_id(&index, "Addis Yared").as_deref(), Some("ET:2"));
    assert_eq!(top_id(&index, "yared addis").as_deref(), Some("ET:1"));
    assert_eq!(index.search("Addis Yared", None, 5).len(), 2);
}

#[test]
fn acronyms_match_letter_for_letter() {
    let index = Index::new(vec![
        entry("BD", "1", "Shanti Enterprise Ltd.", &["SEL"], &[]),
        entry("IN", "2", "GLOBAL CONSULTANTS LIMITED", &[], &[]),
    ]);
    assert_eq!(top(&index, "sel"), Some(("BD:1".into(), Matched::Alias)));
    assert_eq!(top(&index, "S.E.L."), Some(("BD:1".into(), Matched::Alias)));
    assert!(index.search("Seoul", None, 5).is_empty());
    // A name all in capitals is words, not acronyms.
    assert_eq!(
        top_id(&index, "Global Consultants").as_deref(),
        Some("IN:2")
    );
}

#[test]
fn a_common_word_does_not_hide_the_exact_name() {
    const OTHERS: [&str; 6] = [
        "Travels",
        "Manpower",
        "International",
        "Overseas",
        "Services",
        "Group",
    ];
    let mut entries: Vec<Entry> = (0..3000)
        .map(|i| {
            let suffix = OTHERS[i % OTHERS.len()];
            entry(
                "NP",
                &format!("{i}/070"),
                &format!("Golden {suffix} Pvt. Ltd."),
                &[],
                &[],
            )
        })
        .collect();
    // Only its suffix word tells it from 3,000 others, more than are scored in full.
    entries.push(entry(
        "NP",
        "9999/080",
        "Golden Placement Pvt. Ltd.",
        &[],
        &[],
    ));
    let index = Index::new(entries);
    let hits = index.search("Golden Placement", None, 10);
    assert_eq!(
        hits.first().map(|h| h.index),
        Some(3000),
        "{:?}",
        &hits[..hits.len().min(3)]
    );
    assert_eq!(index.search("golden", None, 500).len(), 200);
}

#[test]
fn index_is_send_and_sync() {
    fn check<T: Send + Sync>() {}
    check::<Index>();
}

/// Characters from every script the search reads, and some it does not.
fn mixed_text() -> impl Strategy<Value = String> {
    let ranges = prop_oneof![
        proptest::char::range('a', 'z'),
        proptest::char::range('A', 'Z'),
        proptest::char::range('\u{0900}', '\u{0D7F}'),
        proptest::char::range('\u{0D80}', '\u{0DFF}'),
        proptest::char::range('\u{0E00}', '\u{0E7F}'),
        proptest::char::range('\u{1000}', '\u{109F}'),
        proptest::char::range('\u{1200}', '\u{137F}'),
        proptest::char::range('\u{1780}', '\u{17FF}'),
        proptest::char::range('\u{0600}', '\u{06FF}'),
        Just(' '),
        Just('.'),
        any::<char>(),
    ];
    proptest::collection::vec(ranges, 0..40).prop_map(|cs| cs.into_iter().collect())
}

fn name_word() -> impl Strategy<Value = String> {
    prop_oneof![
        "[a-z]{1,9}",
        proptest::sample::select(vec![
            "Himalaya",
            "Manpower",
            "Pvt.",
            "Ltd",
            "हिमालय",
            "সাগর",
            "ရွှေ",
            "สยาม",
            "الخليج",
            "ලංකා",
            "អង្គរ",
            "ተስፋዬ",
            "Overseas",
            "&",
        ])
        .prop_map(str::to_owned),
    ]
}

fn name() -> impl Strategy<Value = String> {
    proptest::collection::vec(name_word(), 1..5).prop_map(|ws| ws.join(" "))
}

proptest! {
    #[test]
    fn arbitrary_queries_never_panic(query in mixed_text(), other in any::<String>()) {
        let index = directory();
        let _ = index.search(&query, None, 10);
        let _ = index.search(&other, Some(&other), 3);
        let _ = index.get(&other);
        let _ = is_zawgyi(&query);
    }

    #[test]
    fn fold_is_idempotent(text in mixed_text(), other in any::<String>()) {
        let once = fold(&text);
        prop_assert_eq!(fold(&once), once.clone());
        let once = fold(&other);
        prop_assert_eq!(fold(&once), once);
    }

    #[test]
    fn an_entrys_own_name_finds_it_first_or_tied(
        names in proptest::collection::vec(name(), 1..12),
        pick in any::<prop::sample::Index>(),
    ) {
        let entries: Vec<Entry> = names
            .iter()
            .enumerate()
            .map(|(i, n)| entry("NP", &format!("{i}/080"), n, &[], &[]))
            .collect();
        let index = Index::new(entries);
        let own = pick.index(names.len());
        let hits = index.search(&names[own], None, names.len());
        prop_assume!(!fold(&names[own]).is_empty());
        let mine = hits.iter().find(|h| h.index == own);
        prop_assert!(mine.is_some(), "{:?} not found: {:?}", names[own], hits);
        let first = hits[0].score;
        prop_assert!(mine.is_some_and(|h| h.score >= first - 1e-6), "{:?}: {:?}", names[own], hits);
    }
}
