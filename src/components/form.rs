//! Form widgets shared by the steps: a labelled text field, radio choices and a select, each with its problem shown beside it.

use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

/// Props of [`TextField`].
#[derive(Properties, PartialEq, Debug)]
pub struct TextFieldProps {
    /// Element id (unique on the page).
    pub id: AttrValue,
    /// Visible label.
    pub label: AttrValue,
    /// Hint under the label.
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    /// Current text.
    pub value: AttrValue,
    /// Problem to show beside the field.
    #[prop_or_default]
    pub problem: Option<String>,
    /// Called with the new text.
    pub on_input: Callback<String>,
    /// `inputmode` for phone keyboards.
    #[prop_or(AttrValue::Static("text"))]
    pub mode: AttrValue,
}

/// A labelled text input; its hint and problem are tied to it for screen readers.
#[component]
pub fn TextField(p: &TextFieldProps) -> Html {
    let err_id = format!("{}-err", p.id);
    let hint_id = format!("{}-hint", p.id);
    let mut described = Vec::new();
    if p.hint.is_some() {
        described.push(hint_id.clone());
    }
    if p.problem.is_some() {
        described.push(err_id.clone());
    }
    let on_input = p.on_input.clone();
    let oninput =
        Callback::from(move |e: InputEvent| on_input.emit(e.target_unchecked_into::<HtmlInputElement>().value()));
    html! {
        <div class={classes!("field", p.problem.is_some().then_some("invalid"))}>
            <label for={p.id.clone()}>{ p.label.clone() }</label>
            if let Some(h) = &p.hint { <span class="hint" id={hint_id}>{ h.clone() }</span> }
            <input id={p.id.clone()} type="text" inputmode={p.mode.clone()} autocomplete="off" value={p.value.clone()} {oninput}
                aria-invalid={p.problem.is_some().to_string()}
                aria-describedby={(!described.is_empty()).then(|| described.join(" "))} />
            if let Some(problem) = &p.problem { <span class="error" id={err_id}>{ problem.clone() }</span> }
        </div>
    }
}

/// Props of [`Choice`].
#[derive(Properties, PartialEq, Debug)]
pub struct ChoiceProps {
    /// Group name and id prefix.
    pub name: AttrValue,
    /// The question.
    pub legend: AttrValue,
    /// Hint under the question.
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    /// `(value, label)` pairs.
    pub options: Vec<(AttrValue, AttrValue)>,
    /// The chosen value (empty for none).
    pub selected: AttrValue,
    /// Problem to show.
    #[prop_or_default]
    pub problem: Option<String>,
    /// Called with the chosen value.
    pub on_change: Callback<String>,
}

/// A question answered by radio buttons, in a fieldset with a legend.
#[component]
pub fn Choice(p: &ChoiceProps) -> Html {
    let hint_id = format!("{}-hint", p.name);
    html! {
        <fieldset class="choice" aria-describedby={p.hint.as_ref().map(|_| hint_id.clone())}>
            <legend>{ p.legend.clone() }</legend>
            if let Some(h) = &p.hint { <p class="hint" id={hint_id}>{ h.clone() }</p> }
            { for p.options.iter().map(|(value, label)| {
                let id = format!("{}-{}", p.name, value.as_str().replace('.', "_"));
                let on_change = p.on_change.clone();
                let v = value.to_string();
                html! {
                    <div class="option">
                        <input type="radio" id={id.clone()} name={p.name.clone()} value={value.clone()}
                            checked={p.selected == *value}
                            onchange={Callback::from(move |_: Event| on_change.emit(v.clone()))} />
                        <label for={id}>{ label.clone() }</label>
                    </div>
                }
            }) }
            if let Some(problem) = &p.problem { <p class="error">{ problem.clone() }</p> }
        </fieldset>
    }
}

/// Props of [`Select`].
#[derive(Properties, PartialEq, Debug)]
pub struct SelectProps {
    /// Element id.
    pub id: AttrValue,
    /// Visible label.
    pub label: AttrValue,
    /// `(value, label)` pairs; the first may be an empty "choose" entry.
    pub options: Vec<(AttrValue, AttrValue)>,
    /// The chosen value.
    pub selected: AttrValue,
    /// Problem to show.
    #[prop_or_default]
    pub problem: Option<String>,
    /// Called with the chosen value.
    pub on_change: Callback<String>,
}

/// A labelled drop-down list.
#[component]
pub fn Select(p: &SelectProps) -> Html {
    let err_id = format!("{}-err", p.id);
    let on_change = p.on_change.clone();
    let onchange =
        Callback::from(move |e: Event| on_change.emit(e.target_unchecked_into::<HtmlSelectElement>().value()));
    html! {
        <div class={classes!("field", p.problem.is_some().then_some("invalid"))}>
            <label for={p.id.clone()}>{ p.label.clone() }</label>
            <select id={p.id.clone()} {onchange} aria-invalid={p.problem.is_some().to_string()}
                aria-describedby={p.problem.as_ref().map(|_| err_id.clone())}>
                { for p.options.iter().map(|(value, label)| html! {
                    <option value={value.clone()} selected={p.selected == *value}>{ label.clone() }</option>
                }) }
            </select>
            if let Some(problem) = &p.problem { <span class="error" id={err_id}>{ problem.clone() }</span> }
        </div>
    }
}
