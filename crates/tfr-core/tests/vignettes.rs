//! The vignette suite: each file in `tests/vignettes/` is a profile with its verdicts, criteria, reasons and response summary
//! worked out by hand from the rules; and golden files in `tests/golden/` holding whole assessments for a few of them.
//!
//! A vignette is `{"description", "profile" (or "profile_text" for input that is not JSON), "expect"}`. `expect` holds either
//! `"errors"` (field paths, or `{"field", "code", "line", "column"}`) or any of `eln2020_minimal`, `eln2020_optimal`, `nccn`
//! (`verdict`, `earliest_date`, `criteria`, `to_find_out`), `response` and `results` (grades in date order). Only listed keys
//! are compared. A criterion is expected as a status, or as `{"status", "reason", "met_on"}` where `reason` is the catalogue
//! key of the reason, so the texts can be reworded without touching the vignettes.
//!
//! `UPDATE_GOLDEN=1 cargo test -p tfr-core --test vignettes` rewrites the golden files; review the diff before committing.

use chrono::NaiveDate;
use serde_json::{Map, Value};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use tfr_core::eligibility::{Criterion, GuidelineResult, Status};
use tfr_core::{assess_json, Assessment, FieldError, Problem};

/// The suite must not shrink below this.
const MIN_VIGNETTES: usize = 25;

/// Vignettes whose whole assessment is kept as a golden file.
const GOLDEN: &[&str] = &[
    "verdict_eligible_first_line_imatinib",
    "verdict_not_yet_null_latest_exactly_0_1",
    "verdict_nothing_known_incomplete",
    "boundary_leap_day_run_exactly_2_years",
    "rule_2g_nilotinib_over_4_years_total_under_5",
    "rule_resistance_switch_fails_line_and_no_failure",
];

/// Stands in for a missing `assessed_on`; every vignette gives its own, so this date must never show.
fn fallback_today() -> NaiveDate {
    NaiveDate::from_ymd_opt(1999, 1, 1).unwrap()
}

fn dir(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests").join(name)
}

struct Vignette {
    name: String,
    description: String,
    /// The profile as text, exactly what `assess_json` reads.
    text: String,
    expect: Map<String, Value>,
}

fn load(path: &Path) -> Vignette {
    let name = path.file_stem().unwrap().to_string_lossy().into_owned();
    let raw = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{name}: cannot read: {e}"));
    let file: Value = serde_json::from_str(&raw).unwrap_or_else(|e| panic!("{name}: not JSON: {e}"));
    let description = file["description"].as_str().unwrap_or_default().to_owned();
    assert!(!description.is_empty(), "{name}: needs a description");
    let text = match (&file["profile"], &file["profile_text"]) {
        (Value::Object(profile), Value::Null) => {
            assert!(profile.contains_key("assessed_on"), "{name}: the profile must give assessed_on");
            serde_json::to_string_pretty(profile).unwrap()
        }
        (Value::Null, Value::String(text)) => {
            assert!(text.contains("\"assessed_on\""), "{name}: the profile text must give assessed_on");
            text.clone()
        }
        _ => panic!("{name}: needs exactly one of \"profile\" (an object) or \"profile_text\" (a string)"),
    };
    let expect = file["expect"].as_object().cloned().unwrap_or_else(|| panic!("{name}: needs an \"expect\" object"));
    Vignette { name, description, text, expect }
}

fn load_all() -> Vec<Vignette> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(dir("vignettes"))
        .expect("tests/vignettes exists")
        .map(|entry| entry.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    paths.sort();
    paths.iter().map(|p| load(p)).collect()
}

#[test]
fn vignettes_match_their_hand_derived_expectations() {
    let vignettes = load_all();
    assert!(
        vignettes.len() >= MIN_VIGNETTES,
        "only {} vignettes in tests/vignettes; the suite needs at least {MIN_VIGNETTES}",
        vignettes.len()
    );
    let mut report = String::new();
    let mut failed = 0;
    for v in &vignettes {
        let diffs = check(v);
        if !diffs.is_empty() {
            failed += 1;
            let _ = writeln!(report, "\n{}\n  ({})", v.name, v.description);
            for d in diffs {
                let _ = writeln!(report, "  - {d}");
            }
        }
    }
    assert!(failed == 0, "{failed} of {} vignettes differ from their expectations:\n{report}", vignettes.len());
}

