//! Generates `CONTENT.md` at the repository root: every evidence record with its figures and citations, every
//! eligibility rule text, and every clinical sentence of the outlook and monitoring catalogues with its sources, in
//! English and Chinese, so a haematologist can review the clinical content without reading Rust.
//!
//! The test fails when CONTENT.md is out of date; `UPDATE_CONTENT=1 cargo test -p tfr-core --test content` rewrites it.

use chrono::NaiveDate;
use serde_json::json;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::Path;
use tfr_core::evidence::{self, Depth, Entry, Line, Study, Unit, STUDIES};
use tfr_core::i18n::{table_entries, text, Key, Lang};
use tfr_core::outlook;
use tfr_core::sources::{EVIDENCE_REVIEWED, SOURCES};

fn cell(s: &str) -> String {
    s.replace('|', "\\|").replace('\n', " ")
}

fn key_text(lang: Lang, key: Key) -> String {
    text(lang, key).to_owned()
}

/// The key called `name`; an unknown name is a failure.
fn named(name: &str) -> Key {
    Key::from_name(name).unwrap_or_else(|| panic!("no catalogue key {name}"))
}

fn unit_name(unit: Unit, value: f64) -> String {
    let name = match unit {
        Unit::Weeks => "weeks",
        Unit::Months => "months",
        Unit::Years => "years",
    };
    format!("{value} {name}")
}

fn thousands(n: u32) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(ch);
    }
    out
}

fn level_name(level: tfr_core::ResponseLevel) -> &'static str {
    match level {
        tfr_core::ResponseLevel::AboveMmr => "above MMR",
        tfr_core::ResponseLevel::Mmr => "MMR",
        tfr_core::ResponseLevel::Mr4 => "MR4",
        tfr_core::ResponseLevel::Mr45 => "MR4.5",
        tfr_core::ResponseLevel::Mr5 => "MR5",
    }
}

fn line_name(line: Line) -> &'static str {
    match line {
        Line::Any => "any line (or not stated)",
        Line::First => "first TKI",
        Line::SecondOrLater => "second or later TKI",
        Line::AfterImatinib => "after imatinib",
    }
}

fn entry_structured(s: &Study, e: &Entry) -> String {
    let mut parts = Vec::new();
    let drugs = if s.drugs.is_empty() {
        "any TKI except asciminib or another TKI".to_owned()
    } else {
        s.drugs.iter().map(|d| d.id()).collect::<Vec<_>>().join(" or ")
    };
    parts.push(format!("TKI stopped: {drugs}; line: {}", line_name(s.line)));
    if let Some(m) = e.tki_months {
        parts.push(format!("total TKI at least {m} months"));
    }
    if let Some(m) = e.drug_months {
        parts.push(format!("on that TKI at least {m} months"));
    }
    if let Some(d) = e.depth {
        let depth = match d {
            Depth::AtLeast { level } => format!("every recent result {} or deeper", level_name(level)),
            Depth::Undetectable { at_least, min_abl1_copies, blips_below_mmr } => {
                let mut t = format!("BCR-ABL1 undetectable, each result grading {} or deeper", level_name(at_least));
                if let Some(c) = min_abl1_copies {
                    let _ = write!(t, " with at least {} ABL1 copies", thousands(c));
                }
                if blips_below_mmr {
                    t.push_str("; detectable results up to 0.1% neither extend nor break the run");
                }
                t
            }
        };
        match e.depth_months {
            Some(m) => parts.push(format!("{depth}, for at least {m} months")),
            None => parts.push(format!("{depth} (no length)")),
        }
    }
    if let Some(l) = e.latest_at_least {
        parts.push(format!("latest result {} or deeper", level_name(l)));
    }
    if e.no_prior_failure {
        parts.push("no TKI stopped for resistance".to_owned());
    }
    if e.second_attempt {
        parts.push("an earlier attempt to stop (second attempts only)".to_owned());
    }
    parts.join("; ")
}

