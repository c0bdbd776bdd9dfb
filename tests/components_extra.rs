//! Component tests in headless Chromium for the PCR chart, the values exercise (with SURE and questions) and the glossary, each mounted on its own.
#![cfg(target_arch = "wasm32")]

use tfr_aid::components::glossary::{Glossary, GlossaryLink, Term};
use tfr_aid::components::pcr_chart::{PcrChart, Props as ChartProps};
use tfr_aid::components::values::Values;
use tfr_aid::values_model::ValuesAnswers;
use tfr_core::assessment::GradedResult;
use tfr_core::i18n::Lang;
use tfr_core::{Grade, ResponseLevel};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlInputElement};
use yew::prelude::*;

wasm_bindgen_test_configure!(run_in_browser);

/// Props of [`ValuesHarness`].
#[derive(Properties, PartialEq, Debug)]
struct HarnessProps {
    lang: Lang,
}

/// Holds the answers the way the app's reducer will: the component emits, the holder stores.
#[component]
fn ValuesHarness(p: &HarnessProps) -> Html {
    let answers = use_state(ValuesAnswers::default);
    let on_change = {
        let answers = answers.clone();
        Callback::from(move |a: ValuesAnswers| answers.set(a))
    };
    html! { <Values answers={(*answers).clone()} lang={p.lang} {on_change} /> }
}

/// Props of [`GlossaryHarness`].
#[derive(Properties, PartialEq, Debug)]
struct GlossaryHarnessProps {
    lang: Lang,
}

/// A link to a term, and the glossary itself.
#[component]
fn GlossaryHarness(p: &GlossaryHarnessProps) -> Html {
    html! {
        <>
            <p>{ "Your latest result is in " }<GlossaryLink term={Term::Mmr} lang={p.lang} />{ "." }</p>
            <Glossary lang={p.lang} />
        </>
    }
}

fn new_root() -> Element {
    let document = gloo::utils::document();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    root
}

async fn settle() {
    gloo_timers::future::TimeoutFuture::new(50).await;
}

async fn mount_values(lang: Lang) -> Element {
    let root = new_root();
    yew::Renderer::<ValuesHarness>::with_root_and_props(root.clone(), HarnessProps { lang }).render();
    settle().await;
    root
}

/// Mounts a chart; `id` keeps element ids unique, as every test shares the page.
async fn mount_chart(results: Vec<GradedResult>, lang: Lang, id: &'static str) -> Element {
    let root = new_root();
    yew::Renderer::<PcrChart>::with_root_and_props(root.clone(), ChartProps { results, lang, id: id.into() }).render();
    settle().await;
    root
}

fn count(root: &Element, selector: &str) -> u32 {
    root.query_selector_all(selector).unwrap().length()
}

fn texts(root: &Element, selector: &str) -> Vec<String> {
    let list = root.query_selector_all(selector).unwrap();
    (0..list.length()).filter_map(|i| list.item(i).and_then(|n| n.text_content())).collect()
}

fn one_text(root: &Element, selector: &str) -> String {
    root.query_selector(selector).unwrap().unwrap_or_else(|| panic!("no {selector}")).text_content().unwrap_or_default()
}

async fn click(root: &Element, selector: &str) {
    let el: web_sys::HtmlElement =
        root.query_selector(selector).unwrap().unwrap_or_else(|| panic!("no {selector}")).dyn_into().unwrap();
    el.click();
    settle().await;
}

async fn type_into(root: &Element, selector: &str, text: &str) {
    let field: HtmlInputElement = root.query_selector(selector).unwrap().unwrap().dyn_into().unwrap();
    field.set_value(text);
    let init = web_sys::InputEventInit::new();
    init.set_bubbles(true);
    let event = web_sys::InputEvent::new_with_event_init_dict("input", &init).unwrap();
    field.dispatch_event(&event).unwrap();
    settle().await;
}

fn result(date: &str, value: Option<f64>, copies: Option<u64>, grade: Grade) -> GradedResult {
    GradedResult { date: date.parse().unwrap(), bcr_abl1_is: value, abl1_copies: copies, grade }
}

/// Three measured results, one undetectable with enough ABL1, one with too few; not in date order.
fn history() -> Vec<GradedResult> {
    vec![
        result("2021-03-01", Some(0.05), None, Grade::Level(ResponseLevel::Mmr)),
        result("2023-09-15", None, Some(52_000), Grade::Level(ResponseLevel::Mr45)),
        result("2019-06-01", Some(1.2), None, Grade::Level(ResponseLevel::AboveMmr)),
        result("2022-04-10", Some(0.0021), None, Grade::Level(ResponseLevel::Mr45)),
        result("2024-01-20", None, Some(8_000), Grade::NotEvaluable),
    ]
}

