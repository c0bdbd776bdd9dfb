//! What tends to happen: the options side by side per 100 people, trials like you with their relapse definitions, what shifts the odds, relapse, withdrawal syndrome.

use crate::components::eligibility_view::citation as guideline_citation;
use crate::components::icon_array::icon_array;
use crate::shared::Shared;
use tfr_core::evidence::{self, Citation};
use tfr_core::i18n::Key;
use tfr_core::i18n::{text, Lang, Msg};
use tfr_core::key;
use tfr_core::number::short;
use tfr_core::outlook::{CiSource, Point, ResultPoint, TrialMatch};
use tfr_core::Assessment;
use yew::prelude::*;

/// Props of the outlook views.
#[derive(Properties, PartialEq, Debug)]
pub struct Props {
    /// The assessment whose outlook is shown (compared by identity: it is memoised on the form).
    pub assessment: Shared<Assessment>,
    /// Display language.
    pub lang: Lang,
    /// Clinician view: every figure with its confidence interval, counts and citation.
    #[prop_or_default]
    pub clinician: bool,
}

/// A citation of a trial or paper, as one line.
pub fn citation_line(c: &Citation) -> String {
    let mut line = format!("{} {}.", c.authors, c.journal);
    if let Some(pmid) = c.pmid {
        line.push_str(&format!(" PMID {pmid}."));
    }
    if let Some(doi) = c.doi {
        line.push_str(&format!(" doi:{doi}"));
    }
    if let Some(note) = c.citation_note {
        line.push_str(&format!(" ({note})"));
    }
    line
}

/// The citation of any source id: an evidence record or a guideline.
pub fn source_line(id: &str) -> String {
    match evidence::study(id) {
        Some(s) => match s.citations.first() {
            Some(c) => format!("{}: {}", s.name, citation_line(c)),
            None => s.name.to_owned(),
        },
        None => guideline_citation(id),
    }
}

/// The short name of any source id.
pub fn short_name(id: &str) -> String {
    evidence::study(id)
        .map_or_else(|| tfr_core::sources::source(id).map_or(id, |s| s.short).to_owned(), |s| s.name.to_owned())
}

