//! The monitoring plan: the stop date, dated PCR tests under each guideline, the restart rule, and the calendar download.

use crate::components::form::TextField;
use crate::components::outlook_view::{short_name, source_line};
use tfr_core::dates::{self, DateError};
use tfr_core::i18n::Key;
use tfr_core::i18n::{format_date, text, Lang};
use tfr_core::key;
use tfr_core::monitoring::{plan_for_stop, Cited, Schedule};
use tfr_core::{ics, Problem};
use yew::prelude::*;

/// Props of [`MonitoringView`].
#[derive(Properties, PartialEq, Debug)]
pub struct Props {
    /// The stop date as typed (the same field as the planned stop).
    pub stop_text: AttrValue,
    /// Called when the person changes it.
    pub on_stop: Callback<String>,
    /// Display language.
    pub lang: Lang,
}

fn cited(c: &Cited, lang: Lang) -> Html {
    html! {
        <p>{ c.text.render(lang) }<span class="cite-inline">{ for c.sources.iter().map(|s| html! { <cite title={source_line(s)}>{ format!(" [{}]", short_name(s)) }</cite> }) }</span></p>
    }
}

fn schedule_view(s: &Schedule, lang: Lang, ics_href: Option<String>) -> Html {
    let t = |k: Key| text(lang, k);
    html! {
        <section class="schedule" aria-labelledby={format!("schedule-{}", s.id)} data-schedule={s.id}>
            <h4 id={format!("schedule-{}", s.id)}>{ s.name.render(lang) }</h4>
            <p>{ s.rule.render(lang) }</p>
            <p class="hint">{ s.version.render(lang) }</p>
            if let Some(c) = &s.caveat { <p class="caveat">{ c.render(lang) }</p> }
            if let Some(href) = ics_href {
                <p><a class="button" href={href} download={format!("pcr-tests-{}.ics", s.id)}>{ t(key!("monitoring.download")) }{ format!(" ({})", s.name.render(lang)) }</a></p>
            }
            <table>
                <caption class="visually-hidden">{ s.name.render(lang) }</caption>
                <thead><tr><th scope="col">{ t(key!("monitoring.column.test")) }</th><th scope="col">{ t(key!("monitoring.column.date")) }</th><th scope="col">{ t(key!("monitoring.column.interval")) }</th></tr></thead>
                <tbody>
                { for s.tests.iter().map(|test| html! {
                    <tr><td>{ test.label().render(lang) }</td><td><time datetime={dates::iso(test.date)}>{ format_date(lang, test.date) }</time></td><td>{ t(test.period.label()) }</td></tr>
                }) }
                </tbody>
            </table>
            <p>{ s.after.render(lang) }</p>
            <p class="hint">{ s.interpretation.render(lang) }</p>
        </section>
    }
}

/// The monitoring plan for a stop date.
#[component]
pub fn MonitoringView(p: &Props) -> Html {
    let lang = p.lang;
    let t = |k: Key| text(lang, k);
    let parsed = if p.stop_text.trim().is_empty() { None } else { Some(dates::parse_user(&p.stop_text)) };
    let problem = match parsed {
        Some(Err(DateError::Malformed)) => Some(Problem::MalformedDate.render(lang)),
        Some(Err(DateError::Impossible)) => Some(Problem::ImpossibleDate.render(lang)),
        _ => None,
    };
    let plan = parsed.and_then(Result::ok).map(plan_for_stop);
    html! {
        <section class="card" aria-labelledby="monitoring-heading">
            <h2 id="monitoring-heading">{ t(key!("monitoring.heading")) }</h2>
            <p>{ t(key!("monitoring.intro")) }</p>
            <TextField id="monitoring-stop" label={t(key!("monitoring.stop_date"))} hint={t(key!("form.date_hint"))} value={p.stop_text.clone()}
                problem={problem} on_input={p.on_stop.clone()} />
            if let Some(plan) = plan {
                { for plan.guidelines.iter().map(|s| {
                    let href = ics::calendar(&plan, s.id, lang)
                        .map(|cal| format!("data:text/calendar;charset=utf-8,{}", js_sys::encode_uri_component(&cal)));
                    schedule_view(s, lang, href)
                }) }
                <p class="hint">{ t(key!("monitoring.download_note")) }</p>
                <h3>{ t(key!("monitoring.restart.heading")) }</h3>
                { cited(&plan.restart.relapse, lang) }
                { cited(&plan.restart.restart, lang) }
                <h4>{ t(key!("monitoring.after_restart.heading")) }</h4>
                { for plan.restart.after_restart.iter().map(|c| cited(c, lang)) }
                <h3>{ t(key!("monitoring.rising.heading")) }</h3>
                { cited(&plan.rising_below_mmr, lang) }
                <h3>{ t(key!("verdict.to_discuss")) }</h3>
                <ul>{ for plan.to_discuss.iter().map(|m| html! { <li>{ m.render(lang) }</li> }) }</ul>
            } else {
                <p class="hint">{ t(key!("monitoring.no_date")) }</p>
            }
        </section>
    }
}
