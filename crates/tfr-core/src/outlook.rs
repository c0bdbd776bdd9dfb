//! What tends to happen to people like this one: trials like me, what shifts the odds, relapse, withdrawal syndrome, and the options side by side.
//!
//! Every number comes from [`crate::evidence`]; every sentence is a catalogue message whose sources are
//! listed in [`TEXT_SOURCES`]. Nothing here invents a figure: where the evidence has no number, the
//! output says so (`cited_figure: false`, `size: direction_only`). Matching uses only what the profile
//! holds (drug and line, TKI time, depth and length of the deep response); the trials had more detailed rules.
//!
//! Windows for the summary ranges: "about 12 months" takes figures reported at 9 to 15 months, "about
//! 24 months" at 20 to 28 months, after converting the paper's unit (a month is 365.25/12 days, so 48
//! weeks is 11.0 months and 96 weeks 22.1 months). Only whole-study "in remission without TKI" figures
//! at a fixed time count, not shares over a median follow-up, subgroups or treatment-free survival.

use crate::dates;
use crate::eligibility::Facts;
use crate::evidence::{
    self, Citation, Count, Depth, Figure, Group, Line, Measure, Progression, RegainLevel, Relapse, Span, Study, Unit,
};
use crate::history::{self, Graded};
use crate::i18n::Key;
use crate::i18n::Msg;
use crate::key;
use crate::profile::{Drug, StopReason, Transcript};
use crate::response::{Measurement, ResponseLevel, MMR_MAX_PERCENT};
use chrono::NaiveDate;
use serde::Serialize;

/// The outlook.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Outlook {
    /// True when the profile has an earlier attempt to stop: trials are second-attempt data (RE-STIM).
    pub second_attempt: bool,
    /// Trials whose entry criteria the person would have met.
    pub trials: Vec<TrialMatch>,
    /// Trials of the same TKI whose entry criteria the person meets only in part (`differs`, `not_checked`).
    pub partial_trials: Vec<TrialMatch>,
    /// How matching works, and what to add when nothing matched.
    pub trials_notes: Vec<Msg>,
    /// Ranges across the full matches at about 12 and about 24 months.
    pub summary: Vec<SummaryRange>,
    /// What shifts the odds, and whether each applies to this person.
    pub factors: Vec<Factor>,
    /// If it comes back: relapse definitions, regaining MMR, progression.
    pub relapse: RelapseSection,
    /// Withdrawal syndrome.
    pub withdrawal: Withdrawal,
    /// The options side by side, per 100 people over the same 24 months.
    pub options: Vec<OptionOutlook>,
    /// Date the evidence was last reviewed.
    pub evidence_reviewed: &'static str,
}

/// Where a 95% confidence interval comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum CiSource {
    /// Printed in the paper.
    Paper,
    /// Computed by us (Wilson score interval) from the count the source gave.
    Computed,
    /// No interval: the paper gave none and no count was given.
    None,
}

/// One figure, ready to show.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ResultPoint {
    /// Time in the paper's unit (`None`: not stated in the source read).
    pub time: Option<f64>,
    /// The paper's unit.
    pub unit: Unit,
    /// `time` in months, one decimal (48 weeks = 11.0).
    pub about_months: Option<f64>,
    /// True when `time` is a median follow-up and the figure a crude share over it.
    pub over_follow_up: bool,
    /// What it measures.
    pub measure: Measure,
    /// Label of `measure`.
    pub label: Msg,
    /// Subgroup, when not the whole study.
    pub group: Option<Group>,
    /// Label of the subgroup.
    pub group_label: Option<Msg>,
    /// Percent.
    pub percent: f64,
    /// The same, rounded to whole people out of 100.
    pub per_100: u8,
    /// 95% confidence interval, percent.
    pub ci95: Option<[f64; 2]>,
    /// Where the interval comes from.
    pub ci_source: CiSource,
    /// The count, when given (or derived, marked).
    pub count: Option<Count>,
    /// Evidence record id.
    pub source: &'static str,
    /// Where this figure was published.
    pub citation: Option<Citation>,
}

/// A trial and how the person compares with its entry criteria.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct TrialMatch {
    /// Evidence record id.
    pub id: &'static str,
    /// Short name.
    pub name: &'static str,
    /// Its name in the reader's language.
    pub label: Msg,
    /// Kind of study, in words.
    pub design: Msg,
    /// People who stopped (the denominator of its figures).
    pub n: Option<u16>,
    /// People enrolled.
    pub enrolled: Option<u16>,
    /// TKI ids (empty: any TKI).
    pub drugs: Vec<&'static str>,
    /// Line of treatment.
    pub line: Line,
    /// Entry criteria in words.
    pub entry: Option<Msg>,
    /// Results in the paper's own time units.
    pub results: Vec<ResultPoint>,
    /// Catalogue key of the relapse definition.
    pub relapse_definition: Key,
    /// The relapse definition in words.
    pub relapse_text: Msg,
    /// Whether relapse could be called before MMR was lost.
    pub relapse_stricter_than_mmr: bool,
    /// Median follow-up.
    pub median_follow_up: Option<Span>,
    /// What happened after restarting.
    pub regained: Vec<RegainRow>,
    /// Progression to an advanced phase.
    pub progression: Progression,
    /// Main citation.
    pub citation: Option<Citation>,
    /// Where the seed review's Table 1 differs.
    pub notes: Vec<Msg>,
    /// Entry criteria the person does not meet (empty for a full match).
    pub differs: Vec<Msg>,
    /// Entry criteria we could not check.
    pub not_checked: Vec<Msg>,
}

/// The range of "in remission without TKI" across full matches at about one time.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct SummaryRange {
    /// 12 or 24.
    pub about_months: u8,
    /// Reported times (in months) that count as "about".
    pub window_months: [f64; 2],
    /// Lowest percent, if any figure went in.
    pub low: Option<f64>,
    /// Highest percent.
    pub high: Option<f64>,
    /// The figures that went in.
    pub included: Vec<Included>,
    /// The range in words, both framings.
    pub text: Msg,
}

/// A figure that went into a summary range.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Included {
    /// Evidence record id.
    pub id: &'static str,
    /// Short name.
    pub name: &'static str,
    /// Time, paper's unit.
    pub time: f64,
    /// Unit.
    pub unit: Unit,
    /// Percent.
    pub percent: f64,
    /// Relapse definition key.
    pub relapse_definition: Key,
}

/// Whether a factor applies to this person.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Applies {
    /// It does.
    Present,
    /// It does not.
    Absent,
    /// Not known from the profile.
    Unknown,
    /// A matter of degree with no cited cut-off; see `your_value`.
    ByDegree,
}

impl Applies {
    fn from_bool(v: Option<bool>) -> Self {
        match v {
            Some(true) => Applies::Present,
            Some(false) => Applies::Absent,
            None => Applies::Unknown,
        }
    }
}

/// Which way a factor shifts the chance of staying in remission, when present.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Direction {
    /// Better chance.
    Higher,
    /// Lower chance.
    Lower,
    /// The sources give figures but no comparison we can state.
    NotStated,
}

/// Whether a size is cited.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Size {
    /// Figures are cited (see `figures`).
    Cited,
    /// Only the direction is cited; no number.
    DirectionOnly,
}

