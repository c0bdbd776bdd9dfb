//! Outlook vignettes: which trials match whom, what shifts the odds, withdrawal-syndrome risk factors, and the
//! options side by side, for hand-built profiles (imatinib only, first-line nilotinib, second-line dasatinib, a
//! second attempt, e13a2 against e14a2, bone and joint history with 10 years of TKI, and edge cases).

use chrono::{Datelike, NaiveDate};
use proptest::prelude::*;
use serde_json::{json, Value};
use std::collections::BTreeSet;
use tfr_core::eligibility::Facts;
use tfr_core::i18n::{text, Key, Lang};
use tfr_core::key;
use tfr_core::outlook::{self, outlook, Applies, CiSource, Fit, Outlook, TrialMatch};
use tfr_core::Profile;

const TODAY: &str = "2025-06-01";

fn date(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

/// Results every 3 months from `from` to `to` (inclusive), each `entry` with its date added.
fn quarterly(from: &str, to: &str, entry: Value) -> Vec<Value> {
    let (mut d, end) = (date(from), date(to));
    let mut out = Vec::new();
    while d <= end {
        let mut e = entry.clone();
        e["date"] = json!(d.format("%Y-%m-%d").to_string());
        out.push(e);
        d = d.checked_add_months(chrono::Months::new(3)).unwrap();
    }
    out
}

fn undetectable(copies: u64) -> Value {
    json!({"undetectable": true, "abl1_copies": copies})
}

fn percent(v: f64) -> Value {
    json!({ "bcr_abl1_is": v })
}

fn profile(courses: Value, pcr: Vec<Value>, extra: Value) -> Profile {
    let mut doc = json!({
        "format": "tfr-profile/1",
        "assessed_on": TODAY,
        "age_years": 52,
        "phase_history": "chronic_only",
        "transcript": "e14a2",
        "tki_courses": courses,
        "pcr": pcr,
        "lab": {"international_scale": true, "sensitivity_mr45": true, "turnaround_weeks": 2}
    });
    if let (Some(d), Some(e)) = (doc.as_object_mut(), extra.as_object()) {
        for (k, v) in e {
            d.insert(k.clone(), v.clone());
        }
    }
    Profile::from_json(&doc, date(TODAY)).unwrap_or_else(|e| panic!("fixture invalid: {e:?}"))
}

fn run(p: &Profile) -> Outlook {
    outlook(&Facts::new(p))
}

/// Imatinib since 2016 (9.4 years): MR4 by %IS for 4 years, then undetectable with 60,000 ABL1 copies for 4 years.
fn imatinib_only() -> Profile {
    let mut pcr = quarterly("2017-01-15", "2020-12-15", percent(0.005));
    pcr.extend(quarterly("2021-03-01", "2025-05-01", undetectable(60_000)));
    profile(json!([{"drug": "imatinib", "start": "2016-01-10"}]), pcr, json!({}))
}

/// First-line nilotinib since 2019 (6.4 years), MR4.5 by %IS (0.002%) for over 4 years.
fn first_line_nilotinib() -> Profile {
    profile(
        json!([{"drug": "nilotinib", "start": "2019-01-01"}]),
        quarterly("2021-01-10", "2025-04-10", percent(0.002)),
        json!({}),
    )
}

/// Imatinib 2014-2016, stopped for side effects; dasatinib since; MR4 (0.008%) since 2018.
fn second_line_dasatinib() -> Profile {
    profile(
        json!([
            {"drug": "imatinib", "start": "2014-01-01", "end": "2016-06-01", "reason_stopped": "intolerance"},
            {"drug": "dasatinib", "start": "2016-06-01"}
        ]),
        quarterly("2018-02-01", "2025-05-01", percent(0.008)),
        json!({}),
    )
}

/// Imatinib-only, a first stop in 2019 that ended in relapse, back on imatinib since.
fn second_attempt() -> Profile {
    let mut pcr = quarterly("2015-01-15", "2018-12-15", undetectable(60_000));
    pcr.push(json!({"date": "2019-05-01", "bcr_abl1_is": 0.3}));
    pcr.extend(quarterly("2020-01-15", "2025-04-15", undetectable(60_000)));
    profile(
        json!([
            {"drug": "imatinib", "start": "2011-01-01", "end": "2019-01-01", "reason_stopped": "other"},
            {"drug": "imatinib", "start": "2019-05-15"}
        ]),
        pcr,
        json!({"prior_tfr_attempts": [{"stopped": "2019-01-01", "restarted": "2019-05-15"}]}),
    )
}

fn ids(trials: &[TrialMatch]) -> BTreeSet<&'static str> {
    trials.iter().map(|t| t.id).collect()
}

