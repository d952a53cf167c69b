use proptest::prelude::*;

use super::*;
use crate::contracts::render;
use crate::i18n::Localizer;

fn terms(json: &str) -> Terms {
    Terms::from_json(json.as_bytes()).unwrap()
}

const HOME: &str = r#"{
    "employer": "Al Noor Cleaning Services W.L.L.",
    "job_title": "Cleaner",
    "workplace": "Doha",
    "wage": {"amount": 1400, "currency": "QAR", "period": "month"},
    "hours_per_day": 8,
    "days_off_per_week": 1,
    "overtime_rate": 1.25,
    "duration_months": 24,
    "fees": [],
    "deductions": [],
    "accommodation": "Shared room, free",
    "passport_held_by": "worker",
    "language": "ne"
}"#;

fn kinds(changes: &[Change]) -> Vec<(&'static str, &'static str)> {
    changes
        .iter()
        .map(|c| (c.kind.code(), c.severity.code()))
        .collect()
}

#[test]
fn the_same_contract_has_no_difference_even_spelled_otherwise() {
    let home = terms(HOME);
    assert!(compare(&home, &home, &Rates::new()).is_empty());
    let respelled = terms(&HOME.replace(
        "Al Noor Cleaning Services W.L.L.",
        "AL NOOR  cleaning services WLL",
    ));
    assert!(compare(&home, &respelled, &Rates::new()).is_empty());
}

#[test]
fn a_substituted_contract_shows_every_change_most_serious_first() {
    let home = terms(HOME);
    let doha = terms(
        r#"{
        "employer": "Gulf Star Manpower",
        "job_title": "Cleaner",
        "workplace": "Al Khor labour camp",
        "wage": {"amount": 900, "currency": "QAR", "period": "month"},
        "hours_per_day": 12,
        "days_off_per_week": 0,
        "overtime_rate": 1,
        "duration_months": 36,
        "fees": [{"amount": 2000, "currency": "QAR", "paid_to": "employer"}],
        "deductions": [{"kind": "food", "amount": 150, "currency": "QAR", "period": "month"}],
        "accommodation": "Shared room, free",
        "passport_held_by": "employer",
        "language": "ar"
    }"#,
    );
    let changes = compare(&home, &doha, &Rates::new());
    assert_eq!(
        kinds(&changes),
        vec![
            ("wage-lower", "high"),
            ("passport-taken", "high"),
            ("employer-changed", "high"),
            ("fee-added", "high"),
            ("hours-longer", "high"),
            ("days-off-fewer", "high"),
            ("deduction-added", "medium"),
            ("overtime-lower", "medium"),
            ("workplace-changed", "medium"),
            ("duration-longer", "medium"),
            ("language-changed", "low"),
        ]
    );
    let wage = &changes[0];
    assert_eq!(wage.by.unwrap().amount, Decimal::from_units(500));
    assert_eq!(wage.percent, Some(36));
    let l = Localizer::english();
    assert_eq!(
        render::change(&l, wage),
        "Your wage is lower: QAR\u{a0}900 a month instead of QAR\u{a0}1,400 a month. That is QAR\u{a0}500 less each month (36 %)."
    );
    let lines = render::comparison(&l, 0, &changes);
    assert!(
        lines[1].starts_with("11 differences, 6 serious"),
        "{lines:?}"
    );
    assert!(lines[2].starts_with("Serious: Your wage is lower"));
}

#[test]
fn wages_are_compared_per_month_across_periods() {
    let monthly = terms(
        r#"{"wage": {"amount": 1300, "currency": "MYR", "period": "month"}, "days_off_per_week": 1}"#,
    );
    // 50 a day, 6 days a week: 50 × 6 × 52 / 12 = 1,300 a month: the same pay.
    let daily = terms(
        r#"{"wage": {"amount": 50, "currency": "MYR", "period": "day"}, "days_off_per_week": 1}"#,
    );
    assert!(compare(&monthly, &daily, &Rates::new()).is_empty());
    // 5 an hour, 8 hours, 6 days: 1,040 a month.
    let hourly = terms(
        r#"{"wage": {"amount": 5, "currency": "MYR", "period": "hour"}, "hours_per_day": 8, "days_off_per_week": 1}"#,
    );
    let c = compare(&monthly, &hourly, &Rates::new());
    assert_eq!(c[0].kind, ChangeKind::WageLower);
    assert_eq!(c[0].by.unwrap().amount, Decimal::from_units(260));
    assert_eq!(c[0].percent, Some(20));
}

