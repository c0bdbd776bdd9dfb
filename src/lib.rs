//! tfr-aid web app: collects a person's history, calls `tfr-core`, and renders what comes back. No clinical logic here.

pub mod components;
pub mod platform;
pub mod shared;
pub mod state;
pub mod values_model;

use chrono::NaiveDate;

/// Today's date on this device (the core has no clock; the app passes it in).
pub fn today() -> NaiveDate {
    chrono::Local::now().date_naive()
}
