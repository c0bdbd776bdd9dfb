//! Step 3, PCR results: one row per result with its level as it is typed, and a box to paste lines from a lab report.

use crate::components::pcr_row::PcrRowView;
use crate::components::step_props::StepProps;
use crate::state::{Action, PcrField};
use tfr_core::i18n::Msg;
use tfr_core::key;
use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

/// The PCR step.
#[component]
pub fn PcrStep(p: &StepProps) -> Html {
    let lang = p.lang();
    let paste = use_state(String::new);
    // Row callbacks made once per dispatcher, so typing in one row does not re-render the others.
    let callbacks = use_memo(p.on.clone(), |on| {
        let edit = |f: PcrField| on.reform(move |(k, v): (u64, String)| Action::EditPcr(k, f, v));
        (
            edit(PcrField::Date),
            edit(PcrField::Value),
            edit(PcrField::Copies),
            on.reform(|(k, on): (u64, bool)| Action::SetUndetectable(k, on)),
            on.reform(Action::RemovePcr),
        )
    });
    let (on_date, on_value, on_copies, on_undetectable, on_remove) = (*callbacks).clone();
    let on_paste_input = {
        let paste = paste.clone();
        Callback::from(move |e: InputEvent| paste.set(e.target_unchecked_into::<HtmlTextAreaElement>().value()))
    };
    let on_paste = {
        let paste = paste.clone();
        let on = p.on.clone();
        Callback::from(move |_: MouseEvent| {
            on.emit(Action::PastePcr((*paste).clone()));
            paste.set(String::new());
        })
    };
    let skipped = &p.state.paste_skipped;
    html! {
        <>
            <p>{ p.t(key!("pcr.intro")) }</p>
            if p.state.pcr.is_empty() { <p>{ p.t(key!("pcr.empty")) }</p> }
            <ol class="rows">
                { for p.state.pcr.iter().enumerate().map(|(i, row)| html! {
                    <PcrRowView key={row.key} row_key={row.key} number={i + 1} draft={row.draft.clone()} lang={lang} today={p.today}
                        on_date={on_date.clone()} on_value={on_value.clone()} on_copies={on_copies.clone()}
                        on_undetectable={on_undetectable.clone()} on_remove={on_remove.clone()} />
                }) }
            </ol>
            <button type="button" class="secondary add" onclick={p.send(|_: MouseEvent| Action::AddPcr)}>{ p.t(key!("pcr.add")) }</button>
            <details class="paste">
                <summary>{ p.t(key!("pcr.paste_heading")) }</summary>
                <label for="pcr-paste">{ p.t(key!("pcr.paste_label")) }</label>
                <span class="hint" id="pcr-paste-hint">{ p.t(key!("pcr.paste_hint")) }</span>
                <textarea id="pcr-paste" rows="5" aria-describedby="pcr-paste-hint" value={(*paste).clone()} oninput={on_paste_input} />
                <button type="button" class="secondary" onclick={on_paste}>{ p.t(key!("pcr.paste_button")) }</button>
            </details>
            if !skipped.is_empty() {
                <p class="error" role="status">{ Msg::new(key!("pcr.paste_skipped")).with("lines", skipped.iter().map(ToString::to_string).collect::<Vec<_>>().join(", ")).render(lang) }</p>
            }
            <p class="note">{ p.t(key!("pcr.levels_explained")) }</p>
            <p class="source">{ p.t(key!("pcr.source")) }</p>
        </>
    }
}
