//! What matters to you: the values exercise (rate each statement from "very little" to "a lot"), the SURE check, the questions to ask the haematologist, and the answers reflected back in words.
//!
//! The component holds no state: it renders [`ValuesAnswers`] and emits the whole new struct on every change.

use crate::components::form::{Choice, TextField};
use crate::values_model::{scale_key, Question, SureItem, ValueItem, ValuesAnswers, RATING_MAX, RATING_MIN};
use tfr_core::i18n::Key;
use tfr_core::i18n::{text, Lang};
use tfr_core::key;
use yew::prelude::*;

/// Props of [`Values`].
#[derive(Properties, PartialEq, Debug)]
pub struct Props {
    /// The answers so far.
    pub answers: ValuesAnswers,
    /// Display language.
    pub lang: Lang,
    /// Called with the whole new set of answers after each change.
    pub on_change: Callback<ValuesAnswers>,
}

/// The values exercise, SURE check, questions to bring and summary.
#[component]
pub fn Values(p: &Props) -> Html {
    let lang = p.lang;
    let t = |k: Key| AttrValue::Static(text(lang, k));
    let answers = &p.answers;
    // Every change starts from the answers as shown and emits the whole new struct.
    let on_own_question = {
        let answers = answers.clone();
        let cb = p.on_change.clone();
        Callback::from(move |v: String| cb.emit(answers.set_own_question(v)))
    };
    let scale: Vec<(AttrValue, AttrValue)> =
        (RATING_MIN..=RATING_MAX).map(|r| (AttrValue::from(r.to_string()), t(scale_key(r)))).collect();
    let yes_no: Vec<(AttrValue, AttrValue)> =
        vec![(AttrValue::Static("yes"), t(key!("form.yes"))), (AttrValue::Static("no"), t(key!("form.no")))];
    let reading = answers.sure_reading();

    let rating_view = |item: ValueItem| {
        let on_change = {
            let answers = answers.clone();
            let cb = p.on_change.clone();
            Callback::from(move |v: String| cb.emit(answers.set_rating(item, v.parse().ok())))
        };
        let selected = answers.rating(item).map(|r| r.to_string()).unwrap_or_default();
        html! {
            <li class="value-item" data-value={item.id()}>
                <Choice name={format!("values-{}", item.id())} legend={t(item.key())}
                    hint={item.note_key().map(t)} options={scale.clone()} selected={selected} on_change={on_change} />
            </li>
        }
    };
    let sure_view = |item: SureItem| {
        let on_change = {
            let answers = answers.clone();
            let cb = p.on_change.clone();
            Callback::from(move |v: String| cb.emit(answers.set_sure(item, Some(v == "yes"))))
        };
        let selected = match answers.sure_answer(item) {
            Some(true) => "yes",
            Some(false) => "no",
            None => "",
        };
        html! {
            <li class="sure-item">
                <Choice name={format!("sure-{}", item.id())} legend={t(item.key())} options={yes_no.clone()}
                    selected={AttrValue::Static(selected)} on_change={on_change} />
            </li>
        }
    };
    let question_view = |q: Question| {
        let id = format!("question-{}", q.id());
        let onchange = {
            let answers = answers.clone();
            let cb = p.on_change.clone();
            Callback::from(move |_: Event| cb.emit(answers.toggle_question(q)))
        };
        html! {
            <li class="option">
                <input type="checkbox" id={id.clone()} checked={answers.questions.contains(&q)} {onchange} />
                <label for={id}>{ t(q.key()) }</label>
            </li>
        }
    };

    html! {
        <div class="values-exercise">
            <section class="values" aria-labelledby="values-heading">
                <h2 id="values-heading">{ t(key!("values.heading")) }</h2>
                <p>{ t(key!("values.intro")) }</p>
                <ol class="values-list">
                    { for ValueItem::ALL.iter().map(|i| rating_view(*i)) }
                </ol>
            </section>
            <section class="sure" aria-labelledby="sure-heading">
                <h3 id="sure-heading">{ t(key!("sure.heading")) }</h3>
                <p>{ t(key!("sure.intro")) }</p>
                <ol class="sure-list">
                    { for SureItem::ALL.iter().map(|i| sure_view(*i)) }
                </ol>
                <p class={classes!("sure-reading", reading.id())}>
                    <strong id="sure-reading-label">{ t(key!("sure.reading.label")) }{ ": " }</strong>
                    <output aria-labelledby="sure-reading-label" aria-live="polite">{ reading.render(lang) }</output>
                </p>
                <p class="source">{ t(key!("sure.source")) }</p>
            </section>
            <section class="questions" aria-labelledby="questions-heading">
                <h3 id="questions-heading">{ t(key!("questions.heading")) }</h3>
                <p>{ t(key!("questions.intro")) }</p>
                <ul class="questions-list">
                    { for Question::ALL.iter().map(|q| question_view(*q)) }
                </ul>
                <TextField id="questions-own" label={t(key!("questions.own"))} hint={t(key!("questions.own_hint"))}
                    value={answers.own_question.clone()}
                    on_input={on_own_question} />
            </section>
            <section class="values-summary" aria-labelledby="values-summary-heading">
                <h3 id="values-summary-heading">{ t(key!("values.summary.heading")) }</h3>
                <p class="hint">{ t(key!("values.summary.intro")) }</p>
                <ul>
                    { for answers.summary(lang).into_iter().map(|line| html! { <li>{ line }</li> }) }
                </ul>
            </section>
        </div>
    }
}
