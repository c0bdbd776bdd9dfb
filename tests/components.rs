//! Component tests in headless Chromium: the PCR slice renders, grades what is typed, and keeps input on bad values.
#![cfg(target_arch = "wasm32")]

use tfr_aid::components::app::App;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

/// Mounts a fresh app and waits for its first render.
async fn mount() -> Element {
    let document = gloo::utils::document();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    yew::Renderer::<App>::with_root(root.clone()).render();
    settle().await;
    root
}

/// Mounts the app and opens the PCR step (its first row has key 1).
async fn mount_at_pcr() -> Element {
    let root = mount().await;
    click(&root, ".steps li:nth-child(3) button").await;
    root
}

async fn settle() {
    gloo_timers::future::TimeoutFuture::new(50).await;
}

/// Waits until `read` gives `expected` (re-rendering is asynchronous and slower on a loaded machine),
/// then asserts it, so a slow render fails only after 2 seconds.
async fn eventually<T: PartialEq + std::fmt::Debug>(expected: T, read: impl Fn() -> T) {
    for _ in 0..200 {
        if read() == expected {
            return;
        }
        gloo_timers::future::TimeoutFuture::new(10).await;
    }
    assert_eq!(read(), expected);
}

fn input(root: &Element, selector: &str) -> HtmlInputElement {
    root.query_selector(selector).unwrap().unwrap_or_else(|| panic!("no {selector}")).dyn_into().unwrap()
}

async fn type_into(root: &Element, selector: &str, text: &str) {
    let field = input(root, selector);
    field.set_value(text);
    let init = web_sys::InputEventInit::new();
    init.set_bubbles(true);
    let event = web_sys::InputEvent::new_with_event_init_dict("input", &init).unwrap();
    field.dispatch_event(&event).unwrap();
    settle().await;
}

async fn click(root: &Element, selector: &str) {
    let el: web_sys::HtmlElement = root.query_selector(selector).unwrap().unwrap().dyn_into().unwrap();
    el.click();
    settle().await;
}

fn level(root: &Element, row: usize) -> String {
    let outputs = root.query_selector_all("output.level").unwrap();
    outputs.item(row as u32).and_then(|n| n.text_content()).unwrap_or_default()
}

fn errors(root: &Element) -> Vec<String> {
    let list = root.query_selector_all(".error").unwrap();
    (0..list.length()).filter_map(|i| list.item(i).and_then(|n| n.text_content())).collect()
}

#[wasm_bindgen_test]
async fn typed_results_are_graded_at_each_threshold() {
    let root = mount_at_pcr().await;
    type_into(&root, "#pcr-1-date", "2024-03-01").await;
    for (value, expected) in [
        ("0.5", "Above MMR"),
        ("0.1", "MMR"),
        ("0.01", "MR4"),
        ("0.0032", "MR4.5"),
        ("0.001", "MR5"),
        ("0,0021", "MR4.5"),
    ] {
        type_into(&root, "#pcr-1-value", value).await;
        eventually(expected.to_owned(), || level(&root, 0)).await;
    }
    assert!(errors(&root).is_empty());
}

#[wasm_bindgen_test]
async fn undetectable_results_need_enough_abl1_copies() {
    let root = mount_at_pcr().await;
    type_into(&root, "#pcr-1-date", "2024-03-01").await;
    click(&root, "#pcr-1-ud").await;
    type_into(&root, "#pcr-1-copies", "10000").await;
    eventually("Cannot be graded (too few ABL1 copies)".to_owned(), || level(&root, 0)).await;
    type_into(&root, "#pcr-1-copies", "10001").await;
    eventually("MR4".to_owned(), || level(&root, 0)).await;
    type_into(&root, "#pcr-1-copies", "32001").await;
    eventually("MR4.5".to_owned(), || level(&root, 0)).await;
    type_into(&root, "#pcr-1-copies", "100,001").await;
    eventually("MR5".to_owned(), || level(&root, 0)).await;
}

#[wasm_bindgen_test]
async fn a_bad_value_shows_a_message_and_keeps_other_input() {
    let root = mount_at_pcr().await;
    type_into(&root, "#pcr-1-date", "2024-03-01").await;
    type_into(&root, "#pcr-1-value", "0.008").await;
    click(&root, "button.add").await;
    type_into(&root, "#pcr-2-date", "2024-06-01").await;
    type_into(&root, "#pcr-2-value", "150").await;
    eventually(vec!["A BCR-ABL1 result cannot be above 100%.".to_owned()], || errors(&root)).await;
    assert_eq!(input(&root, "#pcr-2-value").get_attribute("aria-invalid").as_deref(), Some("true"));
    assert_eq!(input(&root, "#pcr-1-value").value(), "0.008");
    eventually("MR4".to_owned(), || level(&root, 0)).await;
    type_into(&root, "#pcr-2-value", "-1").await;
    eventually(vec!["This cannot be below zero.".to_owned()], || errors(&root)).await;
    type_into(&root, "#pcr-2-value", "abc").await;
    eventually(vec!["This is not a number.".to_owned()], || errors(&root)).await;
    assert_eq!(input(&root, "#pcr-2-date").value(), "2024-06-01");
}

