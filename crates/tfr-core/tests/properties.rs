//! Property tests of the rules core: no input makes it panic, a later assessment date never takes a met criterion away,
//! the order of courses, results and attempts never changes the assessment, and `tfr-assess` always exits 0 or 2.

use chrono::{Days, NaiveDate};
use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};
use serde_json::{json, Map, Value};
use std::io::Write as _;
use std::process::{Command, Stdio};
use tfr_core::eligibility::{Criterion, GuidelineResult, Status, Verdict};
use tfr_core::i18n::Arg;
use tfr_core::{assess_json, Assessment, Profile};

// ------------------------------------------------------------------------------------------------ generators

/// Day 0 of the generators; assessment dates fall in 2013-2030.
fn epoch() -> NaiveDate {
    NaiveDate::from_ymd_opt(2000, 1, 1).unwrap()
}

fn day(offset: i64) -> NaiveDate {
    if offset >= 0 {
        epoch().checked_add_days(Days::new(offset.unsigned_abs())).unwrap()
    } else {
        epoch().checked_sub_days(Days::new(offset.unsigned_abs())).unwrap()
    }
}

fn iso(offset: i64) -> Value {
    Value::String(day(offset).format("%Y-%m-%d").to_string())
}

const DRUGS: &[&str] = &["imatinib", "dasatinib", "nilotinib", "bosutinib", "ponatinib", "asciminib", "other"];
const REASONS: &[Option<&str>] = &[Some("intolerance"), Some("resistance"), Some("other"), None];
const PHASES: &[Option<&str>] =
    &[Some("chronic_only"), Some("chronic_only"), Some("accelerated_or_blast"), Some("unknown"), None];
const TRANSCRIPTS: &[Option<&str>] =
    &[Some("e13a2"), Some("e14a2"), Some("e13a2_e14a2"), Some("atypical"), Some("unknown"), None];

/// A course length in days, often close to the 3-, 4- and 5-year thresholds, sometimes zero.
fn course_length() -> impl Strategy<Value = i64> {
    prop_oneof![
        3 => 0i64..4000,
        1 => Just(0i64),
        2 => prop_oneof![1093i64..1099, 1458i64..1464, 1823i64..1831],
    ]
}

#[derive(Clone, Debug)]
struct CourseSpec {
    gap: i64,
    length: i64,
    drug: &'static str,
    reason: Option<&'static str>,
}

fn course_spec() -> impl Strategy<Value = CourseSpec> {
    (
        prop_oneof![2 => Just(0i64), 1 => 0i64..400],
        course_length(),
        prop::sample::select(DRUGS),
        prop::sample::select(REASONS),
    )
        .prop_map(|(gap, length, drug, reason)| CourseSpec { gap, length, drug, reason })
}

/// Courses laid end to end (a course may start on the day the previous one ended) from `first` days before the
/// assessment date; the last may be ongoing. Courses that would start after the assessment date are dropped.
fn lay_out(at: i64, first: i64, specs: &[CourseSpec], last_ongoing: bool) -> Vec<Value> {
    let mut cursor = at - first;
    let mut out = Vec::new();
    for (i, s) in specs.iter().enumerate() {
        let start = cursor + s.gap;
        if start > at {
            break;
        }
        let end = (start + s.length).min(at);
        let ongoing = last_ongoing && i + 1 == specs.len();
        let mut c = Map::new();
        c.insert("drug".into(), json!(s.drug));
        c.insert("start".into(), iso(start));
        c.insert("end".into(), if ongoing { Value::Null } else { iso(end) });
        if !ongoing {
            if let Some(r) = s.reason {
                c.insert("reason_stopped".into(), json!(r));
            }
        }
        out.push(Value::Object(c));
        if ongoing {
            break;
        }
        cursor = end;
    }
    out
}

/// One PCR measurement, often on or near a threshold.
fn measurement() -> impl Strategy<Value = Value> {
    prop_oneof![
        3 => (-5.0f64..2.0).prop_map(|e| json!({"bcr_abl1_is": 10f64.powf(e).min(100.0)})),
        1 => prop::sample::select(vec![0.1, 0.01, 0.0032, 0.001, 0.0033, 0.0011, 0.011, 100.0])
            .prop_map(|v| json!({"bcr_abl1_is": v})),
        2 => prop_oneof![0u64..200_000, prop::sample::select(vec![10_000u64, 10_001, 32_000, 32_001, 100_000, 100_001])]
            .prop_map(|n| json!({"undetectable": true, "abl1_copies": n})),
    ]
}

