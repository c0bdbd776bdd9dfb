//! Eligibility results: for each guideline the verdict in one sentence, the checklist of criteria, and a "Why?" panel per criterion.

use crate::shared::Shared;
use tfr_core::eligibility::{Criterion, Eligibility, GuidelineResult, Status, Verdict};
use tfr_core::i18n::Key;
use tfr_core::i18n::{text, Lang, Msg};
use tfr_core::key;
use tfr_core::sources;
use tfr_core::Assessment;
use yew::prelude::*;

/// Props of [`EligibilityView`].
#[derive(Properties, PartialEq, Debug)]
pub struct Props {
    /// The assessment (compared by identity: it is memoised on the form).
    pub assessment: Shared<Assessment>,
    /// Which guideline's result to show.
    pub guideline: Which,
    /// Display language.
    pub lang: Lang,
    /// Clinician view: the criteria as a table with values and citations.
    #[prop_or_default]
    pub clinician: bool,
}

/// One of the guideline results in an assessment.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Which {
    /// ELN 2020, minimal requirements.
    ElnMinimal,
    /// ELN 2020, optimal requirements.
    ElnOptimal,
    /// NCCN.
    Nccn,
}

impl Which {
    /// This guideline's result.
    pub fn of(self, e: &Eligibility) -> &GuidelineResult {
        match self {
            Which::ElnMinimal => &e.eln2020_minimal,
            Which::ElnOptimal => &e.eln2020_optimal,
            Which::Nccn => &e.nccn,
        }
    }
}

fn verdict_key(v: Verdict) -> Key {
    match v {
        Verdict::Eligible => key!("verdict.eligible"),
        Verdict::NotEligible => key!("verdict.not_eligible"),
        Verdict::NotYet => key!("verdict.not_yet"),
        Verdict::Incomplete => key!("verdict.incomplete"),
    }
}

/// How a value the rules used is shown: known ids in words, numbers and dates as they are.
pub fn value_text(lang: Lang, value: &str) -> String {
    let key = match value {
        "yes" => key!("form.yes"),
        "no" => key!("form.no"),
        "unknown" | "none" => key!("status.unknown"),
        "above_mmr" => key!("level.above_mmr"),
        "mmr" => key!("level.mmr"),
        "mr4" => key!("level.mr4"),
        "mr4.5" => key!("level.mr4.5"),
        "mr5" => key!("level.mr5"),
        "imatinib" => key!("drug.imatinib"),
        "dasatinib" => key!("drug.dasatinib"),
        "nilotinib" => key!("drug.nilotinib"),
        "bosutinib" => key!("drug.bosutinib"),
        "ponatinib" => key!("drug.ponatinib"),
        "asciminib" => key!("drug.asciminib"),
        "other" => key!("drug.other"),
        "e13a2" => key!("transcript.e13a2"),
        "e14a2" => key!("transcript.e14a2"),
        "e13a2_e14a2" => key!("transcript.e13a2_e14a2"),
        "atypical" => key!("transcript.atypical"),
        _ => return value.to_owned(),
    };
    text(lang, key).to_owned()
}

/// A source as a citation line.
pub fn citation(id: &str) -> String {
    match sources::source(id) {
        Some(s) => {
            let mut line = format!("{}: {}", s.short, s.citation);
            if let Some(pmid) = s.pmid {
                line.push_str(&format!(" PMID {pmid}."));
            }
            if let Some(doi) = s.doi {
                line.push_str(&format!(" doi:{doi}"));
            }
            line
        }
        None => id.to_owned(),
    }
}

/// When a time-based criterion could be met; a date that is today means "at your next test".
fn met_on_text(date: chrono::NaiveDate, today: chrono::NaiveDate, lang: Lang) -> String {
    if date <= today {
        text(lang, key!("criterion.met_at_next_test")).to_owned()
    } else {
        Msg::new(key!("criterion.met_on")).with_date("date", date).render(lang)
    }
}

