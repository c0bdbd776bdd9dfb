//! The person's history (`tfr-profile/1`): the model, and the parser that validates JSON into it, reporting every problem at once.

use crate::dates::{self, DateError};
use crate::key;
use crate::problem::{FieldError, Problem};
use crate::response::Measurement;
use chrono::NaiveDate;
use serde_json::{json, Map, Value};

/// The only profile format we read and write.
pub const PROFILE_FORMAT: &str = "tfr-profile/1";
/// Largest profile text we read, in bytes.
pub const MAX_INPUT_BYTES: usize = 5 * 1024 * 1024;
/// Most PCR results in one profile.
pub const MAX_PCR_RESULTS: usize = 20_000;
/// Most TKI courses in one profile.
pub const MAX_COURSES: usize = 200;
/// Most prior TFR attempts in one profile.
pub const MAX_ATTEMPTS: usize = 50;

/// Disease phase history.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Phase {
    /// Only ever in chronic phase.
    ChronicOnly,
    /// Ever in accelerated or blast phase.
    AcceleratedOrBlast,
    /// Not known.
    #[default]
    Unknown,
}

/// BCR-ABL1 transcript type.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Transcript {
    /// e13a2 (b2a2).
    E13a2,
    /// e14a2 (b3a2).
    E14a2,
    /// Both e13a2 and e14a2.
    Both,
    /// Another (atypical) transcript.
    Atypical,
    /// Not known.
    #[default]
    Unknown,
}

/// A tyrosine kinase inhibitor.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Drug {
    /// Imatinib (first generation).
    Imatinib,
    /// Dasatinib (second generation).
    Dasatinib,
    /// Nilotinib (second generation).
    Nilotinib,
    /// Bosutinib (second generation).
    Bosutinib,
    /// Ponatinib (third generation).
    Ponatinib,
    /// Asciminib (STAMP inhibitor).
    Asciminib,
    /// Another TKI.
    Other,
}

impl Drug {
    /// Catalogue key of the drug's name.
    pub fn key(self) -> crate::i18n::Key {
        match self {
            Drug::Imatinib => key!("drug.imatinib"),
            Drug::Dasatinib => key!("drug.dasatinib"),
            Drug::Nilotinib => key!("drug.nilotinib"),
            Drug::Bosutinib => key!("drug.bosutinib"),
            Drug::Ponatinib => key!("drug.ponatinib"),
            Drug::Asciminib => key!("drug.asciminib"),
            Drug::Other => key!("drug.other"),
        }
    }

    /// Every drug, in menu order.
    pub const ALL: [Drug; 7] = [
        Drug::Imatinib,
        Drug::Dasatinib,
        Drug::Nilotinib,
        Drug::Bosutinib,
        Drug::Ponatinib,
        Drug::Asciminib,
        Drug::Other,
    ];

    /// The id used in JSON and the catalogue.
    pub fn id(self) -> &'static str {
        DRUG_IDS.get(self as usize).copied().unwrap_or("other")
    }

    /// Dasatinib, nilotinib or bosutinib: the 2G-TKIs of ELN 2020's "> 4 years for a 2G-TKI".
    pub fn is_second_generation(self) -> bool {
        matches!(self, Drug::Dasatinib | Drug::Nilotinib | Drug::Bosutinib)
    }
}

const DRUG_IDS: &[&str] = &["imatinib", "dasatinib", "nilotinib", "bosutinib", "ponatinib", "asciminib", "other"];
const PHASE_IDS: &[&str] = &["chronic_only", "accelerated_or_blast", "unknown"];
/// The transcript ids of the profile format, in the order of [`Transcript`]'s variants.
pub const TRANSCRIPT_IDS: &[&str] = &["e13a2", "e14a2", "e13a2_e14a2", "atypical", "unknown"];
const REASON_IDS: &[&str] = &["intolerance", "resistance", "other"];

/// Why a TKI course ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum StopReason {
    /// Side effects.
    Intolerance,
    /// The drug stopped working well enough (resistance, treatment failure).
    Resistance,
    /// Any other reason (pregnancy, a trial, a TFR attempt, ...).
    Other,
}