fn citation_line(c: &evidence::Citation) -> String {
    let mut t = format!("{} {}", c.authors, c.journal);
    if let Some(y) = c.year {
        let _ = write!(t, " ({y})");
    }
    t.push('.');
    if let Some(p) = c.pmid {
        let _ = write!(t, " PMID {p}.");
    }
    if let Some(d) = c.doi {
        let _ = write!(t, " DOI {d}.");
    }
    if let Some(n) = c.citation_note {
        let _ = write!(t, " *Citation note:* {n}");
    }
    t
}

fn evidence_section(out: &mut String) {
    out.push_str("## 1. Evidence records\n\n");
    out.push_str(
        "One record per study, pooled analysis, review or survey, exactly as compiled into the app (`crates/tfr-core/src/evidence.rs`). \
         Times keep the paper's own unit. \"95% CI\" is the paper's unless marked *computed* (Wilson score interval from the count, by us). \
         A count marked *derived* is our arithmetic (percent x n), not printed in the source read. Figures the evidence dossier marks \
         UNVERIFIED are not here; each record's reviewer note says what was left out.\n\n",
    );
    for s in STUDIES {
        let _ = writeln!(out, "### {} (`{}`)\n", s.name, s.id);
        let _ =
            writeln!(out, "- **Kind:** {} / {}", key_text(Lang::En, s.kind.key()), key_text(Lang::Zh, s.kind.key()));
        let _ = writeln!(out, "- **Design:** {}", s.design.text());
        let people = match (s.enrolled, s.n) {
            (Some(e), Some(n)) => format!("{e} enrolled; {n} stopped, evaluable or analysed (the denominator)"),
            (None, Some(n)) => format!("{n} (the denominator)"),
            (Some(e), None) => format!("{e} enrolled"),
            (None, None) => "not verified".to_owned(),
        };
        let _ = writeln!(out, "- **People:** {people}");
        if let Some(e) = &s.entry {
            let _ = writeln!(out, "- **Entry criteria as matched:** {}", entry_structured(s, e));
            let _ = writeln!(out, "- **Entry criteria (en):** {}", key_text(Lang::En, e.text));
            let _ = writeln!(out, "- **Entry criteria (zh):** {}", key_text(Lang::Zh, e.text));
        } else if !s.drugs.is_empty() {
            let drugs: Vec<&str> = s.drugs.iter().map(|d| d.id()).collect();
            let _ = writeln!(out, "- **TKIs:** {}", drugs.join(", "));
        }
        if let Some(r) = s.relapse {
            let _ = writeln!(
                out,
                "- **Relapse definition** (`{}`): {} / {}",
                r.key().name(),
                key_text(Lang::En, r.key()),
                key_text(Lang::Zh, r.key())
            );
        }
        if let Some(f) = s.median_follow_up {
            let _ = writeln!(out, "- **Median follow-up:** {}", unit_name(f.unit, f.value));
        }
        if !s.figures.is_empty() {
            out.push_str("\n| Measure | Group | Time (paper's unit) | % | 95% CI | Count | Published in |\n|---|---|---|---|---|---|---|\n");
            for f in s.figures {
                let time = match f.time {
                    Some(t) if f.over_follow_up => format!("over follow-up (median {})", unit_name(f.unit, t)),
                    Some(t) => unit_name(f.unit, t),
                    None => "not stated in the source read".to_owned(),
                };
                let point = outlook::result_point(s, f);
                let ci = match (point.ci95, point.ci_source) {
                    (Some([lo, hi]), outlook::CiSource::Paper) => format!("{lo}–{hi}"),
                    (Some([lo, hi]), _) => format!("{lo}–{hi} (computed)"),
                    (None, _) => "—".to_owned(),
                };
                let count = f.count.map_or("—".to_owned(), |c| {
                    format!("{} of {}{}", c.x, c.n, if c.derived { " (derived)" } else { "" })
                });
                let group = f.group.map_or("—".to_owned(), |g| key_text(Lang::En, g.key()));
                let _ = writeln!(
                    out,
                    "| {} | {} | {} | {} | {} | {} | [{}] |",
                    cell(&key_text(Lang::En, f.measure.key())),
                    cell(&group),
                    time,
                    f.percent,
                    ci,
                    count,
                    usize::from(f.cite) + 1
                );
            }
            out.push('\n');
        }
        for r in s.regained {
            let mut t = format!("- **After restarting:** {}", key_text(Lang::En, r.level.key()));
            match (r.regained, r.of) {
                (Some(x), Some(n)) => {
                    let ci =
                        evidence::wilson(x, n).map_or(String::new(), |[lo, hi]| format!(", computed 95% CI {lo}–{hi}"));
                    let _ = write!(t, ": {x} of {n} ({:.1}%{ci})", f64::from(x) * 100.0 / f64::from(n));
                }
                _ if r.all => t.push_str(": all (no counts in the source read)"),
                _ => {}
            }
            if let Some(m) = r.median_months {
                let _ = write!(t, "; median {m} months");
            }
            let _ = writeln!(out, "{t} [{}]", usize::from(r.cite) + 1);
        }
        let progression = match s.progression {
            evidence::Progression::NoneReported => "none reported",
            evidence::Progression::NotVerified => "not verified in the sources read",
            evidence::Progression::NotApplicable => "not applicable",
        };
        let _ = writeln!(out, "- **Progression to advanced phase:** {progression}");
        out.push_str("- **Citations:**\n");
        for (i, c) in s.citations.iter().enumerate() {
            let _ = writeln!(out, "  - [{}] {}", i + 1, citation_line(c));
        }
        for n in s.notes {
            let _ = writeln!(
                out,
                "- **Note where the seed review differs** (`{}`): {} / {}",
                n.name(),
                key_text(Lang::En, *n),
                key_text(Lang::Zh, *n)
            );
        }
        let _ = writeln!(out, "- **Reviewer note:** {}\n", s.reviewer_note.text());
    }
}

