//! The locale lint, run by `cargo test` (and so by scripts/test): every shipped locale parses,
//! has every message and attribute of English, uses no variable English does not, covers the
//! plural categories its language needs, and every message formats without error.

use std::collections::{BTreeMap, BTreeSet};

use fluent_bundle::FluentResource;
use fluent_syntax::ast;
use intl_pluralrules::{PluralCategory, PluralRuleType, PluralRules};

use super::{Arg, LOCALES, Localizer};

#[derive(Default, Debug)]
struct MessageInfo {
    attributes: BTreeSet<String>,
    variables: BTreeSet<String>,
    /// Selector variable → the keys of its variants, for every select in the message.
    selects: Vec<(String, BTreeSet<String>)>,
}

fn walk_pattern(p: &ast::Pattern<&str>, info: &mut MessageInfo) {
    for el in &p.elements {
        if let ast::PatternElement::Placeable { expression } = el {
            walk_expression(expression, info);
        }
    }
}

fn walk_inline(e: &ast::InlineExpression<&str>, info: &mut MessageInfo) -> Option<String> {
    match e {
        ast::InlineExpression::VariableReference { id } => {
            info.variables.insert(id.name.to_owned());
            Some(id.name.to_owned())
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                walk_inline(a, info);
            }
            for n in &arguments.named {
                walk_inline(&n.value, info);
            }
            None
        }
        ast::InlineExpression::Placeable { expression } => {
            walk_expression(expression, info);
            None
        }
        _ => None,
    }
}

fn walk_expression(e: &ast::Expression<&str>, info: &mut MessageInfo) {
    match e {
        ast::Expression::Inline(inline) => {
            walk_inline(inline, info);
        }
        ast::Expression::Select { selector, variants } => {
            let var = walk_inline(selector, info).unwrap_or_default();
            let keys = variants
                .iter()
                .map(|v| match &v.key {
                    ast::VariantKey::Identifier { name } => name.to_string(),
                    ast::VariantKey::NumberLiteral { value } => value.to_string(),
                })
                .collect();
            info.selects.push((var, keys));
            for v in variants {
                walk_pattern(&v.value, info);
            }
        }
    }
}

fn parse(tag: &str, ftl: &str) -> (BTreeMap<String, MessageInfo>, Vec<String>) {
    let mut problems = Vec::new();
    let resource = match FluentResource::try_new(ftl.to_owned()) {
        Ok(r) => r,
        Err((r, errors)) => {
            for e in errors {
                problems.push(format!("{tag}: syntax error {e:?}"));
            }
            r
        }
    };
    let mut messages = BTreeMap::new();
    for entry in resource.entries() {
        match entry {
            ast::Entry::Message(m) => {
                let mut info = MessageInfo::default();
                match &m.value {
                    Some(v) => walk_pattern(v, &mut info),
                    None => problems.push(format!("{tag}: {} has no value", m.id.name)),
                }
                for a in &m.attributes {
                    info.attributes.insert(a.id.name.to_owned());
                    walk_pattern(&a.value, &mut info);
                }
                if messages.insert(m.id.name.to_owned(), info).is_some() {
                    problems.push(format!("{tag}: {} defined twice", m.id.name));
                }
            }
            ast::Entry::Junk { content } => problems.push(format!("{tag}: junk {content:?}")),
            _ => {}
        }
    }
    (messages, problems)
}

const CATEGORY_NAMES: &[&str] = &["zero", "one", "two", "few", "many", "other"];

/// The plural categories a language uses for whole numbers, found by asking its rules.
fn categories(tag: &str) -> BTreeSet<String> {
    let rules = PluralRules::create(
        tag.parse::<unic_langid::LanguageIdentifier>()
            .unwrap_or_default(),
        PluralRuleType::CARDINAL,
    );
    let Ok(rules) = rules else {
        return BTreeSet::from(["other".to_owned()]);
    };
    let mut out = BTreeSet::new();
    for n in 0u64..=1200 {
        if let Ok(c) = rules.select(n) {
            out.insert(
                match c {
                    PluralCategory::ZERO => "zero",
                    PluralCategory::ONE => "one",
                    PluralCategory::TWO => "two",
                    PluralCategory::FEW => "few",
                    PluralCategory::MANY => "many",
                    PluralCategory::OTHER => "other",
                }
                .to_owned(),
            );
        }
    }
    out
}

fn is_plural_select(keys: &BTreeSet<String>) -> bool {
    keys.iter()
        .any(|k| CATEGORY_NAMES.contains(&k.as_str()) && k != "other")
}

