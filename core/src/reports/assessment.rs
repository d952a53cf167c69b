//! An explainable, rule-based assessment: which answers raised which concern, and a suggested
//! urgency. No statistics, no model, no verdict: every concern names the answers (or needs) that
//! raised it, and the text shown with it says a person at the hotline decides.

use mitra_protocol::records::{Answer, Body, HelpRequest, Indicator, Need, Report};

/// Ordered: a later variant is more urgent.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Urgency {
    Routine,
    Elevated,
    High,
    Immediate,
}

impl Urgency {
    pub fn code(self) -> &'static str {
        match self {
            Urgency::Routine => "routine",
            Urgency::Elevated => "elevated",
            Urgency::High => "high",
            Urgency::Immediate => "immediate",
        }
    }

    fn raised(self) -> Urgency {
        match self {
            Urgency::Routine => Urgency::Elevated,
            Urgency::Elevated => Urgency::High,
            Urgency::High | Urgency::Immediate => Urgency::Immediate,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ConcernKind {
    Violence,
    Confinement,
    Documents,
    DebtAndWages,
    Deception,
    AiDeception,
    /// How many of the 11 ILO indicators were answered yes.
    ForcedLabour {
        count: u32,
    },
    Minors,
    UrgentNeed,
    Unsure,
}

impl ConcernKind {
    pub fn code(self) -> &'static str {
        match self {
            ConcernKind::Violence => "violence",
            ConcernKind::Confinement => "confinement",
            ConcernKind::Documents => "documents",
            ConcernKind::DebtAndWages => "debt-and-wages",
            ConcernKind::Deception => "deception",
            ConcernKind::AiDeception => "ai-deception",
            ConcernKind::ForcedLabour { .. } => "forced-labour",
            ConcernKind::Minors => "minors",
            ConcernKind::UrgentNeed => "urgent-need",
            ConcernKind::Unsure => "unsure",
        }
    }
}

/// What raised a concern.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reason {
    Answer(Indicator, Answer),
    Need(Need),
    Minors,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Concern {
    pub kind: ConcernKind,
    pub urgency: Urgency,
    pub raised_by: Vec<Reason>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Assessment {
    /// The highest urgency of any concern; `Routine` when nothing was raised.
    pub urgency: Urgency,
    pub concerns: Vec<Concern>,
}

use Indicator as I;

/// (concern, urgency, indicators whose "yes" raises it)
const RULES: &[(ConcernKind, Urgency, &[Indicator])] = &[
    (
        ConcernKind::Violence,
        Urgency::High,
        &[I::PhysicalSexualViolence, I::IntimidationThreats],
    ),
    (
        ConcernKind::Confinement,
        Urgency::High,
        &[I::RestrictionOfMovement, I::Isolation, I::AlwaysAccompanied],
    ),
    (
        ConcernKind::Documents,
        Urgency::High,
        &[I::RetentionOfDocuments, I::NoAccessToPassport],
    ),
    (
        ConcernKind::DebtAndWages,
        Urgency::Elevated,
        &[
            I::DebtBondage,
            I::WithholdingOfWages,
            I::NoControlOfSalary,
            I::RecruitmentFees,
        ],
    ),
    (
        ConcernKind::Deception,
        Urgency::Elevated,
        &[I::Deception, I::AbuseOfVulnerability],
    ),
    (
        ConcernKind::AiDeception,
        Urgency::Elevated,
        &[
            I::AiVoiceClone,
            I::AiDeepfake,
            I::AiForgedDocuments,
            I::AiFakeCompany,
        ],
    ),
];

fn assess_report(r: &Report) -> Vec<Concern> {
    let yes = |i: Indicator| r.answer(i) == Some(Answer::Yes);
    let mut concerns = Vec::new();
    for (kind, base, indicators) in RULES {
        let raised_by: Vec<Reason> = indicators
            .iter()
            .filter(|i| yes(**i))
            .map(|i| Reason::Answer(*i, Answer::Yes))
            .collect();
        if raised_by.is_empty() {
            continue;
        }
        let urgency = match kind {
            // Physical or sexual violence is a danger now; threats alone are urgent.
            ConcernKind::Violence if yes(I::PhysicalSexualViolence) => Urgency::Immediate,
            ConcernKind::DebtAndWages if yes(I::DebtBondage) => Urgency::High,
            _ => *base,
        };
        concerns.push(Concern {
            kind: *kind,
            urgency,
            raised_by,
        });
    }
    let ilo: Vec<Reason> = Indicator::ALL
        .iter()
        .filter(|i| i.is_ilo() && yes(**i))
        .map(|i| Reason::Answer(*i, Answer::Yes))
        .collect();
    if !ilo.is_empty() {
        // The ILO guidance: one indicator can already point to forced labour; several make it likely.
        let urgency = if ilo.len() >= 3 {
            Urgency::High
        } else {
            Urgency::Elevated
        };
        concerns.push(Concern {
            kind: ConcernKind::ForcedLabour {
                count: ilo.len() as u32,
            },
            urgency,
            raised_by: ilo,
        });
    }
    if r.minors_involved {
        concerns.push(Concern {
            kind: ConcernKind::Minors,
            urgency: Urgency::High,
            raised_by: vec![Reason::Minors],
        });
    }
    let unsure: Vec<Reason> = r
        .answers
        .iter()
        .filter(|a| a.answer == Answer::Unsure)
        .map(|a| Reason::Answer(a.indicator, Answer::Unsure))
        .collect();
    if !unsure.is_empty() {
        concerns.push(Concern {
            kind: ConcernKind::Unsure,
            urgency: Urgency::Routine,
            raised_by: unsure,
        });
    }
    concerns
}

fn need_urgency(need: Need) -> Urgency {
    match need {
        Need::LeaveNow | Need::Medical | Need::OtherInDanger => Urgency::Immediate,
        Need::Police | Need::Shelter | Need::DocumentsTaken => Urgency::High,
        Need::Legal | Need::UnpaidWages | Need::Other => Urgency::Elevated,
    }
}

fn assess_help(h: &HelpRequest) -> Vec<Concern> {
    let mut concerns = Vec::new();
    if let Some(urgency) = h.needs.iter().map(|n| need_urgency(*n)).max() {
        let raised_by = h
            .needs
            .iter()
            .filter(|n| need_urgency(**n) == urgency)
            .map(|n| Reason::Need(*n))
            .collect();
        concerns.push(Concern {
            kind: ConcernKind::UrgentNeed,
            urgency,
            raised_by,
        });
    }
    if h.minors {
        concerns.push(Concern {
            kind: ConcernKind::Minors,
            urgency: Urgency::High,
            raised_by: vec![Reason::Minors],
        });
    }
    concerns
}

pub fn assess(body: &Body) -> Assessment {
    let (concerns, minors) = match body {
        Body::HelpRequest(h) => (assess_help(h), h.minors),
        Body::Report(r) => (assess_report(r), r.minors_involved),
        // A review is the worker's experience of a recruiter, not a case: nothing to triage.
        Body::Review(_) => (Vec::new(), false),
    };
    let others = concerns
        .iter()
        .filter(|c| c.kind != ConcernKind::Minors)
        .map(|c| c.urgency)
        .max();
    // Children involved: at least urgent, and whatever else was found one step higher.
    let urgency = match (minors, others) {
        (false, found) => found.unwrap_or(Urgency::Routine),
        (true, None) => Urgency::High,
        (true, Some(found)) => found.raised().max(Urgency::High),
    };
    Assessment { urgency, concerns }
}

#[cfg(test)]
mod tests {
    use super::*;
    use mitra_protocol::records::{About, Consent, IndicatorAnswer};

    fn report(answers: &[(Indicator, Answer)], minors: bool) -> Body {
        Body::Report(Report {
            about: About::Myself,
            interviewer_role: None,
            sector: None,
            origin_country: None,
            transit_countries: vec![],
            destination_country: None,
            nationality: None,
            recruiter: None,
            employer: None,
            recruited_on: None,
            work_started_on: None,
            work_ended_on: None,
            narrative: String::new(),
            answers: answers
                .iter()
                .map(|(indicator, answer)| IndicatorAnswer {
                    indicator: *indicator,
                    answer: *answer,
                })
                .collect(),
            minors_involved: minors,
            consent: Consent::default(),
            language: "en".into(),
        })
    }

    #[test]
    fn nothing_answered_yes_is_routine_with_no_concern() {
        let a = assess(&report(&[(I::Deception, Answer::No)], false));
        assert_eq!(
            a,
            Assessment {
                urgency: Urgency::Routine,
                concerns: vec![]
            }
        );
    }

    #[test]
    fn every_concern_names_the_answers_that_raised_it() {
        let a = assess(&report(
            &[
                (I::PhysicalSexualViolence, Answer::Yes),
                (I::RetentionOfDocuments, Answer::Yes),
                (I::Isolation, Answer::No),
            ],
            false,
        ));
        assert_eq!(a.urgency, Urgency::Immediate);
        let violence = a
            .concerns
            .iter()
            .find(|c| c.kind == ConcernKind::Violence)
            .unwrap();
        assert_eq!(
            violence.raised_by,
            vec![Reason::Answer(I::PhysicalSexualViolence, Answer::Yes)]
        );
        let docs = a
            .concerns
            .iter()
            .find(|c| c.kind == ConcernKind::Documents)
            .unwrap();
        assert_eq!(docs.urgency, Urgency::High);
        assert!(
            a.concerns
                .iter()
                .any(|c| c.kind == ConcernKind::ForcedLabour { count: 2 })
        );
        assert!(
            !a.concerns
                .iter()
                .any(|c| c.kind == ConcernKind::Confinement),
            "a no raises nothing"
        );
    }

    #[test]
    fn unsure_answers_are_listed_to_ask_again_but_raise_no_urgency() {
        let a = assess(&report(&[(I::DebtBondage, Answer::Unsure)], false));
        assert_eq!(a.urgency, Urgency::Routine);
        assert_eq!(a.concerns[0].kind, ConcernKind::Unsure);
    }

    #[test]
    fn minors_raise_the_urgency_one_step() {
        let without = assess(&report(&[(I::RecruitmentFees, Answer::Yes)], false));
        let with = assess(&report(&[(I::RecruitmentFees, Answer::Yes)], true));
        assert_eq!(without.urgency, Urgency::Elevated);
        assert_eq!(with.urgency, Urgency::High);
    }

    #[test]
    fn threats_alone_are_urgent_not_immediate() {
        let a = assess(&report(&[(I::IntimidationThreats, Answer::Yes)], false));
        assert_eq!(a.urgency, Urgency::High);
    }
}
