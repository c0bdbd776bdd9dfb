//! Step 1, about you: age, phase history and transcript type (with "I don't know" and where to find it).

use crate::components::form::{Choice, TextField};
use crate::components::step_props::StepProps;
use crate::state::{Action, Field};
use tfr_core::entry::DraftField;
use tfr_core::key;
use yew::prelude::*;

/// The "about you" step.
/// A plain function rather than a component: it has no state of its own, re-renders with the step anyway, and a
/// component's machinery costs download size.
pub fn about_you(p: &StepProps) -> Html {
    let f = &p.state.fields;
    html! {
        <>
            <TextField id="age" label={p.t(key!("form.age"))} value={f.age.clone()} mode="numeric"
                problem={p.problem(&DraftField::Age)} on_input={p.send(|v| Action::Set(Field::Age, v))} />
            <Choice name="phase" legend={p.t(key!("form.phase"))} hint={p.t(key!("form.phase_hint"))} selected={f.phase.clone()}
                options={p.options(&[("chronic_only", key!("phase.chronic_only")), ("accelerated_or_blast", key!("phase.accelerated_or_blast")), ("unknown", key!("phase.unknown"))])}
                problem={p.problem(&DraftField::Phase)} on_change={p.send(|v| Action::Set(Field::Phase, v))} />
            <Choice name="transcript" legend={p.t(key!("form.transcript"))} hint={p.t(key!("form.transcript_hint"))} selected={f.transcript.clone()}
                options={p.options(&[("e14a2", key!("transcript.e14a2")), ("e13a2", key!("transcript.e13a2")), ("e13a2_e14a2", key!("transcript.e13a2_e14a2")), ("atypical", key!("transcript.atypical")), ("unknown", key!("transcript.unknown"))])}
                problem={p.problem(&DraftField::Transcript)} on_change={p.send(|v| Action::Set(Field::Transcript, v))} />
        </>
    }
}