#[wasm_bindgen_test]
async fn the_chart_draws_one_mark_per_result_with_distinct_undetectable_marks() {
    let root = mount_chart(history(), Lang::En, "chart-marks").await;
    assert_eq!(count(&root, "svg .mark"), 5);
    assert_eq!(count(&root, "svg .mark.measured circle"), 3);
    assert_eq!(count(&root, "svg .mark.undetectable polygon"), 1);
    assert_eq!(count(&root, "svg .mark.not-evaluable polygon"), 1);
    // The marks run left to right in date order.
    let dates: Vec<String> = {
        let list = root.query_selector_all("svg .mark").unwrap();
        (0..list.length())
            .filter_map(|i| list.item(i)?.dyn_into::<Element>().ok()?.get_attribute("data-date"))
            .collect()
    };
    assert_eq!(dates, ["2019-06-01", "2021-03-01", "2022-04-10", "2023-09-15", "2024-01-20"]);
    // The undetectable mark sits lower than MMR: 100 / 52,000 copies is about 0.0019%.
    let y_of = |selector: &str| -> f64 {
        let el = root.query_selector(selector).unwrap().unwrap();
        el.get_attribute("cy")
            .or_else(|| el.get_attribute("y1"))
            .or_else(|| {
                el.get_attribute("points")
                    .and_then(|p| p.split(' ').next().and_then(|xy| xy.split(',').nth(1)).map(str::to_owned))
            })
            .unwrap()
            .parse()
            .unwrap()
    };
    assert!(y_of(".mark.undetectable polygon") > y_of(".chart-line.mmr line"));
    assert!(y_of(".mark.undetectable polygon") > y_of(".chart-line.mr45 line"));
    assert!(y_of(".mark.not-evaluable polygon") < y_of(".chart-line.mr4 line"));
    assert_eq!(texts(&root, ".line-label"), ["MMR", "MR4", "MR4.5"]);
    assert_eq!(texts(&root, ".years text"), ["2020", "2021", "2022", "2023", "2024"]);
}

#[wasm_bindgen_test]
async fn the_chart_is_a_labelled_image_with_a_table_of_every_result() {
    let root = mount_chart(history(), Lang::En, "chart-labelled").await;
    let svg = root.query_selector("svg[role='img']").unwrap().expect("an svg with role img");
    let labelled_by = svg.get_attribute("aria-labelledby").unwrap();
    let label: Vec<String> = labelled_by
        .split(' ')
        .map(|id| {
            root.query_selector(&format!("#{id}")).ok().flatten().and_then(|e| e.text_content()).unwrap_or_default()
        })
        .collect();
    assert_eq!(label[0], "Chart of your PCR results over time");
    assert!(label[1].starts_with("5 results from 1 June 2019 to 20 January 2024."), "{}", label[1]);
    assert!(label[1].contains("In 2 of them, BCR-ABL1 was not detected."), "{}", label[1]);
    assert_eq!(count(&root, "details.chart-table tbody tr"), 5);
    let rows = texts(&root, "details.chart-table tbody tr");
    assert_eq!(rows[0], "1 June 20191.2%Above MMR");
    assert_eq!(rows[3], "15 September 2023Not detected (52,000 ABL1 copies)MR4.5");
    assert_eq!(rows[4], "20 January 2024Not detected (8,000 ABL1 copies)Cannot be graded (too few ABL1 copies)");
}

#[wasm_bindgen_test]
async fn the_chart_speaks_chinese_and_says_when_there_is_nothing_to_draw() {
    let root = mount_chart(history(), Lang::Zh, "chart-zh").await;
    assert_eq!(texts(&root, "details.chart-table thead th"), ["日期", "结果", "反应水平"]);
    assert!(one_text(&root, "desc").contains("共有 5 次结果"));
    let empty = mount_chart(Vec::new(), Lang::En, "chart-empty").await;
    assert_eq!(count(&empty, "svg"), 0);
    assert_eq!(one_text(&empty, ".chart-empty"), "No PCR results to show yet.");
}