/// Something that shifts the odds of staying in remission.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Factor {
    /// Stable id.
    pub id: &'static str,
    /// Name.
    pub name: Msg,
    /// Whether it applies to this person.
    pub applies: Applies,
    /// The person's value, when it helps.
    pub your_value: Option<Msg>,
    /// Direction when present.
    pub direction: Direction,
    /// Whether a size is cited.
    pub size: Size,
    /// What the sources found, in words.
    pub text: Msg,
    /// The cited figures.
    pub figures: Vec<ResultPoint>,
    /// Evidence ids.
    pub sources: Vec<&'static str>,
}

/// What happened after restarting, in one trial.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct RegainRow {
    /// Evidence record id.
    pub id: &'static str,
    /// Short name.
    pub name: &'static str,
    /// Level regained.
    pub level: RegainLevel,
    /// Label of the level.
    pub level_label: Msg,
    /// How many regained it.
    pub regained: Option<u16>,
    /// Of how many.
    pub of: Option<u16>,
    /// The source says all did.
    pub all: bool,
    /// Percent, when counted.
    pub percent: Option<f64>,
    /// Wilson 95% interval from the counts (computed by us).
    pub ci95: Option<[f64; 2]>,
    /// `computed` when `ci95` is given.
    pub ci_source: CiSource,
    /// Median months to regain.
    pub median_months: Option<f64>,
    /// Citation.
    pub citation: Option<Citation>,
}

/// A sentence and its sources.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Point {
    /// The sentence.
    pub text: Msg,
    /// Evidence or guideline ids (empty when no source has a figure for it).
    pub sources: Vec<&'static str>,
    /// False when the sentence says there is no cited figure.
    pub cited_figure: bool,
}

/// A relapse definition and the trials that used it.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct DefinitionRow {
    /// Id.
    pub id: &'static str,
    /// Catalogue key.
    pub key: Key,
    /// In words.
    pub text: Msg,
    /// Whether relapse could be called before MMR was lost.
    pub stricter_than_mmr: bool,
    /// Trial names using it.
    pub trials: Vec<&'static str>,
}

/// If it comes back.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct RelapseSection {
    /// Timing, restarting, late relapses, definitions compared.
    pub points: Vec<Point>,
    /// Each definition with its trials.
    pub definitions: Vec<DefinitionRow>,
    /// Regaining a response after restarting, per trial.
    pub regained: Vec<RegainRow>,
    /// Trials that reported no progression.
    pub progression_none_reported: Vec<&'static str>,
    /// Trials where progression was not checked in our sources.
    pub progression_not_verified: Vec<&'static str>,
    /// Progression in words.
    pub progression: Point,
}

/// One study's withdrawal-syndrome rate.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct WsStudy {
    /// Evidence record id.
    pub id: &'static str,
    /// Short name.
    pub name: &'static str,
    /// Its name in the reader's language.
    pub label: Msg,
    /// TKI ids (empty: several).
    pub drugs: Vec<&'static str>,
    /// The figure.
    pub figure: ResultPoint,
}

/// The rate after one TKI (French pool).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct WsDrug {
    /// TKI id.
    pub drug: &'static str,
    /// The figure.
    pub figure: ResultPoint,
    /// Whether this is the person's TKI (`None` when not known).
    pub yours: Option<bool>,
}

/// A risk factor for withdrawal syndrome.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct RiskFactor {
    /// `tki_over_93_months` or `osteoarticular_history`.
    pub id: &'static str,
    /// Whether the person has it (`None`: not known).
    pub present: Option<bool>,
    /// Evidence id.
    pub source: &'static str,
    /// Relative risk as published.
    pub relative_risk: f64,
    /// Its 95% CI.
    pub ci95: [f64; 2],
    /// In words (with the overall rate, so the relative risk is never alone).
    pub text: Msg,
}

/// Withdrawal syndrome.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Withdrawal {
    /// Lowest and highest rate across the studies in `studies`, percent.
    pub range_percent: [f64; 2],
    /// The range in words.
    pub range_text: Msg,
    /// Each study's rate.
    pub studies: Vec<WsStudy>,
    /// Rates by TKI (French pool).
    pub by_drug: Vec<WsDrug>,
    /// Onset: weeks after stopping (from, to).
    pub onset_weeks: [u8; 2],
    /// Median duration in months (RU-SKI).
    pub median_duration_months: f64,
    /// Range of duration in months (RU-SKI).
    pub duration_range_months: [f64; 2],
    /// The person's risk factors.
    pub risk_factors: Vec<RiskFactor>,
    /// What helped.
    pub helped: Vec<Point>,
    /// What it is, when, how long, and that it does not mean relapse.
    pub points: Vec<Point>,
}

/// One group of people in an icon array.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct IconOutcome {
    /// `on_tki`, `off_tki_remission` or `back_on_tki`.
    pub id: &'static str,
    /// Label.
    pub label: Msg,
    /// People out of 100.
    pub count: u8,
}

/// 100 people at one time point for one option: the numbers sum to 100.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct IconArray {
    /// Months from the decision.
    pub months: u8,
    /// Subgroup of the source (DESTINY cohort), when any.
    pub group: Option<Group>,
    /// The groups of people; counts sum to 100.
    pub outcomes: Vec<IconOutcome>,
    /// Both framings, one sentence per group.
    pub framings: Vec<Msg>,
    /// How the numbers were derived from the cited figures.
    pub derivation: Msg,
    /// Evidence ids.
    pub sources: Vec<&'static str>,
}

/// How far the person fits a trial's entry criteria.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Fit {
    /// Would have met them.
    Full,
    /// Partly.
    Partial,
    /// Not comparable (another TKI, or a second attempt).
    NotComparable,
}

/// One option.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct OptionOutlook {
    /// `continue`, `halve_then_stop` or `stop`.
    pub id: &'static str,
    /// Name.
    pub name: Msg,
    /// In a sentence.
    pub summary: Msg,
    /// The common time frame, months from the decision.
    pub horizon_months: u8,
    /// Evidence id of the figures.
    pub source: Option<&'static str>,
    /// For DESTINY: whether the person fits its entry criteria.
    pub fits: Option<Fit>,
    /// Benefits.
    pub benefits: Vec<Point>,
    /// Harms.
    pub harms: Vec<Point>,
    /// Icon arrays (more than one when the person's DESTINY group is not known).
    pub icon_arrays: Vec<IconArray>,
    /// Limits of the evidence for this option.
    pub caveats: Vec<Msg>,
}

/// The common time frame of the options, months.
pub const HORIZON_MONTHS: u8 = 24;
/// Window of "about 12 months", in months.
pub const ABOUT_12_MONTHS: [f64; 2] = [9.0, 15.0];
/// Window of "about 24 months", in months.
pub const ABOUT_24_MONTHS: [f64; 2] = [20.0, 28.0];
/// Berger 2019: TKI time over this many months raised the risk of withdrawal syndrome.
pub const WS_TKI_MONTHS: u32 = 93;

