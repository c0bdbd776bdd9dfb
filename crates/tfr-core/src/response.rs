//! Molecular response levels (MMR, MR4, MR4.5, MR5) from a BCR-ABL1 result, by the ELN/EUTOS definitions.

use crate::key;
use serde::{Deserialize, Serialize};

/// Depth of molecular response. Ordered from shallowest to deepest, so `a > b` means `a` is deeper.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum ResponseLevel {
    /// BCR-ABL1 above 0.1% IS: no major molecular response.
    #[serde(rename = "above_mmr")]
    AboveMmr,
    /// Major molecular response (MR3): at most 0.1% IS.
    #[serde(rename = "mmr")]
    Mmr,
    /// MR4: at most 0.01% IS, or undetectable with more than 10,000 ABL1 copies.
    #[serde(rename = "mr4")]
    Mr4,
    /// MR4.5: at most 0.0032% IS, or undetectable with more than 32,000 ABL1 copies.
    #[serde(rename = "mr4.5")]
    Mr45,
    /// MR5: at most 0.001% IS, or undetectable with more than 100,000 ABL1 copies.
    #[serde(rename = "mr5")]
    Mr5,
}

impl ResponseLevel {
    /// The id used in JSON and in the text catalogue (`above_mmr`, `mmr`, `mr4`, `mr4.5`, `mr5`).
    pub fn id(self) -> &'static str {
        match self {
            Self::AboveMmr => "above_mmr",
            Self::Mmr => "mmr",
            Self::Mr4 => "mr4",
            Self::Mr45 => "mr4.5",
            Self::Mr5 => "mr5",
        }
    }

    /// Catalogue key of the level's name.
    pub fn key(self) -> crate::i18n::Key {
        match self {
            Self::AboveMmr => key!("level.above_mmr"),
            Self::Mmr => key!("level.mmr"),
            Self::Mr4 => key!("level.mr4"),
            Self::Mr45 => key!("level.mr4.5"),
            Self::Mr5 => key!("level.mr5"),
        }
    }

    /// True for MR4 or deeper (a deep molecular response).
    pub fn is_deep(self) -> bool {
        self >= Self::Mr4
    }
}

/// Highest %IS that still counts as MMR (source: `eln2020`, `cross2015`).
pub const MMR_MAX_PERCENT: f64 = 0.1;
/// Highest %IS that still counts as MR4.
pub const MR4_MAX_PERCENT: f64 = 0.01;
/// Highest %IS that still counts as MR4.5.
pub const MR45_MAX_PERCENT: f64 = 0.0032;
/// Highest %IS that still counts as MR5.
pub const MR5_MAX_PERCENT: f64 = 0.001;
/// An undetectable result counts as MR4 only with more than this many ABL1 copies (source: `cross2015`).
pub const MR4_MIN_COPIES_EXCLUSIVE: u64 = 10_000;
/// An undetectable result counts as MR4.5 only with more than this many ABL1 copies.
pub const MR45_MIN_COPIES_EXCLUSIVE: u64 = 32_000;
/// An undetectable result counts as MR5 only with more than this many ABL1 copies.
pub const MR5_MIN_COPIES_EXCLUSIVE: u64 = 100_000;

/// One BCR-ABL1 measurement, as the lab reports it.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Measurement {
    /// BCR-ABL1 found, in percent on the International Scale (validated: above 0, at most 100).
    Percent(f64),
    /// No BCR-ABL1 found; the ABL1 control-gene copies in the same sample say how sensitive the test was.
    Undetectable {
        /// ABL1 control-gene copies.
        abl1_copies: u64,
    },
}

/// What one result shows: a response level, or not evaluable. Serialised as its id.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Grade {
    /// A response level.
    Level(ResponseLevel),
    /// Undetectable, but the sample had too few ABL1 copies (10,000 or fewer) to say how deep the response is.
    NotEvaluable,
}

impl Serialize for Grade {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.id())
    }
}

impl Grade {
    /// The level, when the result is evaluable.
    pub fn level(self) -> Option<ResponseLevel> {
        match self {
            Self::Level(level) => Some(level),
            Self::NotEvaluable => None,
        }
    }

    /// The id used in JSON and in the text catalogue.
    pub fn id(self) -> &'static str {
        match self {
            Self::Level(level) => level.id(),
            Self::NotEvaluable => "not_evaluable",
        }
    }

    /// Catalogue key of the grade's name.
    pub fn key(self) -> crate::i18n::Key {
        match self {
            Self::Level(level) => level.key(),
            Self::NotEvaluable => key!("level.not_evaluable"),
        }
    }
}

/// Grades one result by the ELN 2020 / EUTOS definitions (Cross 2015).
///
/// A value exactly on a threshold counts as the deeper level (0.1% is MMR, 0.01% is MR4).
/// An undetectable result needs *more than* 10,000 / 32,000 / 100,000 ABL1 copies for
/// MR4 / MR4.5 / MR5; with 10,000 or fewer it is not evaluable.
pub fn grade(measurement: Measurement) -> Grade {
    match measurement {
        Measurement::Percent(value) => Grade::Level(if value <= MR5_MAX_PERCENT {
            ResponseLevel::Mr5
        } else if value <= MR45_MAX_PERCENT {
            ResponseLevel::Mr45
        } else if value <= MR4_MAX_PERCENT {
            ResponseLevel::Mr4
        } else if value <= MMR_MAX_PERCENT {
            ResponseLevel::Mmr
        } else {
            ResponseLevel::AboveMmr
        }),
        Measurement::Undetectable { abl1_copies } => {
            if abl1_copies > MR5_MIN_COPIES_EXCLUSIVE {
                Grade::Level(ResponseLevel::Mr5)
            } else if abl1_copies > MR45_MIN_COPIES_EXCLUSIVE {
                Grade::Level(ResponseLevel::Mr45)
            } else if abl1_copies > MR4_MIN_COPIES_EXCLUSIVE {
                Grade::Level(ResponseLevel::Mr4)
            } else {
                Grade::NotEvaluable
            }
        }
    }
}
