//! Eligibility for a TFR attempt under ELN 2020 (minimal and optimal) and NCCN, criterion by criterion, with verdicts and earliest dates.

use crate::dates::{self, add_months, add_years, days_between, iso, sub_years};
use crate::history::{self, Graded, Run};
use crate::i18n::Key;
use crate::i18n::Msg;
use crate::key;
use crate::profile::{Drug, Phase, Profile, StopReason, TkiCourse, Transcript};
use crate::response::ResponseLevel;
use chrono::NaiveDate;
use serde::Serialize;

/// Where a criterion stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// Met.
    Met,
    /// Not met.
    Unmet,
    /// Not enough information to say.
    Unknown,
}

/// A guideline's overall answer.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    /// A criterion is unmet that time alone cannot change.
    NotEligible,
    /// Only time-based criteria are unmet.
    NotYet,
    /// Nothing is unmet, but something needed is unknown.
    Incomplete,
    /// Every criterion is met.
    Eligible,
}

impl Verdict {
    /// The id used in JSON and the catalogue.
    pub fn id(self) -> &'static str {
        match self {
            Verdict::NotEligible => "not_eligible",
            Verdict::NotYet => "not_yet",
            Verdict::Incomplete => "incomplete",
            Verdict::Eligible => "eligible",
        }
    }
}

/// A value a criterion used, for the "Why?" panel.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct UsedValue {
    /// Catalogue key of its label.
    pub label: Key,
    /// The value, as text (numbers, dates, level ids).
    pub value: String,
}

/// One criterion of one guideline.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Criterion {
    /// Stable id (`eln.tki_duration`).
    pub id: &'static str,
    /// Met, unmet or unknown.
    pub status: Status,
    /// Whether time alone can turn it from unmet to met.
    pub time_based: bool,
    /// The rule in words.
    pub rule: Msg,
    /// Why it has this status, in plain words.
    pub reason: Msg,
    /// The values used.
    pub values: Vec<UsedValue>,
    /// How we read a rule the guideline leaves open, when we had to.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub interpretation: Option<Msg>,
    /// Source ids (see `sources`).
    pub sources: Vec<&'static str>,
    /// For an unmet time-based criterion: the first date it would be met if the latest response holds.
    pub met_on: Option<NaiveDate>,
    /// For an unknown criterion: what to find out.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub find_out: Option<Msg>,
}

/// One guideline's assessment.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct GuidelineResult {
    /// `eln2020_minimal`, `eln2020_optimal` or `nccn`.
    pub id: &'static str,
    /// Name and version, in words.
    pub name: Msg,
    /// The verdict.
    pub verdict: Verdict,
    /// The verdict in one plain sentence.
    pub summary: Msg,
    /// For `not_yet`: when every time-based criterion would be met if the latest response holds and tests go on every 3 months.
    pub earliest_date: Option<NaiveDate>,
    /// The criteria, in the guideline's order.
    pub criteria: Vec<Criterion>,
    /// What to find out, for unknown criteria.
    pub to_find_out: Vec<Msg>,
    /// Points the guideline asks for that are discussed, not scored.
    pub to_discuss: Vec<Msg>,
    /// Source ids.
    pub sources: Vec<&'static str>,
}

/// The three guidelines.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Eligibility {
    /// ELN 2020, minimal requirements (stopping allowed).
    pub eln2020_minimal: GuidelineResult,
    /// ELN 2020, optimal requirements (stopping recommended for consideration).
    pub eln2020_optimal: GuidelineResult,
    /// NCCN, as summarised 2019-2020.
    pub nccn: GuidelineResult,
}

/// Everything the criteria need, computed once.
#[derive(Debug)]
pub struct Facts<'a> {
    /// The profile.
    pub profile: &'a Profile,
    /// Assessment date.
    pub at: NaiveDate,
    /// Courses in start order.
    pub courses: Vec<TkiCourse>,
    /// Total TKI days.
    pub tki_days: i64,
    /// Whether a course is ongoing.
    pub ongoing: bool,
    /// The ongoing course.
    pub current: Option<TkiCourse>,
    /// Results in order.
    pub graded: Vec<Graded>,
    /// Latest evaluable level.
    pub latest: Option<ResponseLevel>,
    /// Run at MR4 or deeper.
    pub mr4_run: Option<Run>,
    /// Run at MR4.5 or deeper.
    pub mr45_run: Option<Run>,
}