/// Evidence ids of the first-attempt stopping trials we match, in display order.
pub const MATCHED_TRIALS: &[&str] = &[
    "euroski",
    "euroski_final",
    "stim1",
    "twister",
    "isav",
    "astim",
    "jalsg_stim213",
    "domest",
    "kid",
    "enestfreedom",
    "enestop",
    "stat2",
    "dadi",
    "dasfree",
    "stop2gtki",
];
/// Evidence ids of second-attempt trials.
pub const SECOND_ATTEMPT_TRIALS: &[&str] = &["restim"];
/// Evidence ids counted in the withdrawal-syndrome range (the survey is shown apart).
pub const WS_STUDIES: &[&str] = &["berger2019", "richter2014", "kid", "ruski", "enestop", "stat2", "dasfree"];

/// Sources of every clinical sentence of the outlook catalogue (keys not listed are labels, or
/// per-study texts whose source is the study: `entry.*`, `note.*`, `relapse.*`).
pub const TEXT_SOURCES: &[(Key, &[&str])] = &[
    (key!("factor.dmr_length.text"), &["euroski", "euroski_final"]),
    (key!("factor.prior_attempt.text"), &["restim"]),
    (key!("factor.prior_resistance.text"), &["dadi", "stop2gtki"]),
    (key!("factor.response_speed.text"), &["shanmuganathan2021"]),
    (key!("factor.sokal.text"), &["enestfreedom", "stim1"]),
    (key!("factor.tki_time.text"), &["euroski_final", "domest", "kid", "stim1", "shanmuganathan2021"]),
    (key!("factor.transcript.both"), &["dadda"]),
    (key!("factor.transcript.text"), &["dadda", "euroski_final", "shanmuganathan2021"]),
    (key!("factor.undetectable.text"), &["stat2", "jalsg_stim213"]),
    (key!("factor.week12.text"), &["enestfreedom", "stop2gtki"]),
    (key!("icon.continue.derivation"), &[]),
    (key!("icon.halve.derivation_mmr"), &["destiny"]),
    (key!("icon.halve.derivation_mr4"), &["destiny"]),
    (key!("icon.stop.derivation"), &["euroski"]),
    (key!("icon.stop_second.derivation"), &["restim"]),
    (key!("option.continue.benefit.no_ws"), &["enestop"]),
    (key!("option.continue.benefit.response"), &[]),
    (key!("option.continue.benefit.tests"), &["eln2020"]),
    (key!("option.continue.harm.side_effects"), &[]),
    (key!("option.halve.benefit.mr4"), &["destiny"]),
    (key!("option.halve.benefit.regain"), &["destiny"]),
    (key!("option.halve.benefit.side_effects"), &[]),
    (key!("option.halve.caveat.drugs"), &["destiny"]),
    (key!("option.halve.caveat.later"), &["destiny"]),
    (key!("option.halve.caveat.second"), &["destiny"]),
    (key!("option.halve.harm.longer"), &["destiny"]),
    (key!("option.halve.harm.mmr"), &["destiny"]),
    (key!("option.halve.harm.withdrawal"), &[]),
    (key!("option.stop.benefit.no_side_effects"), &[]),
    (key!("option.stop.benefit.remission"), &["euroski"]),
    (key!("option.stop.benefit.remission_second"), &["restim"]),
    (key!("option.stop.benefit.safe_restart"), &["enestfreedom", "kid", "dasfree", "dadi"]),
    (key!("option.stop.caveat.population"), &["euroski"]),
    (key!("option.stop.harm.relapse"), &["euroski", "meta1601"]),
    (key!("option.stop.harm.relapse_second"), &["restim"]),
    (key!("option.stop.harm.tests"), &["eln2020"]),
    (
        key!("option.stop.harm.withdrawal"),
        &["berger2019", "richter2014", "kid", "ruski", "enestop", "stat2", "dasfree"],
    ),
    (key!("option.stop.harm.worry"), &["sharf2020"]),
    (key!("outlook.relapse.definitions"), &[]),
    (key!("outlook.relapse.late"), &["late_fr2020", "isav", "eln2020"]),
    (
        key!("outlook.relapse.progression"),
        &["stim1", "twister", "dadi", "enestfreedom", "enestop", "stop2gtki", "dasfree", "restim"],
    ),
    (
        key!("outlook.relapse.restart"),
        &["stim1", "domest", "dadi", "enestfreedom", "enestop", "stat2", "dasfree", "kid"],
    ),
    (key!("outlook.relapse.timing"), &["meta1601", "fava2019"]),
    (key!("outlook.trials.how"), &[]),
    (key!("outlook.trials.second_attempt"), &["restim"]),
    (key!("ws.duration"), &["ruski"]),
    (key!("ws.helped"), &["ruski", "berger2019"]),
    (key!("ws.not_relapse"), &["ruski", "stat2", "kid"]),
    (key!("ws.onset"), &["richter2014"]),
    (key!("ws.range"), &["berger2019", "richter2014", "kid", "ruski", "enestop", "stat2", "dasfree"]),
    (key!("ws.risk.osteoarticular_history"), &["berger2019"]),
    (key!("ws.risk.tki_over_93_months"), &["berger2019"]),
    (key!("ws.survey"), &["sharf2020"]),
    (key!("ws.what"), &["berger2019", "richter2014", "kota2019"]),
    (key!("ws.by_drug"), &["berger2019"]),
];

/// The sources of a clinical sentence of the outlook catalogue: [`TEXT_SOURCES`], or the studies
/// that use an `entry.*`, `note.*` or `relapse.*` key. `None` for labels.
pub fn text_sources(key: Key) -> Option<Vec<&'static str>> {
    if let Some((_, ids)) = TEXT_SOURCES.iter().find(|(k, _)| *k == key) {
        return Some(ids.to_vec());
    }
    let users: Vec<&'static str> = evidence::STUDIES
        .iter()
        .filter(|s| {
            s.entry.is_some_and(|e| e.text == key)
                || s.notes.contains(&key)
                || s.relapse.is_some_and(|r| r.key() == key)
        })
        .map(|s| s.id)
        .collect();
    (!users.is_empty()).then_some(users)
}

fn point(key: Key) -> Point {
    let sources = text_sources(key).unwrap_or_default();
    let cited_figure = !sources.is_empty();
    Point { text: Msg::new(key), sources, cited_figure }
}

fn point_msg(msg: Msg) -> Point {
    let sources = text_sources(msg.key).unwrap_or_default();
    let cited_figure = !sources.is_empty();
    Point { text: msg, sources, cited_figure }
}

/// A percent for display: at most two decimals (as published), no trailing zero.
fn pct(v: f64) -> String {
    crate::number::trimmed(v, 2)
}

fn round_per_100(v: f64) -> u8 {
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)] // clamped to 0..=100
    let n = v.round().clamp(0.0, 100.0) as u8;
    n
}

/// A figure of a study, ready to show, with the paper's interval or a computed Wilson interval.
pub fn result_point(study: &'static Study, f: &Figure) -> ResultPoint {
    let (ci95, ci_source) = match (f.ci95, f.count) {
        (Some(ci), _) => (Some(ci), CiSource::Paper),
        (None, Some(c)) => match evidence::wilson(c.x, c.n) {
            Some(ci) => (Some(ci), CiSource::Computed),
            None => (None, CiSource::None),
        },
        (None, None) => (None, CiSource::None),
    };
    ResultPoint {
        time: f.time,
        unit: f.unit,
        about_months: f.time.map(|t| (f.unit.to_months(t) * 10.0).round() / 10.0),
        over_follow_up: f.over_follow_up,
        measure: f.measure,
        label: Msg::new(f.measure.key()),
        group: f.group,
        group_label: f.group.map(|g| Msg::new(g.key())),
        percent: f.percent,
        per_100: round_per_100(f.percent),
        ci95,
        ci_source,
        count: f.count,
        source: study.id,
        citation: study.citation_of(f.cite).copied(),
    }
}