#[wasm_bindgen_test]
async fn switching_to_chinese_keeps_input_and_sets_the_page_language() {
    let root = mount_at_pcr().await;
    type_into(&root, "#pcr-1-date", "2024-03-01").await;
    type_into(&root, "#pcr-1-value", "0.05").await;
    click(&root, ".lang button[lang='zh-CN']").await;
    eventually("主要分子学反应（MMR）".to_owned(), || level(&root, 0)).await;
    assert_eq!(input(&root, "#pcr-1-value").value(), "0.05");
    eventually(Some("zh-CN".to_owned()), || gloo::utils::document().document_element().unwrap().get_attribute("lang"))
        .await;
}

async fn select(root: &Element, selector: &str, value: &str) {
    let el: web_sys::HtmlSelectElement = root.query_selector(selector).unwrap().unwrap().dyn_into().unwrap();
    el.set_value(value);
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    el.dispatch_event(&web_sys::Event::new_with_event_init_dict("change", &init).unwrap()).unwrap();
    settle().await;
}

fn text_of(root: &Element, selector: &str) -> String {
    root.query_selector(selector).unwrap().and_then(|n| n.text_content()).unwrap_or_default()
}

#[wasm_bindgen_test]
async fn the_treatment_form_explains_impossible_courses_beside_the_field() {
    let root = mount().await;
    click(&root, ".steps li:nth-child(2) button").await;
    select(&root, "#course-0-drug", "imatinib").await;
    type_into(&root, "#course-0-start", "2019-05-01").await;
    click(&root, "#course-0-ongoing").await;
    type_into(&root, "#course-0-end", "2018-01-31").await;
    eventually("This date is before the start date.".to_owned(), || text_of(&root, "#course-0-end-err")).await;
    type_into(&root, "#course-0-end", "2019-02-30").await;
    eventually("This date does not exist. Please check the day and month.".to_owned(), || {
        text_of(&root, "#course-0-end-err")
    })
    .await;
    type_into(&root, "#course-0-start", "2999-01-01").await;
    eventually("This date is in the future.".to_owned(), || text_of(&root, "#course-0-start-err")).await;
    assert_eq!(input(&root, "#course-0-end").value(), "2019-02-30", "what was typed stays");
}

#[wasm_bindgen_test]
async fn an_eligible_history_shows_the_verdicts_on_the_results_step() {
    let root = mount().await;
    type_into(&root, "#age", "54").await;
    click(&root, "#phase-chronic_only").await;
    click(&root, "#transcript-e14a2").await;
    click(&root, ".steps li:nth-child(2) button").await;
    select(&root, "#course-0-drug", "imatinib").await;
    type_into(&root, "#course-0-start", "2014-01-01").await;
    click(&root, ".steps li:nth-child(3) button").await;
    let paste: web_sys::HtmlTextAreaElement = root.query_selector("#pcr-paste").unwrap().unwrap().dyn_into().unwrap();
    paste.set_value("2021-01-10 0.003\n2022-01-10 0.002\n2023-01-10 0.001\n2024-01-10 0.002\n2025-01-10 0.003");
    let init = web_sys::InputEventInit::new();
    init.set_bubbles(true);
    paste.dispatch_event(&web_sys::InputEvent::new_with_event_init_dict("input", &init).unwrap()).unwrap();
    settle().await;
    click(&root, "details.paste button").await;
    click(&root, ".steps li:nth-child(4) button").await;
    click(&root, "#lab-is-yes").await;
    click(&root, "#lab-mr45-yes").await;
    type_into(&root, "#lab-turnaround", "2").await;
    click(&root, ".steps li:nth-child(5) button").await;
    for id in ["eln2020_minimal", "eln2020_optimal", "nccn"] {
        eventually("Criteria met".to_owned(), || text_of(&root, &format!("[data-guideline='{id}'] .verdict strong")))
            .await;
    }
    // The printed summary gives TKI time as the criteria count it: calendar years, rounded down to a tenth.
    let today = tfr_aid::today();
    let start = chrono::NaiveDate::from_ymd_opt(2014, 1, 1).unwrap();
    let years = tfr_core::number::tenths_text(tfr_core::dates::span_tenths(start, today));
    let summary = text_of(&root, ".print-summary");
    assert!(summary.contains(&format!("Years on TKI: {years}")), "{years} not in {summary}");
}
