//! The root component: owns the state reducer, memoises the core's check and assessment, keeps the page language in step, and lays out the steps and results.

use crate::components::about::about;
use crate::components::about_you::about_you;
use crate::components::data_bar::DataBar;
use crate::components::eligibility_view::{EligibilityView, Which};
use crate::components::glossary::Glossary;
use crate::components::kiosk::KioskGuard;
use crate::components::lab_plan::lab_plan;
use crate::components::lang_switch::lang_switch;
use crate::components::monitoring_view::MonitoringView;
use crate::components::outlook_view::{OptionsView, OutlookView, WithdrawalView};
use crate::components::pcr_chart::PcrChart;
use crate::components::pcr_step::PcrStep;
use crate::components::print_summary::PrintSummary;
use crate::components::step_props::StepProps;
use crate::components::treatment::treatment;
use crate::components::values::Values;
use crate::platform;
use crate::shared::Shared;
use crate::state::{Action, Field, State, Step};
use std::rc::Rc;
use tfr_core::entry::{DraftCheck, DraftField, ProfileDraft};
use tfr_core::i18n::Key;
use tfr_core::i18n::{text, Msg};
use tfr_core::key;
use tfr_core::{assess, Assessment};
use yew::prelude::*;

/// The step a form field belongs to.
fn step_of(field: &DraftField) -> Step {
    match field {
        DraftField::Age | DraftField::Phase | DraftField::Transcript => Step::AboutYou,
        DraftField::Course(..) => Step::Treatment,
        DraftField::Pcr(..) => Step::Pcr,
        _ => Step::LabAndPlan,
    }
}

/// The whole aid.
#[component]
pub fn App() -> Html {
    let settings = *use_memo((), |_| platform::page_settings());
    let state = use_reducer(move || {
        let mut s = State { kiosk: settings.kiosk, ..State::default() };
        // A kiosk never reads or writes storage; elsewhere a profile is restored only if the person chose "remember".
        if !settings.kiosk {
            if let Some((draft, lang)) = platform::remembered() {
                s = s.with_draft(draft);
                s.lang = lang;
                s.remember = true;
            }
        }
        s
    });
    let lang = state.lang;
    let t = move |key: Key| text(lang, key);
    let today = crate::today();
    let draft = state.draft();
    // Recompute only when the form changes: the check and the assessment are memoised on it.
    let check: Rc<DraftCheck> = use_memo((draft.clone(), today), |(d, today)| d.check(*today));
    let assessment: Rc<Option<Shared<Assessment>>> =
        use_memo(check.profile.clone(), |p| p.as_ref().map(|p| Shared::new(assess(p))));
    let heading = use_node_ref();
    use_effect_with((), |_| platform::register_service_worker());
    {
        // Written only while "remember on this device" is on, and never in kiosk mode.
        let key = (draft.clone(), lang, state.remember && !state.kiosk);
        use_effect_with(key, |(draft, lang, remember)| {
            if *remember {
                platform::remember(draft, *lang);
            }
        });
    }

    use_effect_with(lang, |lang| {
        if let Some(root) = gloo::utils::document().document_element() {
            let _ = root.set_attribute("lang", lang.tag());
        }
        gloo::utils::document().set_title(text(*lang, key!("app.title")));
    });
    {
        let heading = heading.clone();
        let first = use_mut_ref(|| true);
        use_effect_with((state.step, state.about), move |_| {
            // Move focus to the new step's heading, but not on first load.
            if !std::mem::replace(&mut *first.borrow_mut(), false) {
                if let Some(el) = heading.cast::<web_sys::HtmlElement>() {
                    let _ = el.focus();
                }
            }
        });
    }

    // One dispatch callback for the life of the app, so leaf components whose data did not change see equal
    // props and are not re-rendered on every keystroke.
    let on: Callback<Action> = {
        let dispatcher = state.dispatcher();
        (*use_memo((), move |_| Callback::from(move |a| dispatcher.dispatch(a)))).clone()
    };
    let props = StepProps { state: Rc::new((*state).clone()), check: check.clone(), today, on: on.clone() };
    let step = state.step;
    let index = step.index();
    let go = |s: Step| {
        let on = on.clone();
        Callback::from(move |_: MouseEvent| on.emit(Action::Go(s)))
    };
    let body = match step {
        Step::AboutYou => about_you(&props),
        Step::Treatment => treatment(&props),
        Step::Pcr => html! { <PcrStep ..props.clone() /> },
        Step::LabAndPlan => lab_plan(&props),
        Step::Results => results(&props, &draft, assessment.as_ref().as_ref(), &on),
    };
    let prev = index.checked_sub(1).and_then(|i| Step::ALL.get(i)).copied();
    let next = Step::ALL.get(index + 1).copied();

    html! {
        <>
            <a class="skip" href="#main">{ t(key!("app.skip")) }</a>
            <header class="top">
                <p class="app-name">{ t(key!("app.title")) }</p>
                <div class="top-actions">
                    <button type="button" class="secondary" aria-pressed={state.about.to_string()}
                        onclick={on.reform({ let open = !state.about; move |_: MouseEvent| Action::ShowAbout(open) })}>
                        { if state.about { t(key!("about.close")) } else { t(key!("about.open")) } }</button>
                    { lang_switch(lang, &on.reform(Action::SetLang)) }
                </div>
            </header>
            <nav class="steps" aria-label={t(key!("step.nav"))}>
                <ol>
                { for Step::ALL.iter().enumerate().map(|(i, s)| html! {
                    <li>
                        <button type="button" aria-current={(*s == step).then_some("step")} onclick={go(*s)}>
                            <span class="step-number" aria-hidden="true">{ i + 1 }</span>{ t(s.key()) }
                        </button>
                    </li>
                }) }
                </ol>
            </nav>
            <DataBar draft={draft.clone()} lang={lang} today={today} remember={state.remember} kiosk={state.kiosk}
                file_problem={state.file_problem.clone()} file_loaded={state.file_loaded}
                on_file={on.reform(|r: Result<_, _>| match r { Ok(d) => Action::Load(Box::new(d)), Err(p) => Action::FileProblem(p) })}
                on_remember={on.reform(|on: bool| { if !on { platform::forget(); } Action::SetRemember(on) })}
                on_clear={on.reform(|_| { platform::forget(); Action::ClearAll })} />
            if state.kiosk {
                <KioskGuard idle_seconds={settings.idle_seconds} countdown_seconds={settings.countdown_seconds} lang={lang}
                    on_wipe={on.reform(|_| { platform::forget(); Action::ClearAll })} />
            }
            <main id="main">
                if state.about {
                    <section class="card about" aria-labelledby="step-heading">
                        <h1 id="step-heading" tabindex="-1" ref={heading.clone()}>{ t(key!("about.open")) }</h1>
                        { about(lang) }
                    </section>
                } else {
                if step == Step::AboutYou { <p class="tagline">{ t(key!("app.tagline")) }</p> }
                <section class="card" aria-labelledby="step-heading">
                    <h1 id="step-heading" tabindex="-1" ref={heading}>
                        <span class="step-of">{ Msg::new(key!("step.of")).with("n", (index + 1).to_string()).with("total", Step::ALL.len().to_string()).render(lang) }</span>
                        { t(step.key()) }
                    </h1>
                    { body }
                </section>
                <div class="step-buttons">
                    if let Some(p) = prev { <button type="button" class="secondary" onclick={go(p)}>{ "← " }{ t(key!("step.back")) }</button> }
                    if let Some(n) = next { <button type="button" class="primary" onclick={go(n)}>{ t(key!("step.next")) }{ ": " }{ t(n.key()) }{ " →" }</button> }
                </div>
                }
            </main>
            <footer class="foot">
                <p>{ t(key!("app.disclaimer")) }</p>
            </footer>
        </>
    }
}

