//! What tends to happen to people like this one: trials like me, what shifts the odds, withdrawal syndrome, options side by side.
//! (Being built for issue 4.)

use crate::eligibility::Facts;
use serde::Serialize;

/// The outlook.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Outlook {}

/// The outlook for the person described by `facts`.
pub fn outlook(_facts: &Facts<'_>) -> Outlook {
    Outlook {}
}