fn listed(o: &Outlook) -> BTreeSet<&'static str> {
    ids(&o.trials).union(&ids(&o.partial_trials)).copied().collect()
}

fn partial<'a>(o: &'a Outlook, id: &str) -> &'a TrialMatch {
    o.partial_trials.iter().find(|t| t.id == id).unwrap_or_else(|| panic!("{id} is not a partial match"))
}

fn factor<'a>(o: &'a Outlook, id: &str) -> &'a outlook::Factor {
    o.factors.iter().find(|f| f.id == id).unwrap_or_else(|| panic!("no factor {id}"))
}

fn option<'a>(o: &'a Outlook, id: &str) -> &'a outlook::OptionOutlook {
    o.options.iter().find(|x| x.id == id).unwrap_or_else(|| panic!("no option {id}"))
}

const IMATINIB_TRIALS: &[&str] = &["stim1", "twister", "isav", "astim", "jalsg_stim213", "domest", "kid"];
const NILOTINIB_OR_DASATINIB_TRIALS: &[&str] = &["enestfreedom", "enestop", "stat2", "dadi", "dasfree", "stop2gtki"];

#[test]
fn imatinib_only_matches_imatinib_trials_and_euroski_not_nilotinib_trials() {
    let o = run(&imatinib_only());
    let full = ids(&o.trials);
    for id in IMATINIB_TRIALS.iter().chain(&["euroski", "euroski_final"]) {
        assert!(full.contains(id), "{id} should fully match; full: {full:?}; partial: {:?}", ids(&o.partial_trials));
    }
    for id in NILOTINIB_OR_DASATINIB_TRIALS {
        assert!(!listed(&o).contains(id), "{id} studied another TKI and must not be listed");
    }
    assert!(!o.second_attempt);
    assert!(!listed(&o).contains("restim"), "second-attempt data only for a second attempt");
    // Full matches carry no differences, and every trial shows its relapse definition and a citation.
    for t in &o.trials {
        assert!(t.differs.is_empty() && t.not_checked.is_empty(), "{}", t.id);
        assert!(t.relapse_definition.name().starts_with("relapse."));
        let c = t.citation.as_ref().unwrap();
        assert!(c.pmid.is_some() || c.doi.is_some() || c.citation_note.is_some(), "{}", t.id);
    }
    // ISAV shows its relapse share over the follow-up, never a TFR rate.
    let isav = o.trials.iter().find(|t| t.id == "isav").unwrap();
    assert!(isav.results.iter().all(|r| r.measure == tfr_core::evidence::Measure::Relapsed && r.over_follow_up));
    assert_eq!(isav.results[0].percent, 48.1);
    assert!(isav.notes.iter().any(|n| n.key == key!("note.isav")));
}

#[test]
fn imatinib_summary_ranges_use_only_full_matches_in_their_windows() {
    let o = run(&imatinib_only());
    let at12 = &o.summary[0];
    assert_eq!(at12.about_months, 12);
    let got: BTreeSet<(&str, u32)> = at12.included.iter().map(|i| (i.id, i.time as u32)).collect();
    assert_eq!(got, BTreeSet::from([("jalsg_stim213", 12), ("domest", 12), ("kid", 12)]));
    assert_eq!((at12.low, at12.high), (Some(62.2), Some(68.6)));
    let at24 = &o.summary[1];
    let got: BTreeSet<(&str, u32)> = at24.included.iter().map(|i| (i.id, i.time as u32)).collect();
    assert_eq!(got, BTreeSet::from([("euroski", 24), ("twister", 24), ("domest", 24), ("kid", 24)]));
    assert_eq!((at24.low, at24.high), (Some(47.1), Some(64.3)));
    let en = at24.text.render(Lang::En);
    assert!(en.contains("47.1% to 64.3%") && en.contains("35.7% to 52.9%"), "both framings: {en}");
}