fn check(v: &Vignette) -> Vec<String> {
    let result = assess_json(&v.text, fallback_today());
    match (v.expect.get("errors"), result) {
        (Some(expected), Err(errors)) => {
            let mut diffs = unknown_keys("expect", &v.expect, &["errors"]);
            diffs.extend(compare_errors(expected, &errors));
            diffs
        }
        (Some(_), Ok(a)) => vec![format!(
            "expected input errors, got an assessment (verdicts {}, {}, {})",
            a.eligibility.eln2020_minimal.verdict.id(),
            a.eligibility.eln2020_optimal.verdict.id(),
            a.eligibility.nccn.verdict.id()
        )],
        (None, Err(errors)) => vec![format!("expected an assessment, got input errors: {}", show_errors(&errors))],
        (None, Ok(a)) => compare_assessment(&v.expect, &a),
    }
}

fn unknown_keys(at: &str, map: &Map<String, Value>, allowed: &[&str]) -> Vec<String> {
    map.keys()
        .filter(|k| !allowed.contains(&k.as_str()))
        .map(|k| format!("{at}: unknown expectation key {k:?} (allowed: {allowed:?})"))
        .collect()
}

fn compare_assessment(expect: &Map<String, Value>, a: &Assessment) -> Vec<String> {
    let mut diffs =
        unknown_keys("expect", expect, &["eln2020_minimal", "eln2020_optimal", "nccn", "response", "results"]);
    for (id, result) in [
        ("eln2020_minimal", &a.eligibility.eln2020_minimal),
        ("eln2020_optimal", &a.eligibility.eln2020_optimal),
        ("nccn", &a.eligibility.nccn),
    ] {
        if let Some(e) = expect.get(id) {
            diffs.extend(compare_guideline(id, e, result));
        }
    }
    if let Some(e) = expect.get("response") {
        diffs.extend(compare_response(e, a));
    }
    if let Some(e) = expect.get("results") {
        let expected: Vec<&str> = e.as_array().unwrap().iter().map(|g| g.as_str().unwrap()).collect();
        let actual: Vec<&str> = a.results.iter().map(|r| r.grade.id()).collect();
        if expected != actual {
            diffs.push(format!("results (grades in date order): expected {expected:?}, got {actual:?}"));
        }
    }
    diffs
}

fn status_id(s: Status) -> &'static str {
    match s {
        Status::Met => "met",
        Status::Unmet => "unmet",
        Status::Unknown => "unknown",
    }
}

fn date_value(d: Option<NaiveDate>) -> Value {
    d.map_or(Value::Null, |d| Value::String(d.format("%Y-%m-%d").to_string()))
}

fn compare_guideline(id: &str, expect: &Value, g: &GuidelineResult) -> Vec<String> {
    let expect = expect.as_object().unwrap_or_else(|| panic!("expect.{id} must be an object"));
    let mut diffs = unknown_keys(id, expect, &["verdict", "earliest_date", "criteria", "to_find_out"]);
    let unmet: Vec<&str> = g.criteria.iter().filter(|c| c.status != Status::Met).map(|c| c.id).collect();
    let context = format!("[criteria not met: {unmet:?}]");
    if let Some(e) = expect.get("verdict") {
        if e.as_str() != Some(g.verdict.id()) {
            diffs.push(format!("{id}.verdict: expected {e}, got \"{}\" {context}", g.verdict.id()));
        }
    }
    if let Some(e) = expect.get("earliest_date") {
        let got = date_value(g.earliest_date);
        if *e != got {
            diffs.push(format!("{id}.earliest_date: expected {e}, got {got} {context}"));
        }
    }
    if let Some(e) = expect.get("criteria") {
        for (cid, ce) in e.as_object().unwrap_or_else(|| panic!("expect.{id}.criteria must be an object")) {
            match g.criteria.iter().find(|c| c.id == cid) {
                None => diffs.push(format!(
                    "{id}: no criterion {cid:?} (has {:?})",
                    g.criteria.iter().map(|c| c.id).collect::<Vec<_>>()
                )),
                Some(c) => diffs.extend(compare_criterion(&format!("{id}.criteria[{cid}]"), ce, c)),
            }
        }
    }
    if let Some(e) = expect.get("to_find_out") {
        let expected: Vec<&str> = e.as_array().unwrap().iter().map(|k| k.as_str().unwrap()).collect();
        let actual: Vec<&str> = g.to_find_out.iter().map(|m| m.key.name()).collect();
        if expected != actual {
            diffs.push(format!("{id}.to_find_out: expected {expected:?}, got {actual:?}"));
        }
    }
    diffs
}

