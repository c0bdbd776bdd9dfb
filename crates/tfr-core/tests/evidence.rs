//! The evidence records as reviewable data: ids unique, every figure cited, every id the code, the rules and the texts
//! refer to exists, figures in the texts match the records, and nothing the dossier marks UNVERIFIED appears as a fact.

use serde_json::{json, Value};
use std::collections::BTreeSet;
use tfr_core::evidence::{self, Measure, Unit, STUDIES};
use tfr_core::i18n::{text, Key, Lang};
use tfr_core::outlook::{self, TEXT_SOURCES};

#[test]
fn ids_are_unique_and_do_not_clash_with_guideline_sources() {
    let mut seen = BTreeSet::new();
    for s in STUDIES {
        assert!(seen.insert(s.id), "duplicate evidence id {}", s.id);
        assert!(tfr_core::sources::source(s.id).is_none(), "{} is also a guideline source id", s.id);
        assert!(!s.id.is_empty() && s.id.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_'));
    }
}

#[test]
fn every_figure_has_a_citation_with_pmid_doi_or_an_explicit_note() {
    for s in STUDIES {
        assert!(!s.citations.is_empty(), "{} has no citation", s.id);
        for c in s.citations {
            assert!(
                c.pmid.is_some() || c.doi.is_some() || c.citation_note.is_some(),
                "{}: citation {} needs a PMID, a DOI or a citation_note",
                s.id,
                c.journal
            );
            if let Some(pmid) = c.pmid {
                assert!(pmid.chars().all(|ch| ch.is_ascii_digit()), "{}: PMID {pmid}", s.id);
            }
            if let Some(doi) = c.doi {
                assert!(doi.starts_with("10."), "{}: DOI {doi}", s.id);
            }
        }
        for f in s.figures {
            assert!(usize::from(f.cite) < s.citations.len(), "{}: figure cites index {}", s.id, f.cite);
            assert!((0.0..=100.0).contains(&f.percent), "{}: {}", s.id, f.percent);
            if let Some([lo, hi]) = f.ci95 {
                assert!(lo <= f.percent && f.percent <= hi, "{}: {} outside its CI", s.id, f.percent);
            }
            if let Some(c) = f.count {
                assert!(c.x <= c.n, "{}", s.id);
                let crude = f64::from(c.x) * 100.0 / f64::from(c.n);
                // A count printed beside a Kaplan-Meier estimate (EURO-SKI final) may differ from it a little.
                assert!((crude - f.percent).abs() < 2.0, "{}: {}/{} is not {}%", s.id, c.x, c.n, f.percent);
            }
        }
        for r in s.regained {
            assert!(usize::from(r.cite) < s.citations.len(), "{}", s.id);
            if let (Some(x), Some(n)) = (r.regained, r.of) {
                assert!(x <= n, "{}", s.id);
            }
        }
    }
}

#[test]
fn entry_relapse_and_note_keys_exist_in_both_languages() {
    for s in STUDIES {
        let mut keys: Vec<Key> = s.notes.to_vec();
        keys.extend(s.entry.map(|e| e.text));
        keys.extend(s.relapse.map(|r| r.key()));
        keys.push(s.kind.key());
        assert_eq!(s.label.name(), format!("study.{}", s.id), "{}: label key", s.id);
        keys.push(s.label);
        for key in keys {
            assert!(!text(Lang::En, key).is_empty(), "{}: {key} missing in English", s.id);
            assert!(!text(Lang::Zh, key).is_empty(), "{}: {key} missing in Chinese", s.id);
        }
        let stop_like = matches!(
            s.kind,
            evidence::Kind::StopTrial | evidence::Kind::SecondStopTrial | evidence::Kind::DeEscalationTrial
        );
        if s.entry.is_some() {
            assert!(stop_like && s.relapse.is_some(), "{}: a matched trial needs a relapse definition", s.id);
        }
    }
}

/// String literals of `source`, `sources` and lookups in the outlook code.
fn ids_named_in_outlook_code() -> BTreeSet<String> {
    let src = include_str!("../src/outlook.rs");
    let mut out = BTreeSet::new();
    for marker in ["study(\"", "figures_of(\"", "figure_at(\"", "source: \"", "&[\""] {
        for (i, _) in src.match_indices(marker) {
            let rest = &src[i + marker.len()..];
            if let Some(end) = rest.find('"') {
                out.insert(rest[..end].to_owned());
            }
        }
    }
    for (i, _) in src.match_indices("sources: vec![") {
        let rest = &src[i + "sources: vec![".len()..];
        let list = &rest[..rest.find(']').unwrap()];
        out.extend(list.split('"').skip(1).step_by(2).map(str::to_owned));
    }
    out
}

#[test]
fn every_id_referenced_by_outlook_rules_and_texts_exists() {
    let mut referenced: BTreeSet<String> = ids_named_in_outlook_code();
    assert!(referenced.len() > 20, "the scan found only {referenced:?}");
    for (key, ids) in TEXT_SOURCES {
        assert!(!text(Lang::En, *key).is_empty(), "TEXT_SOURCES names a missing key {key}");
        referenced.extend(ids.iter().map(|s| (*s).to_owned()));
    }
    for list in [outlook::MATCHED_TRIALS, outlook::SECOND_ATTEMPT_TRIALS, outlook::WS_STUDIES] {
        referenced.extend(list.iter().map(|s| (*s).to_owned()));
    }
    // Eligibility and monitoring sources, from whole assessments of a few profiles.
    for profile in sample_profiles() {
        let a =
            tfr_core::assess_json(&profile.to_string(), chrono::NaiveDate::from_ymd_opt(2025, 6, 1).unwrap()).unwrap();
        let v = serde_json::to_value(&a).unwrap();
        collect_ids(&v, None, &mut referenced);
    }
    for id in &referenced {
        assert!(evidence::exists(id), "unknown evidence or source id {id:?}");
    }
    for id in ["eln2020", "nccn2019", "stim1", "restim", "berger2019", "destiny", "seed_review"] {
        assert!(referenced.contains(id) || evidence::exists(id), "{id}");
    }
}

fn collect_ids(v: &Value, key: Option<&str>, out: &mut BTreeSet<String>) {
    match v {
        Value::String(s) if matches!(key, Some("source" | "sources")) => {
            out.insert(s.clone());
        }
        Value::Array(a) => a.iter().for_each(|x| collect_ids(x, key, out)),
        Value::Object(o) => o.iter().for_each(|(k, x)| collect_ids(x, Some(k), out)),
        _ => {}
    }
}

fn sample_profiles() -> Vec<Value> {
    let pcr: Vec<Value> = (0..20)
        .map(|i| json!({"date": format!("{}-{:02}-10", 2020 + i / 4, 1 + 3 * (i % 4)), "undetectable": true, "abl1_copies": 60000}))
        .collect();
    vec![
        json!({"format": "tfr-profile/1", "assessed_on": "2025-06-01"}),
        json!({"format": "tfr-profile/1", "assessed_on": "2025-06-01", "phase_history": "chronic_only", "transcript": "e14a2",
               "tki_courses": [{"drug": "imatinib", "start": "2014-01-01"}], "pcr": pcr, "planned_stop": "2025-07-01",
               "lab": {"international_scale": true, "sensitivity_mr45": true, "turnaround_weeks": 2}}),
        json!({"format": "tfr-profile/1", "assessed_on": "2025-06-01", "transcript": "atypical",
               "tki_courses": [{"drug": "imatinib", "start": "2014-01-01", "end": "2016-01-01", "reason_stopped": "resistance"},
                               {"drug": "nilotinib", "start": "2016-01-01"}],
               "prior_tfr_attempts": [{"stopped": "2019-01-01", "restarted": "2019-06-01"}]}),
    ]
}

// ------------------------------------------------------------------------------------------------ unverified items

fn figures(id: &str) -> &'static [evidence::Figure] {
    evidence::study(id).unwrap_or_else(|| panic!("no record {id}")).figures
}