impl<'a> Facts<'a> {
    /// Derives the facts from a profile.
    pub fn new(profile: &'a Profile) -> Self {
        let at = profile.assessed_on;
        let courses = history::courses_in_order(&profile.tki_courses);
        let graded = history::graded_in_order(profile);
        Facts {
            profile,
            at,
            tki_days: history::tki_days(&courses, at),
            ongoing: courses.iter().any(|c| c.end.is_none()),
            current: history::current_course(&courses).copied(),
            latest: history::latest_level(&graded),
            mr4_run: history::run_at_or_deeper(&graded, ResponseLevel::Mr4),
            mr45_run: history::run_at_or_deeper(&graded, ResponseLevel::Mr45),
            graded,
            courses,
        }
    }

    /// Total TKI time in years, rounded down to a tenth, counted as the total-time rules count it (calendar years
    /// back from `tki_reference_date`), so the number shown beside a threshold always agrees with the verdict.
    pub(crate) fn tki_years_text(&self) -> String {
        crate::number::tenths_text(dates::total_tenths(self.tki_days, tki_reference_date(self)))
    }
}

const ELN: &[&str] = &["eln2020"];
const NCCN: &[&str] = &["nccn2019"];
/// ELN asks for "rapid" results without a number; we read it as this many weeks at most.
pub const ELN_RAPID_TURNAROUND_WEEKS: f64 = 4.0;
/// NCCN: results within 2 weeks.
pub const NCCN_TURNAROUND_WEEKS: f64 = 2.0;

/// Assesses all three guidelines.
pub fn assess_eligibility(facts: &Facts<'_>) -> Eligibility {
    let eln_phase = phase(facts, ELN, "eln.phase");
    let line = eln_line(facts);
    let transcript = eln_transcript(facts);
    let failure = eln_no_failure(facts);
    let lab = eln_lab(facts);
    let minimal = vec![
        eln_phase.clone(),
        line.clone(),
        transcript.clone(),
        failure.clone(),
        lab.clone(),
        eln_tki_minimal(facts),
        eln_dmr_minimal(facts),
    ];
    let optimal = vec![eln_phase, line, transcript, failure, lab, eln_tki_optimal(facts), eln_dmr_optimal(facts)];
    let eln_discuss = vec![Msg::new(key!("discuss.eln.motivation")), Msg::new(key!("discuss.eln.monitoring"))];
    let nccn = vec![
        nccn_age(facts),
        phase(facts, NCCN, "nccn.phase"),
        nccn_approved(facts),
        nccn_tki(facts),
        nccn_transcript(facts),
        nccn_mr4_duration(facts),
        nccn_mr4_tests(facts),
        nccn_no_resistance(facts),
        nccn_lab(facts),
    ];
    Eligibility {
        eln2020_minimal: guideline("eln2020_minimal", minimal, eln_discuss.clone(), ELN),
        eln2020_optimal: guideline("eln2020_optimal", optimal, eln_discuss, ELN),
        nccn: guideline("nccn", nccn, vec![Msg::new(key!("discuss.nccn.specialist"))], NCCN),
    }
}