fn criterion_view(c: &Criterion, lang: Lang, guideline: &str, today: chrono::NaiveDate) -> Html {
    let t = |k: Key| text(lang, k);
    let (status_key, icon) = match (c.status, c.time_based) {
        (Status::Met, _) => (key!("status.met"), "✓"),
        (Status::Unmet, true) => (key!("status.unmet_time"), "…"),
        (Status::Unmet, false) => (key!("status.unmet"), "✗"),
        (Status::Unknown, _) => (key!("status.unknown"), "?"),
    };
    let class = match (c.status, c.time_based) {
        (Status::Met, _) => "met",
        (Status::Unmet, true) => "not-yet",
        (Status::Unmet, false) => "unmet",
        (Status::Unknown, _) => "unknown",
    };
    html! {
        <li class={classes!("criterion", class)} data-criterion={c.id}>
            <p class="criterion-head">
                <span class="status"><span aria-hidden="true">{ icon }</span>{ " " }{ t(status_key) }</span>
                <span class="rule">{ c.rule.render(lang) }</span>
            </p>
            <p class="reason">{ c.reason.render(lang) }</p>
            if let Some(date) = c.met_on {
                <p class="met-on">{ met_on_text(date, today, lang) }</p>
            }
            <details class="why">
                <summary>{ t(key!("criterion.why")) }<span class="visually-hidden">{ format!(" ({})", c.rule.render(lang)) }</span></summary>
                <dl>
                    <dt>{ t(key!("criterion.rule")) }</dt><dd>{ c.rule.render(lang) }</dd>
                    { for c.values.iter().map(|v| html! { <><dt>{ t(v.label) }</dt><dd>{ value_text(lang, &v.value) }</dd></> }) }
                    if let Some(i) = &c.interpretation {
                        <dt>{ t(key!("criterion.interpretation")) }</dt><dd>{ i.render(lang) }</dd>
                    }
                    <dt>{ t(key!("criterion.source")) }</dt>
                    <dd>{ for c.sources.iter().map(|s| html! { <cite>{ citation(s) }</cite> }) }</dd>
                </dl>
                <p class="hint">{ format!("{} · {}", guideline, c.id) }</p>
            </details>
        </li>
    }
}

fn status_text(c: &Criterion, lang: Lang) -> &'static str {
    text(
        lang,
        match (c.status, c.time_based) {
            (Status::Met, _) => key!("status.met"),
            (Status::Unmet, true) => key!("status.unmet_time"),
            (Status::Unmet, false) => key!("status.unmet"),
            (Status::Unknown, _) => key!("status.unknown"),
        },
    )
}

/// The criteria as a table for clinicians: rule, status, values, projected date, interpretation and source.
fn clinician_table(r: &GuidelineResult, lang: Lang) -> Html {
    let t = |k: Key| text(lang, k);
    html! {
        <div class="table-wrap">
            <table class="clinician">
                <thead><tr>
                    <th scope="col">{ t(key!("clinician.criterion")) }</th><th scope="col">{ t(key!("clinician.status")) }</th>
                    <th scope="col">{ t(key!("clinician.values")) }</th><th scope="col">{ t(key!("clinician.met_on")) }</th>
                    <th scope="col">{ t(key!("clinician.source")) }</th>
                </tr></thead>
                <tbody>
                { for r.criteria.iter().map(|c| html! {
                    <tr data-criterion={c.id}>
                        <th scope="row"><code>{ c.id }</code><br />{ c.rule.render(lang) }
                            if let Some(i) = &c.interpretation { <br /><span class="hint">{ i.render(lang) }</span> }</th>
                        <td>{ status_text(c, lang) }</td>
                        <td>{ for c.values.iter().map(|v| html! { <>{ format!("{}: {}", t(v.label), value_text(lang, &v.value)) }<br /></> }) }</td>
                        <td>{ c.met_on.map(tfr_core::dates::iso).unwrap_or_default() }</td>
                        <td>{ for c.sources.iter().map(|s| html! { <cite>{ citation(s) }</cite> }) }</td>
                    </tr>
                }) }
                </tbody>
            </table>
        </div>
    }
}

/// One guideline's result.
#[component]
pub fn EligibilityView(p: &Props) -> Html {
    let lang = p.lang;
    let r = p.guideline.of(&p.assessment.eligibility);
    let t = |k: Key| text(lang, k);
    let heading_id = format!("guideline-{}", r.id);
    html! {
        <article class="guideline" aria-labelledby={heading_id.clone()} data-guideline={r.id}>
            <h3 id={heading_id}>{ r.name.render(lang) }</h3>
            <p class={classes!("verdict", r.verdict.id())}>
                <strong>{ t(verdict_key(r.verdict)) }</strong>{ t(key!("verdict.separator")) }{ r.summary.render(lang) }
            </p>
            if p.clinician {
                { clinician_table(r, lang) }
            } else {
                <ul class="criteria">
                    { for r.criteria.iter().map(|c| criterion_view(c, lang, r.id, p.assessment.assessed_on)) }
                </ul>
            }
            if !r.to_find_out.is_empty() {
                <h4>{ t(key!("verdict.to_find_out")) }</h4>
                <ul>{ for r.to_find_out.iter().map(|m| html! { <li>{ m.render(lang) }</li> }) }</ul>
            }
            <h4>{ t(key!("verdict.to_discuss")) }</h4>
            <ul>{ for r.to_discuss.iter().map(|m| html! { <li>{ m.render(lang) }</li> }) }</ul>
        </article>
    }
}