#[test]
fn first_line_nilotinib_matches_enestfreedom_and_only_partly_enestop() {
    let o = run(&first_line_nilotinib());
    let full = ids(&o.trials);
    for id in ["enestfreedom", "stat2", "euroski", "euroski_final"] {
        assert!(full.contains(id), "{id}; full: {full:?}");
    }
    let enestop = partial(&o, "enestop");
    let keys: Vec<Key> = enestop.differs.iter().map(|m| m.key).collect();
    assert_eq!(keys, [key!("differs.after_imatinib")], "only the line of treatment differs");
    let why = enestop.differs[0].render(Lang::En);
    assert!(why.to_lowercase().contains("nilotinib after imatinib"), "{why}");
    assert!(enestop.differs[0].render(Lang::Zh).contains("尼洛替尼"));
    // STOP 2G-TKI asked for undetectable BCR-ABL1; these results are detectable MR4.5.
    assert_eq!(
        partial(&o, "stop2gtki").differs.iter().map(|m| m.key).collect::<Vec<_>>(),
        [key!("differs.undetectable_none")]
    );
    for id in IMATINIB_TRIALS.iter().chain(&["dadi", "dasfree"]) {
        assert!(!listed(&o).contains(id), "{id}");
    }
    // ENESTfreedom keeps its own units: 48 and 96 weeks, counted as about 12 and about 24 months.
    let ef = o.trials.iter().find(|t| t.id == "enestfreedom").unwrap();
    let units: Vec<(f64, &str)> = ef
        .results
        .iter()
        .map(|r| (r.time.unwrap(), serde_json::to_value(r.unit).unwrap().as_str().unwrap().to_owned().leak() as &str))
        .collect();
    assert!(units.contains(&(48.0, "weeks")) && units.contains(&(96.0, "weeks")), "{units:?}");
    assert!(o.summary[0].included.iter().any(|i| i.id == "enestfreedom" && i.time == 48.0));
    assert!(o.summary[1].included.iter().any(|i| i.id == "enestfreedom" && i.time == 96.0));
    let r48 = ef.results.iter().find(|r| r.time == Some(48.0)).unwrap();
    assert_eq!(r48.percent, 51.6);
    assert_eq!(r48.ci_source, CiSource::Computed, "no paper CI: Wilson from 98/190 (count derived)");
    assert!(r48.count.unwrap().derived);
    let r96 =
        ef.results.iter().find(|r| r.time == Some(96.0) && r.measure == tfr_core::evidence::Measure::Tfr).unwrap();
    assert_eq!((r96.percent, r96.count.unwrap().x, r96.count.unwrap().n), (48.9, 93, 190));
    assert_eq!(r96.ci95, Some([41.9, 56.0]));
    assert!(ef.notes.iter().any(|n| n.render(Lang::En).contains("52.6%")), "the note names the seed's figure");
    // The withdrawal table marks nilotinib as the person's TKI.
    let yours: Vec<&str> = o.withdrawal.by_drug.iter().filter(|d| d.yours == Some(true)).map(|d| d.drug).collect();
    assert_eq!(yours, ["nilotinib"]);
}

#[test]
fn second_line_dasatinib_matches_dadi() {
    let o = run(&second_line_dasatinib());
    let full = ids(&o.trials);
    for id in ["dadi", "dasfree", "euroski", "euroski_final"] {
        assert!(full.contains(id), "{id}; full: {full:?}; partial {:?}", ids(&o.partial_trials));
    }
    assert_eq!(
        partial(&o, "stop2gtki").differs.iter().map(|m| m.key).collect::<Vec<_>>(),
        [key!("differs.undetectable_none")]
    );
    for id in IMATINIB_TRIALS.iter().chain(&["enestfreedom", "enestop", "stat2"]) {
        assert!(!listed(&o).contains(id), "{id}");
    }
    let dadi = o.trials.iter().find(|t| t.id == "dadi").unwrap();
    assert_eq!(dadi.relapse_definition, key!("relapse.loss_of_mr4_single"));
    assert!(dadi.relapse_stricter_than_mmr);
    let r36 = dadi.results.iter().find(|r| r.time == Some(36.0)).unwrap();
    assert_eq!((r36.percent, r36.ci95, r36.ci_source), (44.4, Some([32.0, 56.2]), CiSource::Paper));
    assert!(dadi.results.iter().all(|r| r.time != Some(24.0)), "DADI has no 24-month figure");
}