/// The results step: problems to fix first, or the assessment.
fn results(
    p: &StepProps,
    draft: &ProfileDraft,
    assessment: Option<&Shared<Assessment>>,
    on: &Callback<Action>,
) -> Html {
    let lang = p.lang();
    let t = |k: Key| text(lang, k);
    let monitoring = html! {
        <MonitoringView stop_text={p.state.fields.planned_stop.clone()} lang={lang}
            on_stop={on.reform(|v| Action::Set(Field::PlannedStop, v))} />
    };
    let Some(a) = assessment else {
        return html! {
            <>
                <div class="problems" role="alert">
                    <p>{ t(key!("results.fix_first")) }</p>
                    <ul>
                    { for p.check.errors.iter().map(|(field, problem)| {
                        let s = step_of(field);
                        let on = on.clone();
                        html! { <li>{ problem.render(lang) }{ " " }
                            <button type="button" class="link" onclick={Callback::from(move |_: MouseEvent| on.emit(Action::Go(s)))}>
                                { Msg::new(key!("results.go_to")).with_key("step", s.key()).render(lang) }</button></li> }
                    }) }
                    </ul>
                </div>
                { monitoring }
            </>
        };
    };
    let clinician = p.state.clinician;
    html! {
        <>
            <p>{ t(key!("results.intro")) }</p>
            <div class="view-switch" role="group" aria-label={t(key!("view.label"))}>
                <button type="button" aria-pressed={(!clinician).to_string()} onclick={on.reform(|_: MouseEvent| Action::SetClinician(false))}>{ t(key!("view.patient")) }</button>
                <button type="button" aria-pressed={clinician.to_string()} onclick={on.reform(|_: MouseEvent| Action::SetClinician(true))}>{ t(key!("view.clinician")) }</button>
            </div>
            <section aria-labelledby="eligibility-heading">
                <h2 id="eligibility-heading">{ t(key!("results.eligibility")) }</h2>
                <p class="hint">{ t(key!("results.eligibility_note")) }</p>
                <EligibilityView assessment={a.clone()} guideline={Which::ElnMinimal} lang={lang} {clinician} />
                <EligibilityView assessment={a.clone()} guideline={Which::ElnOptimal} lang={lang} {clinician} />
                <EligibilityView assessment={a.clone()} guideline={Which::Nccn} lang={lang} {clinician} />
                <h3>{ t(key!("views.heading")) }</h3>
                <p>{ t(key!("views.cn2020")) }<cite class="cite-inline" title={crate::components::eligibility_view::citation("cn2020")}>{ " [Chinese guideline 2020]" }</cite></p>
                <p>{ t(key!("views.seed")) }<cite class="cite-inline" title={crate::components::outlook_view::source_line("seed_review")}>{ " [Liu, Zeng, Li]" }</cite></p>
            </section>
            <div class="card history">
                <PcrChart results={a.results.clone()} lang={lang} />
            </div>
            <OutlookView assessment={a.clone()} lang={lang} {clinician} />
            <WithdrawalView assessment={a.clone()} lang={lang} {clinician} />
            { monitoring }
            <OptionsView assessment={a.clone()} lang={lang} {clinician} />
            <Values answers={p.state.values.clone()} lang={lang} on_change={on.reform(Action::SetValues)} />
            <Glossary lang={lang} />
            <p class="print-action">
                <button type="button" class="primary" onclick={Callback::from(|_: MouseEvent| { let _ = gloo::utils::window().print(); })}>{ t(key!("print.button")) }</button>
            </p>
            <PrintSummary draft={draft.clone()} assessment={a.clone()} lang={lang} today={p.today} values={p.state.values.summary(lang)} />
        </>
    }
}
