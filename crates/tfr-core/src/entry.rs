//! Text as a person types it in the app (PCR rows, lines pasted from a lab report), checked field by field and turned into profile JSON.

use crate::dates::{self, DateError};
use crate::json_text::object;
use crate::problem::Problem;
use crate::profile::{check_copies, check_percent};
use crate::response::{grade, Grade, Measurement};
use chrono::NaiveDate;
use serde_json::Value;

/// One PCR row as typed.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PcrDraft {
    /// Date as typed.
    pub date: String,
    /// BCR-ABL1 %IS as typed.
    pub value: String,
    /// "No BCR-ABL1 found" ticked.
    pub undetectable: bool,
    /// ABL1 copies as typed.
    pub copies: String,
}

/// What the app shows beside one row.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PcrRowCheck {
    /// Problem with the date.
    pub date: Option<Problem>,
    /// Problem with the %IS value.
    pub value: Option<Problem>,
    /// Problem with the copies.
    pub copies: Option<Problem>,
    /// The grade, when the row is complete and valid.
    pub grade: Option<Grade>,
}

impl PcrDraft {
    /// True when nothing has been typed in the row.
    pub fn is_blank(&self) -> bool {
        self.date.trim().is_empty()
            && self.value.trim().is_empty()
            && self.copies.trim().is_empty()
            && !self.undetectable
    }
}

/// Reads a %IS value as typed: `0.0021`, `0,0021`, `0.0021%`, `2.1e-3`.
pub fn parse_percent_text(text: &str) -> Result<f64, Problem> {
    let cleaned: String = text.trim().trim_end_matches('%').trim().replace(',', ".");
    if cleaned.is_empty() {
        return Err(Problem::Missing);
    }
    let number = crate::number::parse_decimal(&cleaned).ok_or(Problem::NotANumber)?;
    check_percent(number)
}

/// Reads ABL1 copies as typed: `48000`, `48,000`, `48 000`, `4.8e4`.
pub fn parse_copies_text(text: &str) -> Result<u64, Problem> {
    let cleaned: String = text.chars().filter(|c| !matches!(c, ',' | ' ' | '\u{a0}' | '_')).collect();
    if cleaned.is_empty() {
        return Err(Problem::MissingCopies);
    }
    let number = crate::number::parse_decimal(&cleaned).ok_or(Problem::NotANumber)?;
    check_copies(number)
}

/// Reads a date as typed, refusing dates after `today`.
pub fn parse_date_text(text: &str, today: NaiveDate) -> Result<NaiveDate, Problem> {
    if text.trim().is_empty() {
        return Err(Problem::Missing);
    }
    match dates::parse_user(text) {
        Ok(d) if d > today => Err(Problem::AfterAssessedOn),
        Ok(d) => Ok(d),
        Err(DateError::Malformed) => Err(Problem::MalformedDate),
        Err(DateError::Impossible) => Err(Problem::ImpossibleDate),
    }
}

/// Checks one row as typed.
pub fn check_pcr_row(draft: &PcrDraft, today: NaiveDate) -> PcrRowCheck {
    let date = parse_date_text(&draft.date, today).err();
    let (value, copies, measurement) = if draft.undetectable {
        if draft.value.trim().is_empty() {
            match parse_copies_text(&draft.copies) {
                Ok(abl1_copies) => (None, None, Some(Measurement::Undetectable { abl1_copies })),
                Err(p) => (None, Some(p), None),
            }
        } else {
            (Some(Problem::ValueAndUndetectable), None, None)
        }
    } else {
        match parse_percent_text(&draft.value) {
            Ok(v) => (None, None, Some(Measurement::Percent(v))),
            Err(Problem::Missing) => (Some(Problem::NoValue), None, None),
            Err(p) => (Some(p), None, None),
        }
    };
    let grade = match (&date, measurement) {
        (None, Some(m)) => Some(grade(m)),
        _ => None,
    };
    PcrRowCheck { date, value, copies, grade }
}

