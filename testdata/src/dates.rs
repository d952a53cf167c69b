//! Calendar arithmetic for generated dates. "Today" is fixed so that a seed always gives the
//! same data, whatever day the tests run.

/// 2025-06-30, in days since 1970-01-01.
pub const TODAY: u32 = 20_269;
pub const YEAR: u32 = 365;

/// (year, month, day) of a day count.
pub fn ymd(days: u32) -> (u32, u32, u32) {
    let (year, month, day) = mitra_protocol::directory::civil_from_days(i64::from(days));
    (u32::try_from(year).unwrap_or(0), month, day)
}

/// The first year of Nepal's fiscal year (Bikram Sambat), which starts in mid-July.
pub fn nepali_fiscal_year(days: u32) -> u32 {
    let (y, m, d) = ymd(days);
    if (m, d) >= (7, 16) { y + 57 } else { y + 56 }
}

/// The Ethiopian calendar year, which starts on 11 September.
pub fn ethiopian_year(days: u32) -> u32 {
    let (y, m, d) = ymd(days);
    if (m, d) >= (9, 11) { y - 7 } else { y - 8 }
}

#[cfg(test)]
mod tests {
    use super::*;
    use mitra_protocol::directory::{format_date, parse_date};

    #[test]
    fn today_is_the_fixed_reference_day() {
        assert_eq!(parse_date("2025-06-30"), Some(TODAY));
    }

    #[test]
    fn ymd_agrees_with_the_protocol_dates() {
        for days in (0..30_000).step_by(7) {
            let (y, m, d) = ymd(days);
            assert_eq!(format!("{y:04}-{m:02}-{d:02}"), format_date(days));
        }
    }

    #[test]
    fn local_calendars_turn_over_on_their_new_year() {
        let day = |s| parse_date(s).unwrap();
        assert_eq!(nepali_fiscal_year(day("2010-07-15")), 2066);
        assert_eq!(nepali_fiscal_year(day("2010-07-16")), 2067);
        assert_eq!(ethiopian_year(day("2023-09-10")), 2015);
        assert_eq!(ethiopian_year(day("2023-09-11")), 2016);
    }
}
