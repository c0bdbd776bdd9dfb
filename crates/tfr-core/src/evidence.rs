//! Evidence records: one per study, pooled analysis, review or survey the outlook cites, with its figures exactly as published.
//!
//! Everything here comes from the project's evidence dossier (`shared/evidence/dossier.md`).
//! Figures keep the paper's own time unit (48 weeks stays 48 weeks). A figure the dossier marks
//! UNVERIFIED is left out; a bibliographic detail it marks UNVERIFIED is named in the citation's
//! `citation_note` instead of being filled in. Where the seed review's Table 1 differs from the
//! primary paper, the paper's figure is used and the record's `notes` (catalogue keys) say how.
//! Guidelines (ELN 2020, NCCN, EUTOS) stay in [`crate::sources`]; [`exists`] knows both.
//!
//! All data is `'static` (no allocation) because this compiles to WebAssembly.

use crate::i18n::Key;
use crate::key;
use crate::profile::Drug;
use crate::response::ResponseLevel;
use serde::{Serialize, Serializer};

/// What kind of record this is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    /// A trial or prospective study of stopping a TKI (first attempt).
    StopTrial,
    /// A trial of a second attempt after a first one ended in relapse.
    SecondStopTrial,
    /// A trial of lowering the dose before stopping.
    DeEscalationTrial,
    /// A cohort or clinic series (not a stopping trial of its own design).
    Cohort,
    /// An analysis pooling patients of several studies.
    PooledAnalysis,
    /// A meta-analysis, known only as cited by another paper.
    MetaAnalysis,
    /// A narrative review.
    Review,
    /// A patient survey.
    Survey,
}

impl Kind {
    /// Catalogue key of its name.
    pub fn key(self) -> Key {
        match self {
            Kind::StopTrial => key!("design.stop_trial"),
            Kind::SecondStopTrial => key!("design.second_stop_trial"),
            Kind::DeEscalationTrial => key!("design.de_escalation_trial"),
            Kind::Cohort => key!("design.cohort"),
            Kind::PooledAnalysis => key!("design.pooled_analysis"),
            Kind::MetaAnalysis => key!("design.meta_analysis"),
            Kind::Review => key!("design.review"),
            Kind::Survey => key!("design.survey"),
        }
    }
}

/// Which line of treatment the study's TKI had to be.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Line {
    /// Any line (or not stated in the sources read).
    Any,
    /// The first TKI the person took.
    First,
    /// A second or later TKI.
    SecondOrLater,
    /// Taken after imatinib (ENESTop: nilotinib after imatinib).
    AfterImatinib,
}

/// How deep the response had to be at entry.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case", tag = "kind")]
pub enum Depth {
    /// Every recent result at this level or deeper.
    AtLeast {
        /// The level.
        level: ResponseLevel,
    },
    /// BCR-ABL1 undetectable on every recent result.
    Undetectable {
        /// The level an undetectable result had to grade as: MR4 (any evaluable result) or, for "4.5 logs", MR4.5
        /// (more than 32,000 ABL1 copies, EUTOS; our reading).
        at_least: ResponseLevel,
        /// The ABL1 copies an undetectable result needed, when the study gave a number.
        min_abl1_copies: Option<u32>,
        /// Occasional detectable results below 0.1% were allowed (A-STIM).
        blips_below_mmr: bool,
    },
}

/// Entry criteria, as structured fields usable for matching. The text is the catalogue key `text`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Entry {
    /// Total TKI time at least this many months.
    pub tki_months: Option<u16>,
    /// Time on the study's drug (the one stopped) at least this many months.
    pub drug_months: Option<u16>,
    /// Depth of the deep response.
    pub depth: Option<Depth>,
    /// That depth held for at least this many months.
    pub depth_months: Option<u16>,
    /// The latest result had to be this deep or deeper.
    pub latest_at_least: Option<ResponseLevel>,
    /// No earlier treatment failure (resistance).
    pub no_prior_failure: bool,
    /// Only people whose earlier attempt to stop ended in relapse.
    pub second_attempt: bool,
    /// Catalogue key of the criteria in words.
    pub text: Key,
}

/// What counted as relapse (the trigger to restart the TKI).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Relapse {
    /// Loss of MMR (BCR-ABL1 above 0.1% IS); single or confirmed not stated in the sources read.
    LossOfMmr,
    /// Loss of MMR on a single test.
    LossOfMmrSingle,
    /// Loss of MMR on two tests in a row.
    LossOfMmrConfirmed,
    /// STIM1: confirmed return of BCR-ABL1 with a 1-log rise on two successive tests, or loss of MMR at one test.
    PositivityOrMmr,
    /// TWISTER: confirmed return of detectable BCR-ABL1, or any loss of MMR.
    ConfirmedPositivityOrMmr,
    /// ISAV: two positive tests in a row, at least one above 0.1%.
    TwoPositivesOneAboveMmr,
    /// DOMEST: loss of MR4.
    LossOfMr4,
    /// DADI: loss of MR4 on any single test.
    LossOfMr4Single,
    /// ENESTop: loss of MMR, or confirmed loss of MR4.
    MmrOrConfirmedMr4,
    /// STAT2: confirmed loss of the deep response (MR4.5).
    ConfirmedLossOfMr45,
}

impl Relapse {
    /// Every definition, from the most common.
    pub const ALL: [Relapse; 10] = [
        Relapse::LossOfMmr,
        Relapse::LossOfMmrSingle,
        Relapse::LossOfMmrConfirmed,
        Relapse::PositivityOrMmr,
        Relapse::ConfirmedPositivityOrMmr,
        Relapse::TwoPositivesOneAboveMmr,
        Relapse::LossOfMr4,
        Relapse::LossOfMr4Single,
        Relapse::MmrOrConfirmedMr4,
        Relapse::ConfirmedLossOfMr45,
    ];

    /// Catalogue key of the definition in words.
    pub fn key(self) -> Key {
        match self {
            Relapse::LossOfMmr => key!("relapse.loss_of_mmr"),
            Relapse::LossOfMmrSingle => key!("relapse.loss_of_mmr_single"),
            Relapse::LossOfMmrConfirmed => key!("relapse.loss_of_mmr_confirmed"),
            Relapse::PositivityOrMmr => key!("relapse.positivity_or_mmr"),
            Relapse::ConfirmedPositivityOrMmr => key!("relapse.confirmed_positivity_or_mmr"),
            Relapse::TwoPositivesOneAboveMmr => key!("relapse.two_positives"),
            Relapse::LossOfMr4 => key!("relapse.loss_of_mr4"),
            Relapse::LossOfMr4Single => key!("relapse.loss_of_mr4_single"),
            Relapse::MmrOrConfirmedMr4 => key!("relapse.mmr_or_confirmed_mr4"),
            Relapse::ConfirmedLossOfMr45 => key!("relapse.confirmed_loss_of_mr45"),
        }
    }

    /// The id used in JSON (the key without `relapse.`, a test checks).
    pub fn id(self) -> &'static str {
        match self {
            Relapse::LossOfMmr => "loss_of_mmr",
            Relapse::LossOfMmrSingle => "loss_of_mmr_single",
            Relapse::LossOfMmrConfirmed => "loss_of_mmr_confirmed",
            Relapse::PositivityOrMmr => "positivity_or_mmr",
            Relapse::ConfirmedPositivityOrMmr => "confirmed_positivity_or_mmr",
            Relapse::TwoPositivesOneAboveMmr => "two_positives",
            Relapse::LossOfMr4 => "loss_of_mr4",
            Relapse::LossOfMr4Single => "loss_of_mr4_single",
            Relapse::MmrOrConfirmedMr4 => "mmr_or_confirmed_mr4",
            Relapse::ConfirmedLossOfMr45 => "confirmed_loss_of_mr45",
        }
    }

    /// Whether relapse could be called before MMR was lost (a stricter line than loss of MMR).
    pub fn stricter_than_mmr(self) -> bool {
        !matches!(self, Relapse::LossOfMmr | Relapse::LossOfMmrSingle | Relapse::LossOfMmrConfirmed)
    }
}

/// What a figure measures.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Measure {
    /// Still in remission without TKI (TFR, MRFS or sustained MMR, by the study's relapse definition).
    Tfr,
    /// Treatment-free survival (off TKI; other events count too).
    Tfs,
    /// Share who relapsed, counted over the follow-up.
    Relapsed,
    /// Share of all relapses that came by this time.
    RelapsesBy,
    /// Share of all relapses that came after this time.
    RelapsesAfter,
    /// Share who lost MMR by this time.
    LostMmr,
    /// DESTINY: share whose MMR was lost (recurrence) by this time on the study.
    Recurrence,
    /// Withdrawal syndrome (muscle and joint pain after stopping), as the study defined it.
    WithdrawalSyndrome,
    /// Musculoskeletal pain reported as an adverse event.
    MusculoskeletalPain,
    /// Joint pain (arthralgia) reported as an adverse event.
    Arthralgia,
    /// Of those with withdrawal syndrome: grade 1 or 2 (mild or moderate).
    WsMild,
    /// Of those with withdrawal syndrome: it went away.
    WsResolved,
    /// Of those with withdrawal syndrome: treated with anti-inflammatory drugs.
    WsAntiInflammatory,
    /// Of those with withdrawal syndrome: needed several symptomatic treatments.
    WsSeveralTreatments,
    /// Sustained deep response, among all patients of the series.
    SustainedDmr,
    /// Durable TFR, among all patients of the series (not only those who stopped).
    DurableTfrAllPatients,
    /// Survey: felt fear or anxiety while off treatment.
    FearAnxiety,
    /// Survey: reported withdrawal symptoms.
    WsReported,
    /// Survey: of those with withdrawal symptoms, felt not fully supported.
    WsNotSupported,
}