fn how_used_section(out: &mut String) {
    out.push_str("## 2. How the outlook uses the evidence\n\n");
    let _ = writeln!(out, "- **Trials like me (first attempts):** {}.", outlook::MATCHED_TRIALS.join(", "));
    let _ = writeln!(out, "- **Second attempts:** {} only, shown instead of first-attempt trials when the profile has an earlier attempt to stop.", outlook::SECOND_ATTEMPT_TRIALS.join(", "));
    out.push_str(
        "- **Full match:** the person's current TKI is one the trial studied (\"any TKI\" excludes asciminib and \"another TKI\"), \
         and every structured entry criterion above is met by the profile. **Partial match:** same TKI, but some criterion differs \
         or cannot be checked (each listed). Trials of another TKI are not listed, except RE-STIM for a second attempt.\n",
    );
    let _ = writeln!(
        out,
        "- **Summary ranges:** whole-study \"in remission without TKI\" figures of full matches at a fixed time; about 12 months = {}–{} months, about 24 months = {}–{} months, after converting the paper's unit (1 month = 365.25/12 days: 48 weeks = 11.0 months, 96 weeks = 22.1 months). Shares over a median follow-up (ISAV, DADI at 20 months), subgroups and treatment-free survival are left out.",
        outlook::ABOUT_12_MONTHS[0], outlook::ABOUT_12_MONTHS[1], outlook::ABOUT_24_MONTHS[0], outlook::ABOUT_24_MONTHS[1]
    );
    out.push_str("- **Confidence intervals:** the paper's; otherwise a Wilson score 95% interval from the count, marked computed; none when neither was given.\n");
    let _ = writeln!(out, "- **Withdrawal-syndrome range:** lowest and highest rate of {} (the patient survey is shown apart, not in the range).", outlook::WS_STUDIES.join(", "));
    let _ = writeln!(out, "- **Withdrawal risk factors:** total TKI time over {} months; history of bone or joint symptoms (Berger 2019).", outlook::WS_TKI_MONTHS);
    let _ = writeln!(
        out,
        "- **Options and icon arrays (per 100 people, {} months from the decision):**\n  \
         - Continue: 100 still taking the TKI. No trial figure for staying in MMR on continued TKI is in the evidence, so the group is not split.\n  \
         - Halve the dose for a year, then stop (DESTINY): the person's DESTINY group from the last 12 months of results (all MR4 or deeper: MR4 group; all MMR or deeper: MMR group; otherwise both shown). Back on full-dose TKI = recurrence by 24 months on study (23.2% MR4 group, 59.2% MMR group); in remission without TKI = the rest (stopped at month 12).\n  \
         - Stop: EURO-SKI interim, 50% in remission without TKI at 24 months (second attempts: RE-STIM, 42%); the rest lost MMR and restarted.\n  \
         - Percents are turned into whole people by the largest-remainder method, so each array sums to exactly 100.\n",
        outlook::HORIZON_MONTHS
    );
}