fn compare_criterion(at: &str, expect: &Value, c: &Criterion) -> Vec<String> {
    let got_reason = format!("(reason {}: {:?})", c.reason.key.name(), c.reason.render(tfr_core::Lang::En));
    let mut diffs = Vec::new();
    let (status, fields) = match expect {
        Value::String(s) => (s.as_str(), None),
        Value::Object(o) => (o.get("status").and_then(Value::as_str).unwrap_or("?"), Some(o)),
        other => panic!("{at}: expected a status or an object, found {other}"),
    };
    if status != status_id(c.status) {
        diffs.push(format!("{at}: expected {status:?}, got {:?} {got_reason}", status_id(c.status)));
    }
    if let Some(o) = fields {
        diffs.extend(unknown_keys(at, o, &["status", "reason", "met_on"]));
        if let Some(r) = o.get("reason") {
            if r.as_str() != Some(c.reason.key.name()) {
                diffs.push(format!("{at}.reason: expected {r}, got {:?} {got_reason}", c.reason.key));
            }
        }
        if let Some(m) = o.get("met_on") {
            let got = date_value(c.met_on);
            if *m != got {
                diffs.push(format!("{at}.met_on: expected {m}, got {got}"));
            }
        }
    }
    diffs
}

fn compare_response(expect: &Value, a: &Assessment) -> Vec<String> {
    let actual = serde_json::to_value(&a.response).unwrap();
    let mut diffs = Vec::new();
    for (key, e) in expect.as_object().expect("expect.response must be an object") {
        match actual.get(key) {
            None => diffs.push(format!("response.{key}: no such field in {actual}")),
            Some(got) if !same(e, got) => diffs.push(format!("response.{key}: expected {e}, got {got}")),
            Some(_) => {}
        }
    }
    diffs
}

/// JSON equality, with numbers compared as numbers (`2` equals `2.0`).
fn same(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Number(x), Value::Number(y)) => (x.as_f64().unwrap() - y.as_f64().unwrap()).abs() < 1e-9,
        _ => a == b,
    }
}

fn problem_line_column(p: &Problem) -> Option<(usize, usize)> {
    match p {
        Problem::MalformedJson { line, column } => Some((*line, *column)),
        _ => None,
    }
}

fn show_errors(errors: &[FieldError]) -> String {
    let items: Vec<String> = errors.iter().map(|e| format!("{:?}: {}", e.field, e.problem.code())).collect();
    format!("[{}]", items.join(", "))
}

