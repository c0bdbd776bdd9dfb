//! Benchmarks of the rules core: `assess` for a typical profile (2 courses, 30 results) and for 100, 1,000 and
//! 10,000 results, so the cost per result can be seen to stay flat. Groups: `assess_json` (JSON text -> parse ->
//! validate -> assess, what `tfr-assess` and a loaded file do), `assess` (an already validated `Profile`, what the
//! app does on each keystroke) and `parse_validate` (`Profile::from_json_str` alone). Profiles are generated
//! deterministically.
//!
//! Run: `cargo bench -p tfr-core --bench assess` (short measurement times; about 2 minutes on 2 cores).
//! Figures: BENCHMARKS.md at the repository root.

#![allow(missing_docs, clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)]

use chrono::{Duration, NaiveDate};
use criterion::{black_box, criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use serde_json::{json, Value};
use std::time::Duration as StdDuration;
use tfr_core::{assess, assess_json, Profile};

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn iso(d: NaiveDate) -> String {
    d.format("%Y-%m-%d").to_string()
}

/// A small deterministic generator (xorshift64*), so every run benchmarks the same profiles.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

/// One PCR result, shaped like a real history: falling towards MMR in the first tenth, then mostly deep
/// (MR4, MR4.5, undetectable) with an occasional MMR blip before the last third, which stays deep.
fn pcr_result(rng: &mut Rng, i: usize, n: usize, day: NaiveDate) -> Value {
    let d = iso(day);
    if i * 10 < n {
        let fraction = 1.0 - i as f64 / (n as f64 / 10.0).max(1.0);
        let v = (0.08 + 10.0 * fraction * fraction * 10.0).min(100.0);
        return json!({"date": d, "bcr_abl1_is": (v * 1e4).round() / 1e4});
    }
    let blip_allowed = i * 3 < n * 2;
    match rng.below(20) {
        0 if blip_allowed => json!({"date": d, "bcr_abl1_is": 0.05}),
        0..=5 => json!({"date": d, "bcr_abl1_is": 0.005 + rng.below(40) as f64 / 10_000.0}),
        6..=12 => json!({"date": d, "bcr_abl1_is": 0.0015 + rng.below(15) as f64 / 10_000.0}),
        13..=18 => json!({"date": d, "undetectable": true, "abl1_copies": 35_000 + rng.below(60_000)}),
        _ => json!({"date": d, "undetectable": true, "abl1_copies": 5_000 + rng.below(5_000)}),
    }
}

/// A `tfr-profile/1` document with `n` results from `first` to 2026-11-15 and two TKI courses
/// (imatinib stopped for intolerance, then nilotinib, ongoing).
fn profile_json(n: usize, first: NaiveDate, seed: u64) -> String {
    let assessed_on = date(2026, 11, 21);
    let last = date(2026, 11, 15);
    let span = (last - first).num_days();
    let mut rng = Rng(seed);
    let pcr: Vec<Value> = (0..n)
        .map(|i| {
            let offset = if n > 1 { span * i as i64 / (n as i64 - 1) } else { span };
            pcr_result(&mut rng, i, n, first + Duration::days(offset))
        })
        .collect();
    let start = first - Duration::days(90);
    let switch = start + Duration::days(400);
    let doc = json!({
        "format": "tfr-profile/1",
        "assessed_on": iso(assessed_on),
        "age_years": 57,
        "phase_history": "chronic_only",
        "transcript": "e14a2",
        "tki_courses": [
            {"drug": "imatinib", "start": iso(start), "end": iso(switch), "reason_stopped": "intolerance"},
            {"drug": "nilotinib", "start": iso(switch), "end": null},
        ],
        "pcr": pcr,
        "lab": {"international_scale": true, "sensitivity_mr45": true, "turnaround_weeks": 2},
        "prior_tfr_attempts": [],
        "planned_stop": "2027-01-15",
        "osteoarticular_history": false,
    });
    serde_json::to_string(&doc).unwrap()
}

/// The profiles benchmarked: (label, results, JSON). The typical one has 30 results three months apart; the large
/// ones spread their results over the same 27 years, so only the number of results changes between them.
fn cases() -> Vec<(String, usize, String)> {
    let mut cases = vec![("typical_30".to_string(), 30, profile_json(30, date(2019, 8, 15), 1))];
    for n in [100, 1_000, 10_000] {
        cases.push((format!("n_{n}"), n, profile_json(n, date(1999, 8, 15), 7)));
    }
    cases
}

fn today() -> NaiveDate {
    date(2026, 11, 21)
}

fn bench_assess_json(c: &mut Criterion) {
    let mut group = c.benchmark_group("assess_json");
    for (label, n, text) in cases() {
        assert!(assess_json(&text, today()).is_ok(), "{label} must be a valid profile");
        group.throughput(Throughput::Elements(n as u64));
        group.bench_with_input(BenchmarkId::from_parameter(&label), &text, |b, text| {
            b.iter(|| assess_json(black_box(text), today()).unwrap())
        });
    }
    group.finish();
}

/// Parsing and validation alone (the difference between the two groups above), to see where JSON time goes.
fn bench_parse_validate(c: &mut Criterion) {
    let mut group = c.benchmark_group("parse_validate");
    for (label, n, text) in cases() {
        group.throughput(Throughput::Elements(n as u64));
        group.bench_with_input(BenchmarkId::from_parameter(&label), &text, |b, text| {
            b.iter(|| Profile::from_json_str(black_box(text), today()).unwrap())
        });
    }
    group.finish();
}

fn bench_assess(c: &mut Criterion) {
    let mut group = c.benchmark_group("assess");
    for (label, n, text) in cases() {
        let profile = Profile::from_json_str(&text, today()).expect("valid profile");
        assert_eq!(profile.pcr.len(), n);
        group.throughput(Throughput::Elements(n as u64));
        group.bench_with_input(BenchmarkId::from_parameter(&label), &profile, |b, profile| {
            b.iter(|| assess(black_box(profile)))
        });
    }
    group.finish();
}

fn config() -> Criterion {
    // Short on purpose: the machine is small and shared. Enough to see the per-result cost.
    Criterion::default()
        .sample_size(20)
        .warm_up_time(StdDuration::from_millis(500))
        .measurement_time(StdDuration::from_secs(2))
        .without_plots()
}

criterion_group! { name = benches; config = config(); targets = bench_assess_json, bench_assess, bench_parse_validate }
criterion_main!(benches);