fn guideline(
    id: &'static str,
    criteria: Vec<Criterion>,
    to_discuss: Vec<Msg>,
    sources: &[&'static str],
) -> GuidelineResult {
    let unmet: Vec<&Criterion> = criteria.iter().filter(|c| c.status == Status::Unmet).collect();
    let any_unknown = criteria.iter().any(|c| c.status == Status::Unknown);
    let (verdict, earliest_date) = if unmet.iter().any(|c| !c.time_based) {
        (Verdict::NotEligible, None)
    } else if !unmet.is_empty() {
        let dates: Option<Vec<NaiveDate>> = unmet.iter().map(|c| c.met_on).collect();
        (Verdict::NotYet, dates.and_then(|d| d.into_iter().max()))
    } else if any_unknown {
        (Verdict::Incomplete, None)
    } else {
        (Verdict::Eligible, None)
    };
    let summary = match (verdict, earliest_date) {
        (Verdict::NotYet, Some(date)) => Msg::new(key!("verdict.not_yet.summary_dated")).with_date("date", date),
        (Verdict::NotYet, None) => Msg::new(key!("verdict.not_yet.summary_undated")),
        (Verdict::NotEligible, _) => Msg::new(key!("verdict.not_eligible.summary")),
        (Verdict::Incomplete, _) => Msg::new(key!("verdict.incomplete.summary")),
        (Verdict::Eligible, _) => Msg::new(key!("verdict.eligible.summary")),
    };
    // Several criteria can need the same thing found out (the TKI history, the PCR results): say it once.
    let mut to_find_out: Vec<Msg> = Vec::new();
    for msg in criteria.iter().filter_map(|c| c.find_out.clone()) {
        if !to_find_out.contains(&msg) {
            to_find_out.push(msg);
        }
    }
    GuidelineResult {
        id,
        name: Msg::new(match id {
            "eln2020_minimal" => key!("guideline.eln2020_minimal"),
            "eln2020_optimal" => key!("guideline.eln2020_optimal"),
            _ => key!("guideline.nccn"),
        }),
        verdict,
        summary,
        earliest_date,
        criteria,
        to_find_out,
        to_discuss,
        sources: sources.to_vec(),
    }
}

/// Builder for a criterion.
fn criterion(id: &'static str, sources: &[&'static str], status: Status, reason: Msg) -> Criterion {
    Criterion {
        id,
        status,
        time_based: false,
        rule: Msg::new(rule_key(id)),
        reason,
        values: Vec::new(),
        interpretation: None,
        sources: sources.to_vec(),
        met_on: None,
        find_out: None,
    }
}

fn rule_key(id: &'static str) -> Key {
    match id {
        "eln.phase" => key!("rule.eln.phase"),
        "eln.line" => key!("rule.eln.line"),
        "eln.transcript" => key!("rule.eln.transcript"),
        "eln.no_failure" => key!("rule.eln.no_failure"),
        "eln.lab" => key!("rule.eln.lab"),
        "eln.tki_duration" => key!("rule.eln.tki_duration"),
        "eln.dmr_duration" => key!("rule.eln.dmr_duration"),
        "eln.tki_duration_optimal" => key!("rule.eln.tki_duration_optimal"),
        "eln.dmr_duration_optimal" => key!("rule.eln.dmr_duration_optimal"),
        "nccn.age" => key!("rule.nccn.age"),
        "nccn.phase" => key!("rule.nccn.phase"),
        "nccn.approved_tki" => key!("rule.nccn.approved_tki"),
        "nccn.tki_duration" => key!("rule.nccn.tki_duration"),
        "nccn.quantifiable_transcript" => key!("rule.nccn.quantifiable_transcript"),
        "nccn.mr4_duration" => key!("rule.nccn.mr4_duration"),
        "nccn.mr4_tests" => key!("rule.nccn.mr4_tests"),
        "nccn.no_resistance" => key!("rule.nccn.no_resistance"),
        _ => key!("rule.nccn.lab"),
    }
}

impl Criterion {
    fn value(mut self, label: Key, value: impl Into<String>) -> Self {
        self.values.push(UsedValue { label, value: value.into() });
        self
    }
    fn time_based(mut self) -> Self {
        self.time_based = true;
        self
    }
    fn interpretation(mut self, key: Key) -> Self {
        self.interpretation = Some(Msg::new(key));
        self
    }
    fn find_out(mut self, key: Key) -> Self {
        if self.status == Status::Unknown {
            self.find_out = Some(Msg::new(key));
        }
        self
    }
    fn met_on(mut self, date: Option<NaiveDate>) -> Self {
        if self.status == Status::Unmet {
            self.met_on = date;
        }
        self
    }
}

fn phase(facts: &Facts<'_>, sources: &[&'static str], id: &'static str) -> Criterion {
    let (status, reason) = match facts.profile.phase_history {
        Phase::ChronicOnly => (Status::Met, key!("reason.phase.met")),
        Phase::AcceleratedOrBlast => (Status::Unmet, key!("reason.phase.unmet")),
        Phase::Unknown => (Status::Unknown, key!("reason.phase.unknown")),
    };
    criterion(id, sources, status, Msg::new(reason)).find_out(key!("find_out.phase"))
}

