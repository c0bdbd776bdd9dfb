//! Calendar arithmetic for the rules: strict ISO dates, dates as people write them, and month or year steps that clamp to the month's end.

use chrono::{Datelike, Months, NaiveDate};

/// Why a piece of text is not a usable date.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DateError {
    /// Not in a form we read (for example `03/01/2024`, which is ambiguous).
    Malformed,
    /// In a form we read, but no such day exists (for example `2023-02-30`).
    Impossible,
}

/// Parses exactly `YYYY-MM-DD`, the format of `tfr-profile/1` files.
pub fn parse_iso(text: &str) -> Result<NaiveDate, DateError> {
    let well_formed = text.len() == 10
        && text.char_indices().all(|(i, c)| if i == 4 || i == 7 { c == '-' } else { c.is_ascii_digit() });
    if !well_formed {
        return Err(DateError::Malformed);
    }
    let mut parts = text.split('-').map(str::parse::<u32>);
    match (parts.next(), parts.next(), parts.next()) {
        (Some(Ok(y)), Some(Ok(m)), Some(Ok(d))) => {
            let year = i32::try_from(y).map_err(|_| DateError::Malformed)?;
            NaiveDate::from_ymd_opt(year, m, d).ok_or(DateError::Impossible)
        }
        _ => Err(DateError::Malformed),
    }
}

/// Parses a date as a person types it: year first, then month and day, separated by
/// `-`, `/`, `.`, spaces or the Chinese 年 月 日 (`2024-03-01`, `2024/3/1`, `2024年3月1日`).
/// Day-first and month-first forms are refused because `03/04/2024` is ambiguous.
pub fn parse_user(text: &str) -> Result<NaiveDate, DateError> {
    let trimmed = text.trim();
    let numbers: Vec<&str> =
        trimmed.split(['-', '/', '.', ' ', '年', '月', '日']).filter(|part| !part.is_empty()).collect();
    let all_digits = numbers.iter().all(|p| p.chars().all(|c| c.is_ascii_digit()));
    let valid_chars =
        trimmed.chars().all(|c| c.is_ascii_digit() || matches!(c, '-' | '/' | '.' | ' ' | '年' | '月' | '日'));
    match numbers.as_slice() {
        [y, m, d] if all_digits && valid_chars && y.len() == 4 && m.len() <= 2 && d.len() <= 2 => {
            let (Ok(year), Ok(month), Ok(day)) = (y.parse::<i32>(), m.parse::<u32>(), d.parse::<u32>()) else {
                return Err(DateError::Malformed);
            };
            NaiveDate::from_ymd_opt(year, month, day).ok_or(DateError::Impossible)
        }
        _ => Err(DateError::Malformed),
    }
}

/// `date` plus `months` calendar months; a day that does not exist in the target month
/// moves to that month's last day (31 January + 1 month = 28 or 29 February).
/// Saturates at chrono's last representable date instead of failing.
pub fn add_months(date: NaiveDate, months: u32) -> NaiveDate {
    date.checked_add_months(Months::new(months)).unwrap_or(NaiveDate::MAX)
}

/// `date` minus `months` calendar months, clamped like [`add_months`].
pub fn sub_months(date: NaiveDate, months: u32) -> NaiveDate {
    date.checked_sub_months(Months::new(months)).unwrap_or(NaiveDate::MIN)
}

/// `date` plus whole years (29 February + 1 year = 28 February).
pub fn add_years(date: NaiveDate, years: u32) -> NaiveDate {
    add_months(date, years.saturating_mul(12))
}

/// `date` minus whole years.
pub fn sub_years(date: NaiveDate, years: u32) -> NaiveDate {
    sub_months(date, years.saturating_mul(12))
}

/// `date` plus `days` days, saturating.
pub fn add_days(date: NaiveDate, days: i64) -> NaiveDate {
    chrono::TimeDelta::try_days(days).and_then(|delta| date.checked_add_signed(delta)).unwrap_or(if days < 0 {
        NaiveDate::MIN
    } else {
        NaiveDate::MAX
    })
}

/// Whole days from `from` to `to` (negative when `to` is earlier).
pub fn days_between(from: NaiveDate, to: NaiveDate) -> i64 {
    (to - from).num_days()
}

/// Length in years for display: days divided by 365.25, rounded to two decimals.
pub fn years_for_display(days: i64) -> f64 {
    #[allow(clippy::cast_precision_loss)] // day counts are far below 2^52
    let years = days as f64 / 365.25;
    (years * 100.0).round() / 100.0
}

/// The date as `YYYY-MM-DD`.
pub fn iso(date: NaiveDate) -> String {
    format!("{:04}-{:02}-{:02}", date.year(), date.month(), date.day())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(text: &str) -> NaiveDate {
        parse_iso(text).unwrap_or(NaiveDate::MIN)
    }

    #[test]
    fn iso_dates_are_strict() {
        assert_eq!(parse_iso("2024-02-29"), Ok(d("2024-02-29")));
        assert_eq!(parse_iso("2023-02-29"), Err(DateError::Impossible));
        assert_eq!(parse_iso("2024-13-01"), Err(DateError::Impossible));
        for bad in ["2024-3-1", "2024/03/01", "", "20240301", "２０２４-03-01", "2024-03-01T00"] {
            assert_eq!(parse_iso(bad), Err(DateError::Malformed), "{bad}");
        }
    }

    #[test]
    fn user_dates_accept_year_first_forms() {
        for text in ["2024-03-01", "2024/3/1", "2024.03.01", " 2024-3-1 ", "2024年3月1日"] {
            assert_eq!(parse_user(text), Ok(d("2024-03-01")), "{text}");
        }
        assert_eq!(parse_user("01/03/2024"), Err(DateError::Malformed));
        assert_eq!(parse_user("2024-02-30"), Err(DateError::Impossible));
        assert_eq!(parse_user("yesterday"), Err(DateError::Malformed));
    }

    #[test]
    fn month_steps_clamp_to_month_end() {
        assert_eq!(add_months(d("2027-01-31"), 1), d("2027-02-28"));
        assert_eq!(add_months(d("2028-01-31"), 1), d("2028-02-29"));
        assert_eq!(add_months(d("2027-01-31"), 2), d("2027-03-31"));
        assert_eq!(add_years(d("2024-02-29"), 1), d("2025-02-28"));
        assert_eq!(add_years(d("2024-02-29"), 4), d("2028-02-29"));
        assert_eq!(add_months(NaiveDate::MAX, 1), NaiveDate::MAX);
    }
}
