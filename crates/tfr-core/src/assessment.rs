//! The assessment (`tfr-assessment/1`): one function from a profile to plain, serialisable, display-ready data.

use crate::dates;
use crate::eligibility::{assess_eligibility, Eligibility, Facts};
use crate::history::Graded;
use crate::profile::Profile;
use crate::response::{Grade, Measurement, ResponseLevel};
use chrono::NaiveDate;
use serde::Serialize;

/// The only assessment format we write.
pub const ASSESSMENT_FORMAT: &str = "tfr-assessment/1";

/// Everything the aid says about one profile.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Assessment {
    /// Always `tfr-assessment/1`.
    pub format: &'static str,
    /// The date used as today.
    pub assessed_on: NaiveDate,
    /// Response summary.
    pub response: ResponseSummary,
    /// Each result, graded, in date order.
    pub results: Vec<GradedResult>,
    /// Eligibility under each guideline.
    pub eligibility: Eligibility,
    /// What tends to happen: trials like this person, withdrawal syndrome, the options side by side.
    pub outlook: crate::outlook::Outlook,
    /// The monitoring plan after a stop (when a stop date is known).
    pub monitoring: Option<crate::monitoring::Monitoring>,
}

/// Summary of the molecular response.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ResponseSummary {
    /// Level of the latest evaluable result.
    pub latest_level: Option<ResponseLevel>,
    /// Total years on TKI (overlaps merged), two decimals.
    pub tki_years: f64,
    /// Years from the first to the latest result of the sustained MR4-or-deeper run (0 when none).
    pub dmr_years: f64,
    /// Date of the first result of that run.
    pub dmr_since: Option<NaiveDate>,
    /// Years of the sustained MR4.5-or-deeper run (0 when none).
    pub mr45_years: f64,
    /// Dates of undetectable results with too few ABL1 copies to grade.
    pub not_evaluable: Vec<NaiveDate>,
}

/// One result, graded.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct GradedResult {
    /// Sample date.
    pub date: NaiveDate,
    /// %IS, when detectable.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub bcr_abl1_is: Option<f64>,
    /// ABL1 copies, when undetectable.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub abl1_copies: Option<u64>,
    /// `above_mmr`, `mmr`, `mr4`, `mr4.5`, `mr5` or `not_evaluable`.
    pub grade: Grade,
}

impl From<&Graded> for GradedResult {
    fn from(g: &Graded) -> Self {
        let (bcr_abl1_is, abl1_copies) = match g.measurement {
            Measurement::Percent(v) => (Some(v), None),
            Measurement::Undetectable { abl1_copies } => (None, Some(abl1_copies)),
        };
        GradedResult { date: g.date, bcr_abl1_is, abl1_copies, grade: g.grade }
    }
}

/// Assesses a validated profile. Never panics; "not enough information" is a normal result.
pub fn assess(profile: &Profile) -> Assessment {
    let facts = Facts::new(profile);
    let run_years = |run: Option<&crate::history::Run>| run.map_or(0.0, |r| dates::years_for_display(r.days()));
    Assessment {
        format: ASSESSMENT_FORMAT,
        assessed_on: facts.at,
        response: ResponseSummary {
            latest_level: facts.latest,
            tki_years: dates::years_for_display(facts.tki_days),
            dmr_years: run_years(facts.mr4_run.as_ref()),
            dmr_since: facts.mr4_run.as_ref().map(|r| r.since),
            mr45_years: run_years(facts.mr45_run.as_ref()),
            not_evaluable: facts.graded.iter().filter(|g| g.grade.level().is_none()).map(|g| g.date).collect(),
        },
        results: facts.graded.iter().map(GradedResult::from).collect(),
        eligibility: assess_eligibility(&facts),
        outlook: crate::outlook::outlook(&facts),
        monitoring: crate::monitoring::monitoring(profile),
    }
}