fn eln_transcript(facts: &Facts<'_>) -> Criterion {
    let t = facts.profile.transcript;
    let (status, reason) = match t {
        Transcript::E13a2 | Transcript::E14a2 | Transcript::Both => (Status::Met, key!("reason.transcript.met")),
        Transcript::Atypical => (Status::Unmet, key!("reason.transcript.atypical")),
        Transcript::Unknown => (Status::Unknown, key!("reason.transcript.unknown")),
    };
    criterion("eln.transcript", ELN, status, Msg::new(reason))
        .value(key!("value.transcript"), t_id(t))
        .find_out(key!("find_out.transcript"))
}

fn t_id(t: Transcript) -> String {
    crate::profile::TRANSCRIPT_IDS.get(t as usize).copied().unwrap_or("unknown").to_owned()
}

/// Changes of drug, in order: (the course that ended, the drug that followed).
fn switches(facts: &Facts<'_>) -> Vec<(TkiCourse, Drug)> {
    facts
        .courses
        .windows(2)
        .filter_map(|pair| match pair {
            [a, b] if a.drug != b.drug => Some((*a, b.drug)),
            _ => None,
        })
        .collect()
}

fn any_resistance(facts: &Facts<'_>) -> bool {
    facts.courses.iter().any(|c| c.reason_stopped == Some(StopReason::Resistance))
}

fn eln_line(facts: &Facts<'_>) -> Criterion {
    let switches = switches(facts);
    let lines = if facts.courses.is_empty() { 0 } else { switches.len() + 1 };
    let (status, reason) = if facts.courses.is_empty() {
        (Status::Unknown, key!("reason.line.no_courses"))
    } else if any_resistance(facts) {
        (Status::Unmet, key!("reason.line.resistance"))
    } else if switches.is_empty() {
        (Status::Met, key!("reason.line.first"))
    } else if switches.len() > 1 {
        (Status::Unmet, key!("reason.line.third"))
    } else if switches.iter().all(|(c, _)| c.reason_stopped == Some(StopReason::Intolerance)) {
        (Status::Met, key!("reason.line.second_intolerance"))
    } else {
        (Status::Unknown, key!("reason.line.switch_reason_unclear"))
    };
    let find = if facts.courses.is_empty() { key!("find_out.courses") } else { key!("find_out.switch_reason") };
    criterion("eln.line", ELN, status, Msg::new(reason))
        .value(key!("value.lines"), lines.to_string())
        .interpretation(key!("interp.eln.line"))
        .find_out(find)
}

fn eln_no_failure(facts: &Facts<'_>) -> Criterion {
    let unclear_switch = switches(facts).iter().any(|(c, _)| c.reason_stopped.is_none());
    let (status, reason) = if facts.courses.is_empty() {
        (Status::Unknown, key!("reason.failure.no_courses"))
    } else if any_resistance(facts) {
        (Status::Unmet, key!("reason.failure.resistance"))
    } else if unclear_switch {
        (Status::Unknown, key!("reason.failure.unclear"))
    } else {
        (Status::Met, key!("reason.failure.none"))
    };
    let find = if facts.courses.is_empty() { key!("find_out.courses") } else { key!("find_out.switch_reason") };
    criterion("eln.no_failure", ELN, status, Msg::new(reason))
        .interpretation(key!("interp.eln.no_failure"))
        .find_out(find)
}

fn bool_text(v: Option<bool>) -> String {
    match v {
        Some(true) => "yes".into(),
        Some(false) => "no".into(),
        None => "unknown".into(),
    }
}

fn eln_lab(facts: &Facts<'_>) -> Criterion {
    let lab = facts.profile.lab;
    let (status, reason) = match (lab.international_scale, lab.turnaround_weeks) {
        (Some(false), _) => (Status::Unmet, key!("reason.lab.not_is")),
        (_, Some(w)) if w > ELN_RAPID_TURNAROUND_WEEKS => (Status::Unmet, key!("reason.lab.slow_eln")),
        (Some(true), Some(_)) => (Status::Met, key!("reason.lab.met_eln")),
        _ => (Status::Unknown, key!("reason.lab.unknown")),
    };
    criterion("eln.lab", ELN, status, Msg::new(reason))
        .value(key!("value.lab_is"), bool_text(lab.international_scale))
        .value(key!("value.lab_turnaround"), lab.turnaround_weeks.map_or("unknown".into(), crate::number::short))
        .interpretation(key!("interp.eln.lab"))
        .find_out(key!("find_out.lab"))
}