/// A mostly deep measurement, for runs long enough to meet the criteria.
fn deep_measurement() -> impl Strategy<Value = Value> {
    prop_oneof![
        8 => prop_oneof![
            (0.0001f64..0.01).prop_map(|v| json!({"bcr_abl1_is": v})),
            (10_001u64..150_000).prop_map(|n| json!({"undetectable": true, "abl1_copies": n})),
        ],
        1 => measurement(),
    ]
}

fn with_date(mut m: Value, date: i64) -> Value {
    m.as_object_mut().unwrap().insert("date".into(), iso(date));
    m
}

/// PCR results: scattered at random, or every ~3 months (with jitter) and mostly deep.
fn pcr(at: i64) -> impl Strategy<Value = Vec<Value>> {
    prop_oneof![
        prop::collection::vec((0i64..4000, measurement()), 0..25)
            .prop_map(move |items| items.into_iter().map(|(back, m)| with_date(m, at - back)).collect()),
        (0i64..3000, prop::collection::vec((-10i64..10, deep_measurement()), 1..24)).prop_map(move |(first, items)| {
            items
                .into_iter()
                .enumerate()
                .map(|(i, (jitter, m))| (at - first + 91 * i64::try_from(i).unwrap() + jitter, m))
                .filter(|(d, _)| *d <= at)
                .map(|(d, m)| with_date(m, d))
                .collect()
        }),
    ]
}

fn lab() -> impl Strategy<Value = Option<Value>> {
    let flag = || prop::option::of(any::<bool>());
    let weeks = prop::option::of(prop_oneof![Just(2.0f64), Just(4.0), 0.0f64..8.0]);
    prop::option::weighted(0.8, (flag(), flag(), weeks)).prop_map(|lab| {
        lab.map(|(is, mr45, w)| json!({"international_scale": is, "sensitivity_mr45": mr45, "turnaround_weeks": w}))
    })
}

fn attempts(at: i64) -> impl Strategy<Value = Vec<Value>> {
    prop::collection::vec((0i64..4000, prop::option::of(0i64..400)), 0..3).prop_map(move |items| {
        items
            .into_iter()
            .map(|(back, off)| {
                let stopped = at - back;
                json!({"stopped": iso(stopped), "restarted": off.map(|o| iso((stopped + o).min(at)))})
            })
            .collect()
    })
}

/// A plausible `tfr-profile/1` document with `assessed_on` set. Almost always valid.
fn profile() -> impl Strategy<Value = Value> {
    (5000i64..11_000).prop_flat_map(|at| {
        (
            Just(at),
            prop::option::of(prop_oneof![Just(17.0f64), Just(18.0), 0.0f64..100.0]),
            prop::sample::select(PHASES),
            prop::sample::select(TRANSCRIPTS),
            (0i64..6000, prop::collection::vec(course_spec(), 0..5), prop::bool::weighted(0.8)),
            pcr(at),
            lab(),
            attempts(at),
            prop::option::of(0i64..400),
        )
            .prop_map(|(at, age, phase, transcript, (first, specs, ongoing), pcr, lab, attempts, planned)| {
                let mut p = Map::new();
                p.insert("format".into(), json!("tfr-profile/1"));
                p.insert("assessed_on".into(), iso(at));
                if let Some(a) = age {
                    p.insert("age_years".into(), json!(a));
                }
                if let Some(ph) = phase {
                    p.insert("phase_history".into(), json!(ph));
                }
                if let Some(t) = transcript {
                    p.insert("transcript".into(), json!(t));
                }
                p.insert("tki_courses".into(), Value::Array(lay_out(at, first, &specs, ongoing)));
                p.insert("pcr".into(), Value::Array(pcr));
                if let Some(l) = lab {
                    p.insert("lab".into(), l);
                }
                p.insert("prior_tfr_attempts".into(), Value::Array(attempts));
                if let Some(d) = planned {
                    p.insert("planned_stop".into(), iso(at + d));
                }
                Value::Object(p)
            })
    })
}