/// Source names in brackets, with the full citation on hover and in the clinician view.
fn sources_inline(ids: &[&'static str]) -> Html {
    html! {
        <span class="cite-inline">
            { for ids.iter().map(|id| html! { <cite title={source_line(id)}>{ format!(" [{}]", short_name(id)) }</cite> }) }
        </span>
    }
}

fn point(p: &Point, lang: Lang) -> Html {
    html! { <li>{ p.text.render(lang) }{ sources_inline(&p.sources) }</li> }
}

fn unit_text(r: &ResultPoint, lang: Lang) -> String {
    match r.time {
        Some(t) => Msg::new(r.unit.key()).with("n", short(t)).render(lang),
        None => text(lang, key!("trial.over_follow_up")).to_owned(),
    }
}

fn ci_text(r: &ResultPoint, lang: Lang) -> String {
    match (r.ci95, r.ci_source) {
        (Some([lo, hi]), CiSource::Computed) => {
            Msg::new(key!("trial.ci_computed")).with("lo", short(lo)).with("hi", short(hi)).render(lang)
        }
        (Some([lo, hi]), _) => {
            Msg::new(key!("trial.ci_paper")).with("lo", short(lo)).with("hi", short(hi)).render(lang)
        }
        (None, _) => String::new(),
    }
}

fn trial_view(t: &TrialMatch, lang: Lang, clinician: bool, partial: bool) -> Html {
    let tt = |k: Key| text(lang, k);
    html! {
        <article class={classes!("trial", partial.then_some("partial"))} aria-labelledby={format!("trial-{}", t.id)} data-trial={t.id}>
            <h4 id={format!("trial-{}", t.id)}>{ t.label.render(lang) }
                if let Some(n) = t.n { <span class="n">{ " · " }{ Msg::new(key!("trial.n")).with("n", n.to_string()).render(lang) }</span> }</h4>
            if partial && !t.differs.is_empty() {
                <div class="differs"><strong>{ tt(key!("trial.differs")) }</strong><ul>{ for t.differs.iter().map(|d| html! { <li>{ d.render(lang) }</li> }) }</ul></div>
            }
            <p class="relapse-def"><strong>{ tt(key!("trial.relapse")) }{ ": " }</strong>{ t.relapse_text.render(lang) }</p>
            <table class="results">
                <caption class="visually-hidden">{ t.label.render(lang) }</caption>
                <thead><tr><th scope="col">{ tt(key!("trial.time")) }</th><th scope="col">{ tt(key!("trial.outcome")) }</th><th scope="col">{ tt(key!("trial.percent")) }</th></tr></thead>
                <tbody>
                { for t.results.iter().map(|r| html! {
                    <tr>
                        <td>{ unit_text(r, lang) }</td>
                        <td>{ r.label.render(lang) }{ r.group_label.as_ref().map(|g| format!(" ({})", g.render(lang))).unwrap_or_default() }</td>
                        <td><strong>{ format!("{}%", short(r.percent)) }</strong>
                            if let Some(c) = r.count { { format!(" ({} / {})", c.x, c.n) } }
                            <br /><span class="hint">{ ci_text(r, lang) }</span></td>
                    </tr>
                }) }
                </tbody>
            </table>
            if let Some(e) = &t.entry { <p class="hint"><strong>{ tt(key!("trial.entry")) }{ ": " }</strong>{ e.render(lang) }</p> }
            { for t.notes.iter().map(|n| html! { <p class="note-seed">{ n.render(lang) }</p> }) }
            if clinician || partial {
                if let Some(c) = &t.citation { <p><cite>{ citation_line(c) }</cite></p> }
            } else {
                <details class="why"><summary>{ tt(key!("criterion.source")) }<span class="visually-hidden">{ format!(" ({})", t.name) }</span></summary>
                    if let Some(c) = &t.citation { <cite>{ citation_line(c) }</cite> }
                </details>
            }
        </article>
    }
}

/// Options side by side, in identical style.
#[component]
pub fn OptionsView(p: &Props) -> Html {
    let lang = p.lang;
    let t = |k: Key| text(lang, k);
    html! {
        <section class="card" aria-labelledby="options-heading">
            <h2 id="options-heading">{ t(key!("results.options_heading")) }</h2>
            <p>{ t(key!("results.options_intro")) }</p>
            <div class="options">
            { for p.assessment.outlook.options.iter().map(|o| html! {
                <article class="option-card" aria-labelledby={format!("option-{}", o.id)} data-option={o.id}>
                    <h3 id={format!("option-{}", o.id)}>{ o.name.render(lang) }</h3>
                    <p>{ o.summary.render(lang) }</p>
                    <h4>{ Msg::new(key!("results.per_100_at")).with("months", o.horizon_months.to_string()).render(lang) }</h4>
                    { for o.icon_arrays.iter().enumerate().map(|(i, a)| icon_array(a, lang, &format!("icons-{}-{i}", o.id))) }
                    <h4>{ t(key!("results.benefits")) }</h4>
                    <ul class="benefits">{ for o.benefits.iter().map(|b| point(b, lang)) }</ul>
                    <h4>{ t(key!("results.harms")) }</h4>
                    <ul class="harms">{ for o.harms.iter().map(|h| point(h, lang)) }</ul>
                    if !o.caveats.is_empty() {
                        <h4>{ t(key!("results.caveats")) }</h4>
                        <ul class="hint">{ for o.caveats.iter().map(|c| html! { <li>{ c.render(lang) }</li> }) }</ul>
                    }
                </article>
            }) }
            </div>
        </section>
    }
}

/// Trials like you, the summary range, what shifts the odds, and what happens if it comes back.
#[component]
pub fn OutlookView(p: &Props) -> Html {
    let lang = p.lang;
    let t = |k: Key| text(lang, k);
    let o = &p.assessment.outlook;
    html! {
        <section class="card" aria-labelledby="outlook-heading">
            <h2 id="outlook-heading">{ t(key!("results.outlook_heading")) }</h2>
            { for o.summary.iter().map(|s| html! { <p class="summary-range"><strong>{ s.text.render(lang) }</strong></p> }) }
            { for o.trials_notes.iter().map(|n| html! { <p class="hint">{ n.render(lang) }</p> }) }
            <h3>{ t(key!("results.trials_heading")) }</h3>
            if o.trials.is_empty() { <p>{ t(key!("results.no_trials")) }</p> }
            { for o.trials.iter().map(|tr| trial_view(tr, lang, p.clinician, false)) }
            if !o.partial_trials.is_empty() {
                <details class="partial-trials">
                    <summary>{ Msg::new(key!("results.partial_heading")).with("count", o.partial_trials.len().to_string()).render(lang) }</summary>
                    { for o.partial_trials.iter().map(|tr| trial_view(tr, lang, p.clinician, true)) }
                </details>
            }
            <h3>{ t(key!("results.odds_heading")) }</h3>
            <ul class="factors">
            { for o.factors.iter().map(|f| html! {
                <li data-factor={f.id}>
                    <strong>{ f.name.render(lang) }</strong>{ " — " }<span class="applies">{ t(applies_key(f.applies)) }</span>
                    if let Some(v) = &f.your_value { { format!(" ({})", v.render(lang)) } }
                    <p>{ f.text.render(lang) }{ sources_inline(&f.sources) }</p>
                </li>
            }) }
            </ul>
            <h3>{ t(key!("results.relapse_heading")) }</h3>
            <ul>{ for o.relapse.points.iter().map(|pt| point(pt, lang)) }</ul>
            { point_p(&o.relapse.progression, lang) }
            <details class="why">
                <summary>{ t(key!("results.definitions")) }</summary>
                <table class="results">
                    <thead><tr><th scope="col">{ t(key!("trial.relapse")) }</th><th scope="col">{ t(key!("results.used_by")) }</th></tr></thead>
                    <tbody>{ for o.relapse.definitions.iter().map(|d| html! {
                        <tr><td>{ d.text.render(lang) }</td><td>{ d.trials.iter().map(|id| short_name(id)).collect::<Vec<_>>().join(", ") }</td></tr>
                    }) }</tbody>
                </table>
            </details>
        </section>
    }
}

fn applies_key(a: tfr_core::outlook::Applies) -> Key {
    use tfr_core::outlook::Applies;
    match a {
        Applies::Present => key!("applies.present"),
        Applies::Absent => key!("applies.absent"),
        Applies::Unknown => key!("applies.unknown"),
        Applies::ByDegree => key!("applies.by_degree"),
    }
}

fn point_p(p: &Point, lang: Lang) -> Html {
    html! { <p>{ p.text.render(lang) }{ sources_inline(&p.sources) }</p> }
}

/// Withdrawal syndrome: how often, how long, the person's own risk factors, what helps.
#[component]
pub fn WithdrawalView(p: &Props) -> Html {
    let lang = p.lang;
    let t = |k: Key| text(lang, k);
    let w = &p.assessment.outlook.withdrawal;
    html! {
        <section class="card" aria-labelledby="ws-heading">
            <h2 id="ws-heading">{ t(key!("results.ws_heading")) }</h2>
            <p><strong>{ w.range_text.render(lang) }</strong></p>
            <ul>{ for w.points.iter().map(|pt| point(pt, lang)) }</ul>
            <h3>{ t(key!("results.ws_yours")) }</h3>
            <ul class="factors">
            { for w.risk_factors.iter().map(|r| {
                let key = match r.present { Some(true) => key!("applies.present"), Some(false) => key!("applies.absent"), None => key!("applies.unknown") };
                html! { <li data-risk={r.id}><strong>{ t(key) }</strong>{ ": " }{ r.text.render(lang) }{ sources_inline(&[r.source]) }</li> }
            }) }
            </ul>
            <h3>{ t(key!("results.ws_helped")) }</h3>
            <ul>{ for w.helped.iter().map(|pt| point(pt, lang)) }</ul>
            if p.clinician {
                <table class="results">
                    <thead><tr><th scope="col">{ t(key!("trial.study")) }</th><th scope="col">{ t(key!("trial.percent")) }</th></tr></thead>
                    <tbody>{ for w.studies.iter().map(|s| html! {
                        <tr><td>{ s.label.render(lang) }</td><td>{ format!("{}%", short(s.figure.percent)) }{ " " }<span class="hint">{ ci_text(&s.figure, lang) }</span></td></tr>
                    }) }</tbody>
                </table>
            }
        </section>
    }
}