#[test]
fn first_line_dasatinib_meets_dadi_only_in_part() {
    let p = profile(
        json!([{"drug": "dasatinib", "start": "2018-01-01"}]),
        quarterly("2020-01-10", "2025-04-10", percent(0.008)),
        json!({}),
    );
    let o = run(&p);
    assert_eq!(partial(&o, "dadi").differs.iter().map(|m| m.key).collect::<Vec<_>>(), [key!("differs.line_later")]);
    assert!(ids(&o.trials).contains("dasfree"));
}

#[test]
fn second_attempt_gets_restim_instead_of_first_attempt_trials() {
    let o = run(&second_attempt());
    assert!(o.second_attempt);
    assert_eq!(ids(&o.trials), BTreeSet::from(["restim"]));
    assert!(o.partial_trials.is_empty());
    assert!(o.trials_notes.iter().any(|m| m.key == key!("outlook.trials.second_attempt")));
    let restim = &o.trials[0];
    assert!(restim.results.iter().all(|r| r.time != Some(6.0)), "RE-STIM's 6-month figure is unverified");
    assert!(restim.notes.iter().any(|n| n.key == key!("note.restim")));
    assert_eq!(factor(&o, "prior_attempt").applies, Applies::Present);
    // The stop option uses RE-STIM at 24 months: 42 in 100.
    let stop = option(&o, "stop");
    assert_eq!(stop.source, Some("restim"));
    let counts: Vec<(&str, u8)> = stop.icon_arrays[0].outcomes.iter().map(|x| (x.id, x.count)).collect();
    assert_eq!(counts, [("off_tki_remission", 42), ("back_on_tki", 58)]);
    let halve = option(&o, "halve_then_stop");
    assert_eq!(halve.fits, Some(Fit::NotComparable));
    assert!(halve.caveats.iter().any(|m| m.key == key!("option.halve.caveat.second")));
}

#[test]
fn second_attempt_on_nilotinib_still_sees_restim_with_the_drug_named() {
    let p = profile(
        json!([{"drug": "nilotinib", "start": "2015-01-01"}]),
        quarterly("2021-01-10", "2025-04-10", percent(0.002)),
        json!({"prior_tfr_attempts": [{"stopped": "2019-01-01", "restarted": "2019-05-15"}]}),
    );
    let o = run(&p);
    assert!(o.trials.is_empty());
    let restim = partial(&o, "restim");
    assert!(restim.differs.iter().any(|m| m.key == key!("differs.drug")));
    assert!(
        restim.differs[0].render(Lang::En).contains("Imatinib")
            || restim.differs[0].render(Lang::En).contains("imatinib")
    );
}

#[test]
fn transcript_factor_follows_e13a2_and_e14a2() {
    let e14 = run(&imatinib_only());
    let mut p = imatinib_only();
    p.transcript = tfr_core::profile::Transcript::E13a2;
    let e13 = run(&p);
    let (f14, f13) = (factor(&e14, "transcript_e14a2"), factor(&e13, "transcript_e14a2"));
    assert_eq!((f14.applies, f13.applies), (Applies::Present, Applies::Absent));
    assert_eq!(f14.direction, outlook::Direction::Higher);
    let durable: Vec<f64> = f14
        .figures
        .iter()
        .filter(|f| f.measure == tfr_core::evidence::Measure::DurableTfrAllPatients)
        .map(|f| f.percent)
        .collect();
    assert_eq!(durable, [23.5, 3.0]);
    assert!(f14.text.render(Lang::En).contains("include people who never stopped"), "denominators named");
    // The transcript does not change which trials match.
    assert_eq!(ids(&e14.trials), ids(&e13.trials));
    p.transcript = tfr_core::profile::Transcript::Both;
    let both = run(&p);
    assert_eq!(factor(&both, "transcript_e14a2").applies, Applies::Unknown);
    assert_eq!(factor(&both, "transcript_e14a2").text.key, key!("factor.transcript.both"));
}