/// A profile close to eligible: chronic phase, typical transcript, a good lab, TKI courses near the 3-, 4- and 5-year
/// thresholds (ongoing or ended; often a single course of exactly a threshold's length in days, give or take one),
/// and a deep response tested every ~3 months. Verdicts here are often `eligible`.
fn good_profile() -> impl Strategy<Value = Value> {
    let spec = || {
        (
            prop_oneof![3 => Just(0i64), 1 => 0i64..60],
            course_length(),
            prop::sample::select(vec!["imatinib", "dasatinib", "nilotinib"]),
        )
            .prop_map(|(gap, length, drug)| CourseSpec { gap, length, drug, reason: Some("intolerance") })
    };
    (5000i64..11_000).prop_flat_map(move |at| {
        (
            Just(at),
            prop_oneof![Just(17.0f64), 18.0f64..90.0],
            prop::sample::select(vec!["e13a2", "e14a2", "e13a2_e14a2"]),
            (
                0i64..4500,
                prop_oneof![
                    prop::collection::vec(spec(), 1..3),
                    prop::sample::select(vec![1095i64, 1096, 1097, 1460, 1461, 1462, 1826, 1827, 1828]).prop_map(
                        |length| vec![CourseSpec { gap: 0, length, drug: "imatinib", reason: Some("other") }]
                    ),
                ],
                prop::bool::weighted(0.5),
            ),
            (0i64..3000, prop::collection::vec((-10i64..10, deep_measurement()), 8..30)),
            prop_oneof![Just(2.0f64), Just(3.0), Just(4.0)],
        )
            .prop_map(|(at, age, transcript, (first, specs, ongoing), (first_test, tests), weeks)| {
                let pcr: Vec<Value> = tests
                    .into_iter()
                    .enumerate()
                    .map(|(i, (jitter, m))| (at - first_test + 91 * i64::try_from(i).unwrap() + jitter, m))
                    .filter(|(d, _)| *d <= at)
                    .map(|(d, m)| with_date(m, d))
                    .collect();
                json!({
                    "format": "tfr-profile/1",
                    "assessed_on": iso(at),
                    "age_years": age,
                    "phase_history": "chronic_only",
                    "transcript": transcript,
                    "tki_courses": lay_out(at, first, &specs, ongoing),
                    "pcr": pcr,
                    "lab": {"international_scale": true, "sensitivity_mr45": true, "turnaround_weeks": weeks},
                })
            })
    })
}

/// Any JSON value, nested a few levels.
fn any_json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(|n| json!(n)),
        any::<u64>().prop_map(|n| json!(n)),
        any::<f64>().prop_map(|f| serde_json::Number::from_f64(f).map_or(Value::Null, Value::Number)),
        prop::sample::select(vec![-0.0, 1e-320, 1e300, -1e300, 0.0, 100.0, 100.000_000_1, 10_000.0, 1e15, 1e16])
            .prop_map(|f| json!(f)),
        any::<String>().prop_map(Value::String),
        "[0-9]{4}-[0-9]{2}-[0-9]{2}".prop_map(Value::String),
        prop::sample::select(vec![
            "tfr-profile/1",
            "2024-02-29",
            "2023-02-29",
            "0000-01-01",
            "9999-12-31",
            "2024-13-01",
            "imatinib",
            "nilotinib",
            "resistance",
            "intolerance",
            "chronic_only",
            "e14a2",
            "",
        ])
        .prop_map(|s| json!(s)),
    ];
    leaf.prop_recursive(4, 48, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::btree_map(
                prop_oneof![
                    prop::sample::select(vec![
                        "format",
                        "assessed_on",
                        "age_years",
                        "phase_history",
                        "transcript",
                        "tki_courses",
                        "pcr",
                        "lab",
                        "prior_tfr_attempts",
                        "planned_stop",
                        "drug",
                        "start",
                        "end",
                        "reason_stopped",
                        "date",
                        "bcr_abl1_is",
                        "undetectable",
                        "abl1_copies",
                        "international_scale",
                        "turnaround_weeks",
                        "stopped",
                        "restarted",
                    ])
                    .prop_map(str::to_owned),
                    any::<String>(),
                ],
                inner,
                0..6
            )
            .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

/// Every path to a value inside `v` (object keys and list indices).
fn paths(v: &Value, prefix: &mut Vec<PathStep>, out: &mut Vec<Vec<PathStep>>) {
    match v {
        Value::Object(m) => {
            for (k, child) in m {
                prefix.push(PathStep::Key(k.clone()));
                out.push(prefix.clone());
                paths(child, prefix, out);
                prefix.pop();
            }
        }
        Value::Array(items) => {
            for (i, child) in items.iter().enumerate() {
                prefix.push(PathStep::Index(i));
                out.push(prefix.clone());
                paths(child, prefix, out);
                prefix.pop();
            }
        }
        _ => {}
    }
}

#[derive(Clone, Debug)]
enum PathStep {
    Key(String),
    Index(usize),
}

fn slot<'a>(v: &'a mut Value, path: &[PathStep]) -> &'a mut Value {
    path.iter().fold(v, |v, step| match step {
        PathStep::Key(k) => &mut v[k.as_str()],
        PathStep::Index(i) => &mut v[*i],
    })
}

