//! The UI components, one per file: the root `App`, the steps, the result views, and shared form widgets.

pub mod about;
pub mod about_you;
pub mod app;
pub mod data_bar;
pub mod eligibility_view;
pub mod form;
pub mod glossary;
pub mod icon_array;
pub mod kiosk;
pub mod lab_plan;
pub mod lang_switch;
pub mod monitoring_view;
pub mod outlook_view;
pub mod pcr_chart;
pub mod pcr_row;
pub mod pcr_step;
pub mod print_summary;
pub mod step_props;
pub mod treatment;
pub mod values;
