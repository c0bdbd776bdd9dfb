//! Step 4, the lab and the plan: International Scale, sensitivity, turnaround, planned stop, earlier attempts, bone and joint history.

use crate::components::form::{Choice, TextField};
use crate::components::step_props::StepProps;
use crate::state::{Action, AttemptField, Field};
use tfr_core::entry::DraftField;
use tfr_core::i18n::Key;
use tfr_core::i18n::Msg;
use tfr_core::key;
use yew::prelude::*;

const YES_NO: &[(&str, Key)] = &[("yes", key!("form.yes")), ("no", key!("form.no")), ("", key!("form.dont_know"))];

/// The lab-and-plan step.
/// A plain function rather than a component: it has no state of its own, re-renders with the step anyway, and a
/// component's machinery costs download size.
pub fn lab_plan(p: &StepProps) -> Html {
    let f = &p.state.fields;
    let lang = p.lang();
    html! {
        <>
            <h3>{ p.t(key!("lab.heading")) }</h3>
            <p class="hint">{ p.t(key!("lab.intro")) }</p>
            <Choice name="lab-is" legend={p.t(key!("lab.is"))} options={p.options(YES_NO)} selected={f.lab_is.clone()}
                on_change={p.send(|v| Action::Set(Field::LabIs, v))} />
            <Choice name="lab-mr45" legend={p.t(key!("lab.mr45"))} options={p.options(YES_NO)} selected={f.lab_mr45.clone()}
                on_change={p.send(|v| Action::Set(Field::LabMr45, v))} />
            <TextField id="lab-turnaround" label={p.t(key!("lab.turnaround"))} value={f.lab_turnaround.clone()} mode="decimal"
                problem={p.problem(&DraftField::Lab("turnaround_weeks"))} on_input={p.send(|v| Action::Set(Field::LabTurnaround, v))} />
            <h3>{ p.t(key!("plan.heading")) }</h3>
            <TextField id="planned-stop" label={p.t(key!("plan.stop"))} hint={p.t(key!("plan.stop_hint"))} value={f.planned_stop.clone()}
                problem={p.problem(&DraftField::PlannedStop)} on_input={p.send(|v| Action::Set(Field::PlannedStop, v))} />
            <Choice name="osteo" legend={p.t(key!("plan.osteo"))} options={p.options(YES_NO)} selected={f.osteo.clone()}
                on_change={p.send(|v| Action::Set(Field::Osteo, v))} />
            <h3>{ p.t(key!("attempts.heading")) }</h3>
            <p class="hint">{ p.t(key!("attempts.intro")) }</p>
            <ol class="rows">
            { for p.state.attempts.iter().enumerate().map(|(i, row)| {
                let key = row.key;
                let n = (i + 1).to_string();
                html! {
                    <li key={key} class="row">
                        <fieldset>
                            <legend>{ Msg::new(key!("attempts.row")).with("n", n.clone()).render(lang) }</legend>
                            <TextField id={format!("attempt-{key}-stopped")} label={p.t(key!("attempts.stopped"))} hint={p.t(key!("form.date_hint"))}
                                value={row.draft.stopped.clone()} problem={p.problem(&DraftField::Attempt(i, "stopped"))}
                                on_input={p.send(move |v| Action::EditAttempt(key, AttemptField::Stopped, v))} />
                            <TextField id={format!("attempt-{key}-restarted")} label={p.t(key!("attempts.restarted"))} hint={p.t(key!("form.date_hint"))}
                                value={row.draft.restarted.clone()} problem={p.problem(&DraftField::Attempt(i, "restarted"))}
                                on_input={p.send(move |v| Action::EditAttempt(key, AttemptField::Restarted, v))} />
                            <button type="button" class="remove" aria-label={Msg::new(key!("attempts.remove")).with("n", n).render(lang)}
                                onclick={p.send(move |_: MouseEvent| Action::RemoveAttempt(key))}>{ "✕" }</button>
                        </fieldset>
                    </li>
                }
            }) }
            </ol>
            <button type="button" class="secondary" onclick={p.send(|_: MouseEvent| Action::AddAttempt)}>{ p.t(key!("attempts.add")) }</button>
        </>
    }
}
