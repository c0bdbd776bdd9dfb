//! The monitoring plan after stopping: dated PCR tests under each guideline, the restart rule, and what a rising result means.
//!
//! Every test is a whole number of months after the stop date, computed from the stop date itself
//! (never from the previous test) with [`add_months`], so a stop on 31 January gives tests on
//! 28 or 29 February, 31 March, 30 April, ... Clinical texts are catalogue messages with their source ids.

use crate::dates::add_months;
use crate::i18n::Key;
use crate::i18n::Msg;
use crate::key;
use crate::profile::Profile;
use chrono::NaiveDate;
use serde::Serialize;

/// Months after the stop that the plan lists: the first 3 years. Testing goes on after that.
pub const LISTED_MONTHS: u32 = 36;

/// Ids of the guidelines with a schedule, in display order.
pub const GUIDELINE_IDS: &[&str] = &["eln2020", "nccn"];

/// How far apart tests are in the period a test belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
pub enum Period {
    /// A test every month.
    #[serde(rename = "monthly")]
    Monthly,
    /// A test every 2 months.
    #[serde(rename = "every_2_months")]
    Every2Months,
    /// A test every 3 months.
    #[serde(rename = "every_3_months")]
    Every3Months,
}

impl Period {
    /// Months between two tests in this period.
    pub fn months(self) -> u32 {
        match self {
            Period::Monthly => 1,
            Period::Every2Months => 2,
            Period::Every3Months => 3,
        }
    }

    /// Catalogue key of the period's name ("Every 2 months").
    pub fn label(self) -> Key {
        match self {
            Period::Monthly => key!("monitoring.period.monthly"),
            Period::Every2Months => key!("monitoring.period.every_2_months"),
            Period::Every3Months => key!("monitoring.period.every_3_months"),
        }
    }
}

/// One planned PCR test.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Test {
    /// Day of the test.
    pub date: NaiveDate,
    /// Whole months after the stop date (1, 2, ... 36).
    pub month: u32,
    /// The testing interval of the period this test belongs to.
    pub period: Period,
}

impl Test {
    /// Label for a list or table row ("Month 3").
    pub fn label(&self) -> Msg {
        Msg::new(key!("monitoring.test.month")).with("month", self.month.to_string())
    }
}

/// A text with the ids of the sources behind it (see [`crate::sources`]).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Cited {
    /// The text.
    pub text: Msg,
    /// Source ids.
    pub sources: Vec<&'static str>,
}

fn cited(key: Key, sources: &[&'static str]) -> Cited {
    Cited { text: Msg::new(key), sources: sources.to_vec() }
}

/// One guideline's schedule of tests after stopping.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Schedule {
    /// `eln2020` or `nccn`.
    pub id: &'static str,
    /// Short name ("ELN 2020").
    pub name: Msg,
    /// Which version we implement and how far we could check it.
    pub version: Msg,
    /// The schedule in words.
    pub rule: Msg,
    /// What to be careful about with this schedule (NCCN: versions differ).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub caveat: Option<Msg>,
    /// How we turned the rule into dates.
    pub interpretation: Msg,
    /// The tests of the first [`LISTED_MONTHS`] months, in date order.
    pub tests: Vec<Test>,
    /// What happens after the listed months (tests go on every 3 months).
    pub after: Msg,
    /// Source ids.
    pub sources: Vec<&'static str>,
}

impl Schedule {
    /// The test dates, in order.
    pub fn dates(&self) -> Vec<NaiveDate> {
        self.tests.iter().map(|t| t.date).collect()
    }
}

/// What happens if the disease comes back: the relapse trigger, restarting, and testing after restart.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Restart {
    /// What counts as a relapse (loss of MMR: BCR-ABL1 above 0.1% IS).
    pub relapse: Cited,
    /// When to restart the TKI (promptly; ELN 2020 as tabulated: within 4 weeks).
    pub restart: Cited,
    /// Testing after a restart, each text with the source it actually has.
    pub after_restart: Vec<Cited>,
}