impl Measure {
    /// Catalogue key of its label.
    pub fn key(self) -> Key {
        match self {
            Measure::Tfr => key!("measure.tfr"),
            Measure::Tfs => key!("measure.tfs"),
            Measure::Relapsed => key!("measure.relapsed"),
            Measure::RelapsesBy => key!("measure.relapses_by"),
            Measure::RelapsesAfter => key!("measure.relapses_after"),
            Measure::LostMmr => key!("measure.lost_mmr"),
            Measure::Recurrence => key!("measure.recurrence"),
            Measure::WithdrawalSyndrome => key!("measure.withdrawal_syndrome"),
            Measure::MusculoskeletalPain => key!("measure.musculoskeletal_pain"),
            Measure::Arthralgia => key!("measure.arthralgia"),
            Measure::WsMild => key!("measure.ws_mild"),
            Measure::WsResolved => key!("measure.ws_resolved"),
            Measure::WsAntiInflammatory => key!("measure.ws_anti_inflammatory"),
            Measure::WsSeveralTreatments => key!("measure.ws_several_treatments"),
            Measure::SustainedDmr => key!("measure.sustained_dmr"),
            Measure::DurableTfrAllPatients => key!("measure.durable_tfr_all_patients"),
            Measure::FearAnxiety => key!("measure.fear_anxiety"),
            Measure::WsReported => key!("measure.ws_reported"),
            Measure::WsNotSupported => key!("measure.ws_not_supported"),
        }
    }
}

/// A subgroup a figure belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Group {
    /// People who stopped imatinib.
    Imatinib,
    /// People who stopped nilotinib.
    Nilotinib,
    /// People who stopped dasatinib.
    Dasatinib,
    /// Low Sokal risk at diagnosis.
    SokalLow,
    /// Intermediate Sokal risk.
    SokalIntermediate,
    /// High Sokal risk.
    SokalHigh,
    /// In MR4.5 at week 12 after stopping.
    Week12Mr45,
    /// In MR4 but not MR4.5 at week 12 after stopping.
    Week12Mr4,
    /// In MMR only at week 12 after stopping.
    Week12Mmr,
    /// BCR-ABL1 undetectable (UMRD) when stopping.
    Undetectable,
    /// BCR-ABL1 detectable when stopping.
    Detectable,
    /// e14a2 transcript.
    E14a2,
    /// e13a2 transcript.
    E13a2,
    /// DESTINY's MR4 cohort.
    Mr4Cohort,
    /// DESTINY's MMR (not MR4) cohort.
    MmrCohort,
    /// Fastest quarter of the first BCR-ABL1 fall on treatment.
    FastestFall,
    /// Slowest quarter of the first BCR-ABL1 fall on treatment.
    SlowestFall,
    /// Still on TKI (comparison period).
    OnTki,
}

impl Group {
    /// Catalogue key of its label.
    pub fn key(self) -> Key {
        match self {
            Group::Imatinib => key!("drug.imatinib"),
            Group::Nilotinib => key!("drug.nilotinib"),
            Group::Dasatinib => key!("drug.dasatinib"),
            Group::SokalLow => key!("group.sokal_low"),
            Group::SokalIntermediate => key!("group.sokal_intermediate"),
            Group::SokalHigh => key!("group.sokal_high"),
            Group::Week12Mr45 => key!("group.week12_mr45"),
            Group::Week12Mr4 => key!("group.week12_mr4"),
            Group::Week12Mmr => key!("group.week12_mmr"),
            Group::Undetectable => key!("group.undetectable"),
            Group::Detectable => key!("group.detectable"),
            Group::E14a2 => key!("transcript.e14a2"),
            Group::E13a2 => key!("transcript.e13a2"),
            Group::Mr4Cohort => key!("group.mr4_cohort"),
            Group::MmrCohort => key!("group.mmr_cohort"),
            Group::FastestFall => key!("group.fastest_fall"),
            Group::SlowestFall => key!("group.slowest_fall"),
            Group::OnTki => key!("group.on_tki"),
        }
    }
}

/// The unit a time is given in, as the paper gave it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Unit {
    /// Weeks.
    Weeks,
    /// Months.
    Months,
    /// Years.
    Years,
}

impl Unit {
    /// Average days in one unit (a month is 365.25 / 12 days).
    pub fn days(self) -> f64 {
        match self {
            Unit::Weeks => 7.0,
            Unit::Months => 365.25 / 12.0,
            Unit::Years => 365.25,
        }
    }

    /// `value` of this unit in months (48 weeks = 11.0 months, 96 weeks = 22.1 months).
    pub fn to_months(self, value: f64) -> f64 {
        value * self.days() / Unit::Months.days()
    }

    /// Catalogue key for "{n} <unit>".
    pub fn key(self) -> Key {
        match self {
            Unit::Weeks => key!("time.weeks"),
            Unit::Months => key!("time.months"),
            Unit::Years => key!("time.years"),
        }
    }
}

/// "x of n": a count the source reported (or, when `derived`, our arithmetic from its percent and n).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Count {
    /// People with the outcome.
    pub x: u16,
    /// People in the denominator.
    pub n: u16,
    /// True when the count is our arithmetic (percent x n), not printed in the source read.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub derived: bool,
}

/// One reported figure.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct Figure {
    /// What it measures.
    pub measure: Measure,
    /// Subgroup, when it is not the whole study.
    pub group: Option<Group>,
    /// Time point in the paper's unit; `None` when the source read did not state it.
    pub time: Option<f64>,
    /// Unit of `time`.
    pub unit: Unit,
    /// True when `time` is the median follow-up and the figure a crude share over it.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub over_follow_up: bool,
    /// Percent, as published.
    pub percent: f64,
    /// The paper's 95% confidence interval, when it gave one.
    pub ci95: Option<[f64; 2]>,
    /// The count, when given.
    pub count: Option<Count>,
    /// Index into the record's `citations` of where this figure was published.
    pub cite: u8,
}

const fn fig(measure: Measure, time: f64, unit: Unit, percent: f64) -> Figure {
    Figure {
        measure,
        group: None,
        time: Some(time),
        unit,
        over_follow_up: false,
        percent,
        ci95: None,
        count: None,
        cite: 0,
    }
}

const fn ci(mut f: Figure, low: f64, high: f64) -> Figure {
    f.ci95 = Some([low, high]);
    f
}

const fn count(mut f: Figure, x: u16, n: u16) -> Figure {
    f.count = Some(Count { x, n, derived: false });
    f
}

const fn group(mut f: Figure, g: Group) -> Figure {
    f.group = Some(g);
    f
}

const fn cite(mut f: Figure, index: u8) -> Figure {
    f.cite = index;
    f
}

const fn untimed(mut f: Figure) -> Figure {
    f.time = None;
    f
}

const fn over_follow_up(mut f: Figure) -> Figure {
    f.over_follow_up = true;
    f
}

/// How deep the response was that people got back after restarting.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum RegainLevel {
    /// MMR.
    Mmr,
    /// The deep response the study used (MR4 or deeper).
    DeepResponse,
    /// MR4.5.
    Mr45,
    /// Undetectable BCR-ABL1.
    Undetectable,
    /// A response to the TKI (depth not stated).
    Response,
}

impl RegainLevel {
    /// Catalogue key of its label.
    pub fn key(self) -> Key {
        match self {
            RegainLevel::Mmr => key!("regain.mmr"),
            RegainLevel::DeepResponse => key!("regain.deep_response"),
            RegainLevel::Mr45 => key!("regain.mr45"),
            RegainLevel::Undetectable => key!("regain.undetectable"),
            RegainLevel::Response => key!("regain.response"),
        }
    }
}

/// What happened after restarting the TKI.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct Regain {
    /// The level regained.
    pub level: RegainLevel,
    /// How many regained it, when counted.
    pub regained: Option<u16>,
    /// Of how many who restarted (or relapsed), when counted.
    pub of: Option<u16>,
    /// The source says all of them did.
    pub all: bool,
    /// Median months to regain it, when given.
    pub median_months: Option<f64>,
    /// Index into the record's `citations`.
    pub cite: u8,
}

const fn regain(level: RegainLevel, regained: u16, of: u16) -> Regain {
    Regain { level, regained: Some(regained), of: Some(of), all: regained == of, median_months: None, cite: 0 }
}

const fn regain_all(level: RegainLevel) -> Regain {
    Regain { level, regained: None, of: None, all: true, median_months: None, cite: 0 }
}