/// A plausible profile with one value, anywhere in it, replaced by any JSON value.
fn mutated_profile() -> impl Strategy<Value = Value> {
    (profile(), any::<prop::sample::Index>(), any_json()).prop_map(|(mut p, which, replacement)| {
        let mut all = Vec::new();
        paths(&p, &mut Vec::new(), &mut all);
        if !all.is_empty() {
            *slot(&mut p, &all[which.index(all.len())]) = replacement;
        }
        p
    })
}

/// Text a person or a broken program might feed the core.
const JSON_PIECES: &[&str] = &[
    "\"",
    "\\",
    "\\u",
    "\\n",
    "\\x",
    "d800",
    "DBFF",
    "dc00",
    "00",
    "0041",
    "A",
    "z",
    "\n",
    "\r",
    "\t",
    " ",
    "[",
    "]",
    "{",
    "}",
    ":",
    ",",
    "-",
    "0",
    "1",
    "9",
    ".",
    "e",
    "E",
    "+",
    "true",
    "tru",
    "null",
    "false",
    "\u{1}",
    "é",
    "阴",
    "\"a\"",
    "1e400",
    "18446744073709551616",
    "-0",
    "0.5",
];

fn any_text() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        prop::collection::vec(any::<u8>(), 0..300).prop_map(|b| String::from_utf8_lossy(&b).into_owned()),
        r#"[\[\]{}":,0-9a-z_. \-eE+]{0,200}"#,
        // Short runs of JSON's own pieces, where readers disagree most easily (escapes, surrogates, line ends).
        prop::collection::vec(prop::sample::select(JSON_PIECES), 0..14).prop_map(|pieces| pieces.concat()),
        any_json().prop_map(|v| v.to_string()),
        mutated_profile().prop_map(|v| v.to_string()),
        // A valid document cut short.
        (profile(), any::<prop::sample::Index>()).prop_map(|(p, at)| {
            let text = p.to_string();
            let cut = at.index(text.len() + 1);
            text.char_indices().take_while(|(i, _)| *i < cut).map(|(_, c)| c).collect()
        }),
    ]
}

// ------------------------------------------------------------------------------------------------ helpers

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 21).unwrap()
}

/// `cases` random cases, times `TFR_PROPTEST_SCALE` when set (for a longer search by hand). The seed is random unless
/// `PROPTEST_RNG_SEED` fixes it; the test command fixes it under CI, so that a CI run can be repeated exactly, and a
/// failure proptest finds is kept as a plain example test beside the code it is about.
fn runner(cases: u32) -> TestRunner {
    let scale = std::env::var("TFR_PROPTEST_SCALE").ok().and_then(|s| s.parse::<u32>().ok()).unwrap_or(1);
    TestRunner::new(Config {
        cases: cases.saturating_mul(scale.max(1)),
        failure_persistence: None,
        ..Config::default()
    })
}

fn guidelines(a: &Assessment) -> [(&'static str, &GuidelineResult); 3] {
    [
        ("eln2020_minimal", &a.eligibility.eln2020_minimal),
        ("eln2020_optimal", &a.eligibility.eln2020_optimal),
        ("nccn", &a.eligibility.nccn),
    ]
}

fn with_assessed_on(p: &Value, date: NaiveDate) -> Value {
    let mut p = p.clone();
    p["assessed_on"] = json!(date.format("%Y-%m-%d").to_string());
    p
}

fn error_codes(result: &Result<Assessment, Vec<tfr_core::FieldError>>) -> Vec<&'static str> {
    let mut codes: Vec<&'static str> =
        result.as_ref().err().map_or(Vec::new(), |e| e.iter().map(|f| f.problem.code()).collect());
    codes.sort_unstable();
    codes
}

