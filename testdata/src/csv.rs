//! The directory as the CSV file the hotline imports (`mitra-hotline directory import`).
//!
//! One header line, one line per agency, `\n` line ends; a field is quoted (RFC 4180, quotes
//! doubled) only where it holds a comma, a quote, a line break or outer spaces.

use mitra_protocol::directory::{Entry, format_date};

pub const HEADER: &str =
    "licence_number,country,authority,name,aliases,status,status_since,phones,address";

/// The CSV the hotline imports, header exactly
/// `licence_number,country,authority,name,aliases,status,status_since,phones,address`:
/// aliases and phones joined with `|`, the status code, `status_since` as YYYY-MM-DD or empty.
pub fn to_csv(entries: &[Entry]) -> String {
    let mut out = String::with_capacity(64 + entries.len() * 200);
    out.push_str(HEADER);
    out.push('\n');
    for e in entries {
        let since = e.status_since.map(format_date).unwrap_or_default();
        let fields: [&str; 9] = [
            &e.licence_number,
            &e.country,
            &e.authority,
            &e.name,
            &e.aliases.join("|"),
            e.status.code(),
            &since,
            &e.phones.join("|"),
            e.address.as_deref().unwrap_or(""),
        ];
        for (i, field) in fields.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            push_field(&mut out, field);
        }
        out.push('\n');
    }
    out
}

fn push_field(out: &mut String, field: &str) {
    let needs_quotes = field
        .bytes()
        .any(|b| matches!(b, b',' | b'"' | b'\n' | b'\r'))
        || field.starts_with(char::is_whitespace)
        || field.ends_with(char::is_whitespace);
    if needs_quotes {
        out.push('"');
        out.push_str(&field.replace('"', "\"\""));
        out.push('"');
    } else {
        out.push_str(field);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use mitra_protocol::directory::{LicenceStatus, parse_date};

    /// RFC 4180 records, just enough for these tests.
    fn split_records(csv: &str) -> Vec<Vec<String>> {
        let mut records = Vec::new();
        let mut record = Vec::new();
        let mut field = String::new();
        let mut quoted = false;
        let mut chars = csv.chars().peekable();
        while let Some(c) = chars.next() {
            match (quoted, c) {
                (true, '"') if chars.peek() == Some(&'"') => {
                    chars.next();
                    field.push('"');
                }
                (true, '"') => quoted = false,
                (true, c) => field.push(c),
                (false, '"') => quoted = true,
                (false, ',') => record.push(std::mem::take(&mut field)),
                (false, '\n') => {
                    record.push(std::mem::take(&mut field));
                    records.push(std::mem::take(&mut record));
                }
                (false, c) => field.push(c),
            }
        }
        records
    }

    fn entry_from(fields: &[String]) -> Entry {
        let list = |f: &String| -> Vec<String> {
            f.split('|')
                .filter(|s| !s.is_empty())
                .map(str::to_owned)
                .collect()
        };
        Entry {
            licence_number: fields[0].clone(),
            country: fields[1].clone(),
            authority: fields[2].clone(),
            name: fields[3].clone(),
            aliases: list(&fields[4]),
            status: LicenceStatus::from_code(&fields[5]).unwrap(),
            status_since: (!fields[6].is_empty()).then(|| parse_date(&fields[6]).unwrap()),
            phones: list(&fields[7]),
            address: (!fields[8].is_empty()).then(|| fields[8].clone()),
        }
    }

    #[test]
    fn header_is_exactly_what_the_hotline_expects() {
        let csv = to_csv(&[]);
        assert_eq!(
            csv,
            "licence_number,country,authority,name,aliases,status,status_since,phones,address\n"
        );
    }

    #[test]
    fn quoted_fields_round_trip() {
        let tricky = Entry {
            licence_number: "RL-0042".into(),
            country: "BD".into(),
            authority: "Bureau of Manpower, Employment and Training".into(),
            name: "The \"Best\" Overseas, Ltd.".into(),
            aliases: vec!["বেস্ট ওভারসিজ".into(), "TBO".into()],
            status: LicenceStatus::Suspended,
            status_since: parse_date("2019-12-01"),
            phones: vec!["+8801711223344".into(), "+880255123456".into()],
            address: Some(" 12 Naya Paltan, Dhaka-1000".into()),
        };
        let csv = to_csv(std::slice::from_ref(&tricky));
        assert!(csv.contains("\"The \"\"Best\"\" Overseas, Ltd.\""), "{csv}");
        let records = split_records(&csv);
        assert_eq!(records.len(), 2);
        assert_eq!(entry_from(&records[1]), tricky);
    }

    #[test]
    fn a_generated_directory_round_trips() {
        let entries = crate::directory(11, 2_000);
        let records = split_records(&to_csv(&entries));
        assert_eq!(records[0].join(","), HEADER);
        let back: Vec<Entry> = records[1..].iter().map(|r| entry_from(r)).collect();
        assert_eq!(back, entries);
        assert!(records.iter().all(|r| r.len() == 9));
    }
}