/// Compares as multisets: every expected problem must be found once, and no other problem may be reported.
fn compare_errors(expected: &Value, errors: &[FieldError]) -> Vec<String> {
    let mut unused: Vec<&FieldError> = errors.iter().collect();
    let mut diffs = Vec::new();
    for e in expected.as_array().expect("expect.errors must be a list") {
        let (field, code, line, column) = match e {
            Value::String(field) => (field.as_str(), None, None, None),
            Value::Object(o) => {
                diffs.extend(unknown_keys("errors[]", o, &["field", "code", "line", "column"]));
                (
                    o.get("field").and_then(Value::as_str).expect("an expected error needs a field"),
                    o.get("code").and_then(Value::as_str),
                    o.get("line").and_then(Value::as_u64),
                    o.get("column").and_then(Value::as_u64),
                )
            }
            other => panic!("expected error must be a field path or an object, found {other}"),
        };
        let matches = |f: &&FieldError| {
            let position = problem_line_column(&f.problem);
            f.field == field
                && code.is_none_or(|c| c == f.problem.code())
                && line.is_none_or(|l| position.is_some_and(|(pl, _)| pl as u64 == l))
                && column.is_none_or(|c| position.is_some_and(|(_, pc)| pc as u64 == c))
        };
        match unused.iter().position(matches) {
            Some(i) => {
                unused.remove(i);
            }
            None => diffs.push(format!("missing error {e}")),
        }
    }
    for f in unused {
        let position =
            problem_line_column(&f.problem).map(|(l, c)| format!(" at line {l}, column {c}")).unwrap_or_default();
        diffs.push(format!(
            "unexpected error {:?}: {}{position} ({})",
            f.field,
            f.problem.code(),
            f.problem.render(tfr_core::Lang::En)
        ));
    }
    if !diffs.is_empty() {
        diffs.push(format!("all errors reported: {}", show_errors(errors)));
    }
    diffs
}

// ------------------------------------------------------------------------------------------------ golden files

#[test]
fn golden_assessments_match() {
    let update = std::env::var("UPDATE_GOLDEN").is_ok_and(|v| v == "1");
    let golden_dir = dir("golden");
    if update {
        std::fs::create_dir_all(&golden_dir).unwrap();
    }
    let mut report = String::new();
    for name in GOLDEN {
        let v = load(&dir("vignettes").join(format!("{name}.json")));
        let assessment =
            assess_json(&v.text, fallback_today()).unwrap_or_else(|e| panic!("{name}: {}", show_errors(&e)));
        let actual = serde_json::to_value(&assessment).unwrap();
        let path = golden_dir.join(format!("{name}.json"));
        if update {
            std::fs::write(&path, serde_json::to_string_pretty(&actual).unwrap() + "\n").unwrap();
            continue;
        }
        let expected: Value = match std::fs::read_to_string(&path) {
            Ok(text) => serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: not JSON: {e}", path.display())),
            Err(e) => {
                let _ = writeln!(report, "\n{name}: cannot read {}: {e}", path.display());
                continue;
            }
        };
        let mut diffs = Vec::new();
        value_diff("$", &expected, &actual, &mut diffs);
        if !diffs.is_empty() {
            let _ = writeln!(report, "\n{name} ({} differences):", diffs.len());
            for d in diffs.iter().take(25) {
                let _ = writeln!(report, "  - {d}");
            }
        }
    }
    // No stale golden files.
    if let Ok(entries) = std::fs::read_dir(&golden_dir) {
        for entry in entries {
            let path = entry.unwrap().path();
            let stem = path.file_stem().unwrap().to_string_lossy().into_owned();
            if !GOLDEN.contains(&stem.as_str()) {
                let _ = writeln!(report, "\n{}: a golden file for no vignette in GOLDEN", path.display());
            }
        }
    }
    assert!(
        report.is_empty(),
        "golden assessments differ (if the change is intended, run with UPDATE_GOLDEN=1 and review the diff):\n{report}"
    );
}

fn value_diff(path: &str, expected: &Value, actual: &Value, out: &mut Vec<String>) {
    match (expected, actual) {
        (Value::Object(e), Value::Object(a)) => {
            for (k, ev) in e {
                match a.get(k) {
                    Some(av) => value_diff(&format!("{path}.{k}"), ev, av, out),
                    None => out.push(format!("{path}.{k}: missing (expected {ev})")),
                }
            }
            for (k, av) in a {
                if !e.contains_key(k) {
                    out.push(format!("{path}.{k}: unexpected {av}"));
                }
            }
        }
        (Value::Array(e), Value::Array(a)) => {
            for (i, (ev, av)) in e.iter().zip(a).enumerate() {
                value_diff(&format!("{path}[{i}]"), ev, av, out);
            }
            if e.len() != a.len() {
                out.push(format!("{path}: expected {} items, got {}", e.len(), a.len()));
            }
        }
        _ if same(expected, actual) => {}
        _ => out.push(format!("{path}: expected {expected}, got {actual}")),
    }
}