fn figures_of(id: &str, keep: impl Fn(&Figure) -> bool) -> Vec<ResultPoint> {
    evidence::study(id)
        .map(|s| s.figures.iter().filter(|f| keep(f)).map(|f| result_point(s, f)).collect())
        .unwrap_or_default()
}

fn regain_rows(study: &'static Study) -> Vec<RegainRow> {
    study
        .regained
        .iter()
        .map(|r| {
            let counted = r.regained.zip(r.of);
            let ci95 = counted.and_then(|(x, n)| evidence::wilson(x, n));
            RegainRow {
                id: study.id,
                name: study.name,
                level: r.level,
                level_label: Msg::new(r.level.key()),
                regained: r.regained,
                of: r.of,
                all: r.all,
                percent: counted
                    .filter(|(_, n)| *n > 0)
                    .map(|(x, n)| (f64::from(x) * 1000.0 / f64::from(n)).round() / 10.0),
                ci95,
                ci_source: if ci95.is_some() { CiSource::Computed } else { CiSource::None },
                median_months: r.median_months,
                citation: study.citation_of(r.cite).copied(),
            }
        })
        .collect()
}

// ---------------------------------------------------------------------------------------------
// The person, as the matching sees them.

struct Person<'a> {
    facts: &'a Facts<'a>,
    /// The TKI being taken (or the last one taken).
    drug: Option<Drug>,
    /// Changes from one TKI to another.
    switches: usize,
    /// Imatinib was taken before the current TKI was first started.
    imatinib_before: bool,
    /// Days on the current TKI (all its courses).
    drug_days: i64,
    /// A TKI was stopped for resistance.
    resistance: bool,
    /// A change of TKI has no reason given.
    unclear_switch: bool,
    /// The profile has an earlier attempt to stop.
    second_attempt: bool,
}

impl<'a> Person<'a> {
    fn new(facts: &'a Facts<'a>) -> Self {
        let courses = &facts.courses;
        let drug = facts.current.map(|c| c.drug).or_else(|| courses.last().map(|c| c.drug));
        let pairs: Vec<_> = courses
            .windows(2)
            .filter_map(|w| match w {
                [a, b] if a.drug != b.drug => Some((*a, *b)),
                _ => None,
            })
            .collect();
        let first_start = drug.and_then(|d| courses.iter().filter(|c| c.drug == d).map(|c| c.start).min());
        let imatinib_before = match (drug, first_start) {
            (Some(d), Some(start)) if d != Drug::Imatinib => {
                courses.iter().any(|c| c.drug == Drug::Imatinib && c.start < start)
            }
            _ => false,
        };
        let drug_days = drug.map_or(0, |d| {
            courses
                .iter()
                .filter(|c| c.drug == d && c.start <= facts.at)
                .map(|c| dates::days_between(c.start, c.end.unwrap_or(facts.at).min(facts.at)).max(0))
                .sum()
        });
        Person {
            facts,
            drug,
            switches: pairs.len(),
            imatinib_before,
            drug_days,
            resistance: courses.iter().any(|c| c.reason_stopped == Some(StopReason::Resistance)),
            unclear_switch: pairs.iter().any(|(a, _)| a.reason_stopped.is_none()),
            second_attempt: !facts.profile.prior_tfr_attempts.is_empty(),
        }
    }

    fn has_courses(&self) -> bool {
        !self.facts.courses.is_empty()
    }
}

const DAYS_PER_MONTH: f64 = 365.25 / 12.0;

/// Whole calendar months in `days` of treatment counted back from `at` (the measure the thresholds use).
fn whole_months(days: i64, at: NaiveDate) -> String {
    #[allow(clippy::cast_possible_truncation, clippy::cast_precision_loss, clippy::cast_sign_loss)] // small, clamped
    let mut months = (days.max(0) as f64 / DAYS_PER_MONTH).floor().clamp(0.0, 100_000.0) as u32;
    let reaches = |m: u32| days >= dates::days_between(dates::sub_months(at, m), at);
    while months > 0 && !reaches(months) {
        months -= 1;
    }
    while months < 100_000 && reaches(months + 1) {
        months += 1;
    }
    months.to_string()
}

/// Whole calendar months from `since` to `until`.
fn months_between(since: NaiveDate, until: NaiveDate) -> String {
    let mut months: u32 = 0;
    while months < 100_000 && dates::add_months(since, months + 1) <= until {
        months += 1;
    }
    months.to_string()
}

/// Whether `days` of treatment by `at` is at least `months` calendar months.
fn days_reach(days: i64, at: NaiveDate, months: u16) -> bool {
    days >= dates::days_between(dates::sub_months(at, u32::from(months)), at)
}

fn span_reaches(since: NaiveDate, until: NaiveDate, months: u16) -> bool {
    dates::add_months(since, u32::from(months)) <= until
}

/// The most recent run of undetectable results at the trial's sensitivity. Undetectable results
/// below that sensitivity neither extend nor break it; so do detectable results at or below 0.1%
/// when the trial allowed them. Any other detectable result ends it.
fn undetectable_run(
    graded: &[Graded],
    at_least: ResponseLevel,
    min_copies: Option<u32>,
    blips: bool,
) -> Option<(NaiveDate, NaiveDate)> {
    let mut span: Option<(NaiveDate, NaiveDate)> = None;
    for g in graded.iter().rev() {
        match g.measurement {
            Measurement::Undetectable { abl1_copies } => {
                let deep = g.grade.level().is_some_and(|l| l >= at_least);
                let enough = min_copies.is_none_or(|m| abl1_copies >= u64::from(m));
                if deep && enough {
                    span = Some((g.date, span.map_or(g.date, |(_, until)| until)));
                }
            }
            Measurement::Percent(v) if blips && v <= MMR_MAX_PERCENT => {}
            Measurement::Percent(_) => break,
        }
    }
    span
}

enum Check {
    Met,
    Differs(Msg),
    Unknown(Msg),
}