fn sources_section(out: &mut String) {
    out.push_str("## 3. Guideline and other sources (`sources.rs`)\n\n");
    for s in SOURCES {
        let mut t = format!("- **{}** (`{}`): {}", s.short, s.id, s.citation);
        if let Some(p) = s.pmid {
            let _ = write!(t, " PMID {p}.");
        }
        if let Some(d) = s.doi {
            let _ = write!(t, " DOI {d}.");
        }
        let _ = writeln!(out, "{t} *Use and limits:* {}", s.note);
    }
    out.push('\n');
}

fn add(map: &mut BTreeMap<String, BTreeSet<String>>, key: &str, sources: &[&str]) {
    map.entry(key.to_owned()).or_default().extend(sources.iter().map(|s| (*s).to_owned()));
}

fn eligibility_profiles() -> Vec<serde_json::Value> {
    let pcr = |from: i32, to: i32, value: serde_json::Value| -> Vec<serde_json::Value> {
        (from..=to)
            .flat_map(|y| [1, 4, 7, 10].map(|m| (y, m)))
            .filter(|&(y, m)| y * 100 + m <= 202_505)
            .map(|(y, m)| {
                let mut e = value.clone();
                e["date"] = json!(format!("{y}-{m:02}-05"));
                e
            })
            .collect()
    };
    let lab = json!({"international_scale": true, "sensitivity_mr45": true, "turnaround_weeks": 2});
    let base = |courses: serde_json::Value, results: Vec<serde_json::Value>, extra: serde_json::Value| {
        let mut d = json!({"format": "tfr-profile/1", "assessed_on": "2025-06-01", "age_years": 50, "phase_history": "chronic_only",
                           "transcript": "e14a2", "tki_courses": courses, "pcr": results, "lab": lab});
        for (k, v) in extra.as_object().unwrap() {
            d[k] = v.clone();
        }
        d
    };
    vec![
        json!({"format": "tfr-profile/1", "assessed_on": "2025-06-01"}),
        base(
            json!([{"drug": "imatinib", "start": "2015-01-01"}]),
            pcr(2019, 2025, json!({"undetectable": true, "abl1_copies": 60000})),
            json!({}),
        ),
        base(
            json!([{"drug": "imatinib", "start": "2015-01-01"}]),
            pcr(2020, 2025, json!({"bcr_abl1_is": 0.008})),
            json!({}),
        ),
        base(
            json!([{"drug": "nilotinib", "start": "2021-01-01"}]),
            pcr(2023, 2025, json!({"bcr_abl1_is": 0.05})),
            json!({"age_years": 16, "transcript": "atypical", "phase_history": "accelerated_or_blast", "lab": {"international_scale": false}}),
        ),
        base(
            json!([{"drug": "imatinib", "start": "2012-01-01", "end": "2014-01-01", "reason_stopped": "resistance"}, {"drug": "asciminib", "start": "2014-01-01"}]),
            pcr(2024, 2025, json!({"undetectable": true, "abl1_copies": 5000})),
            json!({"transcript": "unknown", "phase_history": "unknown", "lab": {"sensitivity_mr45": false, "turnaround_weeks": 6}}),
        ),
        base(
            json!([{"drug": "imatinib", "start": "2012-01-01", "end": "2014-01-01"}, {"drug": "dasatinib", "start": "2014-01-01", "end": "2016-01-01", "reason_stopped": "intolerance"}, {"drug": "nilotinib", "start": "2016-01-01"}]),
            pcr(2024, 2025, json!({"bcr_abl1_is": 0.5})),
            json!({"lab": {"international_scale": true, "turnaround_weeks": 3}}),
        ),
        base(
            json!([{"drug": "imatinib", "start": "2013-01-01", "end": "2015-01-01", "reason_stopped": "intolerance"}, {"drug": "dasatinib", "start": "2015-01-01"}]),
            pcr(2022, 2025, json!({"bcr_abl1_is": 0.002})),
            json!({}),
        ),
        base(
            json!([{"drug": "imatinib", "start": "2013-01-01", "end": "2015-01-01"}, {"drug": "bosutinib", "start": "2015-01-01"}]),
            vec![],
            json!({"transcript": "e13a2"}),
        ),
        base(
            json!([{"drug": "nilotinib", "start": "2023-01-01"}]),
            pcr(2025, 2025, json!({"bcr_abl1_is": 0.002})),
            json!({}),
        ),
        base(
            json!([{"drug": "imatinib", "start": "2015-01-01"}]),
            pcr(2023, 2025, json!({"bcr_abl1_is": 0.002})),
            json!({}),
        ),
        base(
            json!([{"drug": "imatinib", "start": "2015-01-01"}]),
            pcr(2022, 2025, json!({"undetectable": true, "abl1_copies": 40000})),
            json!({"transcript": "atypical"}),
        ),
    ]
}