/// The monitoring plan for one stop date.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Monitoring {
    /// The day the TKI is (or was) stopped; month 0 of the plan.
    pub stop_date: NaiveDate,
    /// How many months after the stop the schedules list.
    pub listed_months: u32,
    /// The test dates, one list per guideline id (`eln2020`, `nccn`), in [`GUIDELINE_IDS`] order; the same dates as
    /// in [`Monitoring::guidelines`]. Written out as a JSON object keyed by id.
    #[serde(serialize_with = "as_map")]
    pub schedules: Vec<(&'static str, Vec<NaiveDate>)>,
    /// Each guideline's schedule in full, in [`GUIDELINE_IDS`] order.
    pub guidelines: Vec<Schedule>,
    /// The restart rule and testing after a restart.
    pub restart: Restart,
    /// What a result that rises but stays within MMR means.
    pub rising_below_mmr: Cited,
    /// Points to talk through with the haematologist before stopping.
    pub to_discuss: Vec<Msg>,
}

fn as_map<S: serde::Serializer>(pairs: &[(&'static str, Vec<NaiveDate>)], serializer: S) -> Result<S::Ok, S::Error> {
    serializer.collect_map(pairs.iter().map(|(id, dates)| (id, dates)))
}

impl Monitoring {
    /// The schedule with this guideline id.
    pub fn schedule(&self, id: &str) -> Option<&Schedule> {
        self.guidelines.iter().find(|s| s.id == id)
    }
}

/// The plan for the profile's planned stop, if it has one.
pub fn monitoring(profile: &Profile) -> Option<Monitoring> {
    profile.planned_stop.map(plan_for_stop)
}

/// The plan for a stop on `stop` (the app calls this with the date a person picks).
pub fn plan_for_stop(stop: NaiveDate) -> Monitoring {
    let guidelines: Vec<Schedule> = RULES.iter().map(|rule| schedule(rule, stop)).collect();
    Monitoring {
        stop_date: stop,
        listed_months: LISTED_MONTHS,
        schedules: guidelines.iter().map(|s| (s.id, s.dates())).collect(),
        guidelines,
        restart: Restart {
            relapse: cited(key!("monitoring.relapse"), &["eln2020", "nccn2019"]),
            restart: cited(key!("monitoring.restart"), &["hematolrep2020", "medscape2019"]),
            after_restart: vec![
                cited(key!("monitoring.after_restart.nccn"), &["medscape2019"]),
                cited(key!("monitoring.after_restart.eln"), &["eln2020"]),
                cited(key!("monitoring.after_restart.kid"), &["kid"]),
            ],
        },
        rising_below_mmr: cited(key!("monitoring.rising"), &["eln2020", "medscape2019"]),
        to_discuss: vec![Msg::new(key!("monitoring.discuss.schedule")), Msg::new(key!("monitoring.discuss.results"))],
    }
}

/// A schedule as data: each period with the last month it covers; every 3 months after the last one.
struct Rule {
    id: &'static str,
    /// `(through_month, period)`: tests `period` apart until `through_month`.
    periods: &'static [(u32, Period)],
    caveat: Option<Key>,
    sources: &'static [&'static str],
}

const RULES: &[Rule] = &[
    Rule {
        id: "eln2020",
        periods: &[(6, Period::Monthly), (12, Period::Every2Months)],
        caveat: None,
        sources: &["eln2020"],
    },
    Rule {
        id: "nccn",
        periods: &[(6, Period::Monthly), (24, Period::Every2Months)],
        caveat: Some(key!("monitoring.nccn.caveat")),
        sources: &["nccn2019", "medscape2019"],
    },
];

impl Rule {
    /// The period of the step that starts at `month`.
    fn period_after(&self, month: u32) -> Period {
        self.periods.iter().find(|(through, _)| month < *through).map_or(Period::Every3Months, |(_, period)| *period)
    }

    /// Months after the stop with a test, up to [`LISTED_MONTHS`].
    fn months(&self) -> Vec<(u32, Period)> {
        let mut out = Vec::new();
        let mut month = 0;
        loop {
            let period = self.period_after(month);
            month += period.months();
            if month > LISTED_MONTHS {
                return out;
            }
            out.push((month, period));
        }
    }

    fn key(&self, part: &'static str) -> Key {
        match (self.id, part) {
            ("eln2020", "name") => key!("monitoring.eln2020.name"),
            ("eln2020", "version") => key!("monitoring.eln2020.version"),
            ("eln2020", "rule") => key!("monitoring.eln2020.rule"),
            ("eln2020", "interpretation") => key!("monitoring.eln2020.interpretation"),
            ("eln2020", _) => key!("monitoring.eln2020.after"),
            (_, "name") => key!("monitoring.nccn.name"),
            (_, "version") => key!("monitoring.nccn.version"),
            (_, "rule") => key!("monitoring.nccn.rule"),
            (_, "interpretation") => key!("monitoring.nccn.interpretation"),
            (_, _) => key!("monitoring.nccn.after"),
        }
    }
}

fn schedule(rule: &Rule, stop: NaiveDate) -> Schedule {
    let mut tests: Vec<Test> = Vec::new();
    for (month, period) in rule.months() {
        // Each date is computed from the stop date, never from the previous test.
        let date = add_months(stop, month);
        // add_months saturates at chrono's last date; keep the list strictly increasing even there.
        if date > stop && tests.last().is_none_or(|t| t.date < date) {
            tests.push(Test { date, month, period });
        }
    }
    Schedule {
        id: rule.id,
        name: Msg::new(rule.key("name")),
        version: Msg::new(rule.key("version")),
        rule: Msg::new(rule.key("rule")),
        caveat: rule.caveat.map(Msg::new),
        interpretation: Msg::new(rule.key("interpretation")),
        tests,
        after: Msg::new(rule.key("after")).with("years", (LISTED_MONTHS / 12).to_string()),
        sources: rule.sources.to_vec(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dates::parse_iso;
    use crate::i18n::{text, Lang};
    use chrono::Datelike;
    use proptest::prelude::*;

    fn d(text: &str) -> NaiveDate {
        parse_iso(text).unwrap()
    }

    /// Checks tests of one guideline's schedule for a stop date: `(month after stopping, expected date)` pairs.
    fn check(stop: &str, guideline: &str, expected: &[(u32, &str)]) {
        let plan = plan_for_stop(d(stop));
        let schedule = plan.schedule(guideline).unwrap();
        let got: Vec<(u32, Option<String>)> = expected
            .iter()
            .map(|(month, _)| (*month, schedule.tests.iter().find(|t| t.month == *month).map(|t| t.date.to_string())))
            .collect();
        let want: Vec<(u32, Option<String>)> = expected.iter().map(|(m, s)| (*m, Some((*s).to_owned()))).collect();
        assert_eq!(got, want, "stop {stop}, {guideline}");
    }

    #[test]
    fn month_end_stop_moves_to_each_months_last_day() {
        check(
            "2027-01-31",
            "eln2020",
            &[
                (1, "2027-02-28"),
                (2, "2027-03-31"),
                (3, "2027-04-30"),
                (4, "2027-05-31"),
                (5, "2027-06-30"),
                (6, "2027-07-31"),
                (8, "2027-09-30"),
                (10, "2027-11-30"),
                (12, "2028-01-31"),
                (15, "2028-04-30"),
            ],
        );
        // In a leap year February has 29 days.
        check("2028-01-31", "eln2020", &[(1, "2028-02-29"), (2, "2028-03-31"), (3, "2028-04-30")]);
        // Days 29 and 30 clamp too, and come back once the month is long enough.
        check("2027-01-30", "nccn", &[(1, "2027-02-28"), (2, "2027-03-30")]);
        check("2027-03-31", "eln2020", &[(1, "2027-04-30"), (2, "2027-05-31"), (3, "2027-06-30")]);
    }

    #[test]
    fn month_end_clamping_does_not_carry_over_to_later_tests() {
        // Stepping from the previous test instead of the stop date would drift 31 -> 28 -> 28 ...
        let stop = d("2027-01-31");
        for schedule in &plan_for_stop(stop).guidelines {
            for test in &schedule.tests {
                assert_eq!(test.date, add_months(stop, test.month));
                assert_eq!(crate::dates::add_days(test.date, 1).day(), 1, "{} is not a month's last day", test.date);
            }
        }
    }

    #[test]
    fn leap_day_stop_keeps_the_29th_where_it_exists() {
        check(
            "2028-02-29",
            "eln2020",
            &[(1, "2028-03-29"), (2, "2028-04-29"), (6, "2028-08-29"), (12, "2029-02-28"), (15, "2029-05-29")],
        );
        let plan = plan_for_stop(d("2028-02-29"));
        let eln = plan.schedule("eln2020").unwrap();
        let feb: Vec<String> = eln.tests.iter().filter(|t| t.date.month() == 2).map(|t| t.date.to_string()).collect();
        assert_eq!(feb, ["2029-02-28", "2030-02-28", "2031-02-28"]);
    }

    #[test]
    fn stops_late_in_the_year_cross_into_the_next_year() {
        check("2026-11-15", "eln2020", &[(1, "2026-12-15"), (2, "2027-01-15"), (3, "2027-02-15")]);
        check("2026-12-31", "nccn", &[(1, "2027-01-31"), (2, "2027-02-28"), (3, "2027-03-31")]);
        check("2026-12-31", "eln2020", &[(1, "2027-01-31"), (2, "2027-02-28")]);
        let plan = plan_for_stop(d("2026-12-31"));
        let eln = plan.schedule("eln2020").unwrap();
        assert_eq!(eln.tests.last().map(|t| t.date), Some(d("2029-12-31")));
    }

    /// Tests per listed year, and per period, for one guideline.
    fn counts(guideline: &str) -> (Vec<usize>, Vec<(Period, usize)>) {
        let plan = plan_for_stop(d("2027-01-15"));
        let schedule = plan.schedule(guideline).unwrap();
        let per_year =
            (1..=3).map(|year| schedule.tests.iter().filter(|t| t.month.div_ceil(12) == year).count()).collect();
        let per_period = [Period::Monthly, Period::Every2Months, Period::Every3Months]
            .into_iter()
            .map(|p| (p, schedule.tests.iter().filter(|t| t.period == p).count()))
            .collect();
        (per_year, per_period)
    }

    #[test]
    fn number_of_tests_in_each_period() {
        // ELN 2020: 6 monthly + 3 two-monthly in year 1, then 4 a year.
        assert_eq!(
            counts("eln2020"),
            (vec![9, 4, 4], vec![(Period::Monthly, 6), (Period::Every2Months, 3), (Period::Every3Months, 8)])
        );
        // NCCN (2019 summary): 6 monthly, 9 two-monthly in months 7-24 (months 8 ... 24), then 4 a year.
        assert_eq!(
            counts("nccn"),
            (vec![9, 6, 4], vec![(Period::Monthly, 6), (Period::Every2Months, 9), (Period::Every3Months, 4)])
        );
    }

    #[test]
    fn months_follow_the_guideline_periods() {
        let months = |id: &str| -> Vec<u32> {
            plan_for_stop(d("2027-01-15")).schedule(id).unwrap().tests.iter().map(|t| t.month).collect()
        };
        assert_eq!(months("eln2020"), [1, 2, 3, 4, 5, 6, 8, 10, 12, 15, 18, 21, 24, 27, 30, 33, 36]);
        assert_eq!(months("nccn"), [1, 2, 3, 4, 5, 6, 8, 10, 12, 14, 16, 18, 20, 22, 24, 27, 30, 33, 36]);
    }

    #[test]
    fn schedules_are_keyed_by_guideline_and_match_the_tests() {
        let plan = plan_for_stop(d("2027-01-15"));
        let keys: Vec<&str> = plan.schedules.iter().map(|(id, _)| *id).collect();
        assert_eq!(keys, GUIDELINE_IDS);
        let ids: Vec<&str> = plan.guidelines.iter().map(|s| s.id).collect();
        assert_eq!(ids, GUIDELINE_IDS);
        for schedule in &plan.guidelines {
            assert_eq!(
                plan.schedules.iter().find(|(id, _)| *id == schedule.id).map(|(_, d)| d),
                Some(&schedule.dates())
            );
        }
        let json = serde_json::to_value(&plan).unwrap();
        assert_eq!(json["stop_date"], "2027-01-15");
        assert_eq!(json["schedules"]["eln2020"][0], "2027-02-15");
        assert_eq!(json["schedules"]["nccn"][6], "2027-09-15");
        assert_eq!(
            json["guidelines"][0]["tests"][6],
            serde_json::json!({"date": "2027-09-15", "month": 8, "period": "every_2_months"})
        );
        assert!(json["restart"]["relapse"]["text"].as_str().unwrap().contains("0.1%"));
        assert!(json["guidelines"][1]["caveat"].as_str().unwrap().contains("7 to 24"));
        assert!(json["guidelines"][0].get("caveat").is_none());
    }

    #[test]
    fn plan_follows_the_profiles_planned_stop() {
        let mut profile = Profile::empty(d("2026-06-01"));
        assert_eq!(monitoring(&profile), None);
        profile.planned_stop = Some(d("2026-07-01"));
        assert_eq!(monitoring(&profile), Some(plan_for_stop(d("2026-07-01"))));
    }

    #[test]
    fn every_text_is_in_the_catalogue_and_every_source_exists() {
        let plan = plan_for_stop(d("2027-01-15"));
        let mut msgs: Vec<&Msg> =
            vec![&plan.restart.relapse.text, &plan.restart.restart.text, &plan.rising_below_mmr.text];
        msgs.extend(plan.restart.after_restart.iter().map(|c| &c.text));
        msgs.extend(plan.to_discuss.iter());
        let mut sources: Vec<&str> = [&plan.restart.relapse, &plan.restart.restart, &plan.rising_below_mmr]
            .into_iter()
            .chain(plan.restart.after_restart.iter())
            .flat_map(|c| c.sources.iter().copied())
            .collect();
        for s in &plan.guidelines {
            msgs.extend([&s.name, &s.version, &s.rule, &s.interpretation, &s.after]);
            msgs.extend(s.caveat.iter());
            sources.extend(s.sources.iter().copied());
            assert!(!s.sources.is_empty());
        }
        let labels: Vec<Msg> = [Period::Monthly, Period::Every2Months, Period::Every3Months]
            .into_iter()
            .map(|p| Msg::new(p.label()))
            .chain(std::iter::once(plan.guidelines[0].tests[0].label()))
            .collect();
        msgs.extend(labels.iter());
        for msg in msgs {
            for lang in Lang::ALL {
                assert!(!text(lang, msg.key).is_empty(), "{:?} missing in {lang:?}", msg.key);
                assert!(!msg.render(lang).contains('{'), "{:?} has an unfilled placeholder", msg.key);
            }
        }
        for id in sources {
            assert!(crate::evidence::exists(id), "unknown source id {id}");
        }
        let mut ids: Vec<&str> = crate::sources::SOURCES.iter().map(|s| s.id).collect();
        ids.sort_unstable();
        let before = ids.len();
        ids.dedup();
        assert_eq!(ids.len(), before, "source ids must be unique");
    }

    #[test]
    fn after_restart_texts_keep_their_attribution() {
        // ELN's testing after a restart is not verified: its text must not state a schedule.
        let plan = plan_for_stop(d("2027-01-15"));
        let eln = plan.restart.after_restart.iter().find(|c| c.sources == ["eln2020"]).unwrap();
        assert!(!eln.text.render(Lang::En).contains("every month"));
        let nccn = plan.restart.after_restart.iter().find(|c| c.sources == ["medscape2019"]).unwrap();
        assert!(nccn.text.render(Lang::En).contains("NCCN"));
        assert!(plan.restart.restart.sources.contains(&"hematolrep2020"));
    }

    #[test]
    fn the_last_representable_day_gives_an_empty_but_valid_plan() {
        let plan = plan_for_stop(NaiveDate::MAX);
        assert!(plan.guidelines.iter().all(|s| s.tests.is_empty()));
    }

    proptest! {
        #[test]
        fn schedules_are_sorted_without_duplicates(days in 0i64..3_000_000) {
            let stop = crate::dates::add_days(d("0001-01-01"), days);
            let plan = plan_for_stop(stop);
            for schedule in &plan.guidelines {
                prop_assert!(schedule.tests.windows(2).all(|w| w[0].date < w[1].date && w[0].month < w[1].month));
                for test in &schedule.tests {
                    prop_assert!(test.date > stop);
                    prop_assert_eq!(test.date, add_months(stop, test.month));
                    // Same day of the month, or the month's last day when that day does not exist.
                    let next_day = crate::dates::add_days(test.date, 1);
                    prop_assert!(test.date.day() == stop.day() || (test.date.day() < stop.day() && next_day.day() == 1));
                }
            }
        }
    }
}