/// How the person compares with a study's entry criteria; `None` when the study is not comparable
/// (another TKI, or first versus second attempt).
fn compare(p: &Person<'_>, s: &'static Study) -> Option<Vec<Check>> {
    let entry = s.entry?;
    if entry.second_attempt != p.second_attempt {
        return None;
    }
    let drug = p.drug?;
    let mut checks = Vec::new();
    let drug_studied =
        if s.drugs.is_empty() { !matches!(drug, Drug::Asciminib | Drug::Other) } else { s.drugs.contains(&drug) };
    if !drug_studied {
        if !entry.second_attempt {
            return None;
        }
        let studied = s.drugs.first().copied().map_or(key!("drug.other"), Drug::key);
        checks.push(Check::Differs(
            Msg::new(key!("differs.drug")).with_key("drugs", studied).with_key("drug", drug.key()),
        ));
    }
    checks.push(match s.line {
        Line::Any => Check::Met,
        Line::First if p.switches == 0 => Check::Met,
        Line::First => Check::Differs(Msg::new(key!("differs.line_first"))),
        Line::SecondOrLater if p.switches > 0 => Check::Met,
        Line::SecondOrLater => Check::Differs(Msg::new(key!("differs.line_later")).with_key("drug", drug.key())),
        Line::AfterImatinib if p.imatinib_before => Check::Met,
        Line::AfterImatinib => Check::Differs(Msg::new(key!("differs.after_imatinib")).with_key("drug", drug.key())),
    });
    if let Some(m) = entry.tki_months {
        checks.push(if !p.has_courses() {
            Check::Unknown(Msg::new(key!("not_checked.courses")))
        } else if days_reach(p.facts.tki_days, p.facts.at, m) {
            Check::Met
        } else {
            Check::Differs(
                Msg::new(key!("differs.tki_time"))
                    .with("months", m.to_string())
                    .with("yours", whole_months(p.facts.tki_days, p.facts.at)),
            )
        });
    }
    if let Some(m) = entry.drug_months {
        checks.push(if days_reach(p.drug_days, p.facts.at, m) {
            Check::Met
        } else {
            Check::Differs(
                Msg::new(key!("differs.drug_time"))
                    .with("months", m.to_string())
                    .with_key("drug", drug.key())
                    .with("yours", whole_months(p.drug_days, p.facts.at)),
            )
        });
    }
    let graded = &p.facts.graded;
    let no_results = graded.iter().all(|g| g.grade.level().is_none());
    if let Some(depth) = entry.depth {
        let months_text = entry.depth_months.unwrap_or(0).to_string();
        checks.push(if no_results {
            Check::Unknown(Msg::new(key!("not_checked.pcr")))
        } else {
            match depth {
                Depth::AtLeast { level } => match history::run_at_or_deeper(graded, level) {
                    None if entry.depth_months.is_some() => Check::Differs(
                        Msg::new(key!("differs.depth_none")).with_key("level", level.key()).with("months", months_text),
                    ),
                    None => Check::Differs(Msg::new(key!("differs.depth_none_untimed")).with_key("level", level.key())),
                    Some(run) => match entry.depth_months {
                        Some(m) if !span_reaches(run.since, run.until, m) => Check::Differs(
                            Msg::new(key!("differs.depth_short"))
                                .with_key("level", level.key())
                                .with("months", months_text)
                                .with("yours", months_between(run.since, run.until)),
                        ),
                        _ => Check::Met,
                    },
                },
                Depth::Undetectable { at_least, min_abl1_copies, blips_below_mmr } => {
                    match undetectable_run(graded, at_least, min_abl1_copies, blips_below_mmr) {
                        None => Check::Differs(Msg::new(key!("differs.undetectable_none")).with("months", months_text)),
                        Some((since, until)) => match entry.depth_months {
                            Some(m) if !span_reaches(since, until, m) => Check::Differs(
                                Msg::new(key!("differs.undetectable_short"))
                                    .with("months", months_text)
                                    .with("yours", months_between(since, until)),
                            ),
                            _ => Check::Met,
                        },
                    }
                }
            }
        });
    }
    if let Some(level) = entry.latest_at_least {
        checks.push(match p.facts.latest {
            None => Check::Unknown(Msg::new(key!("not_checked.pcr"))),
            Some(l) if l >= level => Check::Met,
            Some(l) => Check::Differs(
                Msg::new(key!("differs.latest")).with_key("level", level.key()).with_key("yours", l.key()),
            ),
        });
    }
    if entry.no_prior_failure {
        checks.push(if p.resistance {
            Check::Differs(Msg::new(key!("differs.prior_failure")))
        } else if p.unclear_switch {
            Check::Unknown(Msg::new(key!("not_checked.switch_reason")))
        } else {
            Check::Met
        });
    }
    Some(checks)
}

fn fit_of(checks: &[Check]) -> Fit {
    if checks.iter().all(|c| matches!(c, Check::Met)) {
        Fit::Full
    } else {
        Fit::Partial
    }
}

fn trial_match(s: &'static Study, checks: Vec<Check>) -> TrialMatch {
    let mut differs = Vec::new();
    let mut not_checked = Vec::new();
    for c in checks {
        match c {
            Check::Met => {}
            Check::Differs(m) => differs.push(m),
            Check::Unknown(m) => {
                if !not_checked.contains(&m) {
                    not_checked.push(m);
                }
            }
        }
    }
    let relapse = s.relapse.unwrap_or(Relapse::LossOfMmr);
    TrialMatch {
        id: s.id,
        name: s.name,
        label: Msg::new(s.label_key()),
        design: Msg::new(s.kind.key()),
        n: s.n,
        enrolled: s.enrolled,
        drugs: s.drugs.iter().map(|d| d.id()).collect(),
        line: s.line,
        entry: s.entry.map(|e| Msg::new(e.text)),
        results: s
            .figures
            .iter()
            .filter(|f| f.group.is_none() && matches!(f.measure, Measure::Tfr | Measure::Tfs | Measure::Relapsed))
            .map(|f| result_point(s, f))
            .collect(),
        relapse_definition: relapse.key(),
        relapse_text: Msg::new(relapse.key()),
        relapse_stricter_than_mmr: relapse.stricter_than_mmr(),
        median_follow_up: s.median_follow_up,
        regained: regain_rows(s),
        progression: s.progression,
        citation: s.citation().copied(),
        notes: s.notes.iter().map(|k| Msg::new(*k)).collect(),
        differs,
        not_checked,
    }
}

fn summary(trials: &[TrialMatch], about: u8, window: [f64; 2]) -> SummaryRange {
    let [from, to] = window;
    let included: Vec<Included> = trials
        .iter()
        .flat_map(|t| {
            t.results.iter().filter_map(move |r| match (r.measure, r.time, r.about_months, r.over_follow_up) {
                (Measure::Tfr, Some(time), Some(m), false) if m >= from && m <= to => Some(Included {
                    id: t.id,
                    name: t.name,
                    time,
                    unit: r.unit,
                    percent: r.percent,
                    relapse_definition: t.relapse_definition,
                }),
                _ => None,
            })
        })
        .collect();
    let low = included.iter().map(|i| i.percent).reduce(f64::min);
    let high = included.iter().map(|i| i.percent).reduce(f64::max);
    let mut names: Vec<&'static str> = Vec::new();
    for i in &included {
        if !names.contains(&i.name) {
            names.push(i.name);
        }
    }
    let text = match (low, high) {
        (Some(l), Some(_)) if included.len() == 1 => Msg::new(key!("outlook.summary.single"))
            .with("months", about.to_string())
            .with("percent", pct(l))
            .with("lost", pct(100.0 - l))
            .with("trials", names.join(", ")),
        (Some(l), Some(h)) => Msg::new(key!("outlook.summary.range"))
            .with("months", about.to_string())
            .with("low", pct(l))
            .with("high", pct(h))
            .with("lost_low", pct(100.0 - h))
            .with("lost_high", pct(100.0 - l))
            .with("count", names.len().to_string())
            .with("trials", names.join(", ")),
        _ => Msg::new(key!("outlook.summary.none")).with("months", about.to_string()),
    };
    SummaryRange { about_months: about, window_months: window, low, high, included, text }
}

