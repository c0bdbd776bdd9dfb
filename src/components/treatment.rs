//! Step 2, treatment history: add, edit and remove TKI courses (drug, dates, why it changed).

use crate::components::form::{Select, TextField};
use crate::components::step_props::StepProps;
use crate::state::{Action, CourseField};
use tfr_core::entry::DraftField;
use tfr_core::i18n::Key;
use tfr_core::i18n::Msg;
use tfr_core::key;
use web_sys::HtmlInputElement;
use yew::prelude::*;

const DRUGS: &[(&str, Key)] = &[
    ("", key!("form.choose")),
    ("imatinib", key!("drug.imatinib")),
    ("dasatinib", key!("drug.dasatinib")),
    ("nilotinib", key!("drug.nilotinib")),
    ("bosutinib", key!("drug.bosutinib")),
    ("ponatinib", key!("drug.ponatinib")),
    ("asciminib", key!("drug.asciminib")),
    ("other", key!("drug.other")),
];
const REASONS: &[(&str, Key)] = &[
    ("", key!("form.reason_unknown")),
    ("intolerance", key!("reason_stopped.intolerance")),
    ("resistance", key!("reason_stopped.resistance")),
    ("other", key!("reason_stopped.other")),
];

/// The treatment step.
/// A plain function rather than a component: it has no state of its own, re-renders with the step anyway, and a
/// component's machinery costs download size.
pub fn treatment(p: &StepProps) -> Html {
    let lang = p.lang();
    html! {
        <>
            <p>{ p.t(key!("treatment.intro")) }</p>
            <ol class="rows">
            { for p.state.courses.iter().enumerate().map(|(i, row)| {
                let key = row.key;
                let c = &row.draft;
                let n = (i + 1).to_string();
                let id = |f: &str| format!("course-{key}-{f}");
                let on_ongoing = p.send(move |on: bool| Action::SetOngoing(key, on));
                html! {
                    <li key={key} class="row">
                        <fieldset>
                            <legend>{ Msg::new(key!("treatment.row")).with("n", n.clone()).render(lang) }</legend>
                            <Select id={id("drug")} label={p.t(key!("treatment.drug"))} options={p.options(DRUGS)} selected={c.drug.clone()}
                                problem={p.problem(&DraftField::Course(i, "drug"))}
                                on_change={p.send(move |v| Action::EditCourse(key, CourseField::Drug, v))} />
                            <TextField id={id("start")} label={p.t(key!("treatment.start"))} hint={p.t(key!("form.date_hint"))} value={c.start.clone()}
                                problem={p.problem(&DraftField::Course(i, "start"))}
                                on_input={p.send(move |v| Action::EditCourse(key, CourseField::Start, v))} />
                            <div class="field check">
                                <input type="checkbox" id={id("ongoing")} checked={c.ongoing}
                                    onchange={Callback::from(move |e: Event| on_ongoing.emit(e.target_unchecked_into::<HtmlInputElement>().checked()))} />
                                <label for={id("ongoing")}>{ p.t(key!("treatment.ongoing")) }</label>
                            </div>
                            if !c.ongoing {
                                <TextField id={id("end")} label={p.t(key!("treatment.end"))} hint={p.t(key!("form.date_hint"))} value={c.end.clone()}
                                    problem={p.problem(&DraftField::Course(i, "end"))}
                                    on_input={p.send(move |v| Action::EditCourse(key, CourseField::End, v))} />
                                <Select id={id("reason")} label={p.t(key!("treatment.reason"))} options={p.options(REASONS)} selected={c.reason.clone()}
                                    problem={p.problem(&DraftField::Course(i, "reason_stopped"))}
                                    on_change={p.send(move |v| Action::EditCourse(key, CourseField::Reason, v))} />
                            }
                            <button type="button" class="remove" aria-label={Msg::new(key!("treatment.remove")).with("n", n).render(lang)}
                                onclick={p.send(move |_: MouseEvent| Action::RemoveCourse(key))}>{ "✕" }</button>
                        </fieldset>
                    </li>
                }
            }) }
            </ol>
            <button type="button" class="secondary" onclick={p.send(|_: MouseEvent| Action::AddCourse)}>{ p.t(key!("treatment.add")) }</button>
        </>
    }
}