/// One period on one TKI.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct TkiCourse {
    /// The drug.
    pub drug: Drug,
    /// First day.
    pub start: NaiveDate,
    /// Last day, or `None` while ongoing.
    pub end: Option<NaiveDate>,
    /// Why it ended, when known.
    pub reason_stopped: Option<StopReason>,
}

/// One BCR-ABL1 result.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PcrResult {
    /// Date of the sample.
    pub date: NaiveDate,
    /// What the lab found.
    pub measurement: Measurement,
}

/// What is known about the PCR lab.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Lab {
    /// Results reported on the International Scale.
    pub international_scale: Option<bool>,
    /// Able to detect MR4.5 (sensitivity of at least 4.5 logs).
    pub sensitivity_mr45: Option<bool>,
    /// Weeks from sample to result.
    pub turnaround_weeks: Option<f64>,
}

/// An earlier attempt at treatment-free remission.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TfrAttempt {
    /// Day the TKI was stopped.
    pub stopped: NaiveDate,
    /// Day it was restarted, if it was.
    pub restarted: Option<NaiveDate>,
}

/// A validated profile.
#[derive(Clone, Debug, PartialEq)]
pub struct Profile {
    /// "Today" for every computation: the file's `assessed_on`, or the caller's today.
    pub assessed_on: NaiveDate,
    /// Whether `assessed_on` came from the input.
    pub assessed_on_given: bool,
    /// Age in years.
    pub age_years: Option<f64>,
    /// Phase history.
    pub phase_history: Phase,
    /// Transcript type.
    pub transcript: Transcript,
    /// TKI courses, in the order given.
    pub tki_courses: Vec<TkiCourse>,
    /// PCR results, in the order given.
    pub pcr: Vec<PcrResult>,
    /// The lab.
    pub lab: Lab,
    /// Earlier TFR attempts.
    pub prior_tfr_attempts: Vec<TfrAttempt>,
    /// Planned day to stop.
    pub planned_stop: Option<NaiveDate>,
    /// History of bone or joint symptoms.
    pub osteoarticular_history: Option<bool>,
}

impl Profile {
    /// An empty profile assessed on `today`.
    pub fn empty(today: NaiveDate) -> Self {
        Self {
            assessed_on: today,
            assessed_on_given: false,
            age_years: None,
            phase_history: Phase::Unknown,
            transcript: Transcript::Unknown,
            tki_courses: Vec::new(),
            pcr: Vec::new(),
            lab: Lab::default(),
            prior_tfr_attempts: Vec::new(),
            planned_stop: None,
            osteoarticular_history: None,
        }
    }

    /// Reads a `tfr-profile/1` document. `today` stands in for a missing `assessed_on`.
    pub fn from_json_str(text: &str, today: NaiveDate) -> Result<Profile, Vec<FieldError>> {
        if text.len() > MAX_INPUT_BYTES {
            return Err(vec![FieldError { field: String::new(), problem: Problem::TooLarge }]);
        }
        let value: Value = crate::json_text::parse(text).map_err(|at| {
            vec![FieldError {
                field: String::new(),
                problem: Problem::MalformedJson { line: at.line, column: at.column },
            }]
        })?;
        Profile::from_json(&value, today)
    }

