//! The printed summary for the clinic visit (at most 2 pages): inputs, verdicts, the options per 100, test dates, values and questions, dates and version.

use crate::components::eligibility_view::value_text;
use crate::shared::Shared;
use tfr_core::eligibility::{GuidelineResult, Status};
use tfr_core::entry::ProfileDraft;
use tfr_core::i18n::Key;
use tfr_core::i18n::{format_date, text, Lang, Msg};
use tfr_core::key;
use tfr_core::monitoring::plan_for_stop;
use tfr_core::sources::EVIDENCE_REVIEWED;
use tfr_core::Assessment;
use yew::prelude::*;

/// Props of [`PrintSummary`].
#[derive(Properties, PartialEq, Debug)]
pub struct Props {
    /// What was entered.
    pub draft: ProfileDraft,
    /// The assessment (compared by identity: it is memoised on the form).
    pub assessment: Shared<Assessment>,
    /// Display language.
    pub lang: Lang,
    /// Today.
    pub today: chrono::NaiveDate,
    /// Lines reflecting the person's values and questions (may be empty).
    #[prop_or_default]
    pub values: Vec<String>,
}

fn guideline_line(g: &GuidelineResult, lang: Lang) -> Html {
    let open: Vec<String> = g
        .criteria
        .iter()
        .filter(|c| c.status != Status::Met)
        .map(|c| {
            let status = match (c.status, c.time_based) {
                (Status::Unknown, _) => text(lang, key!("status.unknown")),
                (_, true) => text(lang, key!("status.unmet_time")),
                _ => text(lang, key!("status.unmet")),
            };
            format!("{status}: {}", c.rule.render(lang))
        })
        .collect();
    html! {
        <li><strong>{ g.name.render(lang) }</strong>{ ": " }{ g.summary.render(lang) }
            if !open.is_empty() { <ul>{ for open.iter().map(|o| html! { <li>{ o.clone() }</li> }) }</ul> }
        </li>
    }
}

/// The printed summary; on screen it is hidden, in print it is all that shows.
#[component]
pub fn PrintSummary(p: &Props) -> Html {
    let lang = p.lang;
    let t = |k: Key| text(lang, k);
    let a = &p.assessment;
    let d = &p.draft;
    let courses: Vec<String> = d
        .courses
        .iter()
        .filter(|c| !c.drug.is_empty())
        .map(|c| {
            let end = if c.ongoing { t(key!("print.ongoing")).to_owned() } else { c.end.clone() };
            format!("{} {} – {}", value_text(lang, &c.drug), c.start, end)
        })
        .collect();
    let recent: Vec<String> = a
        .results
        .iter()
        .rev()
        .take(6)
        .map(|r| {
            let value = match (r.bcr_abl1_is, r.abl1_copies) {
                (Some(v), _) => format!("{}%", tfr_core::number::short(v)),
                (None, Some(c)) => Msg::new(key!("print.undetectable")).with("copies", c.to_string()).render(lang),
                _ => String::new(),
            };
            format!("{}: {} ({})", tfr_core::dates::iso(r.date), value, text(lang, r.grade.key()))
        })
        .collect();
    let plan = tfr_core::dates::parse_user(&d.planned_stop).ok().map(plan_for_stop);
    let first_year: Vec<String> = plan
        .as_ref()
        .and_then(|m| m.schedule("eln2020"))
        .map(|s| s.tests.iter().take(9).map(|x| format_date(lang, x.date)).collect())
        .unwrap_or_default();
    // As the criteria show it (calendar years, rounded down), so the summary never says "3.0" beside "not yet 3".
    let tki_years = a
        .eligibility
        .eln2020_minimal
        .criteria
        .iter()
        .flat_map(|c| &c.values)
        .find(|v| v.label == key!("value.tki_years"))
        .map_or("—", |v| v.value.as_str());
    html! {
        <section class="print-summary" aria-hidden="true">
            <h1>{ t(key!("print.title")) }</h1>
            <p class="print-meta">{ Msg::new(key!("print.meta")).with_date("date", p.today).with("version", env!("CARGO_PKG_VERSION")).with("reviewed", EVIDENCE_REVIEWED).render(lang) }</p>
            <h2>{ t(key!("print.inputs")) }</h2>
            <p>{ format!("{}: {} · {}: {} · {}: {}",
                t(key!("value.age")), if d.age.is_empty() { "—" } else { &d.age },
                t(key!("form.transcript")), value_text(lang, if d.transcript.is_empty() { "unknown" } else { &d.transcript }),
                t(key!("value.tki_years")), tki_years) }</p>
            <p>{ courses.join("; ") }</p>
            <p>{ t(key!("print.recent")) }{ " " }{ recent.join("; ") }</p>
            <h2>{ t(key!("results.eligibility")) }</h2>
            <ul>
                { guideline_line(&a.eligibility.eln2020_minimal, lang) }
                { guideline_line(&a.eligibility.eln2020_optimal, lang) }
                { guideline_line(&a.eligibility.nccn, lang) }
            </ul>
            <h2>{ t(key!("results.options_heading")) }</h2>
            <ul>
            { for a.outlook.options.iter().map(|o| html! {
                <li><strong>{ o.name.render(lang) }</strong>{ ": " }
                    { o.icon_arrays.iter().map(|ia| ia.framings.iter().map(|f| f.render(lang)).collect::<Vec<_>>().join("; ")).collect::<Vec<_>>().join(" | ") }
                    { format!(" ({})", Msg::new(key!("results.per_100_at")).with("months", o.horizon_months.to_string()).render(lang)) }</li>
            }) }
            </ul>
            { for a.outlook.summary.iter().map(|s| html! { <p>{ s.text.render(lang) }</p> }) }
            if !first_year.is_empty() {
                <h2>{ t(key!("monitoring.heading")) }</h2>
                <p>{ t(key!("print.first_year")) }{ " " }{ first_year.join(", ") }</p>
            }
            if !p.values.is_empty() {
                <h2>{ t(key!("print.values")) }</h2>
                <ul>{ for p.values.iter().map(|v| html! { <li>{ v.clone() }</li> }) }</ul>
            }
            <p class="print-foot">{ t(key!("app.disclaimer")) }</p>
        </section>
    }
}
