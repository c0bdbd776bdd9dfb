//! Derived facts from a profile: results graded and in date order, total TKI time, the sustained deep-response run.

use crate::dates;
use crate::profile::{Profile, TkiCourse};
use crate::response::{grade, Grade, Measurement, ResponseLevel};
use chrono::NaiveDate;
use std::cmp::Reverse;

/// A PCR result with its grade.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Graded {
    /// Sample date.
    pub date: NaiveDate,
    /// What the lab found.
    pub measurement: Measurement,
    /// Its grade.
    pub grade: Grade,
}

/// The results graded and sorted by date. Results on the same day are ordered deepest first,
/// so the shallowest of them counts as the latest (the cautious reading); the order never
/// depends on the order of the input.
pub fn graded_in_order(profile: &Profile) -> Vec<Graded> {
    let mut graded: Vec<Graded> = profile
        .pcr
        .iter()
        .map(|r| Graded { date: r.date, measurement: r.measurement, grade: grade(r.measurement) })
        .collect();
    crate::order::sort_by_key(&mut graded, |g| {
        let (kind, number) = match g.measurement {
            Measurement::Undetectable { abl1_copies } => (0u8, Reverse(abl1_copies)),
            Measurement::Percent(v) => (1u8, Reverse(v.to_bits())),
        };
        (g.date, Reverse(g.grade.level()), kind, Reverse(number))
    });
    graded
}

/// The latest evaluable result's level.
pub fn latest_level(graded: &[Graded]) -> Option<ResponseLevel> {
    graded.iter().rev().find_map(|g| g.grade.level())
}

/// A run of the most recent results, all at a level or deeper.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Run {
    /// Date of its first result.
    pub since: NaiveDate,
    /// Date of its latest result.
    pub until: NaiveDate,
    /// Dates of the evaluable results in it, oldest first.
    pub dates: Vec<NaiveDate>,
}

impl Run {
    /// Days from first to latest result.
    pub fn days(&self) -> i64 {
        dates::days_between(self.since, self.until)
    }

    /// Its length for display: calendar years from its first result, rounded down to a tenth (`2.9`), as the
    /// rules' `span_reaches` counts them.
    pub fn years_text(&self) -> String {
        crate::number::tenths_text(dates::span_tenths(self.since, self.until))
    }
}

/// The longest run of the most recent results, in date order, all at `level` or deeper.
/// Results that are not evaluable neither extend nor break it. `None` when the latest
/// evaluable result is shallower than `level`.
pub fn run_at_or_deeper(graded: &[Graded], level: ResponseLevel) -> Option<Run> {
    let mut dates_in_run = Vec::new();
    for g in graded.iter().rev() {
        match g.grade.level() {
            None => continue,
            Some(l) if l >= level => dates_in_run.push(g.date),
            Some(_) => break,
        }
    }
    dates_in_run.reverse();
    match (dates_in_run.first(), dates_in_run.last()) {
        (Some(&since), Some(&until)) => Some(Run { since, until, dates: dates_in_run }),
        _ => None,
    }
}

/// Counts tests in a run that are at least 3 calendar months apart, greedily from the first.
/// Returns the count and the date of the last test counted.
pub fn tests_three_months_apart(run: &Run) -> (usize, NaiveDate) {
    let mut count = 0;
    let mut last_counted: Option<NaiveDate> = None;
    for &date in &run.dates {
        if last_counted.is_none_or(|last| date >= dates::add_months(last, 3)) {
            count += 1;
            last_counted = Some(date);
        }
    }
    (count, last_counted.unwrap_or(run.since))
}

/// Total time on TKI, in days, up to `at`, counting overlapping courses once.
pub fn tki_days(courses: &[TkiCourse], at: NaiveDate) -> i64 {
    let mut spans: Vec<(NaiveDate, NaiveDate)> =
        courses.iter().filter(|c| c.start <= at).map(|c| (c.start, c.end.map_or(at, |e| e.min(at)))).collect();
    crate::order::sort_by_key(&mut spans, |s| *s);
    let mut total = 0;
    let mut current: Option<(NaiveDate, NaiveDate)> = None;
    for (start, end) in spans {
        current = match current {
            Some((s, e)) if start <= e => Some((s, e.max(end))),
            Some((s, e)) => {
                total += dates::days_between(s, e);
                Some((start, end))
            }
            None => Some((start, end)),
        };
    }
    if let Some((s, e)) = current {
        total += dates::days_between(s, e);
    }
    total
}

/// The course being taken on `at` (no end date), the latest-starting one if several.
pub fn current_course(courses: &[TkiCourse]) -> Option<&TkiCourse> {
    courses.iter().filter(|c| c.end.is_none()).max_by_key(|c| (c.start, c.drug))
}

/// Courses in order of start date (ties broken by drug, then end), independent of input order.
pub fn courses_in_order(courses: &[TkiCourse]) -> Vec<TkiCourse> {
    let mut sorted = courses.to_vec();
    crate::order::sort_by_key(&mut sorted, |c| (c.start, c.end.is_none(), c.end, c.drug, c.reason_stopped));
    sorted
}