// ---------------------------------------------------------------------------------------------
// What shifts the odds.

fn factors(p: &Person<'_>) -> Vec<Factor> {
    let facts = p.facts;
    let transcript = facts.profile.transcript;
    let transcript_key = match transcript {
        Transcript::E13a2 => key!("transcript.e13a2"),
        Transcript::E14a2 => key!("transcript.e14a2"),
        Transcript::Both => key!("transcript.e13a2_e14a2"),
        Transcript::Atypical => key!("transcript.atypical"),
        Transcript::Unknown => key!("transcript.unknown"),
    };
    let transcript_applies = match transcript {
        Transcript::E14a2 => Applies::Present,
        Transcript::E13a2 => Applies::Absent,
        _ => Applies::Unknown,
    };
    // Undetectable at MR4.5 sensitivity or better (more than 32,000 ABL1 copies) counts; a less sensitive
    // undetectable result cannot say, and a measurable result means the factor is absent.
    let latest_undetectable = facts.graded.iter().rev().find(|g| g.grade.level().is_some()).and_then(|g| {
        match (g.measurement, g.grade.level()) {
            (Measurement::Undetectable { .. }, Some(l)) if l >= ResponseLevel::Mr45 => Some(true),
            (Measurement::Undetectable { .. }, _) => None,
            (Measurement::Percent(_), _) => Some(false),
        }
    });
    vec![
        Factor {
            id: "transcript_e14a2",
            name: Msg::new(key!("factor.transcript.name")),
            applies: transcript_applies,
            your_value: Some(Msg::new(transcript_key)),
            direction: Direction::Higher,
            size: Size::Cited,
            text: Msg::new(if transcript == Transcript::Both {
                key!("factor.transcript.both")
            } else {
                key!("factor.transcript.text")
            }),
            figures: figures_of("dadda", |_| true),
            sources: vec!["dadda", "euroski_final", "shanmuganathan2021"],
        },
        Factor {
            id: "tki_time",
            name: Msg::new(key!("factor.tki_time.name")),
            applies: if p.has_courses() { Applies::ByDegree } else { Applies::Unknown },
            your_value: p.has_courses().then(|| Msg::new(key!("outlook.years")).with("years", facts.tki_years_text())),
            direction: Direction::Higher,
            size: Size::DirectionOnly,
            text: Msg::new(key!("factor.tki_time.text")),
            figures: Vec::new(),
            sources: vec!["euroski_final", "domest", "kid", "stim1", "shanmuganathan2021"],
        },
        Factor {
            id: "dmr_length",
            name: Msg::new(key!("factor.dmr_length.name")),
            applies: if facts.mr4_run.is_some() {
                Applies::ByDegree
            } else if facts.latest.is_some() {
                Applies::Absent
            } else {
                Applies::Unknown
            },
            your_value: facts.mr4_run.as_ref().map(|r| Msg::new(key!("outlook.years")).with("years", r.years_text())),
            direction: Direction::Higher,
            size: Size::DirectionOnly,
            text: Msg::new(key!("factor.dmr_length.text")),
            figures: Vec::new(),
            sources: vec!["euroski", "euroski_final"],
        },
        Factor {
            id: "undetectable_at_stop",
            name: Msg::new(key!("factor.undetectable.name")),
            applies: Applies::from_bool(latest_undetectable),
            your_value: facts.latest.map(|l| Msg::new(l.key())),
            direction: Direction::Higher,
            size: Size::Cited,
            text: Msg::new(key!("factor.undetectable.text")),
            figures: figures_of("stat2", |f| matches!(f.group, Some(Group::Undetectable | Group::Detectable))),
            sources: vec!["stat2", "jalsg_stim213"],
        },
        Factor {
            id: "depth_12_weeks_after_stop",
            name: Msg::new(key!("factor.week12.name")),
            applies: Applies::Unknown,
            your_value: None,
            direction: Direction::Higher,
            size: Size::Cited,
            text: Msg::new(key!("factor.week12.text")),
            figures: figures_of("enestfreedom", |f| {
                matches!(f.group, Some(Group::Week12Mr45 | Group::Week12Mr4 | Group::Week12Mmr))
            }),
            sources: vec!["enestfreedom", "stop2gtki"],
        },
        Factor {
            id: "sokal_risk",
            name: Msg::new(key!("factor.sokal.name")),
            applies: Applies::Unknown,
            your_value: None,
            direction: Direction::Lower,
            size: Size::Cited,
            text: Msg::new(key!("factor.sokal.text")),
            figures: figures_of("enestfreedom", |f| {
                matches!(f.group, Some(Group::SokalLow | Group::SokalIntermediate | Group::SokalHigh))
            }),
            sources: vec!["enestfreedom", "stim1"],
        },
        Factor {
            id: "prior_attempt",
            name: Msg::new(key!("factor.prior_attempt.name")),
            applies: if p.second_attempt { Applies::Present } else { Applies::Absent },
            your_value: None,
            direction: Direction::NotStated,
            size: Size::Cited,
            text: Msg::new(key!("factor.prior_attempt.text")),
            figures: figures_of("restim", |f| f.measure == Measure::Tfr),
            sources: vec!["restim"],
        },
        Factor {
            id: "prior_resistance",
            name: Msg::new(key!("factor.prior_resistance.name")),
            applies: if !p.has_courses() {
                Applies::Unknown
            } else if p.resistance {
                Applies::Present
            } else if p.unclear_switch {
                Applies::Unknown
            } else {
                Applies::Absent
            },
            your_value: None,
            direction: Direction::Lower,
            size: Size::DirectionOnly,
            text: Msg::new(key!("factor.prior_resistance.text")),
            figures: Vec::new(),
            sources: vec!["dadi", "stop2gtki"],
        },
        Factor {
            id: "early_response_speed",
            name: Msg::new(key!("factor.response_speed.name")),
            applies: Applies::Unknown,
            your_value: None,
            direction: Direction::Higher,
            size: Size::Cited,
            text: Msg::new(key!("factor.response_speed.text")),
            figures: figures_of("shanmuganathan2021", |f| f.group.is_some()),
            sources: vec!["shanmuganathan2021"],
        },
    ]
}

// ---------------------------------------------------------------------------------------------
// If it comes back.

fn relapse_section() -> RelapseSection {
    let trials: Vec<&'static Study> = MATCHED_TRIALS
        .iter()
        .chain(SECOND_ATTEMPT_TRIALS)
        .chain(["destiny"].iter())
        .filter_map(|id| evidence::study(id))
        .collect();
    let definitions = Relapse::ALL
        .iter()
        .map(|&r| DefinitionRow {
            id: r.id(),
            key: r.key(),
            text: Msg::new(r.key()),
            stricter_than_mmr: r.stricter_than_mmr(),
            trials: trials.iter().filter(|s| s.relapse == Some(r)).map(|s| s.name).collect(),
        })
        .filter(|d| !d.trials.is_empty())
        .collect();
    let regained = trials.iter().flat_map(|s| regain_rows(s)).collect();
    let none_reported: Vec<&'static str> =
        trials.iter().filter(|s| s.progression == Progression::NoneReported).map(|s| s.name).collect();
    let not_verified: Vec<&'static str> =
        trials.iter().filter(|s| s.progression == Progression::NotVerified).map(|s| s.name).collect();
    RelapseSection {
        points: vec![
            point(key!("outlook.relapse.timing")),
            point(key!("outlook.relapse.late")),
            point(key!("outlook.relapse.restart")),
            point(key!("outlook.relapse.definitions")),
        ],
        definitions,
        regained,
        progression: point_msg(Msg::new(key!("outlook.relapse.progression")).with("trials", none_reported.join(", "))),
        progression_none_reported: none_reported,
        progression_not_verified: not_verified,
    }
}