fn nccn_lab(facts: &Facts<'_>) -> Criterion {
    let lab = facts.profile.lab;
    let (status, reason) = match (lab.international_scale, lab.sensitivity_mr45, lab.turnaround_weeks) {
        (Some(false), _, _) => (Status::Unmet, key!("reason.lab.not_is")),
        (_, Some(false), _) => (Status::Unmet, key!("reason.lab.not_sensitive")),
        (_, _, Some(w)) if w > NCCN_TURNAROUND_WEEKS => (Status::Unmet, key!("reason.lab.slow_nccn")),
        (Some(true), Some(true), Some(_)) => (Status::Met, key!("reason.lab.met_nccn")),
        _ => (Status::Unknown, key!("reason.lab.unknown")),
    };
    criterion("nccn.lab", NCCN, status, Msg::new(reason))
        .value(key!("value.lab_is"), bool_text(lab.international_scale))
        .value(key!("value.lab_mr45"), bool_text(lab.sensitivity_mr45))
        .value(key!("value.lab_turnaround"), lab.turnaround_weeks.map_or("unknown".into(), crate::number::short))
        .find_out(key!("find_out.lab"))
}

/// Whether `total_days` of TKI by `at` is over (`strict`) or at least `years` years,
/// measuring a year as the calendar years ending on `at`.
fn total_reaches(total_days: i64, at: NaiveDate, years: u32, strict: bool) -> bool {
    let needed = days_between(sub_years(at, years), at);
    if strict {
        total_days > needed
    } else {
        total_days >= needed
    }
}

/// The day total TKI time is measured back from: the assessment date while a course is ongoing, otherwise the
/// last day on TKI. Years are calendar years ending on that day, so a later assessment date never takes
/// treatment time away from someone who is off TKI (the 5 years before it may hold one more 29 February).
fn tki_reference_date(facts: &Facts<'_>) -> NaiveDate {
    if facts.ongoing {
        facts.at
    } else {
        facts.courses.iter().filter_map(|c| c.end).max().map_or(facts.at, |end| end.min(facts.at))
    }
}

/// The first day on which total TKI time reaches the threshold, if a course is ongoing.
fn total_met_on(facts: &Facts<'_>, years: u32, strict: bool) -> Option<NaiveDate> {
    if !facts.ongoing {
        return None;
    }
    let reaches = |d: NaiveDate| total_reaches(facts.tki_days + days_between(facts.at, d), d, years, strict);
    let needed = days_between(sub_years(facts.at, years), facts.at);
    let mut day = dates::add_days(facts.at, (needed - facts.tki_days).max(0));
    for _ in 0..8 {
        if reaches(day) {
            break;
        }
        day = dates::add_days(day, 1);
    }
    for _ in 0..8 {
        let before = dates::add_days(day, -1);
        if before >= facts.at && reaches(before) {
            day = before;
        } else {
            break;
        }
    }
    reaches(day).then_some(day)
}

/// `to` is over (`strict`) or at least `years` calendar years after `from`.
fn span_reaches(from: NaiveDate, to: NaiveDate, years: u32, strict: bool) -> bool {
    let target = add_years(from, years);
    if strict {
        to > target
    } else {
        to >= target
    }
}

/// If the latest response holds and tests go on every 3 months after the latest one, the first
/// test (not before `at`) on which the run reaches `years`.
fn run_met_on(run: &Run, at: NaiveDate, years: u32, strict: bool) -> Option<NaiveDate> {
    (1..=200u32)
        .map(|k| add_months(run.until, 3 * k))
        .find(|&test| span_reaches(run.since, test, years, strict))
        .map(|test| test.max(at))
}

fn course_years_text(c: &TkiCourse, at: NaiveDate) -> String {
    crate::number::tenths_text(dates::span_tenths(c.start, c.end.unwrap_or(at).min(at)))
}

