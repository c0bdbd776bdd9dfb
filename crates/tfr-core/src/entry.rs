//! Text as a person types it in the app (PCR rows, lines pasted from a lab report), checked field by field and turned into profile JSON.

use crate::dates::{self, DateError};
use crate::problem::Problem;
use crate::profile::{check_copies, check_percent};
use crate::response::{grade, Grade, Measurement};
use chrono::NaiveDate;
use serde_json::{json, Value};

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
        self.date.trim().is_empty() && self.value.trim().is_empty() && self.copies.trim().is_empty() && !self.undetectable
    }
}

/// Reads a %IS value as typed: `0.0021`, `0,0021`, `0.0021%`, `2.1e-3`.
pub fn parse_percent_text(text: &str) -> Result<f64, Problem> {
    let cleaned: String = text.trim().trim_end_matches('%').trim().replace(',', ".");
    if cleaned.is_empty() {
        return Err(Problem::Missing);
    }
    let number: f64 = cleaned.parse().map_err(|_| Problem::NotANumber)?;
    check_percent(number)
}

/// Reads ABL1 copies as typed: `48000`, `48,000`, `48 000`, `4.8e4`.
pub fn parse_copies_text(text: &str) -> Result<u64, Problem> {
    let cleaned: String = text.chars().filter(|c| !matches!(c, ',' | ' ' | '\u{a0}' | '_')).collect();
    if cleaned.is_empty() {
        return Err(Problem::MissingCopies);
    }
    let number: f64 = cleaned.parse().map_err(|_| Problem::NotANumber)?;
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
    let date = dates::parse_user(&draft.date).map_or_else(|_| json!(draft.date.trim()), |d| json!(dates::iso(d)));
    if draft.undetectable {
        let copies = parse_copies_text(&draft.copies).map_or_else(|_| json!(draft.copies.trim()), |c| json!(c));
        let mut entry = json!({"date": date, "undetectable": true, "abl1_copies": copies});
        if !draft.value.trim().is_empty() {
            if let Some(obj) = entry.as_object_mut() {
                obj.insert("bcr_abl1_is".into(), text_or_number(&draft.value));
            }
        }
        entry
    } else {
        json!({"date": date, "bcr_abl1_is": text_or_number(&draft.value)})
    }
}

fn text_or_number(text: &str) -> Value {
    let cleaned = text.trim().trim_end_matches('%').trim().replace(',', ".");
    match cleaned.parse::<f64>() {
        Ok(n) if n.is_finite() => json!(n),
        _ => json!(text.trim()),
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
        let undetectable = rest.iter().any(|w| {
            let lower = w.to_lowercase();
            matches!(lower.as_str(), "undetectable" | "ud" | "nd" | "negative" | "未检测到" | "阴性" | "未检出")
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