// ---------------------------------------------------------------------------------------------
// Withdrawal syndrome.

fn withdrawal(p: &Person<'_>) -> Withdrawal {
    let studies: Vec<WsStudy> = WS_STUDIES
        .iter()
        .filter_map(|id| evidence::study(id))
        .filter_map(|s| {
            s.figures
                .iter()
                .find(|f| {
                    f.group.is_none() && matches!(f.measure, Measure::WithdrawalSyndrome | Measure::MusculoskeletalPain)
                })
                .map(|f| WsStudy {
                    id: s.id,
                    name: s.name,
                    label: Msg::new(s.label_key()),
                    drugs: s.drugs.iter().map(|d| d.id()).collect(),
                    figure: result_point(s, f),
                })
        })
        .collect();
    let low = studies.iter().map(|s| s.figure.percent).reduce(f64::min).unwrap_or(0.0);
    let high = studies.iter().map(|s| s.figure.percent).reduce(f64::max).unwrap_or(0.0);
    let by_drug = evidence::study("berger2019")
        .map(|s| {
            s.figures
                .iter()
                .filter_map(|f| {
                    let drug = match f.group {
                        Some(Group::Imatinib) => Drug::Imatinib,
                        Some(Group::Nilotinib) => Drug::Nilotinib,
                        Some(Group::Dasatinib) => Drug::Dasatinib,
                        _ => return None,
                    };
                    Some(WsDrug { drug: drug.id(), figure: result_point(s, f), yours: p.drug.map(|d| d == drug) })
                })
                .collect()
        })
        .unwrap_or_default();
    let tki_over = p
        .has_courses()
        .then(|| p.facts.tki_days > dates::days_between(dates::sub_months(p.facts.at, WS_TKI_MONTHS), p.facts.at));
    Withdrawal {
        range_percent: [low, high],
        range_text: Msg::new(key!("ws.range")).with("low", pct(low)).with("high", pct(high)),
        studies,
        by_drug,
        onset_weeks: [1, 6],
        median_duration_months: 5.0,
        duration_range_months: [1.0, 25.0],
        risk_factors: vec![
            RiskFactor {
                id: "tki_over_93_months",
                present: tki_over,
                source: "berger2019",
                relative_risk: 1.68,
                ci95: [1.02, 2.74],
                text: Msg::new(key!("ws.risk.tki_over_93_months")),
            },
            RiskFactor {
                id: "osteoarticular_history",
                present: p.facts.profile.osteoarticular_history,
                source: "berger2019",
                relative_risk: 1.84,
                ci95: [1.04, 3.28],
                text: Msg::new(key!("ws.risk.osteoarticular_history")),
            },
        ],
        helped: vec![point(key!("ws.helped"))],
        points: vec![
            point(key!("ws.what")),
            point_msg(Msg::new(key!("ws.range")).with("low", pct(low)).with("high", pct(high))),
            point(key!("ws.by_drug")),
            point(key!("ws.onset")),
            point(key!("ws.duration")),
            point(key!("ws.not_relapse")),
            point(key!("ws.survey")),
        ],
    }
}

// ---------------------------------------------------------------------------------------------
// The options side by side.

