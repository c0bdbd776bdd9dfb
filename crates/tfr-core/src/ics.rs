//! iCalendar (RFC 5545) file of a monitoring plan's PCR tests: one all-day event per test, each with a reminder 3 days before.
//!
//! The file holds the test dates and the catalogue's texts only, no personal data. It is
//! deterministic (no clock in the core): the same plan, guideline and language always give the
//! same bytes. So:
//! - `UID` is derived from the guideline, the stop date and the test's month after stopping
//!   (`tfr-aid-eln2020-20270131-m03@tfr-aid.local`); importing the file again updates the
//!   same events instead of adding copies;
//! - `DTSTAMP` is the stop date at 00:00:00 UTC, which RFC 5545 allows as the time the
//!   information was created.
//!
//! Lines end in CRLF and are folded at 75 octets without splitting a UTF-8 character; text
//! values escape `\`, `;`, `,` and newlines.

use crate::dates::add_days;
use crate::i18n::{Lang, Msg};
use crate::key;
use crate::monitoring::{Monitoring, Schedule, Test};
use chrono::{Datelike, NaiveDate};

/// `PRODID` value of every calendar we write.
pub const PRODID: &str = "-//tfr-aid//Monitoring plan after stopping a TKI//EN";

/// Days before each test that the reminder goes off.
pub const REMINDER_DAYS: u32 = 3;

/// Longest line in octets, CRLF excluded (RFC 5545, section 3.1).
const MAX_LINE_OCTETS: usize = 75;

/// The iCalendar file of `guideline`'s tests in `plan` (`eln2020` or `nccn`), texts in `lang`;
/// `None` for an unknown guideline id.
pub fn calendar(plan: &Monitoring, guideline: &str, lang: Lang) -> Option<String> {
    let schedule = plan.schedule(guideline)?;
    let mut out = Writer::default();
    out.line("BEGIN:VCALENDAR");
    out.line("VERSION:2.0");
    out.line(&format!("PRODID:{PRODID}"));
    out.line("CALSCALE:GREGORIAN");
    out.line("METHOD:PUBLISH");
    let name = Msg::new(key!("monitoring.ics.calendar_name")).with_key("guideline", schedule.name.key);
    out.text("X-WR-CALNAME", &name.render(lang));
    if let Some(stop) = ical_date(plan.stop_date) {
        let stamp = format!("{stop}T000000Z");
        let context = Context { schedule, lang, stop: &stop, stamp: &stamp };
        for (i, test) in schedule.tests.iter().enumerate() {
            context.event(&mut out, test, i + 1 == schedule.tests.len());
        }
    }
    out.line("END:VCALENDAR");
    Some(out.0)
}

/// What every event of one calendar shares.
struct Context<'a> {
    schedule: &'a Schedule,
    lang: Lang,
    /// The stop date as `YYYYMMDD`.
    stop: &'a str,
    /// The `DTSTAMP` value.
    stamp: &'a str,
}

impl Context<'_> {
    /// Writes the event of one test; `last` adds that testing goes on after the listed months.
    fn event(&self, out: &mut Writer, test: &Test, last: bool) {
        let Some(start) = ical_date(test.date) else {
            return;
        };
        let (schedule, lang) = (self.schedule, self.lang);
        let summary = Msg::new(key!("monitoring.ics.summary")).with("month", test.month.to_string()).render(lang);
        let mut description =
            Msg::new(key!("monitoring.ics.description")).with_key("guideline", schedule.name.key).render(lang);
        if last {
            description.push('\n');
            description.push_str(&schedule.after.render(lang));
        }
        let alarm = Msg::new(key!("monitoring.ics.alarm")).with("month", test.month.to_string()).render(lang);
        let language = format!(";LANGUAGE={}", lang.tag());

        out.line("BEGIN:VEVENT");
        out.line(&format!("UID:tfr-aid-{}-{}-m{:02}@tfr-aid.local", schedule.id, self.stop, test.month));
        out.line(&format!("DTSTAMP:{}", self.stamp));
        out.line(&format!("DTSTART;VALUE=DATE:{start}"));
        let next_day = add_days(test.date, 1);
        if let Some(end) = ical_date(next_day).filter(|_| next_day > test.date) {
            out.line(&format!("DTEND;VALUE=DATE:{end}"));
        }
        out.text(&format!("SUMMARY{language}"), &summary);
        out.text(&format!("DESCRIPTION{language}"), &description);
        out.line("TRANSP:TRANSPARENT");
        out.line("BEGIN:VALARM");
        out.line("ACTION:DISPLAY");
        out.line(&format!("TRIGGER:-P{REMINDER_DAYS}D"));
        out.text(&format!("DESCRIPTION{language}"), &alarm);
        out.line("END:VALARM");
        out.line("END:VEVENT");
    }
}