    /// Validates a parsed JSON value.
    pub fn from_json(value: &Value, today: NaiveDate) -> Result<Profile, Vec<FieldError>> {
        let mut errors = Errors::default();
        let Some(root) = value.as_object() else {
            return Err(vec![FieldError { field: String::new(), problem: Problem::NotAnObject }]);
        };
        match root.get("format") {
            Some(Value::String(f)) if f == PROFILE_FORMAT => {}
            None | Some(Value::Null) => errors.push("format", Problem::Missing),
            Some(_) => errors.push("format", Problem::UnknownFormat),
        }
        let given = errors.date(root, "assessed_on", "assessed_on");
        let assessed_on = given.unwrap_or(today);
        let mut profile = Profile::empty(assessed_on);
        profile.assessed_on_given = given.is_some();
        profile.age_years = errors.number(root, "age_years", "age_years", 0.0, 120.0);
        profile.phase_history =
            errors.choice(root, "phase_history", "phase_history", PHASE_IDS).map_or(Phase::Unknown, |i| match i {
                0 => Phase::ChronicOnly,
                1 => Phase::AcceleratedOrBlast,
                _ => Phase::Unknown,
            });
        profile.transcript =
            errors.choice(root, "transcript", "transcript", TRANSCRIPT_IDS).map_or(Transcript::Unknown, |i| match i {
                0 => Transcript::E13a2,
                1 => Transcript::E14a2,
                2 => Transcript::Both,
                3 => Transcript::Atypical,
                _ => Transcript::Unknown,
            });
        profile.tki_courses = parse_courses(root, assessed_on, &mut errors);
        profile.pcr = parse_pcr(root, assessed_on, &mut errors);
        if let Some(lab) = errors.object(root, "lab", "lab") {
            profile.lab = Lab {
                international_scale: errors.boolean(lab, "international_scale", "lab.international_scale"),
                sensitivity_mr45: errors.boolean(lab, "sensitivity_mr45", "lab.sensitivity_mr45"),
                turnaround_weeks: errors.number(lab, "turnaround_weeks", "lab.turnaround_weeks", 0.0, 52.0),
            };
        }
        profile.prior_tfr_attempts = parse_attempts(root, assessed_on, &mut errors);
        profile.planned_stop = errors.date(root, "planned_stop", "planned_stop");
        profile.osteoarticular_history = errors.boolean(root, "osteoarticular_history", "osteoarticular_history");
        if errors.0.is_empty() {
            Ok(profile)
        } else {
            Err(errors.0)
        }
    }

    /// The profile as a `tfr-profile/1` document.
    pub fn to_json(&self) -> Value {
        let mut root = Map::new();
        root.insert("format".into(), json!(PROFILE_FORMAT));
        if self.assessed_on_given {
            root.insert("assessed_on".into(), json!(dates::iso(self.assessed_on)));
        }
        if let Some(age) = self.age_years {
            root.insert("age_years".into(), json!(age));
        }
        let phase = PHASE_IDS.get(self.phase_history as usize).copied().unwrap_or("unknown");
        root.insert("phase_history".into(), json!(phase));
        let transcript = TRANSCRIPT_IDS.get(self.transcript as usize).copied().unwrap_or("unknown");
        root.insert("transcript".into(), json!(transcript));
        let courses: Vec<Value> = self
            .tki_courses
            .iter()
            .map(|c| {
                json!({
                    "drug": c.drug.id(),
                    "start": dates::iso(c.start),
                    "end": c.end.map(dates::iso),
                    "reason_stopped": c.reason_stopped.and_then(|r| REASON_IDS.get(r as usize).copied()),
                })
            })
            .collect();
        root.insert("tki_courses".into(), Value::Array(courses));
        let pcr: Vec<Value> = self
            .pcr
            .iter()
            .map(|r| match r.measurement {
                Measurement::Percent(v) => json!({"date": dates::iso(r.date), "bcr_abl1_is": v}),
                Measurement::Undetectable { abl1_copies } => {
                    json!({"date": dates::iso(r.date), "undetectable": true, "abl1_copies": abl1_copies})
                }
            })
            .collect();
        root.insert("pcr".into(), Value::Array(pcr));
        let mut lab = Map::new();
        if let Some(v) = self.lab.international_scale {
            lab.insert("international_scale".into(), json!(v));
        }
        if let Some(v) = self.lab.sensitivity_mr45 {
            lab.insert("sensitivity_mr45".into(), json!(v));
        }
        if let Some(v) = self.lab.turnaround_weeks {
            lab.insert("turnaround_weeks".into(), json!(v));
        }
        root.insert("lab".into(), Value::Object(lab));
        let attempts: Vec<Value> = self
            .prior_tfr_attempts
            .iter()
            .map(|a| json!({"stopped": dates::iso(a.stopped), "restarted": a.restarted.map(dates::iso)}))
            .collect();
        root.insert("prior_tfr_attempts".into(), Value::Array(attempts));
        if let Some(d) = self.planned_stop {
            root.insert("planned_stop".into(), json!(dates::iso(d)));
        }
        if let Some(v) = self.osteoarticular_history {
            root.insert("osteoarticular_history".into(), json!(v));
        }
        Value::Object(root)
    }
}