#[test]
fn another_currency_needs_a_rate_and_is_converted_with_one() {
    let home = terms(r#"{"wage": {"amount": 45000, "currency": "NPR", "period": "month"}}"#);
    let doha = terms(r#"{"wage": {"amount": 1000, "currency": "QAR", "period": "month"}}"#);
    let c = compare(&home, &doha, &Rates::new());
    assert_eq!(kinds(&c), vec![("wage-not-comparable", "high")]);
    let mut rates = Rates::new();
    let (from, to, rate) = Rates::parse_one("QAR:NPR=36.5").unwrap();
    assert!(rates.add(from, to, rate));
    let c = compare(&home, &doha, &rates);
    assert_eq!(kinds(&c), vec![("wage-lower", "high")]);
    assert_eq!(c[0].by.unwrap().amount, Decimal::from_units(8_500));
    assert_eq!(c[0].by.unwrap().currency.as_str(), "NPR");
    // The rate works either way round.
    let c = compare(&doha, &home, &rates);
    assert_eq!(c[0].kind, ChangeKind::WageHigher);
    for bad in [
        "QAR:NPR=0",
        "QAR:NPR=-2",
        "QAR:QAR=1",
        "QARNPR=3",
        "Q:NPR=1",
        "QAR:NPR=inf",
    ] {
        assert_eq!(Rates::parse_one(bad), None, "{bad}");
    }
}

#[test]
fn terms_dropped_or_added_and_passport_moves_are_typed() {
    let home = terms(
        r#"{"wage": {"amount": 1000, "currency": "QAR", "period": "month"}, "passport_held_by": "worker", "hours_per_day": 8}"#,
    );
    let vague = terms(r#"{"employer": "X"}"#);
    let c = compare(&home, &vague, &Rates::new());
    assert_eq!(
        kinds(&c),
        vec![
            ("term-dropped", "high"),
            ("term-dropped", "high"),
            ("term-dropped", "medium"),
            ("term-added", "low"),
        ]
    );
    let agent = terms(r#"{"passport_held_by": "agent"}"#);
    let employer = terms(r#"{"passport_held_by": "employer"}"#);
    let worker = terms(r#"{"passport_held_by": "worker"}"#);
    assert_eq!(
        kinds(&compare(&Terms::default(), &agent, &Rates::new())),
        vec![("passport-taken", "high")]
    );
    assert_eq!(
        kinds(&compare(&agent, &employer, &Rates::new())),
        vec![("passport-holder-changed", "medium")]
    );
    assert_eq!(
        kinds(&compare(&employer, &worker, &Rates::new())),
        vec![("passport-returned", "better")]
    );
}

#[test]
fn fees_and_deductions_compare_by_what_and_currency() {
    let home = terms(
        r#"{"fees": [{"amount": 100, "currency": "USD", "paid_to": "recruiter"}],
        "deductions": [{"kind": "Food", "amount": 50, "currency": "QAR", "period": "month"},
                       {"kind": "uniform", "amount": 30, "currency": "QAR", "period": "once"}]}"#,
    );
    let later = terms(
        r#"{"fees": [{"amount": 100, "currency": "USD"}, {"amount": 50, "currency": "USD"}],
        "deductions": [{"kind": "food", "amount": 20, "currency": "QAR", "period": "week"},
                       {"kind": "housing", "amount": 200, "currency": "QAR", "period": "month"}]}"#,
    );
    let c = compare(&home, &later, &Rates::new());
    assert_eq!(
        kinds(&c),
        vec![
            ("fee-higher", "high"),
            ("deduction-added", "medium"),
            ("deduction-higher", "medium"),
            ("deduction-lower", "better"),
        ]
    );
    let housing = c
        .iter()
        .find(|c| c.kind == ChangeKind::DeductionAdded)
        .unwrap();
    assert_eq!(housing.what.as_deref(), Some("housing"));
    let l = Localizer::english();
    assert_eq!(
        render::change(&l, housing),
        "A new deduction from your pay, for housing: QAR\u{a0}200 a month."
    );
}

#[test]
fn the_wage_check_finds_the_shortfall_per_month() {
    let home = terms(
        r#"{"wage": {"amount": 1400, "currency": "QAR", "period": "month"},
            "deductions": [{"kind": "food", "amount": 100, "currency": "QAR", "period": "month"},
                           {"kind": "uniform", "amount": 60, "currency": "QAR", "period": "once"}]}"#,
    );
    let qar = |units: i64| Money {
        amount: Decimal::from_units(units),
        currency: Currency::parse("QAR").unwrap(),
    };
    let paid = vec![
        ("2026-10".to_owned(), qar(900)),
        ("2026-09".to_owned(), qar(1300)),
        ("2026-11".to_owned(), qar(1000)),
        (
            "2026-12".to_owned(),
            Money {
                amount: Decimal::from_units(30_000),
                currency: Currency::parse("NPR").unwrap(),
            },
        ),
    ];
    let w = wage_check(&home, &paid, &Rates::new()).unwrap();
    assert_eq!(w.expected, qar(1300));
    let months: Vec<_> = w
        .months
        .iter()
        .map(|m| (m.month.as_str(), m.shortfall))
        .collect();
    assert_eq!(
        months,
        vec![
            ("2026-09", Some(qar(0))),
            ("2026-10", Some(qar(400))),
            ("2026-11", Some(qar(300))),
            ("2026-12", None),
        ]
    );
    assert_eq!(w.total_shortfall, qar(700));
    let l = Localizer::english();
    let lines = render::wage_check(&l, &w);
    assert_eq!(lines.last().unwrap(), "Owed to you so far: QAR\u{a0}700.");
    assert!(wage_check(&Terms::default(), &paid, &Rates::new()).is_none());
}

/// Every kind the code can produce has its message (the locale lint then holds every locale to
/// English).
#[test]
fn every_kind_and_severity_has_words_in_every_locale() {
    for tag in crate::i18n::available() {
        let l = Localizer::new(&[tag], false, false);
        for kind in ChangeKind::ALL {
            assert!(
                l.has(&format!("contract-change-{}", kind.code())),
                "{tag} {kind:?}"
            );
        }
        for s in Severity::ALL {
            // A message missing everywhere formats as its id.
            assert_ne!(render::severity(&l, *s), "contract-severity", "{tag} {s:?}");
        }
    }
}

proptest! {
    /// Whatever two contracts say, comparing never panics, a contract equals itself, and swapping
    /// them never makes a lower wage higher.
    #[test]
    fn comparison_is_consistent(
        a in 0i64..10_000_000_000, b in 0i64..10_000_000_000,
        pa in 0usize..4, pb in 0usize..4,
        da in proptest::option::of(0u8..=7), db in proptest::option::of(0u8..=7),
        ha in proptest::option::of(1i64..=24), hb in proptest::option::of(1i64..=24),
    ) {
        let periods = [Period::Month, Period::Week, Period::Day, Period::Hour];
        let make = |amount, p: usize, days, hours: Option<i64>| Terms {
            wage: Some(Wage { amount: Decimal(amount), currency: Currency::parse("QAR").unwrap(), period: periods[p] }),
            days_off_per_week: days,
            hours_per_day: hours.map(Decimal::from_units),
            ..Terms::default()
        };
        let (x, y) = (make(a, pa, da, ha), make(b, pb, db, hb));
        prop_assert!(compare(&x, &x, &Rates::new()).is_empty());
        let forward = compare(&x, &y, &Rates::new());
        let backward = compare(&y, &x, &Rates::new());
        let wage = |c: &[Change]| c.iter().find(|c| c.term == "wage").map(|c| c.kind);
        match wage(&forward) {
            Some(ChangeKind::WageLower) => prop_assert_eq!(wage(&backward), Some(ChangeKind::WageHigher)),
            Some(ChangeKind::WageHigher) => prop_assert_eq!(wage(&backward), Some(ChangeKind::WageLower)),
            _ => {}
        }
        for w in forward.windows(2) {
            prop_assert!((w[0].severity, w[0].kind) <= (w[1].severity, w[1].kind));
        }
    }
}