/// Catalogue key -> source ids, from the criteria that use each key in whole assessments of sample profiles.
fn eligibility_sources() -> BTreeMap<String, BTreeSet<String>> {
    let mut map = BTreeMap::new();
    for doc in eligibility_profiles() {
        let profile = tfr_core::Profile::from_json(&doc, NaiveDate::from_ymd_opt(2025, 6, 1).unwrap()).unwrap();
        let a = tfr_core::assess(&profile);
        for g in [&a.eligibility.eln2020_minimal, &a.eligibility.eln2020_optimal, &a.eligibility.nccn] {
            for c in &g.criteria {
                for m in [Some(&c.rule), Some(&c.reason), c.interpretation.as_ref(), c.find_out.as_ref()]
                    .into_iter()
                    .flatten()
                {
                    add(&mut map, m.key.name(), &c.sources);
                }
            }
            for m in &g.to_discuss {
                add(&mut map, m.key.name(), &g.sources);
            }
        }
    }
    map
}

fn monitoring_sources() -> BTreeMap<String, BTreeSet<String>> {
    let mut map = BTreeMap::new();
    let plan = tfr_core::monitoring::plan_for_stop(NaiveDate::from_ymd_opt(2025, 7, 1).unwrap());
    for s in &plan.guidelines {
        for m in
            [Some(&s.name), Some(&s.version), Some(&s.rule), s.caveat.as_ref(), Some(&s.interpretation), Some(&s.after)]
                .into_iter()
                .flatten()
        {
            add(&mut map, m.key.name(), &s.sources);
        }
    }
    let r = &plan.restart;
    for c in [&r.relapse, &r.restart, &plan.rising_below_mmr].into_iter().chain(r.after_restart.iter()) {
        add(&mut map, c.text.key.name(), &c.sources);
    }
    map
}

fn text_table(out: &mut String, keys: &[&str], sources_of: &dyn Fn(&str) -> String) {
    out.push_str("| Key | Sources | English | Chinese |\n|---|---|---|---|\n");
    for key in keys {
        let _ = writeln!(
            out,
            "| `{key}` | {} | {} | {} |",
            sources_of(key),
            cell(&key_text(Lang::En, named(key))),
            cell(&key_text(Lang::Zh, named(key)))
        );
    }
    out.push('\n');
}

fn join(set: &BTreeSet<String>) -> String {
    set.iter().map(|s| format!("`{s}`")).collect::<Vec<_>>().join(", ")
}

