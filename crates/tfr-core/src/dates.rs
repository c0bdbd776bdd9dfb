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

/// Tenths of a year from `from` to `to` in calendar years from `from`, rounded down, as the rules count years: at
/// least 30 exactly when `to` is on or after the third anniversary of `from`, so a shown "2.9" is never met at
/// "at least 3" and a shown "3.0" never falls short of it. 0 when `to` is not after `from`.
pub fn span_tenths(from: NaiveDate, to: NaiveDate) -> u64 {
    let days = days_between(from, to);
    whole_and_tenths(days, |years| days_between(from, add_years(from, years)))
}

/// Tenths of a year in `days` days of treatment that end on `end`, rounded down, counting calendar years back from
/// `end` as the total-time rules do (the years before a date may hold one more 29 February than `days / 365`).
pub fn total_tenths(days: i64, end: NaiveDate) -> u64 {
    whole_and_tenths(days, |years| days_between(sub_years(end, years), end))
}

/// Whole years `y` with `length(y) <= days`, then tenths of the next year, rounded down. `length(y)` is the
/// number of days in `y` calendar years (increasing; it stops growing where a date saturates).
fn whole_and_tenths(days: i64, length: impl Fn(u32) -> i64) -> u64 {
    if days <= 0 {
        return 0;
    }
    // The Gregorian mean year (146,097 days in 400 years) is within a year of the calendar count anywhere in
    // chrono's range; a step or two settles it.
    let mut years = u32::try_from(days.saturating_mul(400) / 146_097).unwrap_or(u32::MAX);
    for _ in 0..4 {
        if years > 0 && length(years) > days {
            years -= 1;
        } else if years < u32::MAX && length(years + 1) <= days {
            years += 1;
        } else {
            break;
        }
    }
    let done = length(years);
    let year_length = length(years.saturating_add(1)) - done;
    let tenths = if year_length > 0 { ((days - done).clamp(0, year_length) * 10 / year_length).min(9) } else { 0 };
    u64::from(years) * 10 + tenths.unsigned_abs()
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
    fn years_are_counted_in_calendar_years_and_rounded_down() {
        // Exactly on an anniversary: whole years, whatever the leap days in between.
        assert_eq!(span_tenths(d("2021-03-01"), d("2024-03-01")), 30);
        assert_eq!(span_tenths(d("2020-03-01"), d("2023-03-01")), 30);
        // A day short of it: 2.9, never a rounded-up 3.0 beside "asks for at least 3".
        assert_eq!(span_tenths(d("2021-03-01"), d("2024-02-29")), 29);
        assert_eq!(span_tenths(d("2019-06-10"), d("2024-06-11")), 50);
        assert_eq!(span_tenths(d("2019-06-10"), d("2023-12-31")), 45);
        assert_eq!(span_tenths(d("2024-06-10"), d("2024-06-10")), 0);
        assert_eq!(span_tenths(d("2024-06-10"), d("2020-01-01")), 0);
        // 29 February plus one year is 28 February, as in the rules' anniversaries.
        assert_eq!(span_tenths(d("2020-02-29"), d("2021-02-28")), 10);
        // Totals count back from their last day: 1,095 days before 2024-01-01 are 3 calendar years.
        assert_eq!(total_tenths(1095, d("2024-01-01")), 30);
        assert_eq!(total_tenths(1094, d("2024-01-01")), 29);
        assert_eq!(total_tenths(1095, d("2025-01-01")), 29); // those 3 years hold 29 February 2024
        assert_eq!(total_tenths(0, d("2024-01-01")), 0);
        assert_eq!(total_tenths(-5, d("2024-01-01")), 0);
        // Never a panic or a wrong order of magnitude at the ends of the calendar.
        let whole = span_tenths(NaiveDate::MIN, NaiveDate::MAX) / 10;
        let calendar = u64::try_from(NaiveDate::MAX.year() - NaiveDate::MIN.year()).unwrap_or(0);
        assert!(whole.abs_diff(calendar) <= 5, "{whole} vs {calendar}"); // anniversaries saturate at the very end
        for end in [NaiveDate::MIN, NaiveDate::MAX] {
            for days in [i64::MAX, i64::MAX / 2, 1 << 40] {
                let _ = total_tenths(days, end); // no meaningful answer so far out, but an answer
            }
        }
    }

    #[test]
    fn shown_years_agree_with_anniversaries_everywhere() {
        let start = d("2015-01-01");
        for offset in (0..4000).step_by(7) {
            let from = add_days(start, offset);
            for length in [0, 364, 365, 366, 730, 1094, 1095, 1096, 1460, 1461, 1825, 1826, 1827] {
                let to = add_days(from, length);
                let shown = span_tenths(from, to);
                for years in 1..=5 {
                    assert_eq!(shown >= u64::from(years) * 10, add_years(from, years) <= to, "{from} {to}");
                    let needed = days_between(sub_years(to, years), to);
                    assert_eq!(total_tenths(length, to) >= u64::from(years) * 10, length >= needed, "{length} {to}");
                }
                #[allow(clippy::cast_precision_loss)]
                let approx = length as f64 / 365.25 * 10.0;
                #[allow(clippy::cast_precision_loss)]
                let shown = shown as f64;
                assert!(shown <= approx + 0.1 && shown > approx - 1.1, "{from} {to}: {shown} tenths");
            }
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
