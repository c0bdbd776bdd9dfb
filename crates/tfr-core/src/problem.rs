//! Input problems: each is a field path and a problem, reported all at once and shown beside the field.

use crate::i18n::{Lang, Msg};
use crate::key;
use serde::Serialize;

/// What is wrong with one input value.
#[derive(Clone, Debug, PartialEq)]
pub enum Problem {
    /// The whole input is not JSON; line and column are 1-based.
    MalformedJson {
        /// Line of the first error.
        line: usize,
        /// Column of the first error.
        column: usize,
    },
    /// The input is larger than we read.
    TooLarge,
    /// `format` is not `tfr-profile/1`.
    UnknownFormat,
    /// A required value is absent.
    Missing,
    /// Expected an object (`{...}`).
    NotAnObject,
    /// Expected a list (`[...]`).
    NotAList,
    /// Expected text.
    NotText,
    /// Expected a number.
    NotANumber,
    /// Expected true or false.
    NotTrueFalse,
    /// Not a date in a form we read.
    MalformedDate,
    /// No such day.
    ImpossibleDate,
    /// Dated after the assessment date.
    AfterAssessedOn,
    /// An end date before its start date.
    EndBeforeStart,
    /// A course overlaps another course (1-based number of the other course, for people).
    Overlaps {
        /// The other course, counted from 1.
        other: usize,
    },
    /// A negative number.
    Negative,
    /// More than 100%.
    AboveHundredPercent,
    /// 0% cannot be graded.
    ZeroPercent,
    /// An undetectable result without ABL1 copies.
    MissingCopies,
    /// Copies must be a whole number.
    CopiesNotWhole,
    /// Both a value and "undetectable".
    ValueAndUndetectable,
    /// Neither a value nor "undetectable".
    NoValue,
    /// A value outside its allowed list.
    UnknownValue {
        /// The allowed values.
        allowed: &'static [&'static str],
    },
    /// A number outside a sensible range.
    OutOfRange {
        /// Lowest allowed.
        min: f64,
        /// Highest allowed.
        max: f64,
    },
    /// Too many entries in a list.
    TooMany {
        /// The most we accept.
        max: usize,
    },
}

impl Problem {
    /// Stable machine-readable code.
    pub fn code(&self) -> &'static str {
        match self {
            Problem::MalformedJson { .. } => "malformed_json",
            Problem::TooLarge => "too_large",
            Problem::UnknownFormat => "unknown_format",
            Problem::Missing => "missing",
            Problem::NotAnObject => "not_an_object",
            Problem::NotAList => "not_a_list",
            Problem::NotText => "not_text",
            Problem::NotANumber => "not_a_number",
            Problem::NotTrueFalse => "not_true_false",
            Problem::MalformedDate => "malformed_date",
            Problem::ImpossibleDate => "impossible_date",
            Problem::AfterAssessedOn => "after_assessed_on",
            Problem::EndBeforeStart => "end_before_start",
            Problem::Overlaps { .. } => "overlaps",
            Problem::Negative => "negative",
            Problem::AboveHundredPercent => "above_100",
            Problem::ZeroPercent => "zero_percent",
            Problem::MissingCopies => "missing_copies",
            Problem::CopiesNotWhole => "copies_not_whole",
            Problem::ValueAndUndetectable => "value_and_undetectable",
            Problem::NoValue => "no_value",
            Problem::UnknownValue { .. } => "unknown_value",
            Problem::OutOfRange { .. } => "out_of_range",
            Problem::TooMany { .. } => "too_many",
        }
    }

    /// The message, ready to render in either language.
    pub fn msg(&self) -> Msg {
        match self {
            Problem::MalformedJson { line, column } => Msg::new(key!("problem.malformed_json"))
                .with("line", line.to_string())
                .with("column", column.to_string()),
            Problem::UnknownFormat => Msg::new(key!("problem.unknown_format")),
            Problem::TooLarge => Msg::new(key!("problem.too_large")),
            Problem::Missing => Msg::new(key!("problem.missing")),
            Problem::NotAnObject => Msg::new(key!("problem.not_an_object")),
            Problem::NotAList => Msg::new(key!("problem.not_a_list")),
            Problem::NotText => Msg::new(key!("problem.not_text")),
            Problem::NotANumber => Msg::new(key!("problem.not_a_number")),
            Problem::NotTrueFalse => Msg::new(key!("problem.not_true_false")),
            Problem::MalformedDate => Msg::new(key!("problem.malformed_date")),
            Problem::ImpossibleDate => Msg::new(key!("problem.impossible_date")),
            Problem::AfterAssessedOn => Msg::new(key!("problem.after_assessed_on")),
            Problem::EndBeforeStart => Msg::new(key!("problem.end_before_start")),
            Problem::Overlaps { other } => Msg::new(key!("problem.overlaps")).with("other", other.to_string()),
            Problem::Negative => Msg::new(key!("problem.negative")),
            Problem::AboveHundredPercent => Msg::new(key!("problem.above_100")),
            Problem::ZeroPercent => Msg::new(key!("problem.zero_percent")),
            Problem::MissingCopies => Msg::new(key!("problem.missing_copies")),
            Problem::CopiesNotWhole => Msg::new(key!("problem.copies_not_whole")),
            Problem::ValueAndUndetectable => Msg::new(key!("problem.value_and_undetectable")),
            Problem::NoValue => Msg::new(key!("problem.no_value")),
            Problem::UnknownValue { allowed } => {
                Msg::new(key!("problem.unknown_value")).with("allowed", allowed.join(", "))
            }
            Problem::OutOfRange { min, max } => Msg::new(key!("problem.out_of_range"))
                .with("min", crate::number::short(*min))
                .with("max", crate::number::short(*max)),
            Problem::TooMany { max } => Msg::new(key!("problem.too_many")).with("max", max.to_string()),
        }
    }

    /// The message in `lang`.
    pub fn render(&self, lang: Lang) -> String {
        self.msg().render(lang)
    }
}

/// A problem with one field, named by its path in the profile (`pcr[3].bcr_abl1_is`).
#[derive(Clone, Debug, PartialEq)]
pub struct FieldError {
    /// Path of the field, as in the JSON (`tki_courses[1].end`); empty for the whole input.
    pub field: String,
    /// What is wrong.
    pub problem: Problem,
}

impl Serialize for FieldError {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut s = serializer.serialize_struct("FieldError", 3)?;
        s.serialize_field("field", &self.field)?;
        s.serialize_field("problem", &self.problem.render(Lang::En))?;
        s.serialize_field("code", self.problem.code())?;
        s.end()
    }
}
