//! Measures how small record bodies get with each codec, on generated records in five
//! languages (text drawn from the shipped translations, so scripts and word lengths are real).
//! Run: `cargo run --release -p mitra-protocol --example measure_compression`.
//! The table it prints is recorded in docs/protocol.md.

#![allow(clippy::unwrap_used, clippy::print_stdout, clippy::expect_used)]

use mitra_protocol::records::*;

const LOCALES: &[(&str, &str)] = &[
    ("en", include_str!("../../locales/en/mitra.ftl")),
    ("ne", include_str!("../../locales/ne/mitra.ftl")),
    ("my", include_str!("../../locales/my/mitra.ftl")),
    ("ar", include_str!("../../locales/ar/mitra.ftl")),
    ("id", include_str!("../../locales/id/mitra.ftl")),
];

/// Sentences of a locale: message values without placeables.
fn sentences(ftl: &str) -> Vec<String> {
    ftl.lines()
        .filter_map(|l| l.split_once(" = ").map(|(_, v)| v.trim().to_owned()))
        .filter(|v| !v.contains('{') && v.chars().count() > 12)
        .collect()
}

struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

fn text(rng: &mut Rng, pool: &[String], sentences: usize) -> String {
    (0..sentences)
        .map(|_| pool[rng.below(pool.len())].clone())
        .collect::<Vec<_>>()
        .join(" ")
}

fn help(rng: &mut Rng, lang: &str, pool: &[String]) -> Body {
    let needs: Vec<Need> = (0..1 + rng.below(3))
        .map(|_| Need::ALL[rng.below(Need::ALL.len())])
        .collect();
    let mut needs = needs;
    needs.sort();
    needs.dedup();
    let method = ContactMethod::ALL[rng.below(4)];
    let mut note = text(rng, pool, 1);
    while note.len() > MAX_NOTE_BYTES {
        note.pop();
    }
    Body::HelpRequest(HelpRequest {
        needs,
        people: 1 + rng.below(4) as u16,
        minors: rng.below(5) == 0,
        country: Some(["MY", "QA", "SA", "AE", "TH", "KW"][rng.below(6)].into()),
        area: Some(
            [
                "Johor Bahru",
                "Doha Industrial Area",
                "Riyadh, Al Olaya",
                "Mae Sot",
                "Dubai Marina",
            ][rng.below(5)]
            .into(),
        ),
        position: None,
        contact: Contact {
            method,
            number: (method != ContactMethod::None).then(|| {
                format!(
                    "+60 1{} {} {}",
                    rng.below(10),
                    100 + rng.below(900),
                    1000 + rng.below(9000)
                )
            }),
        },
        contact_window: (rng.below(2) == 0).then(|| "after 9 pm".to_owned()),
        language: lang.into(),
        note: (rng.below(3) > 0).then_some(note),
    })
}

fn report(rng: &mut Rng, lang: &str, pool: &[String]) -> Body {
    let mut answers = Vec::new();
    for i in Indicator::ALL {
        if rng.below(2) == 0 {
            answers.push(IndicatorAnswer {
                indicator: *i,
                answer: Answer::ALL[rng.below(3)],
            });
        }
    }
    let sentences = 3 + rng.below(10);
    Body::Report(Report {
        about: About::ALL[rng.below(2)],
        interviewer_role: None,
        sector: Some(Sector::ALL[rng.below(Sector::ALL.len())]),
        origin_country: Some(["NP", "MM", "ID", "BD", "PH"][rng.below(5)].into()),
        transit_countries: vec![],
        destination_country: Some(["MY", "QA", "SA", "AE", "TH"][rng.below(5)].into()),
        nationality: None,
        recruiter: Some("Himalaya Overseas Manpower Pvt. Ltd.".into()),
        employer: (rng.below(2) == 0).then(|| "Al Noor Construction LLC".into()),
        recruited_on: Some(PartialDate {
            year: 2025,
            month: Some(1 + rng.below(12) as u8),
            day: None,
        }),
        work_started_on: None,
        work_ended_on: None,
        narrative: text(rng, pool, sentences),
        answers,
        minors_involved: false,
        consent: Consent {
            hotline: true,
            ngo: rng.below(2) == 0,
            police: false,
        },
        language: lang.into(),
    })
}