fn parse_courses(root: &Map<String, Value>, assessed_on: NaiveDate, errors: &mut Errors) -> Vec<TkiCourse> {
    let mut courses: Vec<(usize, TkiCourse)> = Vec::new();
    for (i, item) in errors.list(root, "tki_courses", "tki_courses", MAX_COURSES).iter().enumerate() {
        let path = format!("tki_courses[{i}]");
        let Some(obj) = item.as_object() else {
            errors.push(&path, Problem::NotAnObject);
            continue;
        };
        let before = errors.0.len();
        let drug = errors.required_choice(obj, "drug", &format!("{path}.drug"), DRUG_IDS);
        let start = errors.required_date(obj, "start", &format!("{path}.start"));
        let end = errors.date(obj, "end", &format!("{path}.end"));
        let reason = errors.choice(obj, "reason_stopped", &format!("{path}.reason_stopped"), REASON_IDS);
        if let Some(s) = start {
            if s > assessed_on {
                errors.push(&format!("{path}.start"), Problem::AfterAssessedOn);
            }
        }
        if let Some(e) = end {
            if e > assessed_on {
                errors.push(&format!("{path}.end"), Problem::AfterAssessedOn);
            }
            if start.is_some_and(|s| e < s) {
                errors.push(&format!("{path}.end"), Problem::EndBeforeStart);
            }
        }
        if let (Some(d), Some(s), true) = (drug, start, errors.0.len() == before) {
            courses.push((
                i,
                TkiCourse {
                    drug: Drug::ALL.get(d).copied().unwrap_or(Drug::Other),
                    start: s,
                    end,
                    reason_stopped: reason.map(|r| match r {
                        0 => StopReason::Intolerance,
                        1 => StopReason::Resistance,
                        _ => StopReason::Other,
                    }),
                },
            ));
        }
    }
    // Overlaps: a course may start on the day the previous one ended, not before. Courses starting on the same day
    // are taken shortest first, so that whether a profile is valid never depends on the order of its courses.
    let mut by_start: Vec<&(usize, TkiCourse)> = courses.iter().collect();
    crate::order::sort_by_key(&mut by_start, |(i, c)| (c.start, c.end.is_none(), c.end, *i));
    let mut reach: Option<(usize, Option<NaiveDate>)> = None; // (index, latest end so far; None = ongoing)
    for (i, course) in by_start {
        if let Some((other, latest_end)) = reach {
            let overlaps = latest_end.is_none_or(|end| course.start < end);
            if overlaps {
                errors.push(&format!("tki_courses[{i}].start"), Problem::Overlaps { other: other + 1 });
            }
        }
        let extends = match reach {
            None => true,
            Some((_, None)) => false,
            Some((_, Some(end))) => course.end.is_none_or(|e| e > end),
        };
        if extends {
            reach = Some((*i, course.end));
        }
    }
    courses.into_iter().map(|(_, c)| c).collect()
}