fn in_months(f: &evidence::Figure) -> Option<f64> {
    f.time.map(|t| f.unit.to_months(t))
}

#[test]
fn no_unverified_figure_appears_as_a_fact() {
    // The seed's ENESTfreedom 52.6% is wrong (51.6% at 48 weeks); its 5-year TFR is unverified.
    for s in STUDIES {
        assert!(s.figures.iter().all(|f| f.percent != 52.6), "{}: 52.6 is not a verified figure", s.id);
    }
    assert!(figures("enestfreedom").iter().all(|f| in_months(f).is_none_or(|m| m < 30.0)));
    assert!(figures("enestfreedom").iter().any(|f| f.percent == 51.6 && f.time == Some(48.0) && f.unit == Unit::Weeks));
    // RE-STIM has no 6-month fact (the seed's 66% is unverified).
    assert!(figures("restim").iter().all(|f| f.time != Some(6.0) && f.percent != 66.0));
    // ISAV has no TFR percentage at all (48.1% is the share who relapsed), and nothing at 36 months.
    assert!(figures("isav").iter().all(|f| f.measure != Measure::Tfr && f.time != Some(36.0)));
    assert!(figures("isav").iter().any(|f| f.measure == Measure::Relapsed && f.percent == 48.1 && f.over_follow_up));
    // DADI: no 24-month figure; 44.4% belongs to 36 months.
    assert!(figures("dadi").iter().all(|f| f.time != Some(24.0)));
    assert!(figures("dadi").iter().any(|f| f.percent == 44.4 && f.time == Some(36.0)));
    // A-STIM: n unverified.
    assert_eq!(evidence::study("astim").unwrap().n, None);
    // DESTINY's 3-year RFS (72% vs 36%) came from an unrecorded source.
    assert!(figures("destiny").iter().all(|f| f.time.is_some_and(|t| t <= 24.0) && f.percent != 72.0));
    // STAT2's median follow-up (seed: 35.4 months) is unverified.
    assert!(evidence::study("stat2").unwrap().median_follow_up.is_none());
    // EURO-SKI: no 5.8-year cut-off, no per-year figure.
    let text_of_all: String = Lang::En.entries().map(|(_, v)| v).collect::<Vec<_>>().join(" ");
    assert!(!text_of_all.contains("5.8"), "the 5.8-year cut-off is unverified");
    // The seed's 66% for RE-STIM appears only in the note that attributes it to the review and says it is unconfirmed.
    for (key, v) in Lang::En.entries() {
        if v.contains("66%") {
            assert_eq!(key, "note.restim");
            assert!(v.contains("could not confirm"));
        }
    }
    // The relapse definitions the seed got wrong are the primary papers'.
    let relapse = |id: &str| evidence::study(id).unwrap().relapse.unwrap().id();
    assert_eq!(relapse("domest"), "loss_of_mr4");
    assert_eq!(relapse("stat2"), "confirmed_loss_of_mr45");
    assert_eq!(relapse("enestop"), "mmr_or_confirmed_mr4");
    assert_eq!(relapse("twister"), "confirmed_positivity_or_mmr");
    assert_eq!(relapse("stim1"), "positivity_or_mmr");
    for id in ["isav", "enestfreedom", "domest", "stat2", "twister", "stim1", "enestop", "dadi", "restim"] {
        assert!(!evidence::study(id).unwrap().notes.is_empty(), "{id} needs a note on the seed review");
    }
}