#[wasm_bindgen_test]
async fn rating_a_value_updates_the_summary() {
    let root = mount_values(Lang::En).await;
    assert_eq!(count(&root, ".values-list fieldset"), 8);
    let summary = texts(&root, ".values-summary li");
    assert_eq!(summary[0], "You have not rated what matters to you yet.");
    click(&root, "#values-side_effects-5").await;
    click(&root, "#values-pregnancy-3").await;
    let summary = texts(&root, ".values-summary li");
    assert_eq!(summary[0], "Being free of the side effects of my TKI: matters a lot (5 of 5).");
    assert_eq!(summary[1], "Plans to have a child: matters somewhat (3 of 5).");
    // Changing a rating changes the summary, and the order follows what matters most.
    click(&root, "#values-side_effects-1").await;
    let summary = texts(&root, ".values-summary li");
    assert_eq!(summary[0], "Plans to have a child: matters somewhat (3 of 5).");
    assert_eq!(summary[1], "Being free of the side effects of my TKI: matters very little (1 of 5).");
    let chosen: HtmlInputElement = root.query_selector("#values-side_effects-1").unwrap().unwrap().dyn_into().unwrap();
    assert!(chosen.checked());
}

#[wasm_bindgen_test]
async fn the_sure_reading_changes_with_a_no() {
    let root = mount_values(Lang::En).await;
    assert_eq!(one_text(&root, ".sure-reading output"), "Answer all 4 questions to see what they suggest.");
    for id in ["sure", "understand", "risk_benefit", "encouragement"] {
        click(&root, &format!("#sure-{id}-yes")).await;
    }
    assert_eq!(count(&root, ".sure-reading.ready"), 1);
    assert!(one_text(&root, ".sure-reading output").starts_with("You answered yes to all 4."));
    click(&root, "#sure-understand-no").await;
    assert_eq!(count(&root, ".sure-reading.talk-more"), 1);
    assert!(one_text(&root, ".sure-reading output").starts_with("You answered no to 1 of the 4 questions."));
    assert!(texts(&root, ".values-summary li")
        .iter()
        .any(|l| l.starts_with("SURE check: You answered no to 1 of the 4 questions.")));
}

#[wasm_bindgen_test]
async fn ticked_and_typed_questions_become_the_questions_to_bring() {
    let root = mount_values(Lang::En).await;
    assert_eq!(count(&root, ".questions-list input[type='checkbox']"), 12);
    click(&root, "#question-support").await;
    click(&root, "#question-withdrawal").await;
    click(&root, "#question-withdrawal").await;
    type_into(&root, "#questions-own", "Can I travel during the first year?").await;
    let asks: Vec<String> =
        texts(&root, ".values-summary li").into_iter().filter(|l| l.starts_with("To ask:")).collect();
    assert_eq!(asks.len(), 2);
    assert!(asks[0].contains("worry or anxiety"), "{}", asks[0]);
    assert_eq!(asks[1], "To ask: Can I travel during the first year?");
}

#[wasm_bindgen_test]
async fn the_values_exercise_speaks_chinese() {
    let root = mount_values(Lang::Zh).await;
    click(&root, "#values-pregnancy-5").await;
    assert_eq!(texts(&root, ".values-summary li")[0], "生育计划：非常重要（5 分，满分 5 分）。");
    assert_eq!(one_text(&root, "#values-heading"), "对您来说什么最重要");
}

#[wasm_bindgen_test]
async fn the_glossary_lists_every_term_and_links_open_them() {
    let root = new_root();
    yew::Renderer::<GlossaryHarness>::with_root_and_props(root.clone(), GlossaryHarnessProps { lang: Lang::En })
        .render();
    settle().await;
    assert_eq!(count(&root, ".glossary dl dt"), 12);
    assert_eq!(count(&root, ".glossary dl dd"), 12);
    let mmr = root.query_selector("#glossary-mmr").unwrap().expect("an anchor for MMR");
    assert!(mmr.text_content().unwrap_or_default().contains("0.1% or lower"));
    let link = root.query_selector("a.glossary-link").unwrap().unwrap();
    assert_eq!(link.get_attribute("href").as_deref(), Some("#glossary-mmr"));
    assert_eq!(link.text_content().as_deref(), Some("MMR (major molecular response) (see the glossary)"));
    for id in ["mr4", "mr45", "dmr", "is", "transcript", "tki", "tfr", "relapse", "withdrawal", "pcr", "abl1"] {
        assert!(root.query_selector(&format!("#glossary-{id}")).unwrap().is_some(), "no #glossary-{id}");
    }
}
