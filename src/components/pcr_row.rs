//! One PCR result as the person types it: date, %IS or "not detected" with ABL1 copies, the message beside each field, and the grade from the core.

use crate::components::form::TextField;
use chrono::NaiveDate;
use tfr_core::entry::{check_pcr_row, PcrDraft};
use tfr_core::i18n::Key;
use tfr_core::i18n::{text, Lang, Msg};
use tfr_core::key;
use tfr_core::Problem;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// Props of [`PcrRowView`].
#[derive(Properties, PartialEq, Debug)]
pub struct Props {
    /// Stable key of the row.
    pub row_key: u64,
    /// 1-based position, for labels.
    pub number: usize,
    /// What was typed.
    pub draft: PcrDraft,
    /// Display language.
    pub lang: Lang,
    /// Today, for "in the future" checks.
    pub today: NaiveDate,
    /// Date edited.
    pub on_date: Callback<(u64, String)>,
    /// Value edited.
    pub on_value: Callback<(u64, String)>,
    /// Copies edited.
    pub on_copies: Callback<(u64, String)>,
    /// "Not detected" toggled.
    pub on_undetectable: Callback<(u64, bool)>,
    /// Remove pressed.
    pub on_remove: Callback<u64>,
}

fn text_input(cb: &Callback<(u64, String)>, key: u64) -> Callback<String> {
    let cb = cb.clone();
    Callback::from(move |v: String| cb.emit((key, v)))
}

/// One row of the PCR list.
#[component]
pub fn PcrRowView(props: &Props) -> Html {
    let lang = props.lang;
    let t = |key: Key| text(lang, key);
    let key = props.row_key;
    let draft = &props.draft;
    let check = check_pcr_row(draft, props.today);
    let blank = draft.is_blank();
    // An empty row shows no complaints; a started one shows every problem at once.
    let show = |p: Option<Problem>| if blank { None } else { p.map(|p| p.render(lang)) };
    let n = props.number.to_string();
    let prefix = format!("pcr-{key}");
    let level_text = match check.grade {
        Some(g) => text(lang, g.key()),
        None => t(key!("level.pending")),
    };
    let level_class = check.grade.map_or("pending", |g| g.id());
    let on_undetectable = {
        let cb = props.on_undetectable.clone();
        Callback::from(move |e: Event| cb.emit((key, e.target_unchecked_into::<HtmlInputElement>().checked())))
    };
    let on_remove = {
        let cb = props.on_remove.clone();
        Callback::from(move |_: MouseEvent| cb.emit(key))
    };
    // The value field stays while it holds text, so ticking "not detected" never hides what was typed.
    let show_value = !draft.undetectable || !draft.value.trim().is_empty();
    let legend = Msg::new(key!("pcr.row")).with("n", n.clone()).render(lang);
    html! {
        <li class="pcr-row row">
            <fieldset>
                <legend>{ legend }</legend>
                <TextField id={format!("{prefix}-date")} label={t(key!("pcr.date"))} hint={t(key!("pcr.date_hint"))} value={draft.date.clone()}
                    problem={show(check.date)} on_input={text_input(&props.on_date, key)} />
                if show_value {
                    <TextField id={format!("{prefix}-value")} label={t(key!("pcr.value"))} value={draft.value.clone()} mode="decimal"
                        problem={show(check.value)} on_input={text_input(&props.on_value, key)} />
                }
                <div class="field check">
                    <input id={format!("{prefix}-ud")} type="checkbox" checked={draft.undetectable} onchange={on_undetectable} />
                    <label for={format!("{prefix}-ud")}>{ t(key!("pcr.undetectable")) }</label>
                </div>
                if draft.undetectable {
                    <TextField id={format!("{prefix}-copies")} label={t(key!("pcr.copies"))} value={draft.copies.clone()} mode="numeric"
                        problem={show(check.copies)} on_input={text_input(&props.on_copies, key)} />
                }
                <p class="level-line">
                    <span id={format!("{prefix}-level-label")}>{ t(key!("pcr.level")) }{ ": " }</span>
                    <output class={classes!("level", level_class)} aria-labelledby={format!("{prefix}-level-label")} aria-live="polite">{ level_text }</output>
                </p>
                <button type="button" class="remove" onclick={on_remove}
                    aria-label={Msg::new(key!("pcr.remove")).with("n", n).render(lang)}>{ "✕" }</button>
            </fieldset>
        </li>
    }
}