#[test]
fn bone_and_joint_history_with_ten_years_of_tki_has_both_withdrawal_risk_factors() {
    let p = profile(
        json!([{"drug": "imatinib", "start": "2015-05-01"}]),
        quarterly("2018-01-10", "2025-04-10", undetectable(60_000)),
        json!({"osteoarticular_history": true}),
    );
    let o = run(&p);
    let rf: Vec<(&str, Option<bool>, &str)> =
        o.withdrawal.risk_factors.iter().map(|r| (r.id, r.present, r.source)).collect();
    assert_eq!(
        rf,
        [("tki_over_93_months", Some(true), "berger2019"), ("osteoarticular_history", Some(true), "berger2019")]
    );
    let json = serde_json::to_value(&o.withdrawal).unwrap();
    assert_eq!(json["risk_factors"][0]["present"], json!(true));
    assert_eq!(json["range_percent"].as_array().unwrap().len(), 2);
    let yours: Vec<&str> = o.withdrawal.by_drug.iter().filter(|d| d.yours == Some(true)).map(|d| d.drug).collect();
    assert_eq!(yours, ["imatinib"]);
}

#[test]
fn withdrawal_risk_factors_absent_and_unknown() {
    let short = profile(
        json!([{"drug": "imatinib", "start": "2019-01-01"}]),
        quarterly("2021-01-10", "2025-04-10", undetectable(60_000)),
        json!({"osteoarticular_history": false}),
    );
    let o = run(&short);
    assert!(o.withdrawal.risk_factors.iter().all(|r| r.present == Some(false)));
    let empty = run(&Profile::empty(date(TODAY)));
    assert!(empty.withdrawal.risk_factors.iter().all(|r| r.present.is_none()));
}

#[test]
fn tki_time_threshold_is_over_93_months() {
    let at = date(TODAY);
    let start = |months: u32| at.checked_sub_months(chrono::Months::new(months)).unwrap();
    let present = |start: NaiveDate| {
        let p =
            profile(json!([{"drug": "imatinib", "start": start.format("%Y-%m-%d").to_string()}]), vec![], json!({}));
        run(&p).withdrawal.risk_factors[0].present
    };
    assert_eq!(present(start(93)), Some(false), "exactly 93 months is not over 93");
    assert_eq!(present(start(93).pred_opt().unwrap()), Some(true));
}

#[test]
fn withdrawal_section_has_range_by_drug_course_and_what_helped() {
    let o = run(&imatinib_only());
    let w = &o.withdrawal;
    assert!(w.range_percent[0] < w.range_percent[1]);
    let rates: Vec<f64> = w.studies.iter().map(|s| s.figure.percent).collect();
    assert!(rates.iter().all(|r| (w.range_percent[0]..=w.range_percent[1]).contains(r)));
    let by_drug: Vec<(&str, f64, CiSource)> =
        w.by_drug.iter().map(|d| (d.drug, d.figure.percent, d.figure.ci_source)).collect();
    assert_eq!(
        by_drug,
        [
            ("imatinib", 20.4, CiSource::Computed),
            ("nilotinib", 41.4, CiSource::Computed),
            ("dasatinib", 40.0, CiSource::Computed)
        ]
    );
    assert_eq!(w.onset_weeks, [1, 6]);
    assert_eq!(w.median_duration_months, 5.0);
    assert!(w.helped.iter().any(|p| p.text.render(Lang::En).contains("51%")));
    assert!(w.points.iter().any(|p| p.text.key == key!("ws.not_relapse")));
    assert!(w.points.iter().all(|p| !p.sources.is_empty()));
}

#[test]
fn options_share_denominator_and_time_and_icon_arrays_sum_to_100() {
    for p in [
        imatinib_only(),
        first_line_nilotinib(),
        second_line_dasatinib(),
        second_attempt(),
        Profile::empty(date(TODAY)),
    ] {
        let o = run(&p);
        let ids: Vec<&str> = o.options.iter().map(|x| x.id).collect();
        assert_eq!(ids, ["continue", "halve_then_stop", "stop"]);
        for opt in &o.options {
            assert_eq!(opt.horizon_months, outlook::HORIZON_MONTHS);
            assert!(!opt.benefits.is_empty() && !opt.harms.is_empty(), "{}: benefits and harms", opt.id);
            assert!(!opt.icon_arrays.is_empty(), "{}: an icon array", opt.id);
            for a in &opt.icon_arrays {
                assert_eq!(a.months, outlook::HORIZON_MONTHS);
                assert_eq!(a.outcomes.iter().map(|x| u32::from(x.count)).sum::<u32>(), 100, "{}", opt.id);
                assert_eq!(a.framings.len(), a.outcomes.len(), "one sentence per group (both framings)");
                assert!(!a.derivation.render(Lang::En).is_empty());
            }
        }
        // Continuing: no invented figure for staying in MMR.
        let keep = option(&o, "continue");
        assert!(keep.benefits.iter().any(|b| !b.cited_figure && b.sources.is_empty()));
        assert_eq!(keep.icon_arrays[0].outcomes.iter().map(|x| (x.id, x.count)).collect::<Vec<_>>(), [("on_tki", 100)]);
    }
}