fn parse_pcr(root: &Map<String, Value>, assessed_on: NaiveDate, errors: &mut Errors) -> Vec<PcrResult> {
    let mut results = Vec::new();
    for (i, item) in errors.list(root, "pcr", "pcr", MAX_PCR_RESULTS).iter().enumerate() {
        let path = format!("pcr[{i}]");
        let Some(obj) = item.as_object() else {
            errors.push(&path, Problem::NotAnObject);
            continue;
        };
        let date = errors.required_date(obj, "date", &format!("{path}.date"));
        if date.is_some_and(|d| d > assessed_on) {
            errors.push(&format!("{path}.date"), Problem::AfterAssessedOn);
        }
        let undetectable = errors.boolean(obj, "undetectable", &format!("{path}.undetectable")).unwrap_or(false);
        let value_path = format!("{path}.bcr_abl1_is");
        let measurement = match (obj.get("bcr_abl1_is").filter(|v| !v.is_null()), undetectable) {
            (Some(_), true) => {
                errors.push(&value_path, Problem::ValueAndUndetectable);
                None
            }
            (Some(v), false) => match percent_from_value(v) {
                Ok(p) => Some(Measurement::Percent(p)),
                Err(problem) => {
                    errors.push(&value_path, problem);
                    None
                }
            },
            (None, true) => {
                let copies_path = format!("{path}.abl1_copies");
                match obj.get("abl1_copies").filter(|v| !v.is_null()) {
                    None => {
                        errors.push(&copies_path, Problem::MissingCopies);
                        None
                    }
                    Some(v) => match copies_from_value(v) {
                        Ok(abl1_copies) => Some(Measurement::Undetectable { abl1_copies }),
                        Err(problem) => {
                            errors.push(&copies_path, problem);
                            None
                        }
                    },
                }
            }
            (None, false) => {
                errors.push(&value_path, Problem::NoValue);
                None
            }
        };
        if let (Some(date), Some(measurement)) = (date, measurement) {
            results.push(PcrResult { date, measurement });
        }
    }
    results
}

fn parse_attempts(root: &Map<String, Value>, assessed_on: NaiveDate, errors: &mut Errors) -> Vec<TfrAttempt> {
    let mut attempts = Vec::new();
    for (i, item) in errors.list(root, "prior_tfr_attempts", "prior_tfr_attempts", MAX_ATTEMPTS).iter().enumerate() {
        let path = format!("prior_tfr_attempts[{i}]");
        let Some(obj) = item.as_object() else {
            errors.push(&path, Problem::NotAnObject);
            continue;
        };
        let stopped = errors.required_date(obj, "stopped", &format!("{path}.stopped"));
        let restarted = errors.date(obj, "restarted", &format!("{path}.restarted"));
        if stopped.is_some_and(|d| d > assessed_on) {
            errors.push(&format!("{path}.stopped"), Problem::AfterAssessedOn);
        }
        if let Some(r) = restarted {
            if r > assessed_on {
                errors.push(&format!("{path}.restarted"), Problem::AfterAssessedOn);
            }
            if stopped.is_some_and(|s| r < s) {
                errors.push(&format!("{path}.restarted"), Problem::EndBeforeStart);
            }
        }
        if let Some(stopped) = stopped {
            attempts.push(TfrAttempt { stopped, restarted });
        }
    }
    attempts
}

/// A %IS value from JSON: a number above 0 and at most 100.
fn percent_from_value(value: &Value) -> Result<f64, Problem> {
    value.as_f64().ok_or(Problem::NotANumber).and_then(check_percent)
}

/// Checks a %IS number: finite, not negative, not zero, at most 100.
pub fn check_percent(value: f64) -> Result<f64, Problem> {
    if !value.is_finite() {
        Err(Problem::NotANumber)
    } else if value < 0.0 {
        Err(Problem::Negative)
    } else if value == 0.0 {
        Err(Problem::ZeroPercent)
    } else if value > 100.0 {
        Err(Problem::AboveHundredPercent)
    } else {
        Ok(value)
    }
}

/// ABL1 copies from JSON: a whole number, not negative, at most 10^15 (written as an integer or not).
fn copies_from_value(value: &Value) -> Result<u64, Problem> {
    if let Some(n) = value.as_u64() {
        return if n > 1_000_000_000_000_000 { Err(Problem::OutOfRange { min: 0.0, max: 1e15 }) } else { Ok(n) };
    }
    let number = value.as_f64().ok_or(Problem::NotANumber)?;
    check_copies(number)
}

/// Checks a copy number: whole, not negative, at most 10^15.
pub fn check_copies(number: f64) -> Result<u64, Problem> {
    if !number.is_finite() {
        Err(Problem::NotANumber)
    } else if number < 0.0 {
        Err(Problem::Negative)
    } else if number.fract() != 0.0 {
        Err(Problem::CopiesNotWhole)
    } else if number > 1e15 {
        Err(Problem::OutOfRange { min: 0.0, max: 1e15 })
    } else {
        #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)] // whole, 0..=1e15
        Ok(number as u64)
    }
}