// ------------------------------------------------------------------------------------------------ (a) never panics

#[test]
fn the_core_never_panics_on_any_text() {
    runner(1500)
        .run(&any_text(), |text| {
            let _ = assess_json(&text, today());
            let _ = Profile::from_json_str(&text, today());
            Ok(())
        })
        .unwrap();
}

/// Equal JSON, numbers included, except that a float with more than 19 significant digits or a decimal exponent
/// beyond ±22 may differ in its last bits: both readers round those approximately, in different ways (documented
/// in `tfr_core::number`). Laboratory values are far inside the exact range.
fn same_json(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Number(x), Value::Number(y)) if x.is_f64() || y.is_f64() => match (x.as_f64(), y.as_f64()) {
            (Some(x), Some(y)) => x == y || (x - y).abs() <= 1e-12 * x.abs().max(y.abs()),
            _ => false,
        },
        (Value::Array(x), Value::Array(y)) => x.len() == y.len() && x.iter().zip(y).all(|(x, y)| same_json(x, y)),
        (Value::Object(x), Value::Object(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|((kx, vx), (ky, vy))| kx == ky && same_json(vx, vy))
        }
        _ => a == b,
    }
}

/// The app reads and writes JSON text with `tfr_core::json_text` (no serde_json reader or writer in the browser):
/// it must accept and refuse exactly what serde_json does, at the same line and column, and write the same text.
#[test]
fn json_text_agrees_with_serde_json() {
    runner(3000)
        .run(&any_text(), |text| {
            let ours = tfr_core::json_text::parse(&text);
            let theirs = serde_json::from_str::<Value>(&text);
            match (&ours, &theirs) {
                (Ok(a), Ok(b)) => prop_assert!(same_json(a, b), "{:?}: ours {:?}, serde_json {:?}", text, a, b),
                (Err(at), Err(e)) => prop_assert_eq!((at.line, at.column), (e.line(), e.column()), "{:?}: {}", text, e),
                _ => prop_assert!(false, "{:?}: ours {:?}, serde_json {:?}", text, ours, theirs),
            }
            Ok(())
        })
        .unwrap();
    runner(1000)
        .run(&prop_oneof![any_json(), mutated_profile()], |value| {
            prop_assert_eq!(tfr_core::json_text::write(&value, false), serde_json::to_string(&value).unwrap());
            prop_assert_eq!(tfr_core::json_text::write(&value, true), serde_json::to_string_pretty(&value).unwrap());
            let back = tfr_core::json_text::parse(&tfr_core::json_text::write(&value, true));
            prop_assert!(back.as_ref().is_ok_and(|b| same_json(b, &value)), "{:?} read back as {:?}", value, back);
            Ok(())
        })
        .unwrap();
}

#[test]
fn the_core_never_panics_on_any_json_value() {
    runner(600)
        .run(&prop_oneof![any_json(), mutated_profile()], |value| {
            if let Ok(p) = Profile::from_json(&value, today()) {
                let _ = tfr_core::assess(&p);
            }
            let _ = assess_json(&value.to_string(), today());
            Ok(())
        })
        .unwrap();
}