#[test]
fn destiny_group_follows_the_last_year_of_results() {
    let halve = |p: &Profile| {
        let o = run(p);
        let opt = option(&o, "halve_then_stop").clone();
        opt.icon_arrays
            .iter()
            .map(|a| {
                (a.group.map(|g| serde_json::to_value(g).unwrap().as_str().unwrap().to_owned()), a.outcomes[0].count)
            })
            .collect::<Vec<_>>()
    };
    assert_eq!(halve(&imatinib_only()), [(Some("mr4_cohort".to_owned()), 77)]);
    let mmr = profile(
        json!([{"drug": "imatinib", "start": "2016-01-10"}]),
        quarterly("2022-01-10", "2025-04-10", percent(0.05)),
        json!({}),
    );
    assert_eq!(halve(&mmr), [(Some("mmr_cohort".to_owned()), 41)]);
    assert_eq!(option(&run(&mmr), "halve_then_stop").fits, Some(Fit::Full));
    let unknown = halve(&Profile::empty(date(TODAY)));
    assert_eq!(unknown.len(), 2, "both DESTINY groups when the person's is not known");
    // EURO-SKI's 50% at 24 months for a first stop.
    let o = run(&imatinib_only());
    let stop = option(&o, "stop");
    assert_eq!(stop.icon_arrays[0].outcomes.iter().map(|x| x.count).collect::<Vec<_>>(), [50, 50]);
    assert!(stop.icon_arrays[0].derivation.render(Lang::En).contains("EURO-SKI: 50%"));
}

#[test]
fn factors_say_whether_they_apply_and_never_invent_a_size() {
    let o = run(&imatinib_only());
    assert_eq!(factor(&o, "tki_time").applies, Applies::ByDegree);
    assert_eq!(factor(&o, "tki_time").size, outlook::Size::DirectionOnly);
    assert!(factor(&o, "tki_time").figures.is_empty());
    assert!(factor(&o, "dmr_length").figures.is_empty());
    assert_eq!(factor(&o, "undetectable_at_stop").applies, Applies::Present);
    assert_eq!(factor(&o, "sokal_risk").applies, Applies::Unknown);
    let sokal: Vec<f64> = factor(&o, "sokal_risk").figures.iter().map(|f| f.percent).collect();
    assert_eq!(sokal, [61.3, 50.0, 28.6]);
    let stat2: Vec<f64> = factor(&o, "undetectable_at_stop").figures.iter().map(|f| f.percent).collect();
    assert_eq!(stat2, [75.6, 48.6]);
    assert_eq!(factor(&o, "prior_attempt").applies, Applies::Absent);
    assert_eq!(factor(&o, "prior_resistance").applies, Applies::Absent);
    for f in &o.factors {
        assert_eq!(f.size == outlook::Size::Cited, !f.figures.is_empty(), "{}: a cited size has figures", f.id);
        assert!(!f.sources.is_empty(), "{}", f.id);
    }
    let nilo = run(&first_line_nilotinib());
    assert_eq!(factor(&nilo, "undetectable_at_stop").applies, Applies::Absent);
}

#[test]
fn relapse_section_lists_definitions_regain_and_progression() {
    let o = run(&imatinib_only());
    let r = &o.relapse;
    let defs: BTreeSet<&str> = r.definitions.iter().map(|d| d.id).collect();
    for d in ["loss_of_mmr", "loss_of_mr4", "confirmed_loss_of_mr45", "mmr_or_confirmed_mr4", "positivity_or_mmr"] {
        assert!(defs.contains(d), "{d}");
    }
    let ef = r.regained.iter().find(|x| x.id == "enestfreedom" && x.regained == Some(87)).unwrap();
    assert_eq!((ef.of, ef.percent, ef.ci_source), (Some(88), Some(98.9), CiSource::Computed));
    assert!(r.progression_none_reported.contains(&"ENESTfreedom"));
    assert!(r.progression_not_verified.contains(&"A-STIM"), "the seed's blast crisis is unverified, not a fact");
    assert!(r.progression.text.render(Lang::En).contains("STIM1"));
}