fn eln_tki_minimal(facts: &Facts<'_>) -> Criterion {
    let total_ok = total_reaches(facts.tki_days, tki_reference_date(facts), 5, true);
    let current_2g = facts.current.filter(|c| c.drug.is_second_generation());
    let second_gen_ok = current_2g.is_some_and(|c| span_reaches(c.start, facts.at, 4, true));
    let (status, reason) = if facts.courses.is_empty() {
        (Status::Unknown, Msg::new(key!("reason.tki.no_courses")))
    } else if total_ok {
        (Status::Met, Msg::new(key!("reason.tki.met")).with("years", facts.tki_years_text()).with("threshold", "5"))
    } else if second_gen_ok {
        (
            Status::Met,
            Msg::new(key!("reason.tki.met_2g")).with_key("drug", current_2g.map_or(Drug::Other, |c| c.drug).key()),
        )
    } else {
        (Status::Unmet, Msg::new(key!("reason.tki.short")).with("years", facts.tki_years_text()).with("threshold", "5"))
    };
    let met_on = [total_met_on(facts, 5, true), current_2g.map(|c| dates::add_days(add_years(c.start, 4), 1))]
        .into_iter()
        .flatten()
        .min();
    let mut c = criterion("eln.tki_duration", ELN, status, reason)
        .time_based()
        .value(key!("value.tki_years"), facts.tki_years_text())
        .interpretation(key!("interp.eln.tki_2g"))
        .find_out(key!("find_out.courses"))
        .met_on(met_on);
    if let Some(cur) = facts.current {
        c = c
            .value(key!("value.current_drug"), cur.drug.id())
            .value(key!("value.current_years"), course_years_text(&cur, facts.at));
    }
    c
}

fn eln_tki_optimal(facts: &Facts<'_>) -> Criterion {
    let (status, reason) = if facts.courses.is_empty() {
        (Status::Unknown, Msg::new(key!("reason.tki.no_courses")))
    } else if total_reaches(facts.tki_days, tki_reference_date(facts), 5, true) {
        (Status::Met, Msg::new(key!("reason.tki.met")).with("years", facts.tki_years_text()).with("threshold", "5"))
    } else {
        (Status::Unmet, Msg::new(key!("reason.tki.short")).with("years", facts.tki_years_text()).with("threshold", "5"))
    };
    criterion("eln.tki_duration_optimal", ELN, status, reason)
        .time_based()
        .value(key!("value.tki_years"), facts.tki_years_text())
        .find_out(key!("find_out.courses"))
        .met_on(total_met_on(facts, 5, true))
}

fn run_values(c: Criterion, run: Option<&Run>, latest: Option<ResponseLevel>) -> Criterion {
    let c = c.value(key!("value.latest_level"), latest.map_or("none", ResponseLevel::id));
    match run {
        Some(r) => c.value(key!("value.dmr_since"), iso(r.since)).value(key!("value.dmr_years"), r.years_text()),
        None => c,
    }
}

fn no_deep_reason(facts: &Facts<'_>) -> (Status, Msg) {
    if facts.graded.is_empty() {
        (Status::Unknown, Msg::new(key!("reason.dmr.no_results")))
    } else if facts.latest.is_none() {
        (Status::Unknown, Msg::new(key!("reason.dmr.not_evaluable")))
    } else {
        (Status::Unmet, Msg::new(key!("reason.dmr.not_deep")))
    }
}

fn eln_dmr_minimal(facts: &Facts<'_>) -> Criterion {
    let run = facts.mr4_run.as_ref();
    let (status, reason) = match run {
        None => no_deep_reason(facts),
        Some(r) if span_reaches(r.since, r.until, 2, true) => (
            Status::Met,
            Msg::new(key!("reason.dmr.met"))
                .with("years", r.years_text())
                .with("since", iso(r.since))
                .with("threshold", "2"),
        ),
        Some(r) => (
            Status::Unmet,
            Msg::new(key!("reason.dmr.short"))
                .with("years", r.years_text())
                .with("since", iso(r.since))
                .with("threshold", "2"),
        ),
    };
    let c = criterion("eln.dmr_duration", ELN, status, reason)
        .time_based()
        .interpretation(key!("interp.dmr_run"))
        .find_out(key!("find_out.pcr"))
        .met_on(run.and_then(|r| run_met_on(r, facts.at, 2, true)));
    run_values(c, run, facts.latest)
}