#[test]
fn the_core_never_panics_on_deeply_nested_json() {
    for depth in [10, 127, 128, 129, 1_000, 100_000] {
        for (open, close) in [("[", "]"), ("{\"pcr\":", "}")] {
            let text = format!("{}{}", open.repeat(depth), close.repeat(depth));
            assert!(assess_json(&text, today()).is_err(), "depth {depth}");
            let inside =
                format!(r#"{{"format":"tfr-profile/1","pcr":[{}1{}]}}"#, open.repeat(depth), close.repeat(depth));
            assert!(assess_json(&inside, today()).is_err(), "depth {depth} inside pcr");
        }
    }
    // A value nested deeper than serde_json's parser allows (128), built directly, in every place the profile parser
    // looks. (Not much deeper: cloning and dropping a `Value` recurse, and test threads have small stacks.)
    let mut deep = json!(1);
    for _ in 0..150 {
        deep = json!([{ "date": deep }]);
    }
    for key in ["format", "assessed_on", "age_years", "tki_courses", "pcr", "lab", "prior_tfr_attempts", "planned_stop"]
    {
        let p = json!({"format": "tfr-profile/1", "assessed_on": "2026-11-21", key: deep.clone()});
        assert!(Profile::from_json(&p, today()).is_err(), "{key}");
    }
}

#[test]
fn the_core_never_panics_on_extreme_dates_and_numbers() {
    let texts = [
        r#"{"format":"tfr-profile/1","assessed_on":"9999-12-31","age_years":0,"tki_courses":[{"drug":"nilotinib","start":"0000-01-01"}],
           "pcr":[{"date":"0000-01-01","bcr_abl1_is":1e-320},{"date":"9999-12-31","undetectable":true,"abl1_copies":18446744073709551615}],
           "planned_stop":"9999-12-31"}"#,
        r#"{"format":"tfr-profile/1","assessed_on":"0000-01-01","tki_courses":[{"drug":"imatinib","start":"0000-01-01","end":"0000-01-01"}],
           "pcr":[{"date":"0000-01-01","bcr_abl1_is":100}],"prior_tfr_attempts":[{"stopped":"0000-01-01","restarted":"0000-01-01"}]}"#,
        r#"{"format":"tfr-profile/1","assessed_on":"2026-11-21","age_years":1e308,"lab":{"turnaround_weeks":-1e308},
           "pcr":[{"date":"2026-11-21","undetectable":true,"abl1_copies":1e300},{"date":"2026-11-21","undetectable":true,"abl1_copies":-0.0}]}"#,
    ];
    for text in texts {
        let _ = assess_json(text, today());
    }
    // Many results and courses (within the limits).
    let pcr: Vec<Value> = (0..5000i64)
        .map(|i| {
            let value = [0.001, 0.003, 0.005, 0.05, 0.2][usize::try_from(i % 5).unwrap()];
            json!({"date": iso(9000 - i), "bcr_abl1_is": value})
        })
        .collect();
    let courses: Vec<Value> = (0..150)
        .map(|i| json!({"drug": DRUGS[i % DRUGS.len()], "start": iso(2000 + 40 * i as i64), "end": iso(2040 + 40 * i as i64), "reason_stopped": "intolerance"}))
        .collect();
    let text =
        json!({"format": "tfr-profile/1", "assessed_on": iso(9000), "pcr": pcr, "tki_courses": courses}).to_string();
    assert!(assess_json(&text, today()).is_ok());
}

// ------------------------------------------------------------------------------------------------ (b) time only adds

#[test]
fn a_later_assessment_date_never_takes_a_met_criterion_away() {
    let checked_eligible = std::cell::Cell::new(0u32);
    runner(600)
        .run(&(prop_oneof![profile(), good_profile()], prop_oneof![4 => 1u64..4000, 1 => 1u64..40]), |(p, later_by)| {
            let first_date = tfr_core::dates::parse_iso(p["assessed_on"].as_str().unwrap()).unwrap();
            let later_date = first_date.checked_add_days(Days::new(later_by)).unwrap();
            let first = assess_json(&p.to_string(), today());
            let Ok(first) = first else { return Ok(()) };
            let later = assess_json(&with_assessed_on(&p, later_date).to_string(), today());
            let later = later
                .map_err(|e| TestCaseError::fail(format!("valid on {first_date}, invalid on {later_date}: {e:?}")))?;
            for ((id, before), (_, after)) in guidelines(&first).into_iter().zip(guidelines(&later)) {
                for (b, a) in before.criteria.iter().zip(&after.criteria) {
                    prop_assert!(
                        b.status != Status::Met || a.status == Status::Met,
                        "{id}: {} met on {first_date}, {:?} on {later_date}\n{}",
                        b.id,
                        a.status,
                        p
                    );
                }
                if before.verdict == Verdict::Eligible {
                    checked_eligible.set(checked_eligible.get() + 1);
                    prop_assert_eq!(
                        after.verdict,
                        Verdict::Eligible,
                        "{} on {} -> {}\n{}",
                        id,
                        first_date,
                        later_date,
                        p
                    );
                }
            }
            Ok(())
        })
        .unwrap();
    // The generator must reach eligible profiles often enough for this to mean something.
    let checked = checked_eligible.get();
    assert!(checked >= 20, "only {checked} eligible verdicts were checked");
}