const fn regain_median(mut r: Regain, months: f64) -> Regain {
    r.median_months = Some(months);
    r
}

/// Progression to accelerated or blast phase after stopping.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Progression {
    /// The source read reported none.
    NoneReported,
    /// Not verified in the sources read.
    NotVerified,
    /// Not a stopping study.
    NotApplicable,
}

/// A citation. Details the dossier marks UNVERIFIED are named in `citation_note`, never filled in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Citation {
    /// Authors as known ("Etienne G, et al.").
    pub authors: &'static str,
    /// Journal, year, volume and pages as known.
    pub journal: &'static str,
    /// Year, when verified.
    pub year: Option<u16>,
    /// PubMed id.
    pub pmid: Option<&'static str>,
    /// DOI.
    pub doi: Option<&'static str>,
    /// What is missing or unverified in this citation.
    pub citation_note: Option<&'static str>,
}

/// A length of time.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct Span {
    /// The value.
    pub value: f64,
    /// Its unit.
    pub unit: Unit,
}

/// Text written for clinical reviewers: shown in `CONTENT.md` and the command line's output, never in the app. The
/// browser build leaves the words out (the app has no use for them, and they would add about 3 KB to every first
/// visit); elsewhere [`ReviewText::text`] gives them back.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ReviewText(#[cfg(not(target_arch = "wasm32"))] &'static str);

/// Wraps reviewer text (see [`ReviewText`]).
pub const fn review(text: &'static str) -> ReviewText {
    #[cfg(not(target_arch = "wasm32"))]
    {
        ReviewText(text)
    }
    #[cfg(target_arch = "wasm32")]
    {
        let _ = text;
        ReviewText()
    }
}

impl ReviewText {
    /// The words (empty in the browser build).
    pub fn text(self) -> &'static str {
        #[cfg(not(target_arch = "wasm32"))]
        {
            self.0
        }
        #[cfg(target_arch = "wasm32")]
        {
            ""
        }
    }
}

impl Serialize for ReviewText {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.text())
    }
}

/// One study, pooled analysis, review or survey.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct Study {
    /// Stable id.
    pub id: &'static str,
    /// Short name ("STIM1").
    pub name: &'static str,
    /// Catalogue key of its name in either language (`study.<id>`).
    pub label: Key,
    /// Kind of record.
    pub kind: Kind,
    /// Design and population in a few words (for reviewers; English).
    pub design: ReviewText,
    /// People enrolled, when known.
    pub enrolled: Option<u16>,
    /// People who stopped (or were evaluable or analysed): the denominator of its figures.
    pub n: Option<u16>,
    /// The TKIs stopped; empty means any TKI.
    #[serde(serialize_with = "drug_ids")]
    pub drugs: &'static [Drug],
    /// Line of treatment.
    pub line: Line,
    /// Entry criteria, for stopping studies whose criteria we match.
    pub entry: Option<Entry>,
    /// Relapse definition.
    pub relapse: Option<Relapse>,
    /// Every figure we use, in the paper's own units.
    pub figures: &'static [Figure],
    /// Median follow-up, when given.
    pub median_follow_up: Option<Span>,
    /// What happened after restarting.
    pub regained: &'static [Regain],
    /// Progression to advanced phase.
    pub progression: Progression,
    /// Where it was published; figures point into this list (the first is the main report).
    pub citations: &'static [Citation],
    /// Catalogue keys of notes for readers (where the seed review's Table 1 differs).
    pub notes: &'static [Key],
    /// What we left out or how we read it (for reviewers; English).
    pub reviewer_note: ReviewText,
}

fn drug_ids<S: Serializer>(drugs: &&'static [Drug], s: S) -> Result<S::Ok, S::Error> {
    s.collect_seq(drugs.iter().map(|d| d.id()))
}

impl Study {
    /// Catalogue key of its name in the reader's language (`study.<id>`).
    pub fn label_key(&self) -> Key {
        self.label
    }

    /// The main citation.
    pub fn citation(&self) -> Option<&'static Citation> {
        self.citations.first()
    }

    /// The citation of a figure (falls back to the main one).
    pub fn citation_of(&self, index: u8) -> Option<&'static Citation> {
        self.citations.get(usize::from(index)).or(self.citations.first())
    }
}

/// Wilson score 95% interval for `x` of `n`, in percent, one decimal. `None` when `n` is 0 or `x > n`.
pub fn wilson(x: u16, n: u16) -> Option<[f64; 2]> {
    if n == 0 || x > n {
        return None;
    }
    let z = 1.959_963_984_540_054_f64;
    let (x, n) = (f64::from(x), f64::from(n));
    let p = x / n;
    let z2 = z * z;
    let denom = 1.0 + z2 / n;
    let centre = (p + z2 / (2.0 * n)) / denom;
    let half = z * (p * (1.0 - p) / n + z2 / (4.0 * n * n)).sqrt() / denom;
    let round = |v: f64| (v * 1000.0).round() / 10.0;
    Some([round((centre - half).max(0.0)), round((centre + half).min(1.0))])
}

/// The record with this id.
pub fn study(id: &str) -> Option<&'static Study> {
    STUDIES.iter().find(|s| s.id == id)
}

/// Whether `id` names an evidence record or a guideline source ([`crate::sources`]).
pub fn exists(id: &str) -> bool {
    study(id).is_some() || crate::sources::source(id).is_some()
}

use Measure as M;
use Unit::{Months, Weeks, Years};

const NO_IDS: &str = "PMID and DOI not recorded in our evidence dossier.";