/// A date as an iCalendar `DATE` (`YYYYMMDD`); `None` outside the years 0000-9999 that the format can hold.
fn ical_date(date: NaiveDate) -> Option<String> {
    (0..=9999).contains(&date.year()).then(|| format!("{:04}{:02}{:02}", date.year(), date.month(), date.day()))
}

/// The output: content lines, folded, each ending in CRLF.
#[derive(Default)]
struct Writer(String);

impl Writer {
    /// Adds one content line.
    fn line(&mut self, content: &str) {
        self.0.push_str(&fold(content));
    }

    /// Adds a property with a `TEXT` value, escaped.
    fn text(&mut self, name: &str, value: &str) {
        self.line(&format!("{name}:{}", escape_text(value)));
    }
}

/// Escapes a `TEXT` value (RFC 5545, section 3.3.11): `\` `;` `,` and newlines; a CR is dropped.
pub fn escape_text(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for c in value.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            other => out.push(other),
        }
    }
    out
}

/// Folds one content line into physical lines of at most 75 octets (RFC 5545, section 3.1),
/// each ending in CRLF; continuation lines start with a space, which counts toward their 75.
/// A UTF-8 character is never split across lines.
pub fn fold(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + line.len() / 64 * 3 + 2);
    let mut rest = line;
    let mut limit = MAX_LINE_OCTETS;
    while rest.len() > limit {
        // The longest prefix of at most `limit` octets that ends on a character boundary.
        let cut = (1..=limit).rev().find(|&i| rest.is_char_boundary(i)).unwrap_or(limit);
        let Some((head, tail)) = rest.split_at_checked(cut) else {
            break;
        };
        out.push_str(head);
        out.push_str("\r\n ");
        rest = tail;
        limit = MAX_LINE_OCTETS - 1;
    }
    out.push_str(rest);
    out.push_str("\r\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dates::parse_iso;
    use crate::monitoring::plan_for_stop;

    fn d(text: &str) -> NaiveDate {
        parse_iso(text).unwrap()
    }

    /// Unfolds physical lines back into content lines (RFC 5545: drop each CRLF followed by a space).
    fn unfold(text: &str) -> Vec<String> {
        text.replace("\r\n ", "").split("\r\n").filter(|l| !l.is_empty()).map(str::to_owned).collect()
    }

    fn check_fold(line: &str, expected_lengths: &[usize]) {
        let folded = fold(line);
        assert!(folded.ends_with("\r\n"));
        let physical: Vec<&str> = folded.trim_end_matches("\r\n").split("\r\n").collect();
        let lengths: Vec<usize> = physical.iter().map(|l| l.len()).collect();
        assert_eq!(lengths, expected_lengths, "{line}");
        for (i, l) in physical.iter().enumerate() {
            assert!(l.len() <= 75);
            assert_eq!(i > 0, l.starts_with(' '), "continuation lines start with one space");
        }
        assert_eq!(unfold(&folded), [line]);
    }

    #[test]
    fn folding_keeps_lines_within_75_octets() {
        assert_eq!(fold(""), "\r\n");
        check_fold(&"a".repeat(75), &[75]);
        check_fold(&"a".repeat(76), &[75, 2]);
        check_fold(&"a".repeat(75 + 74), &[75, 75]);
        check_fold(&"a".repeat(75 + 74 + 1), &[75, 75, 2]);
    }

    #[test]
    fn folding_never_splits_a_utf8_character() {
        // 3-octet Chinese characters: 25 fit in 75 octets exactly; after a 1-octet prefix only 24 do.
        check_fold(&"检".repeat(26), &[75, 4]);
        check_fold(&format!("X{}", "检".repeat(30)), &[73, 1 + 18]);
        // 4-octet characters.
        check_fold(&"😀".repeat(20), &[72, 1 + 8]);
        // Continuation lines hold 74 octets after the space: 24 characters of 3 octets.
        check_fold(&"检".repeat(60), &[75, 73, 1 + 33]);
        for line in [format!("SUMMARY:{}", "停药后".repeat(40)), format!("A{}", "é".repeat(100))] {
            for physical in fold(&line).split("\r\n") {
                assert!(physical.len() <= 75);
            }
        }
    }

    fn check_escape(value: &str, expected: &str) {
        assert_eq!(escape_text(value), expected, "{value:?}");
    }

    #[test]
    fn text_values_are_escaped() {
        check_escape("plain words", "plain words");
        check_escape("a, b; c", "a\\, b\\; c");
        check_escape("back\\slash", "back\\\\slash");
        check_escape("two\nlines", "two\\nlines");
        check_escape("crlf\r\nline", "crlf\\nline");
        check_escape("中文，标点；不转义", "中文，标点；不转义");
        check_escape("colon: stays", "colon: stays");
    }

    #[test]
    fn calendar_has_one_event_per_test_with_stable_uids() {
        let plan = plan_for_stop(d("2027-01-31"));
        for id in ["eln2020", "nccn"] {
            let ics = calendar(&plan, id, Lang::En).unwrap();
            let lines = unfold(&ics);
            let schedule = plan.schedule(id).unwrap();
            let starts: Vec<String> =
                lines.iter().filter_map(|l| l.strip_prefix("DTSTART;VALUE=DATE:")).map(str::to_owned).collect();
            let expected: Vec<String> = schedule.tests.iter().map(|t| t.date.format("%Y%m%d").to_string()).collect();
            assert_eq!(starts, expected);
            for (name, count) in
                [("BEGIN:VEVENT", expected.len()), ("BEGIN:VALARM", expected.len()), ("TRIGGER:-P3D", expected.len())]
            {
                assert_eq!(lines.iter().filter(|l| *l == name).count(), count, "{id} {name}");
            }
            assert_eq!(lines.iter().filter(|l| l.starts_with("DTSTAMP:20270131T000000Z")).count(), expected.len());
            assert_eq!(ics, calendar(&plan, id, Lang::En).unwrap(), "deterministic");
            assert!(!ics.replace("\r\n", "").contains('\n'), "only CRLF line endings");
        }
        let ics = calendar(&plan, "eln2020", Lang::En).unwrap();
        assert!(ics.contains("UID:tfr-aid-eln2020-20270131-m03@tfr-aid.local\r\n"));
        assert!(ics.contains("DTSTART;VALUE=DATE:20270430\r\nDTEND;VALUE=DATE:20270501\r\n"));
        let lines = unfold(&ics);
        assert!(lines.contains(&"SUMMARY;LANGUAGE=en:BCR-ABL1 PCR test\\, month 3 after stopping".to_owned()));
        assert_eq!(lines.first().map(String::as_str), Some("BEGIN:VCALENDAR"));
        assert_eq!(lines.last().map(String::as_str), Some("END:VCALENDAR"));
        for property in ["VERSION:2.0", &format!("PRODID:{PRODID}"), "CALSCALE:GREGORIAN"] {
            assert_eq!(lines.get(1..4).unwrap().iter().filter(|l| *l == property).count(), 1, "{property}");
        }
    }

    #[test]
    fn chinese_calendar_folds_and_keeps_every_character() {
        let plan = plan_for_stop(d("2028-02-29"));
        let ics = calendar(&plan, "nccn", Lang::Zh).unwrap();
        for physical in ics.split("\r\n") {
            assert!(physical.len() <= 75, "{physical}");
        }
        let lines = unfold(&ics);
        assert!(lines.contains(&"SUMMARY;LANGUAGE=zh-CN:BCR-ABL1 PCR 检测（停药后第 24 个月）".to_owned()));
        let expected = escape_text(
            &Msg::new(key!("monitoring.ics.description"))
                .with_key("guideline", key!("monitoring.nccn.name"))
                .render(Lang::Zh),
        );
        assert!(lines
            .iter()
            .any(|l| l.strip_prefix("DESCRIPTION;LANGUAGE=zh-CN:").is_some_and(|v| v.starts_with(&expected))));
    }

    #[test]
    fn unknown_guideline_gives_no_calendar() {
        let plan = plan_for_stop(d("2027-01-31"));
        assert_eq!(calendar(&plan, "esmo", Lang::En), None);
        assert_eq!(calendar(&plan, "", Lang::En), None);
    }

    #[test]
    fn the_last_event_says_testing_goes_on() {
        let plan = plan_for_stop(d("2027-01-31"));
        let lines = unfold(&calendar(&plan, "eln2020", Lang::En).unwrap());
        let with_after: Vec<&String> =
            lines.iter().filter(|l| l.contains("After that\\, tests go on every 3 months")).collect();
        assert_eq!(with_after.len(), 1);
    }
}