fn eln_dmr_optimal(facts: &Facts<'_>) -> Criterion {
    let mr4 = facts.mr4_run.as_ref();
    let mr45 = facts.mr45_run.as_ref();
    let mr4_ok = mr4.is_some_and(|r| span_reaches(r.since, r.until, 3, true));
    let mr45_ok = mr45.is_some_and(|r| span_reaches(r.since, r.until, 2, true));
    let (status, reason) = match (mr4, mr45) {
        (None, _) => no_deep_reason(facts),
        (Some(_), Some(r45)) if mr45_ok && !mr4_ok => (
            Status::Met,
            Msg::new(key!("reason.dmr_opt.met_mr45")).with("years", r45.years_text()).with("since", iso(r45.since)),
        ),
        (Some(r), _) if mr4_ok => (
            Status::Met,
            Msg::new(key!("reason.dmr_opt.met_mr4")).with("years", r.years_text()).with("since", iso(r.since)),
        ),
        (Some(r), r45) => (
            Status::Unmet,
            Msg::new(key!("reason.dmr_opt.short"))
                .with("years", r.years_text())
                .with("years45", r45.map_or("0.0".into(), Run::years_text)),
        ),
    };
    let met_on =
        [mr4.and_then(|r| run_met_on(r, facts.at, 3, true)), mr45.and_then(|r| run_met_on(r, facts.at, 2, true))]
            .into_iter()
            .flatten()
            .min();
    let mut c = criterion("eln.dmr_duration_optimal", ELN, status, reason)
        .time_based()
        .interpretation(key!("interp.dmr_run"))
        .find_out(key!("find_out.pcr"))
        .met_on(met_on);
    c = run_values(c, mr4, facts.latest);
    if let Some(r) = mr45 {
        c = c.value(key!("value.mr45_years"), r.years_text());
    }
    c
}

fn nccn_age(facts: &Facts<'_>) -> Criterion {
    let age = facts.profile.age_years;
    let (status, reason) = match age {
        None => (Status::Unknown, key!("reason.age.unknown")),
        Some(a) if a >= 18.0 => (Status::Met, key!("reason.age.met")),
        Some(_) => (Status::Unmet, key!("reason.age.under")),
    };
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)] // 0 <= 18 - age <= 18
    let met_on = age.map(|a| add_years(facts.at, (18.0 - a).ceil().clamp(0.0, 18.0) as u32));
    criterion("nccn.age", NCCN, status, Msg::new(reason))
        .time_based()
        .value(key!("value.age"), age.map_or("unknown".into(), crate::number::short))
        .interpretation(key!("interp.nccn.age"))
        .find_out(key!("find_out.age"))
        .met_on(met_on)
}

fn nccn_approved(facts: &Facts<'_>) -> Criterion {
    let drug = facts.current.or_else(|| facts.courses.last().copied()).map(|c| c.drug);
    let (status, reason) = match drug {
        None => (Status::Unknown, Msg::new(key!("reason.approved.no_courses"))),
        Some(Drug::Asciminib | Drug::Other) => (
            Status::Unknown,
            Msg::new(key!("reason.approved.not_listed")).with_key("drug", drug.unwrap_or(Drug::Other).key()),
        ),
        Some(d) => (Status::Met, Msg::new(key!("reason.approved.met")).with_key("drug", d.key())),
    };
    criterion("nccn.approved_tki", NCCN, status, reason)
        .value(key!("value.current_drug"), drug.map_or("none", Drug::id))
        .find_out(if drug.is_none() { key!("find_out.courses") } else { key!("find_out.approved") })
}

fn nccn_tki(facts: &Facts<'_>) -> Criterion {
    let (status, reason) = if facts.courses.is_empty() {
        (Status::Unknown, Msg::new(key!("reason.tki.no_courses")))
    } else if total_reaches(facts.tki_days, tki_reference_date(facts), 3, false) {
        (
            Status::Met,
            Msg::new(key!("reason.tki.met_at_least")).with("years", facts.tki_years_text()).with("threshold", "3"),
        )
    } else {
        (
            Status::Unmet,
            Msg::new(key!("reason.tki.short_at_least")).with("years", facts.tki_years_text()).with("threshold", "3"),
        )
    };
    criterion("nccn.tki_duration", NCCN, status, reason)
        .time_based()
        .value(key!("value.tki_years"), facts.tki_years_text())
        .find_out(key!("find_out.courses"))
        .met_on(total_met_on(facts, 3, false))
}

