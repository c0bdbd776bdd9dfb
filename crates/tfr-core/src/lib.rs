//! tfr-core: the rules of the tfr-aid decision aid, from a person's CML history to an assessment. No web code, no clock.
//!
//! Data flow: JSON or form values -> [`Profile::from_json`] (validated, every problem at once)
//! -> [`assess`] -> [`Assessment`] (plain data with display-ready messages and source ids).
//! "Today" is always passed in by the caller.

#![warn(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)]
#![cfg_attr(test, allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing))]
#![warn(missing_docs)]

pub mod assessment;
pub mod dates;
pub mod eligibility;
pub mod entry;
pub mod evidence;
pub mod history;
pub mod i18n;
pub mod ics;
pub mod json_text;
pub mod monitoring;
pub mod number;
pub mod order;
pub mod outlook;
pub mod problem;
pub mod profile;
pub mod response;
pub mod sources;

pub use assessment::{assess, Assessment, ASSESSMENT_FORMAT};
pub use i18n::{Lang, Msg};
pub use problem::{FieldError, Problem};
pub use profile::{Profile, PROFILE_FORMAT};
pub use response::{grade, Grade, Measurement, ResponseLevel};

/// Reads a profile document and assesses it; `today` stands in for a missing `assessed_on`.
pub fn assess_json(text: &str, today: chrono::NaiveDate) -> Result<Assessment, Vec<FieldError>> {
    Profile::from_json_str(text, today).map(|p| assess(&p))
}

/// The `tfr-errors/1` document for a list of problems.
pub fn errors_json(errors: &[FieldError]) -> serde_json::Value {
    serde_json::json!({ "format": "tfr-errors/1", "errors": errors })
}
