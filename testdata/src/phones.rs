//! Phone numbers: drawing E.164 numbers that fit a country's numbering plan, and writing them
//! back the ways people at home write them. Never produces a number outside the plan, so a
//! number's country code, length and area code always agree with the agency's city.

use rand::Rng;
use rand::rngs::StdRng;

use crate::countries::{City, Country, PhonePlan, digits};

/// A mobile number starting with one of `prefixes`.
pub fn mobile(rng: &mut StdRng, plan: &PhonePlan, prefixes: &[&str]) -> String {
    let prefix = prefixes[rng.gen_range(0..prefixes.len())];
    let rest = digits(rng, plan.mobile_len.saturating_sub(prefix.len()));
    format!("+{}{prefix}{rest}", plan.calling_code)
}

/// A landline in `city`.
pub fn landline(rng: &mut StdRng, plan: &PhonePlan, city: &City) -> String {
    let firsts = city.first_digits.as_bytes();
    let first = char::from(firsts[rng.gen_range(0..firsts.len())]);
    let rest = digits(rng, city.local_len.saturating_sub(1));
    format!("+{}{}{first}{rest}", plan.calling_code, city.area_code)
}

/// Where a number rings: a mobile, or a landline with an area code of so many digits.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Line {
    Mobile,
    Landline { area_len: usize },
}

/// The national significant number and its kind, if `e164` fits `country`'s plan.
pub fn classify<'a>(country: &Country, e164: &'a str) -> Option<(&'a str, Line)> {
    let plan = &country.phones;
    let nsn = e164.strip_prefix('+')?.strip_prefix(plan.calling_code)?;
    let is_mobile = nsn.len() == plan.mobile_len
        && plan
            .mobile_prefixes
            .iter()
            .chain(plan.alert_prefixes)
            .any(|p| nsn.starts_with(p));
    if is_mobile {
        return Some((nsn, Line::Mobile));
    }
    country
        .cities
        .iter()
        .find(|c| nsn.starts_with(c.area_code) && nsn.len() == c.area_code.len() + c.local_len)
        .map(|c| {
            (
                nsn,
                Line::Landline {
                    area_len: c.area_code.len(),
                },
            )
        })
}

/// The number as people at home write it: "984-1234567", "01712-345678", "(021) 5551234".
pub fn national(country: &Country, e164: &str) -> Option<String> {
    let plan = &country.phones;
    let (nsn, line) = classify(country, e164)?;
    Some(match line {
        Line::Mobile => {
            let written = if plan.mobile_trunk {
                format!("0{nsn}")
            } else {
                nsn.to_owned()
            };
            group(&written, plan.mobile_groups, plan.separator)
        }
        Line::Landline { area_len } => {
            let (area, local) = nsn.split_at(area_len);
            if plan.landline_brackets {
                format!("(0{area}) {local}")
            } else {
                format!("0{area}{}{local}", plan.separator)
            }
        }
    })
}

/// The number with its country code and spaces: "+977 984 1234567", "+880 2 55123456".
pub fn international_spaced(country: &Country, e164: &str) -> Option<String> {
    let (nsn, line) = classify(country, e164)?;
    let split = match line {
        Line::Mobile => 3.min(nsn.len()),
        Line::Landline { area_len } => area_len,
    };
    let (head, tail) = nsn.split_at(split);
    Some(format!("+{} {head} {tail}", country.phones.calling_code))
}

/// `digits` cut into groups of the given sizes, the rest as a last group.
fn group(digits: &str, sizes: &[usize], separator: char) -> String {
    let mut out = String::with_capacity(digits.len() + sizes.len());
    let mut rest = digits;
    for &size in sizes {
        if rest.is_empty() {
            break;
        }
        let (head, tail) = rest.split_at(size.min(rest.len()));
        if !out.is_empty() {
            out.push(separator);
        }
        out.push_str(head);
        rest = tail;
    }
    if !rest.is_empty() {
        if !out.is_empty() {
            out.push(separator);
        }
        out.push_str(rest);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::countries::by_code;

    #[test]
    fn numbers_are_written_as_at_home() {
        let np = by_code("NP").unwrap();
        assert_eq!(national(np, "+9779841234567").unwrap(), "984-1234567");
        assert_eq!(national(np, "+97714412345").unwrap(), "01-4412345");
        let bd = by_code("BD").unwrap();
        assert_eq!(national(bd, "+8801712345678").unwrap(), "01712-345678");
        let id = by_code("ID").unwrap();
        assert_eq!(national(id, "+622155512345").unwrap(), "(021) 55512345");
        assert_eq!(national(id, "+6281234567890").unwrap(), "0812-3456-7890");
        let ke = by_code("KE").unwrap();
        assert_eq!(national(ke, "+254712345678").unwrap(), "0712 345 678");
        assert_eq!(
            international_spaced(np, "+9779841234567").unwrap(),
            "+977 984 1234567"
        );
        assert_eq!(national(np, "+4420123456"), None);
    }
}