fn nccn_transcript(facts: &Facts<'_>) -> Criterion {
    let t = facts.profile.transcript;
    let measured = facts.graded.iter().any(|g| matches!(g.measurement, crate::response::Measurement::Percent(_)));
    let (status, reason) = match t {
        Transcript::E13a2 | Transcript::E14a2 | Transcript::Both => (Status::Met, key!("reason.quantifiable.typical")),
        _ if measured => (Status::Met, key!("reason.quantifiable.measured")),
        Transcript::Atypical => (Status::Unmet, key!("reason.quantifiable.atypical")),
        Transcript::Unknown => (Status::Unknown, key!("reason.transcript.unknown")),
    };
    criterion("nccn.quantifiable_transcript", NCCN, status, Msg::new(reason))
        .value(key!("value.transcript"), t_id(t))
        .interpretation(key!("interp.nccn.quantifiable"))
        .find_out(key!("find_out.transcript"))
}

fn nccn_mr4_duration(facts: &Facts<'_>) -> Criterion {
    let run = facts.mr4_run.as_ref();
    let (status, reason) = match run {
        None => no_deep_reason(facts),
        Some(r) if span_reaches(r.since, r.until, 2, false) => (
            Status::Met,
            Msg::new(key!("reason.dmr.met_at_least"))
                .with("years", r.years_text())
                .with("since", iso(r.since))
                .with("threshold", "2"),
        ),
        Some(r) => (
            Status::Unmet,
            Msg::new(key!("reason.dmr.short_at_least"))
                .with("years", r.years_text())
                .with("since", iso(r.since))
                .with("threshold", "2"),
        ),
    };
    let c = criterion("nccn.mr4_duration", NCCN, status, reason)
        .time_based()
        .interpretation(key!("interp.dmr_run"))
        .find_out(key!("find_out.pcr"))
        .met_on(run.and_then(|r| run_met_on(r, facts.at, 2, false)));
    run_values(c, run, facts.latest)
}

fn nccn_mr4_tests(facts: &Facts<'_>) -> Criterion {
    let run = facts.mr4_run.as_ref();
    let counted = run.map(history::tests_three_months_apart);
    let (status, reason) = match (run, counted) {
        (Some(_), Some((n, _))) if n >= 4 => {
            (Status::Met, Msg::new(key!("reason.tests.met")).with("count", n.to_string()))
        }
        (Some(_), Some((n, _))) => (Status::Unmet, Msg::new(key!("reason.tests.short")).with("count", n.to_string())),
        _ => no_deep_reason(facts),
    };
    let met_on = match (run, counted) {
        (Some(r), Some((n, _))) if n < 4 => {
            #[allow(clippy::cast_possible_truncation)] // n < 4
            let missing = (4 - n) as u32;
            Some(add_months(r.until, 3 * missing).max(facts.at))
        }
        _ => None,
    };
    criterion("nccn.mr4_tests", NCCN, status, reason)
        .time_based()
        .value(key!("value.tests_counted"), counted.map_or(0, |(n, _)| n).to_string())
        .interpretation(key!("interp.nccn.tests"))
        .find_out(key!("find_out.pcr"))
        .met_on(met_on)
}

fn nccn_no_resistance(facts: &Facts<'_>) -> Criterion {
    // A change of TKI with no reason given may have been for resistance: unknown, as for ELN's "no failure".
    let unclear_switch = switches(facts).iter().any(|(c, _)| c.reason_stopped.is_none());
    let (status, reason) = if facts.courses.is_empty() {
        (Status::Unknown, key!("reason.failure.no_courses"))
    } else if any_resistance(facts) {
        (Status::Unmet, key!("reason.resistance.unmet"))
    } else if unclear_switch {
        (Status::Unknown, key!("reason.failure.unclear"))
    } else {
        (Status::Met, key!("reason.resistance.met"))
    };
    let find = if facts.courses.is_empty() { key!("find_out.courses") } else { key!("find_out.switch_reason") };
    criterion("nccn.no_resistance", NCCN, status, Msg::new(reason))
        .interpretation(key!("interp.nccn.resistance"))
        .find_out(find)
}
