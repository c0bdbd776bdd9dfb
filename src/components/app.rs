//! The root component: owns the state reducer, keeps the page language in step, and lays out the sections.

use crate::components::lang_switch::LangSwitch;
use crate::components::pcr_row::PcrRowView;
use crate::state::{Action, PcrField, State};
use tfr_core::i18n::text;
use yew::prelude::*;

/// The whole aid.
#[component]
pub fn App() -> Html {
    let state = use_reducer(State::default);
    let lang = state.lang;
    let t = move |key: &'static str| text(lang, key);

    use_effect_with(lang, |lang| {
        if let Some(root) = gloo::utils::document().document_element() {
            let _ = root.set_attribute("lang", lang.tag());
        }
        gloo::utils::document().set_title(text(*lang, "app.title"));
    });

    let today = crate::today();
    let dispatch = |f: fn(u64, String) -> Action| {
        let state = state.clone();
        Callback::from(move |(key, value): (u64, String)| state.dispatch(f(key, value)))
    };
    let on_date = dispatch(|k, v| Action::EditPcr(k, PcrField::Date, v));
    let on_value = dispatch(|k, v| Action::EditPcr(k, PcrField::Value, v));
    let on_copies = dispatch(|k, v| Action::EditPcr(k, PcrField::Copies, v));
    let on_undetectable = {
        let state = state.clone();
        Callback::from(move |(key, on): (u64, bool)| state.dispatch(Action::SetUndetectable(key, on)))
    };
    let on_remove = {
        let state = state.clone();
        Callback::from(move |key: u64| state.dispatch(Action::RemovePcr(key)))
    };
    let on_add = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| state.dispatch(Action::AddPcr))
    };
    let on_lang = {
        let state = state.clone();
        Callback::from(move |l| state.dispatch(Action::SetLang(l)))
    };

    html! {
        <>
            <a class="skip" href="#main">{ t("app.skip") }</a>
            <header class="top">
                <h1>{ t("app.title") }</h1>
                <LangSwitch lang={lang} on_change={on_lang} />
            </header>
            <main id="main" tabindex="-1">
                <p class="tagline">{ t("app.tagline") }</p>
                <section aria-labelledby="pcr-heading" class="card">
                    <h2 id="pcr-heading">{ t("pcr.heading") }</h2>
                    <p>{ t("pcr.intro") }</p>
                    if state.pcr.is_empty() {
                        <p>{ t("pcr.empty") }</p>
                    }
                    <ol class="pcr-list">
                        { for state.pcr.iter().enumerate().map(|(i, row)| html! {
                            <PcrRowView
                                key={row.key}
                                row_key={row.key}
                                number={i + 1}
                                draft={row.draft.clone()}
                                lang={lang}
                                today={today}
                                on_date={on_date.clone()}
                                on_value={on_value.clone()}
                                on_copies={on_copies.clone()}
                                on_undetectable={on_undetectable.clone()}
                                on_remove={on_remove.clone()}
                            />
                        }) }
                    </ol>
                    <button type="button" class="add" onclick={on_add}>{ t("pcr.add") }</button>
                    <p class="note">{ t("pcr.levels_explained") }</p>
                    <p class="source">{ t("pcr.source") }</p>
                </section>
            </main>
        </>
    }
}