/// The row as a `tfr-profile/1` PCR entry. Text that does not parse is kept as text, so
/// saving and loading keeps what the person typed and validation reports it.
pub fn pcr_row_json(draft: &PcrDraft) -> Value {
    let date = date_value(&draft.date);
    if draft.undetectable {
        let copies = parse_copies_text(&draft.copies).map_or_else(|_| Value::from(draft.copies.trim()), Value::from);
        let mut entry = object([("date", date), ("undetectable", Value::Bool(true)), ("abl1_copies", copies)]);
        if !draft.value.trim().is_empty() {
            if let Some(obj) = entry.as_object_mut() {
                obj.insert("bcr_abl1_is".into(), text_or_number(&draft.value));
            }
        }
        entry
    } else {
        object([("date", date), ("bcr_abl1_is", text_or_number(&draft.value))])
    }
}

fn text_or_number(text: &str) -> Value {
    let cleaned = text.trim().trim_end_matches('%').trim().replace(',', ".");
    if let Ok(whole) = cleaned.parse::<i64>() {
        return Value::from(whole);
    }
    match crate::number::parse_decimal(&cleaned) {
        Some(n) if n.is_finite() => Value::from(n),
        _ => Value::from(text.trim()),
    }
}

/// Splits text pasted from a lab report into rows: one result per line, a date and then
/// a %IS value (`2024-03-01 0.0021`, `2024/3/1  0.0021%`), or a date, a word meaning
/// undetectable (`undetectable`, `UD`, `ND`, `negative`, `未检测到`, `阴性`) and the ABL1 copies.
/// Lines without a date at the start are skipped; their 1-based numbers are returned.
pub fn parse_pasted(text: &str) -> (Vec<PcrDraft>, Vec<usize>) {
    let mut rows = Vec::new();
    let mut skipped = Vec::new();
    for (number, line) in text.lines().enumerate().take(crate::profile::MAX_PCR_RESULTS) {
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        let mut parts = line.split(|c: char| c.is_whitespace() || c == '\t' || c == ';').filter(|p| !p.is_empty());
        let Some(date) = parts.next().filter(|d| dates::parse_user(d).is_ok()) else {
            skipped.push(number + 1);
            continue;
        };
        let rest: Vec<&str> = parts.collect();
        // ASCII case folding is enough for these words (the Chinese ones have no case), and keeps the full
        // Unicode case tables (about 12 KB) out of the browser build.
        let undetectable = rest.iter().any(|w| {
            ["undetectable", "ud", "nd", "negative", "未检测到", "阴性", "未检出"]
                .iter()
                .any(|word| w.eq_ignore_ascii_case(word))
        });
        let numbers: Vec<&str> = rest.iter().copied().filter(|w| w.chars().any(|c| c.is_ascii_digit())).collect();
        let draft = if undetectable {
            PcrDraft {
                date: date.to_owned(),
                value: String::new(),
                undetectable: true,
                copies: numbers.first().map_or_else(String::new, |s| (*s).to_owned()),
            }
        } else {
            PcrDraft {
                date: date.to_owned(),
                value: numbers.first().map_or_else(String::new, |s| (*s).to_owned()),
                undetectable: false,
                copies: numbers.get(1).map_or_else(String::new, |s| (*s).to_owned()),
            }
        };
        rows.push(draft);
    }
    (rows, skipped)
}

/// One TKI course as typed.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CourseDraft {
    /// Drug id (`imatinib`, ...) or empty.
    pub drug: String,
    /// Start date as typed.
    pub start: String,
    /// End date as typed (ignored while `ongoing`).
    pub end: String,
    /// Still taking it.
    pub ongoing: bool,
    /// Why it ended: `intolerance`, `resistance`, `other`, or empty.
    pub reason: String,
}

/// One earlier TFR attempt as typed.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct AttemptDraft {
    /// Day stopped, as typed.
    pub stopped: String,
    /// Day restarted, as typed (empty if not restarted).
    pub restarted: String,
}

/// The whole form as typed. Choices hold their JSON ids; yes/no questions hold `yes`, `no` or empty.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ProfileDraft {
    /// Age in years, as typed.
    pub age: String,
    /// Phase history id.
    pub phase: String,
    /// Transcript id.
    pub transcript: String,
    /// TKI courses.
    pub courses: Vec<CourseDraft>,
    /// PCR results.
    pub pcr: Vec<PcrDraft>,
    /// Lab reports on the International Scale.
    pub lab_is: String,
    /// Lab detects MR4.5.
    pub lab_mr45: String,
    /// Weeks until results, as typed.
    pub lab_turnaround: String,
    /// Earlier TFR attempts.
    pub attempts: Vec<AttemptDraft>,
    /// Planned stop date, as typed.
    pub planned_stop: String,
    /// History of bone or joint symptoms.
    pub osteo: String,
}