#[test]
fn nothing_known_asks_for_treatments_and_asciminib_has_no_trials() {
    let o = run(&Profile::empty(date(TODAY)));
    assert!(o.trials.is_empty() && o.partial_trials.is_empty());
    assert!(o.trials_notes.iter().any(|m| m.key == key!("outlook.trials.need_courses")));
    assert!(o.summary.iter().all(|s| s.low.is_none() && s.text.key == key!("outlook.summary.none")));
    let p = profile(
        json!([{"drug": "asciminib", "start": "2019-01-01"}]),
        quarterly("2021-01-10", "2025-04-10", percent(0.002)),
        json!({}),
    );
    let o = run(&p);
    assert!(o.trials.is_empty() && o.partial_trials.is_empty(), "no stopping trial studied asciminib");
    assert!(o.trials_notes.iter().any(|m| m.key == key!("outlook.trials.not_studied")));
}

#[test]
fn short_deep_response_and_resistance_show_as_differences() {
    let p = profile(
        json!([
            {"drug": "imatinib", "start": "2012-01-01", "end": "2014-01-01", "reason_stopped": "resistance"},
            {"drug": "nilotinib", "start": "2014-01-01"}
        ]),
        quarterly("2024-09-10", "2025-04-10", percent(0.002)),
        json!({}),
    );
    let o = run(&p);
    let euroski = partial(&o, "euroski");
    let keys: Vec<Key> = euroski.differs.iter().map(|m| m.key).collect();
    assert_eq!(keys, [key!("differs.depth_short"), key!("differs.prior_failure")]);
    assert!(euroski.differs[0].render(Lang::En).contains("for 6 months"), "{}", euroski.differs[0].render(Lang::En));
    let enestop = partial(&o, "enestop");
    assert!(enestop.differs.iter().all(|m| m.key != key!("differs.after_imatinib")), "imatinib came first");
    assert!(enestop.differs.iter().any(|m| m.key == key!("differs.depth_short")));
    assert_eq!(factor(&o, "prior_resistance").applies, Applies::Present);
}

#[test]
fn unknown_switch_reason_and_missing_results_are_not_checked_rather_than_different() {
    let p = profile(
        json!([
            {"drug": "imatinib", "start": "2012-01-01", "end": "2014-01-01"},
            {"drug": "dasatinib", "start": "2014-01-01"}
        ]),
        vec![],
        json!({}),
    );
    let o = run(&p);
    let euroski = partial(&o, "euroski");
    assert!(euroski.differs.is_empty());
    let keys: Vec<Key> = euroski.not_checked.iter().map(|m| m.key).collect();
    assert_eq!(keys, [key!("not_checked.pcr"), key!("not_checked.switch_reason")]);
}

#[test]
fn outlook_json_has_the_documented_shape() {
    let o = run(&first_line_nilotinib());
    let v = serde_json::to_value(&o).unwrap();
    for key in
        ["trials", "partial_trials", "withdrawal", "options", "factors", "relapse", "summary", "evidence_reviewed"]
    {
        assert!(v.get(key).is_some(), "{key}");
    }
    let t = &v["trials"][0];
    for key in ["id", "n", "results", "relapse_definition", "citation"] {
        assert!(t.get(key).is_some(), "trial.{key}");
    }
    for r in v["trials"].as_array().unwrap().iter().flat_map(|t| t["results"].as_array().unwrap()) {
        for key in ["time", "unit", "percent", "ci95", "ci_source"] {
            assert!(r.get(key).is_some(), "result.{key}");
        }
    }
    let c = &v["trials"][0]["citation"];
    assert!(c["pmid"].is_string() || c["doi"].is_string() || c["citation_note"].is_string());
    assert!(v["partial_trials"][0]["differs"].is_array());
    assert!(v["withdrawal"]["range_percent"].is_array());
    assert!(v["withdrawal"]["risk_factors"][0].get("present").is_some());
    assert!(v["options"][0]["icon_arrays"][0]["outcomes"][0]["count"].is_u64());
    // The assessment carries it.
    let a = tfr_core::assess(&first_line_nilotinib());
    assert_eq!(serde_json::to_value(&a).unwrap()["outlook"], v);
}