fn eligibility_section(out: &mut String) {
    out.push_str("## 4. Eligibility rules\n\n");
    out.push_str(
        "Every rule, reason, interpretation, point to discuss and \"find out\" text of the eligibility checks. Sources are those of the \
         criteria that use the text in whole assessments of sample profiles; a text those profiles do not reach is attributed by the \
         guideline its key names (marked *by key*).\n\n",
    );
    out.push_str(
        "Years shown in reasons and values (`{years}`) are counted as the rules count them and rounded down to a tenth: a span \
         (a course, a run of deep results) in calendar years from its first day, a year being reached on the anniversary; total \
         TKI time in calendar years back from the assessment date, or from the last day on TKI for someone who has stopped. So \
         a number never disagrees with the status beside it: one day short of 3 years reads 2.9, not a rounded-up 3.0; 5 years \
         and a week reads 5.0 and is \"more than 5\". (The `tki_years` and `dmr_years` numbers of the command line's JSON \
         summary are days / 365.25 to two decimals, for calculation, not display.)\n\n",
    );
    let map = eligibility_sources();
    let keys: Vec<&str> = Lang::En
        .entries()
        .map(|(k, _)| k)
        .filter(|k| ["rule.", "interp.", "reason.", "discuss.", "find_out."].iter().any(|p| k.starts_with(p)))
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect();
    text_table(out, &keys, &|key| match map.get(key) {
        Some(s) if !s.is_empty() => join(s),
        _ if key.contains(".eln.") => "`eln2020` *(by key)*".to_owned(),
        _ if key.contains(".nccn.") => "`nccn2019` *(by key)*".to_owned(),
        _ => "`eln2020`, `nccn2019` *(by key: shared text)*".to_owned(),
    });
}

fn table_keys(marker: &str) -> Vec<&'static str> {
    Lang::En
        .tables()
        .iter()
        .find(|t| table_entries(t).any(|(k, _)| k == marker || k.starts_with(marker)))
        .map(|t| table_entries(t).map(|(k, _)| k).collect())
        .unwrap_or_default()
}

fn outlook_section(out: &mut String) {
    out.push_str("## 5. Outlook texts\n\n");
    out.push_str(
        "Every text of the outlook catalogue (`i18n/en_outlook.rs`, `i18n/zh_outlook.rs`). Sources come from `outlook::TEXT_SOURCES`, or, \
         for entry criteria, seed-review notes and relapse definitions, from the records that use them. \"none: says there is no figure\" \
         marks a sentence that states the evidence has no number. Labels carry no clinical claim. `{placeholders}` are filled from the \
         evidence records at run time.\n\n",
    );
    let keys = table_keys("outlook.trials.how");
    text_table(out, &keys, &|key| match Key::from_name(key).and_then(outlook::text_sources) {
        Some(ids) if ids.is_empty() => "none: says there is no figure, or explains the method".to_owned(),
        Some(ids) => ids.iter().map(|s| format!("`{s}`")).collect::<Vec<_>>().join(", "),
        None => "— (label)".to_owned(),
    });
}

fn monitoring_section(out: &mut String) {
    out.push_str("## 6. Monitoring texts\n\n");
    out.push_str(
        "Every `monitoring.*` text of the catalogue (mostly `i18n/en_monitoring.rs`, `i18n/zh_monitoring.rs`) as it stands when this \
         file is generated. Sources are those the monitoring plan attaches to each text; \"—\" marks labels and texts the plan shows without a \
         source of their own.\n\n",
    );
    let map = monitoring_sources();
    let keys: Vec<&str> = Lang::En
        .entries()
        .map(|(k, _)| k)
        .filter(|k| k.starts_with("monitoring."))
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect();
    text_table(out, &keys, &|key| map.get(key).filter(|s| !s.is_empty()).map_or("—".to_owned(), join));
}

/// Clinical sentences outside the eligibility, outlook and monitoring tables, with their sources.
const OTHER_CLINICAL: &[(&str, &[&str])] = &[
    ("pcr.levels_explained", &["eln2020", "cross2015"]),
    ("pcr.source", &["eln2020", "cross2015"]),
    ("views.cn2020", &["cn2020"]),
    ("views.seed", &["seed_review"]),
    ("verdict.eligible.summary", &["eln2020", "nccn2019"]),
    ("verdict.not_eligible.summary", &["eln2020", "nccn2019"]),
    ("verdict.not_yet.summary_dated", &["eln2020", "nccn2019"]),
    ("verdict.not_yet.summary_undated", &["eln2020", "nccn2019"]),
    ("verdict.incomplete.summary", &["eln2020", "nccn2019"]),
    ("glossary.mmr.def", &["eln2020", "cross2015"]),
    ("glossary.mr4.def", &["eln2020", "cross2015"]),
    ("glossary.mr45.def", &["eln2020", "cross2015"]),
    ("glossary.dmr.def", &["eln2020", "cross2015"]),
    ("glossary.abl1.def", &["cross2015"]),
    ("glossary.relapse.def", &["eln2020"]),
    ("glossary.withdrawal.def", &["richter2014", "ruski"]),
    ("values.item.testing", &["eln2020"]),
    ("values.note.testing", &["eln2020"]),
    ("values.note.pregnancy", &["eln2020"]),
    ("values.note.withdrawal", &["berger2019", "ruski"]),
    ("questions.intro", &["sharf2020"]),
];