/// Collects problems while walking the JSON.
#[derive(Default)]
struct Errors(Vec<FieldError>);

impl Errors {
    fn push(&mut self, field: &str, problem: Problem) {
        self.0.push(FieldError { field: field.to_owned(), problem });
    }

    /// A present, non-null value.
    fn get<'a>(obj: &'a Map<String, Value>, key: &str) -> Option<&'a Value> {
        obj.get(key).filter(|v| !v.is_null())
    }

    fn text<'a>(&mut self, obj: &'a Map<String, Value>, key: &str, path: &str) -> Option<&'a str> {
        match Self::get(obj, key) {
            None => None,
            Some(Value::String(s)) => Some(s.as_str()),
            Some(_) => {
                self.push(path, Problem::NotText);
                None
            }
        }
    }

    fn date(&mut self, obj: &Map<String, Value>, key: &str, path: &str) -> Option<NaiveDate> {
        let text = self.text(obj, key, path)?;
        match dates::parse_iso(text) {
            Ok(d) => Some(d),
            Err(DateError::Malformed) => {
                self.push(path, Problem::MalformedDate);
                None
            }
            Err(DateError::Impossible) => {
                self.push(path, Problem::ImpossibleDate);
                None
            }
        }
    }

    fn required_date(&mut self, obj: &Map<String, Value>, key: &str, path: &str) -> Option<NaiveDate> {
        if Self::get(obj, key).is_none() {
            self.push(path, Problem::Missing);
            return None;
        }
        self.date(obj, key, path)
    }

    fn choice(
        &mut self,
        obj: &Map<String, Value>,
        key: &str,
        path: &str,
        allowed: &'static [&'static str],
    ) -> Option<usize> {
        let text = self.text(obj, key, path)?;
        let found = allowed.iter().position(|a| *a == text);
        if found.is_none() {
            self.push(path, Problem::UnknownValue { allowed });
        }
        found
    }

    fn required_choice(
        &mut self,
        obj: &Map<String, Value>,
        key: &str,
        path: &str,
        allowed: &'static [&'static str],
    ) -> Option<usize> {
        if Self::get(obj, key).is_none() {
            self.push(path, Problem::Missing);
            return None;
        }
        self.choice(obj, key, path, allowed)
    }

    fn number(&mut self, obj: &Map<String, Value>, key: &str, path: &str, min: f64, max: f64) -> Option<f64> {
        let value = Self::get(obj, key)?;
        match value.as_f64() {
            None => {
                self.push(path, Problem::NotANumber);
                None
            }
            Some(n) if n < 0.0 && min >= 0.0 => {
                self.push(path, Problem::Negative);
                None
            }
            Some(n) if !(min..=max).contains(&n) => {
                self.push(path, Problem::OutOfRange { min, max });
                None
            }
            Some(n) => Some(n),
        }
    }

    fn boolean(&mut self, obj: &Map<String, Value>, key: &str, path: &str) -> Option<bool> {
        match Self::get(obj, key) {
            None => None,
            Some(Value::Bool(b)) => Some(*b),
            Some(_) => {
                self.push(path, Problem::NotTrueFalse);
                None
            }
        }
    }

    fn object<'a>(&mut self, obj: &'a Map<String, Value>, key: &str, path: &str) -> Option<&'a Map<String, Value>> {
        match Self::get(obj, key) {
            None => None,
            Some(Value::Object(o)) => Some(o),
            Some(_) => {
                self.push(path, Problem::NotAnObject);
                None
            }
        }
    }

    fn list<'a>(&mut self, obj: &'a Map<String, Value>, key: &str, path: &str, max: usize) -> &'a [Value] {
        match Self::get(obj, key) {
            None => &[],
            Some(Value::Array(items)) if items.len() > max => {
                self.push(path, Problem::TooMany { max });
                &[]
            }
            Some(Value::Array(items)) => items.as_slice(),
            Some(_) => {
                self.push(path, Problem::NotAList);
                &[]
            }
        }
    }
}