#[test]
fn every_locale_is_complete_consistent_and_formats() {
    let (en, en_problems) = parse("en", LOCALES[0].ftl);
    let mut problems = en_problems;
    assert!(en.len() > 100, "English has only {} messages", en.len());

    for locale in LOCALES {
        let (messages, p) = parse(locale.tag, locale.ftl);
        problems.extend(p);
        let needed = categories(locale.tag);
        for (id, en_info) in &en {
            let Some(info) = messages.get(id) else {
                problems.push(format!("{}: missing {id}", locale.tag));
                continue;
            };
            for attr in en_info.attributes.difference(&info.attributes) {
                problems.push(format!("{}: {id} lacks .{attr}", locale.tag));
            }
            for var in info.variables.difference(&en_info.variables) {
                problems.push(format!(
                    "{}: {id} uses ${var}, which English does not pass",
                    locale.tag
                ));
            }
            // Where English chooses a plural form, this language must cover all of its own forms.
            for (var, en_keys) in &en_info.selects {
                if !is_plural_select(en_keys) {
                    continue;
                }
                let covered: BTreeSet<String> = info
                    .selects
                    .iter()
                    .filter(|(v, _)| v == var)
                    .flat_map(|(_, keys)| keys.iter().cloned())
                    .collect();
                let uses_var_without_select = covered.is_empty() && info.variables.contains(var);
                if uses_var_without_select && needed.len() == 1 {
                    continue; // one form only (my, id): plain text with the number is right
                }
                for cat in &needed {
                    if !covered.contains(cat) {
                        problems.push(format!(
                            "{}: {id} has no [{cat}] form for ${var}",
                            locale.tag
                        ));
                    }
                }
            }
        }
        for id in messages.keys() {
            if !en.contains_key(id) {
                problems.push(format!(
                    "{}: {id} is not in English (obsolete?)",
                    locale.tag
                ));
            }
        }

        // Every message and attribute formats, for several numbers, without a resolver error.
        let bundle = &super::bundles(false)[LOCALES
            .iter()
            .position(|l| l.tag == locale.tag)
            .unwrap_or(0)]
        .plain;
        for (id, en_info) in &en {
            let Some(message) = bundle.get_message(id) else {
                continue;
            };
            for n in [0.0, 1.0, 2.0, 3.0, 11.0, 100.0, 1.5] {
                let mut args = fluent_bundle::FluentArgs::new();
                for var in &en_info.variables {
                    let numeric = en_info.selects.iter().any(|(v, _)| v == var);
                    if numeric {
                        args.set(var.as_str(), fluent_bundle::FluentValue::from(n));
                    } else {
                        args.set(var.as_str(), fluent_bundle::FluentValue::from("x"));
                    }
                }
                let patterns = message
                    .value()
                    .into_iter()
                    .chain(message.attributes().map(|a| a.value()));
                for pattern in patterns {
                    let mut errors = Vec::new();
                    let text = bundle.format_pattern(pattern, Some(&args), &mut errors);
                    if !errors.is_empty() {
                        problems.push(format!("{}: {id} fails to format: {errors:?}", locale.tag));
                    }
                    if text.trim().is_empty() {
                        problems.push(format!("{}: {id} formats to nothing", locale.tag));
                    }
                }
            }
        }
    }
    problems.dedup();
    assert!(
        problems.is_empty(),
        "{} locale problems:\n{}",
        problems.len(),
        problems.join("\n")
    );
}

#[test]
fn the_lint_catches_what_it_claims_to() {
    let en = "a = { $n ->\n    [one] one\n   *[other] many\n}\nb = text\n    .name = B\n";
    let broken = "a = { $m }\nb = text\n";
    let (en_msgs, _) = parse("en", en);
    let (msgs, _) = parse("xx", broken);
    assert!(msgs["a"].variables.contains("m") && !en_msgs["a"].variables.contains("m"));
    assert!(en_msgs["b"].attributes.contains("name") && !msgs["b"].attributes.contains("name"));
    assert!(is_plural_select(&en_msgs["a"].selects[0].1));
    let (_, junk) = parse("xx", "ok = fine\n[broken\n");
    assert!(!junk.is_empty());
    assert_eq!(categories("ar").len(), 6);
    assert_eq!(categories("my"), BTreeSet::from(["other".to_owned()]));
    assert_eq!(
        categories("ne"),
        BTreeSet::from(["one".to_owned(), "other".to_owned()])
    );
}

#[test]
fn every_domain_code_has_words_in_every_locale() {
    use mitra_protocol::records::{
        Answer, ContactMethod, Indicator, Need, Recipient, Role, Sector,
    };
    let mut ids: Vec<String> = Vec::new();
    ids.extend(Need::ALL.iter().map(|n| format!("need-{}", n.code())));
    ids.extend(
        ContactMethod::ALL
            .iter()
            .map(|c| format!("contact-{}", c.code())),
    );
    ids.extend(
        Indicator::ALL
            .iter()
            .map(|i| format!("indicator-{}", i.code())),
    );
    ids.extend(Answer::ALL.iter().map(|a| format!("answer-{}", a.code())));
    ids.extend(
        Recipient::ALL
            .iter()
            .map(|r| format!("consent-{}", r.code())),
    );
    ids.extend(Role::ALL.iter().map(|r| format!("role-{}", r.code())));
    ids.extend(Sector::ALL.iter().map(|s| format!("sector-{}", s.code())));
    for locale in LOCALES {
        let l = Localizer::new(&[locale.tag], false, false);
        for id in &ids {
            let text = l.format(id, &[("x", Arg::from(1u32))]);
            assert_ne!(&text, id, "{}: {id} missing", locale.tag);
        }
    }
}