fn main() {
    let mut rng = Rng(0x5eed_1234_5678_9abc);
    let mut train = Vec::new();
    let mut train_pc = Vec::new();
    let mut test: Vec<(&str, &str, Vec<u8>, Vec<u8>)> = Vec::new();
    for (lang, ftl) in LOCALES {
        // Test records use sentences the dictionary never saw: real narratives are new text.
        let all = sentences(ftl);
        let (train_pool, test_pool): (Vec<String>, Vec<String>) = {
            let (a, b): (Vec<_>, Vec<_>) =
                all.into_iter().enumerate().partition(|(i, _)| i % 2 == 0);
            (
                a.into_iter().map(|x| x.1).collect(),
                b.into_iter().map(|x| x.1).collect(),
            )
        };
        for i in 0..400 {
            let pool = if i < 300 { &train_pool } else { &test_pool };
            let hb = help(&mut rng, lang, pool);
            let rb = report(&mut rng, lang, pool);
            let (h, r) = (encode_body(&hb), encode_body(&rb));
            let (hp, rp) = (
                postcard::to_allocvec(&hb).unwrap(),
                postcard::to_allocvec(&rb).unwrap(),
            );
            if i < 300 {
                train.push(h);
                train.push(r);
                train_pc.push(hp);
                train_pc.push(rp);
            } else {
                test.push((lang, "help", h, hp));
                test.push((lang, "report", r, rp));
            }
        }
    }
    let dict = zstd::dict::from_samples(&train, 4096).unwrap();
    let dict_pc = zstd::dict::from_samples(&train_pc, 4096).unwrap();
    println!(
        "dictionary: {} bytes, trained on {} records, tested on {} others",
        dict.len(),
        train.len(),
        test.len()
    );
    let with_dict = |data: &[u8]| {
        let mut c = zstd::bulk::Compressor::with_dictionary(19, &dict).unwrap();
        c.include_checksum(false).unwrap();
        c.include_contentsize(false).unwrap();
        c.include_dictid(false).unwrap();
        c.compress(data).unwrap().len()
    };
    let with_dict_pc = |data: &[u8]| {
        let mut c = zstd::bulk::Compressor::with_dictionary(19, &dict_pc).unwrap();
        c.include_checksum(false).unwrap();
        c.include_contentsize(false).unwrap();
        c.include_dictid(false).unwrap();
        c.compress(data).unwrap().len()
    };
    let plain_zstd = |data: &[u8]| zstd::bulk::compress(data, 19).unwrap().len();
    let deflate = |data: &[u8]| miniz_oxide::deflate::compress_to_vec(data, 10).len();

    println!(
        "\n| records | CBOR | CBOR + deflate | CBOR + zstd | CBOR + zstd + 4 KiB dictionary | postcard | postcard + zstd + 4 KiB dictionary |"
    );
    println!("|---|---|---|---|---|---|---|");
    for kind in ["help", "report"] {
        for (lang, _) in LOCALES {
            let set: Vec<&Vec<u8>> = test
                .iter()
                .filter(|(l, k, _, _)| l == lang && *k == kind)
                .map(|(_, _, b, _)| b)
                .collect();
            let set_pc: Vec<&Vec<u8>> = test
                .iter()
                .filter(|(l, k, _, _)| l == lang && *k == kind)
                .map(|(_, _, _, p)| p)
                .collect();
            let avg = |set: &[&Vec<u8>], f: &dyn Fn(&[u8]) -> usize| {
                set.iter().map(|b| f(b)).sum::<usize>() as f64 / set.len() as f64
            };
            println!(
                "| {kind} {lang} | {:.0} | {:.0} | {:.0} | {:.0} | {:.0} | {:.0} |",
                avg(&set, &|b| b.len()),
                avg(&set, &deflate),
                avg(&set, &plain_zstd),
                avg(&set, &with_dict),
                avg(&set_pc, &|b| b.len()),
                avg(&set_pc, &with_dict_pc),
            );
        }
    }
    std::fs::write(
        std::env::var("DICT_OUT").unwrap_or_else(|_| "/tmp/mitra-records.dict".into()),
        &dict,
    )
    .unwrap();
}