// ------------------------------------------------------------------------------------------------ texts against data

/// Numbers written as `N%` in a text.
fn percents(s: &str) -> Vec<f64> {
    let mut out = Vec::new();
    let chars: Vec<char> = s.chars().collect();
    for (i, c) in chars.iter().enumerate() {
        if *c != '%' || chars[i + 1..].iter().collect::<String>().starts_with(" CI") {
            continue;
        }
        let mut j = i;
        while j > 0 && (chars[j - 1].is_ascii_digit() || chars[j - 1] == '.') {
            j -= 1;
        }
        if j < i {
            if let Ok(v) = chars[j..i].iter().collect::<String>().parse::<f64>() {
                out.push(v);
            }
        }
    }
    out
}

#[test]
fn every_percent_in_a_clinical_text_is_a_figure_of_its_sources() {
    for (key, ids) in TEXT_SOURCES {
        let en = text(Lang::En, *key);
        let known: Vec<f64> =
            ids.iter().filter_map(|id| evidence::study(id)).flat_map(|s| s.figures.iter().map(|f| f.percent)).collect();
        for p in percents(en) {
            assert!(known.iter().any(|k| (k - p).abs() < 0.051), "{key}: {p}% is not a figure of {ids:?}");
        }
    }
}

#[test]
fn both_languages_give_the_same_percents() {
    for (key, en) in Lang::En
        .entries()
        .filter(|(k, _)| Key::from_name(k).and_then(outlook::text_sources).is_some() || k.starts_with("option."))
    {
        let zh = text(Lang::Zh, Key::from_name(key).unwrap());
        assert_eq!(percents(en), percents(zh), "{key}: percents differ between English and Chinese");
    }
}

#[test]
fn clinical_sentences_name_their_sources_or_say_there_is_no_figure() {
    for (key, ids) in TEXT_SOURCES {
        let en = text(Lang::En, *key);
        if ids.is_empty() {
            let says = en.contains("no trial figure")
                || en.contains("no figures")
                || en.contains("no number")
                || en.contains("We check only")
                || en.contains("different places");
            assert!(says, "{key} has no source and must say there is no figure: {en}");
        }
    }
}

#[test]
fn relapse_ids_are_their_keys_without_the_prefix() {
    for r in tfr_core::evidence::Relapse::ALL {
        assert_eq!(format!("relapse.{}", r.id()), r.key().name());
    }
}
