//! Kiosk guard: after a time without input it warns with a countdown and a button to continue, then wipes everything.

use std::cell::Cell;
use std::rc::Rc;
use tfr_core::i18n::{text, Lang, Msg};
use tfr_core::key;
use yew::prelude::*;

/// Props of [`KioskGuard`].
#[derive(Properties, PartialEq, Debug)]
pub struct Props {
    /// Seconds without input before the warning.
    pub idle_seconds: u32,
    /// Seconds the warning counts down (at least 20).
    pub countdown_seconds: u32,
    /// Display language.
    pub lang: Lang,
    /// Called when time runs out.
    pub on_wipe: Callback<()>,
}

const ACTIVITY: [&str; 5] = ["keydown", "pointerdown", "input", "wheel", "touchstart"];

/// Watches for input; renders nothing until the warning is due.
#[component]
pub fn KioskGuard(p: &Props) -> Html {
    let last = use_memo((), |_| Cell::new(js_sys::Date::now()));
    let now = use_state(js_sys::Date::now);
    let button = use_node_ref();
    {
        let last = last.clone();
        let now = now.clone();
        use_effect_with((), move |_| {
            let document = gloo::utils::document();
            let listeners: Vec<gloo::events::EventListener> = ACTIVITY
                .iter()
                .map(|kind| {
                    let last = last.clone();
                    gloo::events::EventListener::new(&document, *kind, move |_| last.set(js_sys::Date::now()))
                })
                .collect();
            let interval = gloo::timers::callback::Interval::new(1000, move || now.set(js_sys::Date::now()));
            move || {
                drop(listeners);
                drop(interval);
            }
        });
    }
    let idle_ms = f64::from(p.idle_seconds) * 1000.0;
    let countdown_ms = f64::from(p.countdown_seconds.max(20)) * 1000.0;
    let elapsed = *now - last.get();
    let warning = elapsed >= idle_ms;
    {
        let on_wipe = p.on_wipe.clone();
        let last: Rc<Cell<f64>> = last.clone();
        let expired = elapsed >= idle_ms + countdown_ms;
        use_effect_with(expired, move |expired| {
            if *expired {
                last.set(js_sys::Date::now());
                on_wipe.emit(());
            }
        });
    }
    {
        let button = button.clone();
        use_effect_with(warning, move |warning| {
            if *warning {
                if let Some(b) = button.cast::<web_sys::HtmlElement>() {
                    let _ = b.focus();
                }
            }
        });
    }
    if !warning {
        return html! {};
    }
    let remaining = ((idle_ms + countdown_ms - elapsed) / 1000.0).ceil().max(0.0);
    let lang = p.lang;
    let on_continue = {
        let last = last.clone();
        let now = now.clone();
        Callback::from(move |_: MouseEvent| {
            let t = js_sys::Date::now();
            last.set(t);
            now.set(t);
        })
    };
    html! {
        <div class="kiosk-backdrop">
            <div class="kiosk-dialog" role="alertdialog" aria-modal="true" aria-labelledby="kiosk-title" aria-describedby="kiosk-text">
                <h2 id="kiosk-title">{ text(lang, key!("kiosk.title")) }</h2>
                <p id="kiosk-text" aria-live="polite">{ Msg::new(key!("kiosk.text")).with("seconds", tfr_core::number::fixed(remaining, 0)).render(lang) }</p>
                <button type="button" class="primary" ref={button} onclick={on_continue}>{ text(lang, key!("kiosk.continue")) }</button>
            </div>
        </div>
    }
}