/// A field of the form, for showing a problem beside it. Row numbers are positions in the draft's lists.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DraftField {
    /// Age.
    Age,
    /// Phase history.
    Phase,
    /// Transcript.
    Transcript,
    /// A course field: row and JSON field name (`drug`, `start`, `end`, `reason_stopped`).
    Course(usize, &'static str),
    /// A PCR field: row and JSON field name (`date`, `bcr_abl1_is`, `abl1_copies`).
    Pcr(usize, &'static str),
    /// A lab field (`international_scale`, `sensitivity_mr45`, `turnaround_weeks`).
    Lab(&'static str),
    /// An attempt field: row and JSON field name (`stopped`, `restarted`).
    Attempt(usize, &'static str),
    /// Planned stop.
    PlannedStop,
    /// Bone or joint history.
    Osteo,
    /// Anything else (the whole document).
    Other,
}

/// The form checked: the validated profile when there is no problem, and every problem by field.
#[derive(Clone, Debug, PartialEq)]
pub struct DraftCheck {
    /// The profile, when valid.
    pub profile: Option<crate::profile::Profile>,
    /// Problems, by field.
    pub errors: Vec<(DraftField, Problem)>,
}

impl DraftCheck {
    /// The first problem with `field`.
    pub fn problem(&self, field: &DraftField) -> Option<&Problem> {
        self.errors.iter().find(|(f, _)| f == field).map(|(_, p)| p)
    }
}

fn yes_no(text: &str) -> Option<Value> {
    match text {
        "yes" => Some(Value::Bool(true)),
        "no" => Some(Value::Bool(false)),
        _ => None,
    }
}

fn date_value(text: &str) -> Value {
    dates::parse_user(text).map_or_else(|_| Value::from(text.trim()), |d| Value::from(dates::iso(d)))
}

fn non_empty(text: &str) -> Option<&str> {
    Some(text.trim()).filter(|t| !t.is_empty())
}

impl ProfileDraft {
    /// The draft as a `tfr-profile/1` document (what the app saves), with blank rows left out.
    /// Also returns, for each list, the draft row behind each JSON entry.
    pub fn to_json(&self) -> (Value, RowMap) {
        let mut root = serde_json::Map::new();
        root.insert("format".into(), Value::from(crate::profile::PROFILE_FORMAT));
        if let Some(age) = non_empty(&self.age) {
            root.insert("age_years".into(), text_or_number(age));
        }
        if let Some(p) = non_empty(&self.phase) {
            root.insert("phase_history".into(), Value::from(p));
        }
        if let Some(t) = non_empty(&self.transcript) {
            root.insert("transcript".into(), Value::from(t));
        }
        let mut map = RowMap::default();
        let mut courses = Vec::new();
        for (i, c) in self.courses.iter().enumerate() {
            if c.drug.is_empty() && c.start.trim().is_empty() && c.end.trim().is_empty() && c.reason.is_empty() {
                continue;
            }
            map.courses.push(i);
            let mut entry = serde_json::Map::new();
            entry.insert("drug".into(), non_empty(&c.drug).map_or(Value::Null, Value::from));
            entry.insert("start".into(), non_empty(&c.start).map_or(Value::Null, date_value));
            let end = if c.ongoing { None } else { non_empty(&c.end) };
            entry.insert("end".into(), end.map_or(Value::Null, date_value));
            let reason = if c.ongoing { None } else { non_empty(&c.reason) };
            entry.insert("reason_stopped".into(), reason.map_or(Value::Null, Value::from));
            courses.push(Value::Object(entry));
        }
        root.insert("tki_courses".into(), Value::Array(courses));
        let mut pcr = Vec::new();
        for (i, row) in self.pcr.iter().enumerate() {
            if row.is_blank() {
                continue;
            }
            map.pcr.push(i);
            pcr.push(pcr_row_json(row));
        }
        root.insert("pcr".into(), Value::Array(pcr));
        let mut lab = serde_json::Map::new();
        if let Some(v) = yes_no(&self.lab_is) {
            lab.insert("international_scale".into(), v);
        }
        if let Some(v) = yes_no(&self.lab_mr45) {
            lab.insert("sensitivity_mr45".into(), v);
        }
        if let Some(w) = non_empty(&self.lab_turnaround) {
            lab.insert("turnaround_weeks".into(), text_or_number(w));
        }
        root.insert("lab".into(), Value::Object(lab));
        let mut attempts = Vec::new();
        for (i, a) in self.attempts.iter().enumerate() {
            if a.stopped.trim().is_empty() && a.restarted.trim().is_empty() {
                continue;
            }
            map.attempts.push(i);
            attempts.push(object([
                ("stopped", non_empty(&a.stopped).map_or(Value::Null, date_value)),
                ("restarted", non_empty(&a.restarted).map_or(Value::Null, date_value)),
            ]));
        }
        root.insert("prior_tfr_attempts".into(), Value::Array(attempts));
        if let Some(s) = non_empty(&self.planned_stop) {
            root.insert("planned_stop".into(), date_value(s));
        }
        if let Some(v) = yes_no(&self.osteo) {
            root.insert("osteoarticular_history".into(), v);
        }
        (Value::Object(root), map)
    }

    /// Validates the draft as of `today`: the profile, or every problem beside its field.
    pub fn check(&self, today: NaiveDate) -> DraftCheck {
        let (value, map) = self.to_json();
        match crate::profile::Profile::from_json(&value, today) {
            Ok(profile) => DraftCheck { profile: Some(profile), errors: Vec::new() },
            Err(errors) => DraftCheck {
                profile: None,
                errors: errors.into_iter().map(|e| (map.field(&e.field), e.problem)).collect(),
            },
        }
    }

    /// Reads a `tfr-profile/1` document back into form fields, keeping whatever it holds as text
    /// so that validation can show problems beside the fields. Fails only on a wrong `format`.
    pub fn from_json(value: &Value) -> Result<ProfileDraft, Problem> {
        let root = value.as_object().ok_or(Problem::NotAnObject)?;
        if root.get("format").and_then(Value::as_str) != Some(crate::profile::PROFILE_FORMAT) {
            return Err(Problem::UnknownFormat);
        }
        let text = |v: Option<&Value>| -> String {
            match v {
                None | Some(Value::Null) => String::new(),
                Some(Value::String(s)) => s.clone(),
                Some(other) => crate::json_text::write(other, false),
            }
        };
        let flag = |v: Option<&Value>| -> String {
            match v {
                Some(Value::Bool(true)) => "yes".into(),
                Some(Value::Bool(false)) => "no".into(),
                _ => String::new(),
            }
        };
        let list = |key: &str| root.get(key).and_then(Value::as_array).map_or(&[][..], Vec::as_slice);
        let lab = root.get("lab");
        Ok(ProfileDraft {
            age: text(root.get("age_years")),
            phase: text(root.get("phase_history")),
            transcript: text(root.get("transcript")),
            courses: list("tki_courses")
                .iter()
                .take(crate::profile::MAX_COURSES)
                .map(|c| CourseDraft {
                    drug: text(c.get("drug")),
                    start: text(c.get("start")),
                    end: text(c.get("end")),
                    ongoing: c.get("end").is_none_or(Value::is_null),
                    reason: text(c.get("reason_stopped")),
                })
                .collect(),
            pcr: list("pcr")
                .iter()
                .take(crate::profile::MAX_PCR_RESULTS)
                .map(|r| PcrDraft {
                    date: text(r.get("date")),
                    value: text(r.get("bcr_abl1_is")),
                    undetectable: r.get("undetectable").and_then(Value::as_bool).unwrap_or(false),
                    copies: text(r.get("abl1_copies")),
                })
                .collect(),
            lab_is: flag(lab.and_then(|l| l.get("international_scale"))),
            lab_mr45: flag(lab.and_then(|l| l.get("sensitivity_mr45"))),
            lab_turnaround: text(lab.and_then(|l| l.get("turnaround_weeks"))),
            attempts: list("prior_tfr_attempts")
                .iter()
                .take(crate::profile::MAX_ATTEMPTS)
                .map(|a| AttemptDraft { stopped: text(a.get("stopped")), restarted: text(a.get("restarted")) })
                .collect(),
            planned_stop: text(root.get("planned_stop")),
            osteo: flag(root.get("osteoarticular_history")),
        })
    }
}

/// For each list of the JSON, the draft row behind each entry (blank rows are left out of the JSON).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RowMap {
    /// Course rows.
    pub courses: Vec<usize>,
    /// PCR rows.
    pub pcr: Vec<usize>,
    /// Attempt rows.
    pub attempts: Vec<usize>,
}

impl RowMap {
    /// The form field behind a JSON path such as `pcr[3].bcr_abl1_is`.
    pub fn field(&self, path: &str) -> DraftField {
        let (head, tail) = path.split_once('.').unwrap_or((path, ""));
        let row = |list: &str, rows: &[usize]| -> Option<usize> {
            head.strip_prefix(list)
                .and_then(|rest| rest.strip_prefix('['))
                .and_then(|rest| rest.strip_suffix(']'))
                .and_then(|n| n.parse::<usize>().ok())
                .and_then(|n| rows.get(n).copied())
        };
        const COURSE: &[&str] = &["drug", "start", "end", "reason_stopped"];
        const PCR: &[&str] = &["date", "bcr_abl1_is", "abl1_copies", "undetectable"];
        const ATTEMPT: &[&str] = &["stopped", "restarted"];
        const LAB: &[&str] = &["international_scale", "sensitivity_mr45", "turnaround_weeks"];
        let known = |names: &[&'static str]| names.iter().copied().find(|n| *n == tail);
        match head {
            "age_years" => DraftField::Age,
            "phase_history" => DraftField::Phase,
            "transcript" => DraftField::Transcript,
            "planned_stop" => DraftField::PlannedStop,
            "osteoarticular_history" => DraftField::Osteo,
            "lab" => known(LAB).map_or(DraftField::Other, DraftField::Lab),
            _ => {
                if let (Some(r), Some(f)) = (row("tki_courses", &self.courses), known(COURSE)) {
                    DraftField::Course(r, f)
                } else if let (Some(r), Some(f)) = (row("pcr", &self.pcr), known(PCR)) {
                    DraftField::Pcr(r, f)
                } else if let (Some(r), Some(f)) = (row("prior_tfr_attempts", &self.attempts), known(ATTEMPT)) {
                    DraftField::Attempt(r, f)
                } else {
                    DraftField::Other
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn day(text: &str) -> NaiveDate {
        dates::parse_iso(text).unwrap()
    }

    #[test]
    fn percent_and_copies_read_as_people_type_them() {
        assert_eq!(parse_percent_text("0,0021"), Ok(0.0021));
        assert_eq!(parse_percent_text(" 0.0021 % "), Ok(0.0021));
        assert_eq!(parse_percent_text("2.1e-3"), Ok(0.0021));
        assert_eq!(parse_percent_text("150"), Err(Problem::AboveHundredPercent));
        assert_eq!(parse_percent_text("-0.1"), Err(Problem::Negative));
        assert_eq!(parse_percent_text("0"), Err(Problem::ZeroPercent));
        assert_eq!(parse_percent_text("abc"), Err(Problem::NotANumber));
        assert_eq!(parse_percent_text("NaN"), Err(Problem::NotANumber));
        assert_eq!(parse_copies_text("48,000"), Ok(48_000));
        assert_eq!(parse_copies_text("4.8e4"), Ok(48_000));
        assert_eq!(parse_copies_text("12.5"), Err(Problem::CopiesNotWhole));
    }

    #[test]
    fn pasted_lab_lines_become_rows() {
        let (rows, skipped) =
            parse_pasted("Date Result\n2024-03-01 0.0021\n2024/6/1\t0,004%\n2024-09-01 undetectable 52000\nnotes\n");
        assert_eq!(skipped, vec![1, 5]);
        assert_eq!(rows.len(), 3);
        assert_eq!(rows[1].value, "0,004%");
        assert!(rows[2].undetectable);
        assert_eq!(rows[2].copies, "52000");
    }

    #[test]
    fn problems_come_back_to_the_row_that_has_them_even_with_blank_rows_between() {
        let draft = ProfileDraft {
            pcr: vec![
                PcrDraft { date: "2024-01-01".into(), value: "0.01".into(), ..PcrDraft::default() },
                PcrDraft::default(),
                PcrDraft { date: "2024-04-01".into(), value: "101".into(), ..PcrDraft::default() },
            ],
            courses: vec![CourseDraft {
                drug: "imatinib".into(),
                start: "2030-01-01".into(),
                ongoing: true,
                ..CourseDraft::default()
            }],
            ..ProfileDraft::default()
        };
        let check = draft.check(day("2026-11-21"));
        assert!(check.profile.is_none());
        assert_eq!(check.problem(&DraftField::Pcr(2, "bcr_abl1_is")), Some(&Problem::AboveHundredPercent));
        assert_eq!(check.problem(&DraftField::Course(0, "start")), Some(&Problem::AfterAssessedOn));
        assert_eq!(check.problem(&DraftField::Pcr(0, "bcr_abl1_is")), None);
    }

    #[test]
    fn a_saved_draft_loads_back_unchanged() {
        let draft = ProfileDraft {
            age: "54".into(),
            phase: "chronic_only".into(),
            transcript: "e14a2".into(),
            courses: vec![
                CourseDraft {
                    drug: "imatinib".into(),
                    start: "2016-02-01".into(),
                    end: "2018-05-01".into(),
                    ongoing: false,
                    reason: "intolerance".into(),
                },
                CourseDraft {
                    drug: "nilotinib".into(),
                    start: "2018-05-01".into(),
                    ongoing: true,
                    ..CourseDraft::default()
                },
            ],
            pcr: vec![PcrDraft {
                date: "2019-01-15".into(),
                undetectable: true,
                copies: "48000".into(),
                ..PcrDraft::default()
            }],
            lab_is: "yes".into(),
            lab_mr45: "no".into(),
            lab_turnaround: "2".into(),
            attempts: vec![AttemptDraft { stopped: "2020-01-10".into(), restarted: "2020-06-02".into() }],
            planned_stop: "2027-01-15".into(),
            osteo: "yes".into(),
        };
        let (json, _) = draft.to_json();
        assert_eq!(ProfileDraft::from_json(&json), Ok(draft));
        assert_eq!(ProfileDraft::from_json(&json!({"format": "other"})), Err(Problem::UnknownFormat));
    }
}

/// Most bytes of a profile file the app will read; larger files are refused before reading.
pub const MAX_FILE_BYTES: usize = 10 * 1024 * 1024;

/// Reads the text of a saved profile file into form fields: a readable `tfr-profile/1` document,
/// or the one problem that stops it (too large, not JSON with its line and column, wrong format).
pub fn load_profile_text(text: &str) -> Result<ProfileDraft, Problem> {
    if text.len() > MAX_FILE_BYTES.min(crate::profile::MAX_INPUT_BYTES) {
        return Err(Problem::TooLarge);
    }
    let value: Value =
        crate::json_text::parse(text).map_err(|at| Problem::MalformedJson { line: at.line, column: at.column })?;
    ProfileDraft::from_json(&value)
}

#[cfg(test)]
mod load_tests {
    use super::*;

    #[test]
    fn a_saved_file_loads_and_bad_files_say_why() {
        let (json, _) = ProfileDraft { age: "50".into(), ..ProfileDraft::default() }.to_json();
        assert_eq!(load_profile_text(&json.to_string()).map(|d| d.age), Ok("50".into()));
        assert_eq!(
            load_profile_text("{\"format\": \"tfr-profile/1\",\n  \"age_years\": }"),
            Err(Problem::MalformedJson { line: 2, column: 16 })
        );
        assert_eq!(load_profile_text("{\"format\": \"tfr-profile/9\"}"), Err(Problem::UnknownFormat));
        assert_eq!(load_profile_text("[1, 2]"), Err(Problem::NotAnObject));
        assert_eq!(load_profile_text(&" ".repeat(MAX_FILE_BYTES + 1)), Err(Problem::TooLarge));
        // Deep nesting is refused by the JSON reader, not a crash.
        let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
        assert!(matches!(load_profile_text(&deep), Err(Problem::MalformedJson { .. })));
    }
}