/// The years a reason shows beside a threshold agree with its status ("2.9 years … asks for at least 3", never a
/// rounded-up "3.0"): years are counted as the rule counts them and rounded down.
fn shown_years_agree(c: &Criterion) -> Result<(), String> {
    let arg = |name: &str| {
        c.reason.args.iter().find(|(n, _)| *n == name).and_then(|(_, a)| match a {
            Arg::Text(t) => t.parse::<f64>().ok(),
            _ => None,
        })
    };
    let key = c.reason.key.name();
    let (years, threshold) = match (arg("years"), arg("threshold")) {
        (Some(y), Some(t)) => (y, t),
        (Some(y), None) if key == "reason.dmr_opt.met_mr4" => (y, 3.0),
        (Some(y), None) if key == "reason.dmr_opt.met_mr45" => (y, 2.0),
        (Some(y), None) if key == "reason.dmr_opt.short" => {
            let y45 = arg("years45").unwrap_or(0.0);
            return if y <= 3.0 && y45 <= 2.0 { Ok(()) } else { Err(format!("{key}: {y} and {y45} shown as not yet")) };
        }
        _ => return Ok(()),
    };
    let agrees = match c.status {
        Status::Met => years >= threshold,
        Status::Unmet if key.ends_with("_at_least") => years < threshold,
        Status::Unmet => years <= threshold,
        Status::Unknown => true,
    };
    if agrees {
        Ok(())
    } else {
        Err(format!("{} is {:?} but shows {years} years beside {threshold} ({key})", c.id, c.status))
    }
}

#[test]
fn tki_time_criteria_are_first_met_on_their_met_on_date() {
    const TKI_TIME: &[&str] = &["eln.tki_duration", "eln.tki_duration_optimal", "nccn.tki_duration"];
    let criterion_on = |p: &Value, date: NaiveDate, guideline: usize, id: &str| {
        let a = assess_json(&with_assessed_on(p, date).to_string(), today()).unwrap();
        guidelines(&a)[guideline].1.criteria.iter().find(|c| c.id == id).unwrap().clone()
    };
    runner(300)
        .run(&prop_oneof![profile(), good_profile()], |p| {
            let Ok(a) = assess_json(&p.to_string(), today()) else { return Ok(()) };
            for (g, (gid, result)) in guidelines(&a).into_iter().enumerate() {
                for c in &result.criteria {
                    prop_assert!(shown_years_agree(c).is_ok(), "{gid}: {:?}\n{p}", shown_years_agree(c));
                }
                for c in result.criteria.iter().filter(|c| TKI_TIME.contains(&c.id) && c.status == Status::Unmet) {
                    let Some(met_on) = c.met_on else { continue };
                    prop_assert!(met_on > a.assessed_on, "{gid} {}: met_on {met_on} not after {}", c.id, a.assessed_on);
                    let on = criterion_on(&p, met_on, g, c.id);
                    prop_assert_eq!(on.status, Status::Met, "{} {} on its met_on {}\n{}", gid, c.id, met_on, p);
                    let day_before = met_on.pred_opt().unwrap();
                    let before = criterion_on(&p, day_before, g, c.id);
                    prop_assert_eq!(before.status, Status::Unmet, "{} {} the day before {}\n{}", gid, c.id, met_on, p);
                    for boundary in [&on, &before] {
                        prop_assert!(
                            shown_years_agree(boundary).is_ok(),
                            "{gid}: {:?}\n{p}",
                            shown_years_agree(boundary)
                        );
                    }
                }
            }
            Ok(())
        })
        .unwrap();
}

/// Regression: TKI time of someone off treatment was measured in the calendar years before the assessment date, so a
/// later date whose 5 years held one more 29 February turned "over 5 years" (1827 days) into "not over".
#[test]
fn tki_time_off_treatment_does_not_shrink_when_assessed_later() {
    let p = json!({"format": "tfr-profile/1", "tki_courses": [{"drug": "imatinib", "start": "2021-03-01", "end": "2026-03-02"}]});
    for at in ["2026-03-02", "2026-11-21", "2028-02-29", "2028-06-01", "2029-02-28", "2032-03-01"] {
        let at = tfr_core::dates::parse_iso(at).unwrap();
        let a = assess_json(&with_assessed_on(&p, at).to_string(), today()).unwrap();
        let c = a.eligibility.eln2020_minimal.criteria.iter().find(|c| c.id == "eln.tki_duration").unwrap();
        assert_eq!(c.status, Status::Met, "assessed on {at}");
    }
}