/// Every catalogue key the outlook or evidence code names, and every message in the outlooks of the fixtures, exists in
/// both languages; no rendered text shows a bare key or an unfilled placeholder.
#[test]
fn every_outlook_text_exists_in_both_languages_and_renders_fully() {
    let sources = [include_str!("../src/outlook.rs"), include_str!("../src/evidence.rs")];
    let prefixes = [
        "outlook.",
        "factor.",
        "option.",
        "icon.",
        "ws.",
        "differs.",
        "not_checked.",
        "entry.",
        "note.",
        "relapse.",
        "measure.",
        "group.",
        "time.",
        "design.",
        "regain.",
        "level.",
        "drug.",
        "transcript.",
    ];
    let mut keys = BTreeSet::new();
    for src in sources {
        for piece in src.split('"').skip(1).step_by(2) {
            if prefixes.iter().any(|p| piece.starts_with(p))
                && piece.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '.' || c == '_')
                && !piece.ends_with('.')
            {
                keys.insert(piece);
            }
        }
    }
    assert!(keys.len() > 150, "scan found {} keys", keys.len());
    for key in &keys {
        let k = Key::from_name(key).unwrap_or_else(|| panic!("{key} is not in the catalogue"));
        assert!(!text(Lang::En, k).is_empty(), "{key} missing in English");
        assert!(!text(Lang::Zh, k).is_empty(), "{key} missing in Chinese");
    }
    for p in [
        imatinib_only(),
        first_line_nilotinib(),
        second_line_dasatinib(),
        second_attempt(),
        Profile::empty(date(TODAY)),
    ] {
        let o = run(&p);
        let v = serde_json::to_value(&o).unwrap();
        let mut strings = Vec::new();
        collect_strings(&v, &mut strings);
        for s in strings {
            assert!(!s.contains('{') && !s.contains('}'), "unfilled placeholder: {s}");
            let looks_like_key = s.contains('.')
                && !s.contains(' ')
                && s.chars().all(|c| c.is_ascii_lowercase() || c == '.' || c == '_' || c.is_ascii_digit());
            if looks_like_key && prefixes.iter().any(|p| s.starts_with(p)) {
                assert!(s.starts_with("relapse."), "a key shown as text: {s}");
            }
        }
    }
}

fn collect_strings<'a>(v: &'a Value, out: &mut Vec<&'a str>) {
    match v {
        Value::String(s) => out.push(s),
        Value::Array(a) => a.iter().for_each(|x| collect_strings(x, out)),
        Value::Object(o) => o.values().for_each(|x| collect_strings(x, out)),
        _ => {}
    }
}

#[test]
fn wilson_intervals_match_hand_computed_values() {
    use tfr_core::evidence::wilson;
    assert_eq!(wilson(93, 190), Some([41.9, 56.0]));
    assert_eq!(wilson(0, 10), Some([0.0, 27.8]));
    assert_eq!(wilson(10, 10), Some([72.2, 100.0]));
    assert_eq!(wilson(1, 0), None);
    assert_eq!(wilson(3, 2), None);
}

proptest! {
    #[test]
    fn per_100_always_sums_to_100(shares in proptest::collection::vec(0.0f64..100.0, 1..6)) {
        let total: f64 = shares.iter().sum();
        prop_assume!(total > 0.0);
        let counts = outlook::per_100(&shares);
        prop_assert_eq!(counts.len(), shares.len());
        prop_assert_eq!(counts.iter().map(|&c| u32::from(c)).sum::<u32>(), 100);
    }

    #[test]
    fn any_dated_profile_gives_icon_arrays_of_100(start_year in 2005i32..2024, level in 0usize..5) {
        let values = [0.5, 0.05, 0.008, 0.002, 0.0005];
        let p = profile(
            json!([{"drug": "imatinib", "start": format!("{start_year}-03-01")}]),
            quarterly(&format!("{}-03-01", start_year.max(2015)), "2025-04-01", percent(values[level])),
            json!({}),
        );
        let o = run(&p);
        for a in o.options.iter().flat_map(|x| &x.icon_arrays) {
            prop_assert_eq!(a.outcomes.iter().map(|x| u32::from(x.count)).sum::<u32>(), 100);
        }
        prop_assert!(o.trials.iter().all(|t| t.differs.is_empty()));
        prop_assert!(date(TODAY).year() >= start_year);
    }
}
