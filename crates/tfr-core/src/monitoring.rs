//! The monitoring plan after stopping: dated PCR tests per guideline, the restart rule, and the calendar.
//! (Being built for issue 5.)

use crate::profile::Profile;
use serde::Serialize;

/// The monitoring plan.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Monitoring {}

/// The plan for the profile's planned stop, if it has one.
pub fn monitoring(_profile: &Profile) -> Option<Monitoring> {
    None
}