fn other_section(out: &mut String) {
    out.push_str(
        "## 7. Other clinical texts

",
    );
    out.push_str("Response levels, verdict sentences, other expert views, and the clinical sentences of the glossary and the values exercise.\n\n");
    let keys: Vec<&str> = OTHER_CLINICAL.iter().map(|(k, _)| *k).collect();
    text_table(out, &keys, &|key| {
        OTHER_CLINICAL
            .iter()
            .find(|(k, _)| *k == key)
            .map_or(String::new(), |(_, ids)| ids.iter().map(|s| format!("`{s}`")).collect::<Vec<_>>().join(", "))
    });
}

fn generate() -> String {
    let mut out = String::new();
    out.push_str("# Clinical content of tfr-aid\n\n");
    out.push_str(
        "Generated from the code by `crates/tfr-core/tests/content.rs`: do not edit by hand. After changing clinical content, run \
         `UPDATE_CONTENT=1 cargo test -p tfr-core --test content` and review the diff.\n\n",
    );
    let _ = writeln!(out, "**Evidence last reviewed: {EVIDENCE_REVIEWED}.**\n");
    out.push_str(
        "Everything the app says about eligibility, outcomes, withdrawal syndrome, the options and monitoring is listed here with its \
         source. Every number shown in the app is one of the figures in section 1 (or arithmetic on them, described in section 2). \
         All texts are points to discuss with the haematologist, not orders.\n\n",
    );
    out.push_str("Contents: 1. Evidence records · 2. How the outlook uses the evidence · 3. Guideline and other sources · 4. Eligibility rules · 5. Outlook texts · 6. Monitoring texts · 7. Other clinical texts\n\n");
    evidence_section(&mut out);
    how_used_section(&mut out);
    sources_section(&mut out);
    eligibility_section(&mut out);
    outlook_section(&mut out);
    monitoring_section(&mut out);
    other_section(&mut out);
    out
}

#[test]
fn content_md_is_up_to_date() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../CONTENT.md");
    let fresh = generate();
    if std::env::var("UPDATE_CONTENT").is_ok_and(|v| v == "1") {
        std::fs::write(&path, &fresh).unwrap();
        return;
    }
    let current = std::fs::read_to_string(&path).unwrap_or_default();
    if current != fresh {
        let first = current.lines().zip(fresh.lines()).position(|(a, b)| a != b);
        panic!(
            "CONTENT.md is out of date (first difference at line {}). Run `UPDATE_CONTENT=1 cargo test -p tfr-core --test content` \
             and review the diff.",
            first.map_or(current.lines().count().min(fresh.lines().count()) + 1, |i| i + 1)
        );
    }
}

#[test]
fn content_covers_every_record_rule_and_text() {
    let md = generate();
    for s in STUDIES {
        assert!(md.contains(&format!("(`{}`)", s.id)), "{}", s.id);
        for c in s.citations {
            if let Some(p) = c.pmid {
                assert!(md.contains(p));
            }
        }
    }
    for (k, _) in Lang::En.entries() {
        let listed =
            ["rule.", "interp.", "reason.", "discuss.", "find_out.", "monitoring."].iter().any(|p| k.starts_with(p))
                || Key::from_name(k).and_then(outlook::text_sources).is_some()
                || table_keys("outlook.trials.how").contains(&k);
        if listed {
            assert!(md.contains(&format!("`{k}`")), "{k} missing from CONTENT.md");
        }
    }
    for (k, ids) in OTHER_CLINICAL {
        assert!(md.contains(&format!("`{k}`")), "{k} missing from CONTENT.md");
        for id in *ids {
            assert!(tfr_core::evidence::exists(id), "{k} cites unknown source {id}");
        }
    }
    assert!(md.contains(EVIDENCE_REVIEWED));
    assert!(!md.contains("52.6 |"), "no unverified figure in the tables");
}