/// Whole people out of 100 for each share (percent), summing to exactly 100 (largest remainder).
pub fn per_100(shares: &[f64]) -> Vec<u8> {
    let total: f64 = shares.iter().sum();
    if shares.is_empty() || total <= 0.0 {
        return vec![0; shares.len()];
    }
    let scaled: Vec<f64> = shares.iter().map(|s| s.max(0.0) * 100.0 / total).collect();
    let mut counts: Vec<u8> = scaled
        .iter()
        .map(|s| {
            #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)] // 0..=100
            let c = s.floor().clamp(0.0, 100.0) as u8;
            c
        })
        .collect();
    let given: u32 = counts.iter().map(|&c| u32::from(c)).sum();
    let mut order: Vec<(usize, f64)> = scaled.iter().map(|s| s - s.floor()).enumerate().collect();
    crate::order::sort_by(&mut order, |a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
    for (i, _) in order.into_iter().take(usize::try_from(100u32.saturating_sub(given)).unwrap_or(0)) {
        if let Some(c) = counts.get_mut(i) {
            *c = c.saturating_add(1);
        }
    }
    counts
}

fn outcome(id: &'static str, count: u8) -> IconOutcome {
    let key = match id {
        "on_tki" => key!("icon.outcome.on_tki"),
        "off_tki_remission" => key!("icon.outcome.off_tki_remission"),
        _ => key!("icon.outcome.back_on_tki"),
    };
    IconOutcome { id, label: Msg::new(key), count }
}

fn framings(outcomes: &[IconOutcome]) -> Vec<Msg> {
    outcomes
        .iter()
        .map(|o| Msg::new(key!("icon.frame")).with("count", o.count.to_string()).with_key("label", o.label.key))
        .collect()
}

/// An icon array of "in remission without TKI" (`kept` percent) against "back on TKI".
fn remission_array(kept: f64, group: Option<Group>, derivation: Msg, source: &'static str) -> IconArray {
    let counts = per_100(&[kept, 100.0 - kept]);
    let outcomes = vec![
        outcome("off_tki_remission", counts.first().copied().unwrap_or(0)),
        outcome("back_on_tki", counts.get(1).copied().unwrap_or(0)),
    ];
    IconArray {
        months: HORIZON_MONTHS,
        group,
        framings: framings(&outcomes),
        outcomes,
        derivation,
        sources: vec![source],
    }
}

fn figure_at(id: &str, measure: Measure, group: Option<Group>, time: f64, unit: Unit) -> Option<f64> {
    evidence::study(id)?
        .figures
        .iter()
        .find(|f| {
            f.measure == measure && f.group == group && f.time == Some(time) && f.unit == unit && !f.over_follow_up
        })
        .map(|f| f.percent)
}

fn destiny_cohort(facts: &Facts<'_>) -> Option<Group> {
    let since = dates::sub_months(facts.at, 12);
    let recent: Vec<ResponseLevel> =
        facts.graded.iter().filter(|g| g.date > since).filter_map(|g| g.grade.level()).collect();
    if recent.is_empty() {
        None
    } else if recent.iter().all(|l| l.is_deep()) {
        Some(Group::Mr4Cohort)
    } else if recent.iter().all(|&l| l >= ResponseLevel::Mmr) {
        Some(Group::MmrCohort)
    } else {
        None
    }
}

fn options(p: &Person<'_>, ws_low: f64, ws_high: f64) -> Vec<OptionOutlook> {
    let months = f64::from(HORIZON_MONTHS);
    let continue_counts = vec![outcome("on_tki", 100)];
    let keep = OptionOutlook {
        id: "continue",
        name: Msg::new(key!("option.continue.name")),
        summary: Msg::new(key!("option.continue.summary")),
        horizon_months: HORIZON_MONTHS,
        source: None,
        fits: None,
        benefits: vec![
            point(key!("option.continue.benefit.response")),
            point(key!("option.continue.benefit.no_ws")),
            point(key!("option.continue.benefit.tests")),
        ],
        harms: vec![point(key!("option.continue.harm.side_effects"))],
        icon_arrays: vec![IconArray {
            months: HORIZON_MONTHS,
            group: None,
            framings: framings(&continue_counts),
            outcomes: continue_counts,
            derivation: Msg::new(key!("icon.continue.derivation")),
            sources: Vec::new(),
        }],
        caveats: Vec::new(),
    };

    // Halve the dose for a year, then stop (DESTINY).
    let destiny_fit = evidence::study("destiny").and_then(|s| compare(p, s)).map(|c| fit_of(&c));
    let cohorts: Vec<Group> = match destiny_cohort(p.facts) {
        Some(g) => vec![g],
        None => vec![Group::Mr4Cohort, Group::MmrCohort],
    };
    let halve_arrays = cohorts
        .iter()
        .filter_map(|&g| {
            let lost = figure_at("destiny", Measure::Recurrence, Some(g), months, Unit::Months)?;
            let key = if g == Group::MmrCohort {
                key!("icon.halve.derivation_mmr")
            } else {
                key!("icon.halve.derivation_mr4")
            };
            let derivation = Msg::new(key)
                .with("lost", pct(lost))
                .with("lost_100", per_100(&[100.0 - lost, lost]).get(1).copied().unwrap_or(0).to_string())
                .with("kept_100", per_100(&[100.0 - lost, lost]).first().copied().unwrap_or(0).to_string());
            Some(remission_array(100.0 - lost, Some(g), derivation, "destiny"))
        })
        .collect();
    let mut halve_caveats =
        vec![Msg::new(key!("option.halve.caveat.drugs")), Msg::new(key!("option.halve.caveat.later"))];
    if p.second_attempt {
        halve_caveats.push(Msg::new(key!("option.halve.caveat.second")));
    }
    let halve = OptionOutlook {
        id: "halve_then_stop",
        name: Msg::new(key!("option.halve.name")),
        summary: Msg::new(key!("option.halve.summary")),
        horizon_months: HORIZON_MONTHS,
        source: Some("destiny"),
        fits: Some(destiny_fit.unwrap_or(Fit::NotComparable)),
        benefits: vec![
            point(key!("option.halve.benefit.mr4")),
            point(key!("option.halve.benefit.regain")),
            point(key!("option.halve.benefit.side_effects")),
        ],
        harms: vec![
            point(key!("option.halve.harm.mmr")),
            point(key!("option.halve.harm.longer")),
            point(key!("option.halve.harm.withdrawal")),
        ],
        icon_arrays: halve_arrays,
        caveats: halve_caveats,
    };

    // Stop now.
    let (source, kept) = if p.second_attempt {
        ("restim", figure_at("restim", Measure::Tfr, None, months, Unit::Months))
    } else {
        ("euroski", figure_at("euroski", Measure::Tfr, None, months, Unit::Months))
    };
    let stop_arrays = kept
        .map(|k| {
            let counts = per_100(&[k, 100.0 - k]);
            let key = if p.second_attempt { key!("icon.stop_second.derivation") } else { key!("icon.stop.derivation") };
            let derivation = Msg::new(key)
                .with("kept", pct(k))
                .with("kept_100", counts.first().copied().unwrap_or(0).to_string())
                .with("lost_100", counts.get(1).copied().unwrap_or(0).to_string());
            vec![remission_array(k, None, derivation, source)]
        })
        .unwrap_or_default();
    let stop = OptionOutlook {
        id: "stop",
        name: Msg::new(key!("option.stop.name")),
        summary: Msg::new(key!("option.stop.summary")),
        horizon_months: HORIZON_MONTHS,
        source: Some(source),
        fits: None,
        benefits: vec![
            point(if p.second_attempt {
                key!("option.stop.benefit.remission_second")
            } else {
                key!("option.stop.benefit.remission")
            }),
            point(key!("option.stop.benefit.no_side_effects")),
            point(key!("option.stop.benefit.safe_restart")),
        ],
        harms: vec![
            point(if p.second_attempt {
                key!("option.stop.harm.relapse_second")
            } else {
                key!("option.stop.harm.relapse")
            }),
            point_msg(
                Msg::new(key!("option.stop.harm.withdrawal")).with("low", pct(ws_low)).with("high", pct(ws_high)),
            ),
            point(key!("option.stop.harm.tests")),
            point(key!("option.stop.harm.worry")),
        ],
        icon_arrays: stop_arrays,
        caveats: if p.second_attempt { Vec::new() } else { vec![Msg::new(key!("option.stop.caveat.population"))] },
    };
    vec![keep, halve, stop]
}

// ---------------------------------------------------------------------------------------------

/// The outlook for the person described by `facts`.
pub fn outlook(facts: &Facts<'_>) -> Outlook {
    let p = Person::new(facts);
    let ids = if p.second_attempt { SECOND_ATTEMPT_TRIALS } else { MATCHED_TRIALS };
    let mut trials = Vec::new();
    let mut partial_trials = Vec::new();
    for s in ids.iter().filter_map(|id| evidence::study(id)) {
        if let Some(checks) = compare(&p, s) {
            let fit = fit_of(&checks);
            let m = trial_match(s, checks);
            if fit == Fit::Full {
                trials.push(m);
            } else {
                partial_trials.push(m);
            }
        }
    }
    let mut trials_notes = vec![
        Msg::new(key!("outlook.trials.how")),
        Msg::new(key!("outlook.trials.definitions")),
        Msg::new(key!("outlook.trials.window")),
    ];
    if p.second_attempt {
        trials_notes.push(Msg::new(key!("outlook.trials.second_attempt")));
    }
    match p.drug {
        None => trials_notes.push(Msg::new(key!("outlook.trials.need_courses"))),
        Some(d) if trials.is_empty() && partial_trials.is_empty() => {
            trials_notes.push(Msg::new(key!("outlook.trials.not_studied")).with_key("drug", d.key()));
        }
        Some(_) => {}
    }
    if trials.iter().chain(&partial_trials).flat_map(|t| &t.results).any(|r| r.ci_source == CiSource::Computed) {
        trials_notes.push(Msg::new(key!("outlook.trials.ci_computed")));
    }
    let summary = vec![summary(&trials, 12, ABOUT_12_MONTHS), summary(&trials, 24, ABOUT_24_MONTHS)];
    let withdrawal = withdrawal(&p);
    let [ws_low, ws_high] = withdrawal.range_percent;
    Outlook {
        second_attempt: p.second_attempt,
        trials,
        partial_trials,
        trials_notes,
        summary,
        factors: factors(&p),
        relapse: relapse_section(),
        options: options(&p, ws_low, ws_high),
        withdrawal,
        evidence_reviewed: crate::sources::EVIDENCE_REVIEWED,
    }
}