// ------------------------------------------------------------------------------------------------ (c) order never matters

fn permuted(items: &Value, keys: &[u64]) -> Value {
    let Some(items) = items.as_array() else { return items.clone() };
    let mut order: Vec<usize> = (0..items.len()).collect();
    order.sort_by_key(|&i| keys.get(i).copied().unwrap_or(0));
    Value::Array(order.into_iter().map(|i| items[i].clone()).collect())
}

#[test]
fn reordering_courses_results_and_attempts_never_changes_the_assessment() {
    let keys = || prop::collection::vec(any::<u64>(), 30);
    runner(200)
        .run(&(prop_oneof![profile(), good_profile()], keys(), keys(), keys()), |(p, k1, k2, k3)| {
            let mut q = p.clone();
            for (field, k) in [("tki_courses", &k1), ("pcr", &k2), ("prior_tfr_attempts", &k3)] {
                q[field] = permuted(&p[field], k);
            }
            let a = assess_json(&p.to_string(), today());
            let b = assess_json(&q.to_string(), today());
            prop_assert_eq!(error_codes(&a), error_codes(&b), "validity changed with order:\n{}\n{}", p, q);
            if let (Ok(a), Ok(b)) = (a, b) {
                prop_assert_eq!(
                    serde_json::to_string(&a).unwrap(),
                    serde_json::to_string(&b).unwrap(),
                    "\n{}\n{}",
                    p,
                    q
                );
            }
            Ok(())
        })
        .unwrap();
}

/// Regression: a course of no length starting the day another starts was valid in one order and an overlap in the other.
#[test]
fn validity_of_a_zero_length_course_does_not_depend_on_order() {
    let short =
        json!({"drug": "imatinib", "start": "2020-01-01", "end": "2020-01-01", "reason_stopped": "intolerance"});
    let long = json!({"drug": "nilotinib", "start": "2020-01-01", "end": null});
    let doc = |courses: Value| {
        json!({"format": "tfr-profile/1", "assessed_on": "2026-11-21", "tki_courses": courses}).to_string()
    };
    let a = assess_json(&doc(json!([short, long])), today());
    let b = assess_json(&doc(json!([long, short])), today());
    assert_eq!(a.is_ok(), b.is_ok(), "{:?}\n{:?}", a.err(), b.err());
}

// ------------------------------------------------------------------------------------------------ (d) the command

#[test]
fn tfr_assess_exits_0_or_2_and_never_panics() {
    let bin = env!("CARGO_BIN_EXE_tfr-assess");
    let input = prop_oneof![2 => profile().prop_map(|p| p.to_string()), 1 => mutated_profile().prop_map(|p| p.to_string()), 2 => any_text()];
    runner(300)
        .run(&input, |text| {
            let mut child = Command::new(bin)
                .arg("-")
                .stdin(Stdio::piped())
                .stdout(Stdio::piped())
                .stderr(Stdio::piped())
                .spawn()
                .unwrap();
            let mut stdin = child.stdin.take().unwrap();
            let bytes = text.clone().into_bytes();
            let writer = std::thread::spawn(move || {
                let _ = stdin.write_all(&bytes);
            });
            let out = child.wait_with_output().unwrap();
            writer.join().unwrap();
            let stderr = String::from_utf8_lossy(&out.stderr);
            let code = out.status.code();
            prop_assert!(matches!(code, Some(0 | 2)), "exit {:?}, stderr {}\ninput {:?}", code, stderr, text);
            prop_assert!(!stderr.contains("panicked"), "stderr {}\ninput {:?}", stderr, text);
            let doc: Value = serde_json::from_slice(&out.stdout)
                .map_err(|e| TestCaseError::fail(format!("stdout is not JSON ({e}) for input {text:?}")))?;
            let expected_format = if code == Some(0) { "tfr-assessment/1" } else { "tfr-errors/1" };
            prop_assert_eq!(doc["format"].as_str(), Some(expected_format));
            Ok(())
        })
        .unwrap();
}
