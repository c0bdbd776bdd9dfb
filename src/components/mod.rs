//! The UI components, one per file: the root `App` and leaf components that get data and callbacks only.

pub mod app;
pub mod lang_switch;
pub mod pcr_row;