/// Every evidence record.
pub static STUDIES: &[Study] = &[
    Study {
        id: "stim1",
        name: "STIM1",
        label: key!("study.stim1"),
        kind: Kind::StopTrial,
        design: review("French multicentre stopping trial; imatinib, any line (50% had prior interferon)."),
        enrolled: Some(100),
        n: Some(100),
        drugs: &[Drug::Imatinib],
        line: Line::Any,
        entry: Some(Entry {
            tki_months: None,
            drug_months: Some(36),
            depth: Some(Depth::Undetectable { at_least: ResponseLevel::Mr4, min_abl1_copies: Some(50_000), blips_below_mmr: false }),
            depth_months: Some(24),
            latest_at_least: None,
            no_prior_failure: false,
            second_attempt: false,
            text: key!("entry.stim1"),
        }),
        relapse: Some(Relapse::PositivityOrMmr),
        figures: &[
            ci(fig(M::Tfr, 6.0, Months, 43.0), 33.0, 52.0),
            ci(fig(M::Tfr, 60.0, Months, 38.0), 29.0, 47.0),
            cite(ci(fig(M::Tfr, 120.0, Months, 37.0), 28.0, 48.0), 1),
            cite(ci(fig(M::Tfr, 156.0, Months, 35.0), 26.0, 46.0), 1),
        ],
        median_follow_up: Some(Span { value: 77.0, unit: Months }),
        regained: &[regain_median(regain(RegainLevel::Undetectable, 55, 57), 4.0)],
        progression: Progression::NoneReported,
        citations: &[
            Citation {
                authors: "Etienne G, et al.",
                journal: "J Clin Oncol 2017;35:298-305",
                year: Some(2017),
                pmid: Some("28095277"),
                doi: None,
                citation_note: None,
            },
            Citation {
                authors: "STIM1 extended follow-up (authors not recorded)",
                journal: "Blood Neoplasia 2025",
                year: Some(2025),
                pmid: None,
                doi: Some("10.1016/j.bneo.2025.100177"),
                citation_note: Some("Authors and title not recorded in our evidence dossier; read on the publisher's page."),
            },
        ],
        notes: &[key!("note.stim1")],
        reviewer_note: review("57 of the 61 who relapsed restarted; 55 of the 57 regained undetectable disease (median 4 months). Median follow-up 77 months (9-95); the extended update followed for 12.8 years. The first report (Mahon, Lancet Oncol 2010) gave about 40% at 1 year; that approximate, second-hand figure is not used. Overall survival figures are not used."),
    },
    Study {
        id: "twister",
        name: "TWISTER",
        label: key!("study.twister"),
        kind: Kind::StopTrial,
        design: review("Australasian stopping study; imatinib."),
        enrolled: Some(40),
        n: Some(40),
        drugs: &[Drug::Imatinib],
        line: Line::Any,
        entry: Some(Entry {
            tki_months: None,
            drug_months: None,
            depth: Some(Depth::Undetectable { at_least: ResponseLevel::Mr45, min_abl1_copies: None, blips_below_mmr: false }),
            depth_months: Some(24),
            latest_at_least: None,
            no_prior_failure: false,
            second_attempt: false,
            text: key!("entry.twister"),
        }),
        relapse: Some(Relapse::ConfirmedPositivityOrMmr),
        figures: &[fig(M::Tfr, 24.0, Months, 47.1)],
        median_follow_up: Some(Span { value: 42.0, unit: Months }),
        regained: &[regain_all(RegainLevel::Response)],
        progression: Progression::NoneReported,
        citations: &[Citation {
            authors: "Ross DM, et al.",
            journal: "Blood 2013;122(4):515-522",
            year: Some(2013),
            pmid: None,
            doi: None,
            citation_note: Some(NO_IDS),
        }],
        notes: &[key!("note.twister")],
        reviewer_note: review("The 47.1% at 24 months is actuarial. Most relapses came within 4 months, none after 27 months. An imatinib time of at least 3 years is UNVERIFIED, so it is not a matching criterion. 'At least 4.5 logs' is matched as an undetectable result that grades as MR4.5 (more than 32,000 ABL1 copies, EUTOS): our reading. After restart all remained imatinib-sensitive; no mutations."),
    },
    Study {
        id: "isav",
        name: "ISAV",
        label: key!("study.isav"),
        kind: Kind::StopTrial,
        design: review("Italian stopping study; imatinib; digital PCR studied as a predictor."),
        enrolled: Some(112),
        n: Some(108),
        drugs: &[Drug::Imatinib],
        line: Line::Any,
        entry: Some(Entry {
            tki_months: None,
            drug_months: Some(24),
            depth: Some(Depth::Undetectable { at_least: ResponseLevel::Mr4, min_abl1_copies: None, blips_below_mmr: false }),
            depth_months: Some(18),
            latest_at_least: None,
            no_prior_failure: false,
            second_attempt: false,
            text: key!("entry.isav"),
        }),
        relapse: Some(Relapse::TwoPositivesOneAboveMmr),
        figures: &[
            over_follow_up(count(fig(M::Relapsed, 21.6, Months, 48.1), 52, 108)),
            fig(M::RelapsesBy, 9.0, Months, 73.1),
        ],
        median_follow_up: Some(Span { value: 21.6, unit: Months }),
        regained: &[],
        progression: Progression::NotVerified,
        citations: &[Citation {
            authors: "Mori S, et al.",
            journal: "Am J Hematol 2015;90(10):910-914",
            year: Some(2015),
            pmid: None,
            doi: Some("10.1002/ajh.24120"),
            citation_note: None,
        }],
        notes: &[key!("note.isav")],
        reviewer_note: review("48.1% (52/108) RELAPSED over a median follow-up of 21.6 months (planned 36); it is not a TFR rate and there is no 36-month TFR figure. 14 relapses came between months 10 and 22; 40 non-relapsers became PCR-positive without losing MMR. Outcome after restart and progression: UNVERIFIED. Age and digital PCR predicted relapse (direction not used)."),
    },
    Study {
        id: "astim",
        name: "A-STIM",
        label: key!("study.astim"),
        kind: Kind::StopTrial,
        design: review("French stopping study; imatinib; occasional weakly positive results allowed before stopping."),
        enrolled: None,
        n: None,
        drugs: &[Drug::Imatinib],
        line: Line::Any,
        entry: Some(Entry {
            tki_months: None,
            drug_months: None,
            depth: Some(Depth::Undetectable { at_least: ResponseLevel::Mr4, min_abl1_copies: Some(40_000), blips_below_mmr: true }),
            depth_months: Some(24),
            latest_at_least: None,
            no_prior_failure: false,
            second_attempt: false,
            text: key!("entry.astim"),
        }),
        relapse: Some(Relapse::LossOfMmr),
        figures: &[fig(M::Tfr, 36.0, Months, 61.0)],
        median_follow_up: None,
        regained: &[regain_all(RegainLevel::Mmr)],
        progression: Progression::NotVerified,
        citations: &[Citation {
            authors: "Rousselot P, et al.",
            journal: "J Clin Oncol 2014",
            year: Some(2014),
            pmid: None,
            doi: None,
            citation_note: Some("Volume, pages, PMID and DOI UNVERIFIED; the figures were read in Richter's J Clin Oncol 2014 letter and a review table."),
        }],
        notes: &[],
        reviewer_note: review("n UNVERIFIED, so no interval can be computed. The seed review's case of lymphoid blast crisis is UNVERIFIED and not shown."),
    },
    Study {
        id: "jalsg_stim213",
        name: "JALSG-STIM213",
        label: key!("study.jalsg_stim213"),
        kind: Kind::StopTrial,
        design: review("Japanese stopping trial; imatinib; median imatinib 97.5 months."),
        enrolled: Some(77),
        n: Some(68),
        drugs: &[Drug::Imatinib],
        line: Line::Any,
        entry: Some(Entry {
            tki_months: None,
            drug_months: Some(36),
            depth: Some(Depth::AtLeast { level: ResponseLevel::Mr4 }),
            depth_months: Some(24),
            latest_at_least: Some(ResponseLevel::Mr45),
            no_prior_failure: false,
            second_attempt: false,
            text: key!("entry.jalsg_stim213"),
        }),
        relapse: Some(Relapse::LossOfMmr),
        figures: &[fig(M::Tfr, 12.0, Months, 67.6), fig(M::Tfs, 3.0, Years, 64.6)],
        median_follow_up: None,
        regained: &[regain_all(RegainLevel::Mmr)],
        progression: Progression::NotVerified,
        citations: &[Citation {
            authors: "Takahashi N, et al.",
            journal: "Int J Hematol, pp. 185-193",
            year: None,
            pmid: None,
            doi: Some("10.1007/s12185-017-2334-x"),
            citation_note: Some("Year and volume (believed 2018;107) UNVERIFIED."),
        }],
        notes: &[],
        reviewer_note: review("68 eligible of 77 enrolled. Undetectable BCR-ABL1 with more than 100,000 ABL1 copies at baseline predicted TFR (no numbers read). Progression UNVERIFIED."),
    },
    Study {
        id: "domest",
        name: "DOMEST",
        label: key!("study.domest"),
        kind: Kind::StopTrial,
        design: review("Japanese stopping trial; imatinib; median imatinib 100 months; relapses treated with dasatinib."),
        enrolled: Some(110),
        n: Some(99),
        drugs: &[Drug::Imatinib],
        line: Line::Any,
        entry: Some(Entry {
            tki_months: None,
            drug_months: None,
            depth: Some(Depth::AtLeast { level: ResponseLevel::Mr4 }),
            depth_months: Some(24),
            latest_at_least: None,
            no_prior_failure: false,
            second_attempt: false,
            text: key!("entry.domest"),
        }),
        relapse: Some(Relapse::LossOfMr4),
        figures: &[fig(M::Tfr, 6.0, Months, 69.6), fig(M::Tfr, 12.0, Months, 68.6), fig(M::Tfr, 24.0, Months, 64.3)],
        median_follow_up: None,
        regained: &[regain(RegainLevel::DeepResponse, 25, 26)],
        progression: Progression::NotVerified,
        citations: &[Citation {
            authors: "Fujisawa S, et al.",
            journal: "Journal UNVERIFIED (believed Int J Clin Oncol 2019)",
            year: None,
            pmid: None,
            doi: None,
            citation_note: Some("Journal, year, PMID and DOI UNVERIFIED; the figures were read in the abstract."),
        }],
        notes: &[key!("note.domest")],
        reviewer_note: review("Relapse = loss of MR4 (the seed's 'loss of MMR' is wrong). 25 of 26 with recurrence regained a deep response on dasatinib. Median follow-up and progression UNVERIFIED. Longer time from diagnosis and longer imatinib predicted success."),
    },
    Study {
        id: "dadi",
        name: "DADI",
        label: key!("study.dadi"),
        kind: Kind::StopTrial,
        design: review("Japanese stopping trial; dasatinib as second or later TKI, after 1 year of dasatinib consolidation."),
        enrolled: Some(88),
        n: Some(63),
        drugs: &[Drug::Dasatinib],
        line: Line::SecondOrLater,
        entry: Some(Entry {
            tki_months: None,
            drug_months: Some(12),
            depth: Some(Depth::AtLeast { level: ResponseLevel::Mr4 }),
            depth_months: Some(24),
            latest_at_least: None,
            no_prior_failure: false,
            second_attempt: false,
            text: key!("entry.dadi"),
        }),
        relapse: Some(Relapse::LossOfMr4Single),
        figures: &[
            ci(fig(M::Tfr, 6.0, Months, 49.0), 36.0, 61.0),
            over_follow_up(count(fig(M::Tfr, 20.0, Months, 48.0), 30, 63)),
            cite(ci(fig(M::Tfr, 36.0, Months, 44.4), 32.0, 56.2), 1),
        ],
        median_follow_up: Some(Span { value: 20.0, unit: Months }),
        regained: &[regain(RegainLevel::DeepResponse, 33, 33)],
        progression: Progression::NoneReported,
        citations: &[
            Citation {
                authors: "Imagawa J, et al.",
                journal: "Lancet Haematol 2015;2:e528-35",
                year: Some(2015),
                pmid: Some("26686407"),
                doi: None,
                citation_note: None,
            },
            Citation {
                authors: "DADI final 3-year report (authors not recorded)",
                journal: "Journal not recorded",
                year: None,
                pmid: Some("29610029"),
                doi: None,
                citation_note: Some("Authors, journal and year not recorded in our evidence dossier."),
            },
        ],
        notes: &[key!("note.dadi")],
        reviewer_note: review("88 entered consolidation, 63 stopped. Depth 'MR4 for 24 months' is our reading of a stable deep response for at least 1 year plus 1 year of consolidation. Total TKI time is not stated. 33 relapsed, all within 7 months in the first report; 88% regained a deep response by 3 months, the rest by 6. Median follow-up 20 months (IQR 16.5-24), final 44 months. Prior imatinib resistance raised relapse risk. No 24-month figure exists (the seed's text is wrong)."),
    },
    Study {
        id: "enestfreedom",
        name: "ENESTfreedom",
        label: key!("study.enestfreedom"),
        kind: Kind::StopTrial,
        design: review("International stopping trial; first-line nilotinib, after 1 year of nilotinib consolidation; median nilotinib 3.6 years."),
        enrolled: Some(215),
        n: Some(190),
        drugs: &[Drug::Nilotinib],
        line: Line::First,
        entry: Some(Entry {
            tki_months: None,
            drug_months: Some(36),
            depth: Some(Depth::AtLeast { level: ResponseLevel::Mr4 }),
            depth_months: Some(12),
            latest_at_least: Some(ResponseLevel::Mr45),
            no_prior_failure: false,
            second_attempt: false,
            text: key!("entry.enestfreedom"),
        }),
        relapse: Some(Relapse::LossOfMmrSingle),
        figures: &[
            Figure {
                count: Some(Count { x: 98, n: 190, derived: true }),
                ..fig(M::Tfr, 48.0, Weeks, 51.6)
            },
            cite(count(fig(M::Tfr, 96.0, Weeks, 48.9), 93, 190), 1),
            cite(fig(M::Tfs, 96.0, Weeks, 50.9), 1),
            cite(group(fig(M::Tfr, 96.0, Weeks, 61.3), Group::SokalLow), 1),
            cite(group(fig(M::Tfr, 96.0, Weeks, 50.0), Group::SokalIntermediate), 1),
            cite(group(fig(M::Tfr, 96.0, Weeks, 28.6), Group::SokalHigh), 1),
            cite(untimed(group(fig(M::Tfr, 0.0, Weeks, 82.6), Group::Week12Mr45)), 1),
            cite(untimed(group(fig(M::Tfr, 0.0, Weeks, 23.1), Group::Week12Mr4)), 1),
            cite(untimed(group(fig(M::Tfr, 0.0, Weeks, 0.0), Group::Week12Mmr)), 1),
        ],
        median_follow_up: Some(Span { value: 75.9, unit: Weeks }),
        regained: &[regain(RegainLevel::Mmr, 87, 88), regain(RegainLevel::Mr45, 81, 88)],
        progression: Progression::NoneReported,
        citations: &[
            Citation {
                authors: "Hochhaus A, et al. (first author UNVERIFIED)",
                journal: "Leukemia 2017;31(7)",
                year: Some(2017),
                pmid: None,
                doi: None,
                citation_note: Some("First author, pages, PMID and DOI UNVERIFIED; read at nature.com/leu/journal/v31/n7/full/leu201763a.html."),
            },
            Citation {
                authors: "Ross DM, et al.",
                journal: "J Cancer Res Clin Oncol 2018, issue 5 (96-week update)",
                year: Some(2018),
                pmid: None,
                doi: None,
                citation_note: Some("Volume, pages, PMID and DOI not recorded in our evidence dossier."),
            },
        ],
        notes: &[key!("note.enestfreedom")],
        reviewer_note: review("51.6% at 48 weeks (the seed's 52.6% at 12 months is wrong); the count 98/190 is our arithmetic (51.6% of 190; 97 or 99 would not give 51.6%), used only for the computed interval. 48.9% (93/190) at 96 weeks, about 22 months. The week-12 landmark figures (by depth 12 weeks after stopping) have no stated time point in the sources read. The 5-year TFR and withdrawal-syndrome rates are UNVERIFIED and left out. Median follow-up 75.9 weeks at the 96-week cut-off."),
    },
    Study {
        id: "enestop",
        name: "ENESTop",
        label: key!("study.enestop"),
        kind: Kind::StopTrial,
        design: review("International stopping trial; nilotinib as second TKI after imatinib, after 1 year of nilotinib consolidation (NCT01698905)."),
        enrolled: Some(163),
        n: Some(126),
        drugs: &[Drug::Nilotinib],
        line: Line::AfterImatinib,
        entry: Some(Entry {
            tki_months: Some(36),
            drug_months: Some(36),
            depth: Some(Depth::AtLeast { level: ResponseLevel::Mr45 }),
            depth_months: Some(12),
            latest_at_least: None,
            no_prior_failure: false,
            second_attempt: false,
            text: key!("entry.enestop"),
        }),
        relapse: Some(Relapse::MmrOrConfirmedMr4),
        figures: &[
            count(fig(M::Tfr, 48.0, Weeks, 57.9), 73, 126),
            count(fig(M::Tfr, 96.0, Weeks, 53.0), 67, 126),
            cite(fig(M::Tfr, 5.0, Years, 42.9), 1),
            fig(M::MusculoskeletalPain, 48.0, Weeks, 42.1),
            untimed(group(fig(M::MusculoskeletalPain, 0.0, Weeks, 14.3), Group::OnTki)),
        ],
        median_follow_up: None,
        regained: &[regain(RegainLevel::Mr45, 52, 56)],
        progression: Progression::NoneReported,
        citations: &[
            Citation {
                authors: "Mahon FX, et al.",
                journal: "Ann Intern Med 2018",
                year: Some(2018),
                pmid: None,
                doi: None,
                citation_note: Some("Volume, pages, PMID and DOI UNVERIFIED; trial registration NCT01698905."),
            },
            Citation {
                authors: "ENESTop 5-year update (authors not recorded)",
                journal: "2021 (journal UNVERIFIED)",
                year: Some(2021),
                pmid: None,
                doi: None,
                citation_note: Some("Citation detail UNVERIFIED; the 5-year figure was read in a summary (bjh.be)."),
            },
        ],
        notes: &[key!("note.enestop")],
        reviewer_note: review("Drug time 36 months is our reading of at least 2 years of nilotinib plus the 1-year nilotinib consolidation. 56 restarted; 52 regained MR4 and MR4.5 by 96 weeks. Musculoskeletal pain 42.1% in the first 48 weeks off treatment vs 14.3% during consolidation on nilotinib. The E459G mutation mentioned by the seed is UNVERIFIED."),
    },
    Study {
        id: "stat2",
        name: "STAT2",
        label: key!("study.stat2"),
        kind: Kind::StopTrial,
        design: review("Japanese stopping trial after 2 years of nilotinib 300 mg twice daily as consolidation."),
        enrolled: Some(96),
        n: Some(78),
        drugs: &[Drug::Nilotinib],
        line: Line::Any,
        entry: Some(Entry {
            tki_months: None,
            drug_months: Some(24),
            depth: Some(Depth::AtLeast { level: ResponseLevel::Mr45 }),
            depth_months: Some(24),
            latest_at_least: None,
            no_prior_failure: false,
            second_attempt: false,
            text: key!("entry.stat2"),
        }),
        relapse: Some(Relapse::ConfirmedLossOfMr45),
        figures: &[
            ci(fig(M::Tfr, 12.0, Months, 67.9), 56.4, 78.1),
            fig(M::Tfs, 3.0, Years, 62.8),
            untimed(group(fig(M::Tfr, 0.0, Months, 75.6), Group::Undetectable)),
            untimed(group(fig(M::Tfr, 0.0, Months, 48.6), Group::Detectable)),
            untimed(count(fig(M::WithdrawalSyndrome, 0.0, Months, 14.0), 11, 78)),
        ],
        median_follow_up: None,
        regained: &[regain(RegainLevel::DeepResponse, 25, 29)],
        progression: Progression::NotVerified,
        citations: &[Citation {
            authors: "Takahashi N, et al.",
            journal: "Haematologica 2018;103:1835-42",
            year: Some(2018),
            pmid: Some("29976734"),
            doi: Some("10.3324/haematol.2018.194894"),
            citation_note: None,
        }],
        notes: &[key!("note.stat2")],
        reviewer_note: review("Line of treatment not stated in the sources read. Withdrawal syndrome 11/78 (14%); it did not change TFS. 25 of 29 who restarted (86.2%) regained the deep response, half by 3.5 months. Median follow-up (seed: 35.4 months) and progression UNVERIFIED. The time point of the by-depth figures (75.6% undetectable vs 48.6%) is not stated in the source read."),
    },
    Study {
        id: "euroski",
        name: "EURO-SKI",
        label: key!("study.euroski"),
        kind: Kind::StopTrial,
        design: review("European stopping trial; any TKI; 868 assessed, 758 enrolled."),
        enrolled: Some(758),
        n: Some(755),
        drugs: &[],
        line: Line::Any,
        entry: Some(EUROSKI_ENTRY),
        relapse: Some(Relapse::LossOfMmr),
        figures: &[fig(M::Tfr, 6.0, Months, 61.0), fig(M::Tfr, 24.0, Months, 50.0)],
        median_follow_up: Some(Span { value: 27.0, unit: Months }),
        regained: &[],
        progression: Progression::NotVerified,
        citations: &[Citation {
            authors: "Saussele S, et al.",
            journal: "Lancet Oncol 2018;19:747-757",
            year: Some(2018),
            pmid: None,
            doi: Some("10.1016/S1470-2045(18)30192-X"),
            citation_note: None,
        }],
        notes: &[],
        reviewer_note: review("Median follow-up 27 months (IQR 21-34). Outcome after restart and progression UNVERIFIED. A longer deep response before stopping predicted keeping MMR at 6 months. The 5.8-year imatinib cut-off and any per-year effect are UNVERIFIED and not used. 'Any TKI' is matched for every TKI except asciminib and 'another TKI': stopping after asciminib has not been studied in a trial (dossier section 10)."),
    },
    Study {
        id: "euroski_final",
        name: "EURO-SKI final analysis",
        label: key!("study.euroski_final"),
        kind: Kind::StopTrial,
        design: review("Final analysis of EURO-SKI; 728 analysed."),
        enrolled: Some(758),
        n: Some(728),
        drugs: &[],
        line: Line::Any,
        entry: Some(EUROSKI_ENTRY),
        relapse: Some(Relapse::LossOfMmr),
        figures: &[
            count(ci(fig(M::Tfr, 6.0, Months, 61.0), 57.0, 64.0), 434, 728),
            count(ci(fig(M::Tfr, 36.0, Months, 46.0), 42.0, 49.0), 309, 678),
        ],
        median_follow_up: None,
        regained: &[],
        progression: Progression::NotVerified,
        citations: &[Citation {
            authors: "Mahon FX, Pfirrmann M, ..., Saussele S",
            journal: "J Clin Oncol (Clinical Trial Update)",
            year: None,
            pmid: None,
            doi: None,
            citation_note: Some("Year, volume, PMID and DOI UNVERIFIED."),
        }],
        notes: &[],
        reviewer_note: review("Percents are the paper's estimates with their intervals; the counts (434/728, 309/678) are as printed. TKI duration, deep-response duration and transcript type predicted loss of MMR by 6 months (direction and size of the transcript effect UNVERIFIED); TKI duration, blast % and platelets predicted later losses."),
    },
    Study {
        id: "stop2gtki",
        name: "STOP 2G-TKI",
        label: key!("study.stop2gtki"),
        kind: Kind::StopTrial,
        design: review("French stopping study; dasatinib or nilotinib, any line."),
        enrolled: Some(60),
        n: Some(60),
        drugs: &[Drug::Dasatinib, Drug::Nilotinib],
        line: Line::Any,
        entry: Some(Entry {
            tki_months: Some(36),
            drug_months: None,
            depth: Some(Depth::Undetectable { at_least: ResponseLevel::Mr45, min_abl1_copies: None, blips_below_mmr: false }),
            depth_months: Some(24),
            latest_at_least: None,
            no_prior_failure: false,
            second_attempt: false,
            text: key!("entry.stop2gtki"),
        }),
        relapse: Some(Relapse::LossOfMmr),
        figures: &[
            ci(fig(M::Tfr, 12.0, Months, 63.33), 51.14, 75.53),
            ci(fig(M::Tfr, 48.0, Months, 53.57), 40.49, 66.65),
        ],
        median_follow_up: Some(Span { value: 47.0, unit: Months }),
        regained: &[regain_all(RegainLevel::Mmr), regain_all(RegainLevel::Mr45)],
        progression: Progression::NoneReported,
        citations: &[Citation {
            authors: "Rea D, et al. (first author UNVERIFIED)",
            journal: "Blood 2017;129(7):846",
            year: Some(2017),
            pmid: None,
            doi: None,
            citation_note: Some("First author, PMID and DOI UNVERIFIED."),
        }],
        notes: &[],
        reviewer_note: review("'Undetectable MR4.5' is matched as an undetectable result that grades as MR4.5 (more than 32,000 ABL1 copies): our reading. Prior suboptimal response or resistance gave worse TFR; loss of MR4.5 at 3 months predicted later loss of MMR."),
    },
    Study {
        id: "dasfree",
        name: "DASFREE",
        label: key!("study.dasfree"),
        kind: Kind::StopTrial,
        design: review("International stopping study; dasatinib, first line or later."),
        enrolled: Some(84),
        n: Some(84),
        drugs: &[Drug::Dasatinib],
        line: Line::Any,
        entry: Some(Entry {
            tki_months: None,
            drug_months: Some(24),
            depth: Some(Depth::AtLeast { level: ResponseLevel::Mr4 }),
            depth_months: None,
            latest_at_least: None,
            no_prior_failure: false,
            second_attempt: false,
            text: key!("entry.dasfree"),
        }),
        relapse: Some(Relapse::LossOfMmr),
        figures: &[
            fig(M::Tfr, 2.0, Years, 46.0),
            cite(count(fig(M::Tfr, 5.0, Years, 44.0), 37, 84), 1),
            cite(untimed(fig(M::Arthralgia, 0.0, Years, 18.0)), 1),
            cite(untimed(count(fig(M::WithdrawalSyndrome, 0.0, Years, 11.0), 9, 84)), 1),
        ],
        median_follow_up: None,
        regained: &[Regain { cite: 1, ..regain_median(regain(RegainLevel::Mmr, 46, 46), 1.9) }],
        progression: Progression::NoneReported,
        citations: &[
            Citation {
                authors: "Shah NP, et al.",
                journal: "Leuk Lymphoma 2020;61:650-659",
                year: Some(2020),
                pmid: None,
                doi: Some("10.1080/10428194.2019.1675879"),
                citation_note: Some("DOI taken from the address of the page read."),
            },
            Citation {
                authors: "DASFREE 5-year final analysis (authors not recorded)",
                journal: "Br J Haematol 2023",
                year: Some(2023),
                pmid: None,
                doi: None,
                citation_note: Some("Authors, PMID and DOI not recorded; read at PMC10524617."),
            },
        ],
        notes: &[],
        reviewer_note: review("Length of the deep response before stopping not stated in the sources read, so only its presence is matched. No relapses after month 39. Longer dasatinib, first line and age over 65 favoured TFR. Withdrawal events in 9 of 84 (11%)."),
    },
    Study {
        id: "kid",
        name: "KID",
        label: key!("study.kid"),
        kind: Kind::StopTrial,
        design: review("Korean stopping study; imatinib; 90 with at least 12 months of follow-up."),
        enrolled: None,
        n: Some(90),
        drugs: &[Drug::Imatinib],
        line: Line::Any,
        entry: Some(Entry {
            tki_months: None,
            drug_months: Some(36),
            depth: Some(Depth::Undetectable { at_least: ResponseLevel::Mr4, min_abl1_copies: None, blips_below_mmr: false }),
            depth_months: Some(24),
            latest_at_least: None,
            no_prior_failure: false,
            second_attempt: false,
            text: key!("entry.kid"),
        }),
        relapse: Some(Relapse::LossOfMmrConfirmed),
        figures: &[
            fig(M::Tfr, 12.0, Months, 62.2),
            fig(M::Tfr, 24.0, Months, 58.5),
            untimed(count(fig(M::WithdrawalSyndrome, 0.0, Months, 30.0), 27, 90)),
        ],
        median_follow_up: Some(Span { value: 26.6, unit: Months }),
        regained: &[regain_median(regain(RegainLevel::Mmr, 37, 37), 3.9)],
        progression: Progression::NotVerified,
        citations: &[Citation {
            authors: "Lee SE, et al.",
            journal: "Haematologica 2016;101(6)",
            year: Some(2016),
            pmid: None,
            doi: Some("10.3324/haematol.2015.139899"),
            citation_note: None,
        }],
        notes: &[],
        reviewer_note: review("37 relapsed and all regained MMR (median 3.9 months). Withdrawal syndrome (pain and/or itching) in 27 (30%) was linked to HIGHER sustained MMR (p=0.003). Progression not stated in the source read."),
    },
    Study {
        id: "restim",
        name: "RE-STIM",
        label: key!("study.restim"),
        kind: Kind::SecondStopTrial,
        design: review("French series of second attempts to stop imatinib (first-line) after a first attempt ended in relapse."),
        enrolled: Some(70),
        n: Some(70),
        drugs: &[Drug::Imatinib],
        line: Line::First,
        entry: Some(Entry {
            tki_months: None,
            drug_months: None,
            depth: None,
            depth_months: None,
            latest_at_least: None,
            no_prior_failure: false,
            second_attempt: true,
            text: key!("entry.restim"),
        }),
        relapse: Some(Relapse::LossOfMmr),
        figures: &[
            ci(fig(M::Tfr, 12.0, Months, 48.0), 37.6, 61.5),
            ci(fig(M::Tfr, 24.0, Months, 42.0), 31.5, 55.4),
            ci(fig(M::Tfr, 36.0, Months, 35.0), 24.4, 49.4),
            over_follow_up(count(fig(M::Relapsed, 38.3, Months, 64.3), 45, 70)),
        ],
        median_follow_up: Some(Span { value: 38.3, unit: Months }),
        regained: &[],
        progression: Progression::NoneReported,
        citations: &[Citation {
            authors: "Legros L, et al.",
            journal: "Cancer 2017",
            year: Some(2017),
            pmid: None,
            doi: Some("10.1002/cncr.30885"),
            citation_note: None,
        }],
        notes: &[key!("note.restim")],
        reviewer_note: review("The seed review's 66% at 6 months is UNVERIFIED and is NOT a figure here; the note attributes it to the review. 45 (64.3%) lost MMR at a median of 5.3 months. Median follow-up 38.3 months (4.7-117). Outcome after restart UNVERIFIED. Those who stayed in deep response for 3 months after the first stop did better on the second (no numbers). Entry criteria of the second stop beyond STIM-type first-stop criteria are not in the sources read."),
    },
    Study {
        id: "destiny",
        name: "DESTINY",
        label: key!("study.destiny"),
        kind: Kind::DeEscalationTrial,
        design: review("UK trial: half the usual TKI dose for 12 months, then stop for 24 months; imatinib 148, nilotinib 16, dasatinib 10; median TKI 6.8 years. Two cohorts: MR4 (all results below 0.01% in the prior year; n=125) and MMR but not MR4 (n=49)."),
        enrolled: Some(174),
        n: Some(174),
        drugs: &[Drug::Imatinib, Drug::Nilotinib, Drug::Dasatinib],
        line: Line::Any,
        entry: Some(Entry {
            tki_months: Some(36),
            drug_months: None,
            depth: Some(Depth::AtLeast { level: ResponseLevel::Mmr }),
            depth_months: Some(12),
            latest_at_least: None,
            no_prior_failure: false,
            second_attempt: false,
            text: key!("entry.destiny"),
        }),
        relapse: Some(Relapse::LossOfMmrConfirmed),
        figures: &[
            group(count(fig(M::Recurrence, 12.0, Months, 2.5), 3, 121), Group::Mr4Cohort),
            group(count(fig(M::Recurrence, 12.0, Months, 18.8), 9, 48), Group::MmrCohort),
            cite(group(fig(M::Recurrence, 24.0, Months, 23.2), Group::Mr4Cohort), 1),
            cite(group(fig(M::Recurrence, 24.0, Months, 59.2), Group::MmrCohort), 1),
        ],
        median_follow_up: None,
        regained: &[regain_all(RegainLevel::Mmr)],
        progression: Progression::NotVerified,
        citations: &[
            Citation {
                authors: "Clark RE, et al.",
                journal: "Lancet Haematol 2017;4:e310",
                year: Some(2017),
                pmid: None,
                doi: None,
                citation_note: Some("Interim report. PMID and DOI not recorded in our evidence dossier."),
            },
            Citation {
                authors: "Clark RE, et al.",
                journal: "Lancet Haematol 2019;6:e375-83",
                year: Some(2019),
                pmid: None,
                doi: None,
                citation_note: Some("Final report. PMID and DOI not recorded in our evidence dossier."),
            },
        ],
        notes: &[],
        reviewer_note: review("Recurrence during the 12 half-dose months: 3/121 (MR4 cohort) and 9/48 (MMR cohort); by 24 months on the study (12 at half dose, then 12 off): 23.2% and 59.2%. All who recurred during the half-dose phase regained MMR within 4 months. The 3-year RFS (72% vs 36%) comes from an ASH abstract whose address was not recorded: left out. Depth 'MMR or deeper for 12 months' is our reading of 'at least 3 PCRs below 0.1% in the prior 12 months'. Relapse-free share after the stop beyond 24 months on study is not used."),
    },
    Study {
        id: "seed_review",
        name: "Liu, Zeng, Li (review)",
        label: key!("study.seed_review"),
        kind: Kind::Review,
        design: review("Chinese narrative review of TFR with a table of stopping trials (Table 1). Its conclusion: consider stopping after more than 3 years of TKI and more than 2 years of sustained deep response, with frequent monitoring, preferably including digital PCR."),
        enrolled: None,
        n: None,
        drugs: &[],
        line: Line::Any,
        entry: None,
        relapse: None,
        figures: &[],
        median_follow_up: None,
        regained: &[],
        progression: Progression::NotApplicable,
        citations: &[Citation {
            authors: "Liu X, Zeng P, Li J",
            journal: "慢性髓系白血病无治疗缓解的研究进展 (review, First Affiliated Hospital of University of South China)",
            year: None,
            pmid: None,
            doi: None,
            citation_note: Some("Journal, year, PMID and DOI not recorded in our evidence dossier."),
        }],
        notes: &[],
        reviewer_note: review("Where its Table 1 differs from a primary paper, the primary paper's figure is used and that trial's notes say how. Its claim of 0.001% digital-PCR sensitivity is not verified."),
    },
    Study {
        id: "berger2019",
        name: "French STIM2 + EURO-SKI pool",
        label: key!("study.berger2019"),
        kind: Kind::PooledAnalysis,
        design: review("French patients of STIM2 and EURO-SKI; withdrawal syndrome from pharmacovigilance reports in the first 6 months after stopping."),
        enrolled: None,
        n: Some(427),
        drugs: &[Drug::Imatinib, Drug::Nilotinib, Drug::Dasatinib],
        line: Line::Any,
        entry: None,
        relapse: None,
        figures: &[
            count(fig(M::WithdrawalSyndrome, 6.0, Months, 23.0), 99, 427),
            group(count(fig(M::WithdrawalSyndrome, 6.0, Months, 20.4), 77, 373), Group::Imatinib),
            group(count(fig(M::WithdrawalSyndrome, 6.0, Months, 41.4), 12, 29), Group::Nilotinib),
            group(count(fig(M::WithdrawalSyndrome, 6.0, Months, 40.0), 10, 25), Group::Dasatinib),
            untimed(fig(M::WsSeveralTreatments, 0.0, Months, 30.0)),
        ],
        median_follow_up: None,
        regained: &[],
        progression: Progression::NotApplicable,
        citations: &[Citation {
            authors: "Berger MG, et al.",
            journal: "Br J Haematol 2019",
            year: Some(2019),
            pmid: None,
            doi: Some("10.1111/bjh.16083"),
            citation_note: None,
        }],
        notes: &[],
        reviewer_note: review("Risk factors: TKI duration over 93 months, RR 1.68 (95% CI 1.02-2.74); history of osteoarticular symptoms, RR 1.84 (1.04-3.28). Mainly upper-body joints. The authors regard withdrawal syndrome as a TKI class effect."),
    },
    Study {
        id: "ruski",
        name: "RU-SKI",
        label: key!("study.ruski"),
        kind: Kind::StopTrial,
        design: review("Russian stopping study (TKI at least 3 years, deep response at least 2 years); withdrawal syndrome."),
        enrolled: None,
        n: Some(98),
        drugs: &[],
        line: Line::Any,
        entry: None,
        relapse: None,
        figures: &[
            untimed(count(fig(M::WithdrawalSyndrome, 0.0, Months, 42.0), 41, 98)),
            untimed(fig(M::WsMild, 0.0, Months, 95.0)),
            untimed(fig(M::WsResolved, 0.0, Months, 90.0)),
            untimed(fig(M::WsAntiInflammatory, 0.0, Months, 51.0)),
        ],
        median_follow_up: None,
        regained: &[],
        progression: Progression::NotApplicable,
        citations: &[Citation {
            authors: "Chelysheva E, et al.",
            journal: "Clin Lymphoma Myeloma Leuk 2020 (May), issue 5, e267-e271",
            year: Some(2020),
            pmid: None,
            doi: None,
            citation_note: Some("Volume, PMID and DOI not recorded in our evidence dossier."),
        }],
        notes: &[],
        reviewer_note: review("Withdrawal syndrome 41/98 (42%); grade 1-2 in 95%, grade 3 in 5%; median duration 5 months (range 1-25); resolved in 90%; anti-inflammatory drugs in 51%. Older age (p=0.039) and longer TKI (p=0.001) were risk factors. Not linked to relapse. Only withdrawal data were read, so it is not matched as a trial."),
    },
    Study {
        id: "richter2014",
        name: "Swedish EURO-SKI subset",
        label: key!("study.richter2014"),
        kind: Kind::Cohort,
        design: review("First 50 Swedish EURO-SKI patients, imatinib, followed 6-15 months; new or worse musculoskeletal pain after stopping."),
        enrolled: None,
        n: Some(50),
        drugs: &[Drug::Imatinib],
        line: Line::Any,
        entry: None,
        relapse: None,
        figures: &[untimed(count(fig(M::WithdrawalSyndrome, 0.0, Weeks, 30.0), 15, 50))],
        median_follow_up: None,
        regained: &[],
        progression: Progression::NotApplicable,
        citations: &[Citation {
            authors: "Richter J, et al.",
            journal: "J Clin Oncol 2014 (letter)",
            year: Some(2014),
            pmid: None,
            doi: None,
            citation_note: Some("Volume, pages, PMID and DOI not recorded; read in a summary (cmlsupport.org.uk)."),
        }],
        notes: &[],
        reviewer_note: review("Pain developed gradually 1-6 weeks after stopping; shoulder and hip regions, limbs, hands and feet."),
    },
    Study {
        id: "kota2019",
        name: "Kota & Atallah (review)",
        label: key!("study.kota2019"),
        kind: Kind::Review,
        design: review("Review of TKI withdrawal syndrome across stopping trials."),
        enrolled: None,
        n: None,
        drugs: &[],
        line: Line::Any,
        entry: None,
        relapse: None,
        figures: &[],
        median_follow_up: None,
        regained: &[],
        progression: Progression::NotApplicable,
        citations: &[Citation {
            authors: "Kota V, Atallah E",
            journal: "Clin Lymphoma Myeloma Leuk 2019 (August), issue 8, pp. 480-487",
            year: Some(2019),
            pmid: None,
            doi: None,
            citation_note: Some("Volume, PMID and DOI not recorded in our evidence dossier."),
        }],
        notes: &[],
        reviewer_note: review("About 20-30% of TFR attempts across trials (a rounded range, not used as a figure); typically transient and manageable; little measured change in quality of life after stopping."),
    },
    Study {
        id: "dadda",
        name: "D'Adda (Brescia series)",
        label: key!("study.dadda"),
        kind: Kind::Cohort,
        design: review("Consecutive clinic series by transcript type (e13a2 67, e14a2 106); denominators are ALL patients, not only those who stopped."),
        enrolled: None,
        n: Some(173),
        drugs: &[],
        line: Line::Any,
        entry: None,
        relapse: None,
        figures: &[
            over_follow_up(group(fig(M::SustainedDmr, 68.0, Months, 39.6), Group::E14a2)),
            over_follow_up(group(fig(M::SustainedDmr, 68.0, Months, 19.4), Group::E13a2)),
            untimed(group(count(fig(M::DurableTfrAllPatients, 0.0, Months, 23.5), 25, 106), Group::E14a2)),
            untimed(group(count(fig(M::DurableTfrAllPatients, 0.0, Months, 3.0), 2, 67), Group::E13a2)),
        ],
        median_follow_up: Some(Span { value: 68.0, unit: Months }),
        regained: &[regain(RegainLevel::Response, 24, 24)],
        progression: Progression::NotVerified,
        citations: &[Citation {
            authors: "D'Adda M, et al.",
            journal: "Cancer 2019 (journal citation UNVERIFIED)",
            year: None,
            pmid: None,
            doi: None,
            citation_note: Some("Journal, year, PMID and DOI UNVERIFIED; read as an abstract (scite.ai)."),
        }],
        notes: &[],
        reviewer_note: review("p=.004 (sustained DMR) and p=.005 (durable TFR). Of 51 who stopped, 24 relapsed and all regained response. 23.5% is as printed (25/106 is 23.6%)."),
    },
    Study {
        id: "shanmuganathan2021",
        name: "Adelaide kinetics study",
        label: key!("study.shanmuganathan2021"),
        kind: Kind::Cohort,
        design: review("115 patients attempting TFR; success = MMR off TKI at 12 months."),
        enrolled: None,
        n: Some(115),
        drugs: &[],
        line: Line::Any,
        entry: None,
        relapse: Some(Relapse::LossOfMmr),
        figures: &[
            fig(M::Tfr, 12.0, Months, 55.0),
            untimed(group(fig(M::Tfr, 0.0, Months, 80.0), Group::FastestFall)),
            untimed(group(fig(M::Tfr, 0.0, Months, 4.0), Group::SlowestFall)),
        ],
        median_follow_up: None,
        regained: &[],
        progression: Progression::NotVerified,
        citations: &[Citation {
            authors: "Shanmuganathan N, et al. (first author UNVERIFIED)",
            journal: "Blood 2021;137(9):1196",
            year: Some(2021),
            pmid: None,
            doi: None,
            citation_note: Some("First author, PMID and DOI UNVERIFIED."),
        }],
        notes: &[],
        reviewer_note: review("e14a2 and longer TKI duration were independent predictors (rates by transcript UNVERIFIED). The speed of the first BCR-ABL1 fall on treatment was the strongest predictor: 80% vs 4% TFR between fastest and slowest quartiles (time point not stated in the source read)."),
    },
    Study {
        id: "meta1601",
        name: "Meta-analysis of 1,601 patients",
        label: key!("study.meta1601"),
        kind: Kind::MetaAnalysis,
        design: review("Meta-analysis of stopping studies, known only as cited in the introduction of a 2021 ENESTfreedom paper."),
        enrolled: None,
        n: Some(1601),
        drugs: &[],
        line: Line::Any,
        entry: None,
        relapse: Some(Relapse::LossOfMmr),
        figures: &[fig(M::LostMmr, 24.0, Months, 41.0), fig(M::RelapsesBy, 6.0, Months, 82.0)],
        median_follow_up: None,
        regained: &[],
        progression: Progression::NotApplicable,
        citations: &[Citation {
            authors: "Radich JP, et al. (first author UNVERIFIED), citing a meta-analysis",
            journal: "Leukemia 2021",
            year: Some(2021),
            pmid: None,
            doi: Some("10.1038/s41375-021-01205-5"),
            citation_note: Some("The meta-analysis's own citation is UNVERIFIED; the figures were read in this paper's introduction."),
        }],
        notes: &[],
        reviewer_note: review("Weighted mean incidence of MMR loss 41% at 24 months; 82% of relapses in the first 6 months."),
    },
    Study {
        id: "fava2019",
        name: "Italian real-world series",
        label: key!("study.fava2019"),
        kind: Kind::Cohort,
        design: review("GIMEMA centres, clinical practice; 72% imatinib, 28% second-generation TKI."),
        enrolled: None,
        n: Some(293),
        drugs: &[],
        line: Line::Any,
        entry: None,
        relapse: Some(Relapse::LossOfMmr),
        figures: &[fig(M::RelapsesBy, 6.0, Months, 75.6)],
        median_follow_up: Some(Span { value: 34.0, unit: Months }),
        regained: &[],
        progression: Progression::NotVerified,
        citations: &[Citation {
            authors: "Fava C, et al.",
            journal: "Haematologica 2019;104:1589-96",
            year: Some(2019),
            pmid: None,
            doi: Some("10.3324/haematol.2018.205054"),
            citation_note: None,
        }],
        notes: &[],
        reviewer_note: review("Monitoring sub-analysis (n=281): 86 lost MMR, at a mean of 5.7 months, 75.6% of them in the first 6 months. The overall TFR figure is UNVERIFIED (truncated) and left out."),
    },
    Study {
        id: "late_fr2020",
        name: "French late-recurrence cohort",
        label: key!("study.late_fr2020"),
        kind: Kind::Cohort,
        design: review("STIM and A-STIM patients at one French centre; median TKI 7.1 years, median MR4 4 years."),
        enrolled: None,
        n: Some(128),
        drugs: &[Drug::Imatinib],
        line: Line::Any,
        entry: None,
        relapse: Some(Relapse::LossOfMmr),
        figures: &[fig(M::Tfr, 7.0, Years, 45.6), fig(M::RelapsesAfter, 2.0, Years, 14.0)],
        median_follow_up: Some(Span { value: 6.5, unit: Years }),
        regained: &[],
        progression: Progression::NotVerified,
        citations: &[Citation {
            authors: "Authors not recorded",
            journal: "Blood Adv 2020;4(13):3034",
            year: Some(2020),
            pmid: None,
            doi: None,
            citation_note: Some("Authors, institution, PMID and DOI not recorded in our evidence dossier."),
        }],
        notes: &[],
        reviewer_note: review("14% of recurrences came after 2 years (median 3.6 years). With fluctuating residual disease 65.4% stayed in TFR vs 100% with stable residual disease."),
    },
    Study {
        id: "sharf2020",
        name: "CML Advocates Network survey",
        label: key!("study.sharf2020"),
        kind: Kind::Survey,
        design: review("Global patient survey, 1,016 responses from 68 countries."),
        enrolled: None,
        n: Some(1016),
        drugs: &[],
        line: Line::Any,
        entry: None,
        relapse: None,
        figures: &[
            untimed(fig(M::FearAnxiety, 0.0, Months, 56.0)),
            untimed(fig(M::WsReported, 0.0, Months, 60.0)),
            untimed(fig(M::WsNotSupported, 0.0, Months, 40.0)),
        ],
        median_follow_up: None,
        regained: &[],
        progression: Progression::NotApplicable,
        citations: &[Citation {
            authors: "Sharf G, et al.",
            journal: "Leukemia 2020;34:2102-2112",
            year: Some(2020),
            pmid: Some("32457354"),
            doi: None,
            citation_note: None,
        }],
        notes: &[],
        reviewer_note: review("56% reported fear or anxiety during discontinuation (only 7% were asked whether they needed psychological support); 60% of those who stopped reported withdrawal symptoms and 40% of them felt not fully supported. Self-reported survey, not a trial: not used in the withdrawal range."),
    },
];

const EUROSKI_ENTRY: Entry = Entry {
    tki_months: Some(36),
    drug_months: None,
    depth: Some(Depth::AtLeast { level: ResponseLevel::Mr4 }),
    depth_months: Some(12),
    latest_at_least: None,
    no_prior_failure: true,
    second_attempt: false,
    text: key!("entry.euroski"),
};
