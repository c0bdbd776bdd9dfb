//! Your data: save the profile to a file, open a saved file, remember on this device (off by default), and clear everything.

use std::cell::RefCell;
use std::rc::Rc;
use tfr_core::entry::{load_profile_text, ProfileDraft, MAX_FILE_BYTES};
use tfr_core::i18n::Key;
use tfr_core::i18n::{text, Lang};
use tfr_core::key;
use tfr_core::Problem;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// Props of [`DataBar`].
#[derive(Properties, PartialEq, Debug)]
pub struct Props {
    /// The profile as entered, for saving.
    pub draft: ProfileDraft,
    /// Display language.
    pub lang: Lang,
    /// Today, for the file name.
    pub today: chrono::NaiveDate,
    /// "Remember on this device" is on.
    pub remember: bool,
    /// Kiosk mode: no saving, no remembering.
    pub kiosk: bool,
    /// The last file problem.
    pub file_problem: Option<Problem>,
    /// A file was just loaded.
    pub file_loaded: bool,
    /// A file was read: the profile, or why it could not be used.
    pub on_file: Callback<Result<ProfileDraft, Problem>>,
    /// The "remember" box changed.
    pub on_remember: Callback<bool>,
    /// "Clear everything" pressed.
    pub on_clear: Callback<()>,
}

/// The data bar, shown on every step.
#[component]
pub fn DataBar(p: &Props) -> Html {
    let lang = p.lang;
    let t = |k: Key| text(lang, k);
    // The reader must live until it calls back.
    let reader: Rc<RefCell<Option<gloo::file::callbacks::FileReader>>> = use_mut_ref(|| None);
    let on_open = {
        let on_file = p.on_file.clone();
        let reader = reader.clone();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            let Some(file) = input.files().and_then(|files| files.get(0)) else { return };
            input.set_value("");
            // A huge file is refused before it is read, so the page never freezes.
            if file.size() > MAX_FILE_BYTES as f64 {
                on_file.emit(Err(Problem::TooLarge));
                return;
            }
            let on_file = on_file.clone();
            let task = gloo::file::callbacks::read_as_text(&gloo::file::File::from(file), move |read| {
                on_file.emit(match read {
                    Ok(text) => load_profile_text(&text),
                    Err(_) => Err(Problem::NotText),
                });
            });
            *reader.borrow_mut() = Some(task);
        })
    };
    // The file's contents are made when the link is pressed, not on every keystroke.
    let on_save = {
        let draft = p.draft.clone();
        Callback::from(move |e: MouseEvent| {
            let (json, _) = draft.to_json();
            let text = tfr_core::json_text::write(&json, true);
            let href = format!("data:application/json;charset=utf-8,{}", js_sys::encode_uri_component(&text));
            let link: web_sys::Element = e.target_unchecked_into();
            let _ = link.set_attribute("href", &href);
        })
    };
    let on_remember = {
        let cb = p.on_remember.clone();
        Callback::from(move |e: Event| cb.emit(e.target_unchecked_into::<HtmlInputElement>().checked()))
    };
    let on_clear = p.on_clear.reform(|_: MouseEvent| ());
    html! {
        <section class="data-bar" aria-label={t(key!("data.heading"))}>
            if p.kiosk {
                <p class="kiosk-note">{ t(key!("data.kiosk_note")) }</p>
            } else {
                <a class="button secondary" href="data:application/json;charset=utf-8,%7B%7D" onclick={on_save} download={format!("tfr-profile-{}.json", tfr_core::dates::iso(p.today))}>{ t(key!("data.save")) }</a>
            }
            <span class="file-open">
                <input type="file" id="open-file" class="visually-hidden" accept=".json,application/json" onchange={on_open}
                    aria-describedby={p.file_problem.as_ref().map(|_| "open-file-err")} />
                <label for="open-file" class="button secondary">{ t(key!("data.open")) }</label>
            </span>
            if !p.kiosk {
                <span class="remember">
                    <input type="checkbox" id="remember" checked={p.remember} onchange={on_remember} aria-describedby="remember-hint" />
                    <label for="remember">{ t(key!("data.remember")) }</label>
                    <span class="hint" id="remember-hint">{ t(key!("data.remember_hint")) }</span>
                </span>
            }
            <button type="button" class="danger" onclick={on_clear}>{ t(key!("data.clear")) }</button>
            if let Some(problem) = &p.file_problem {
                <p class="error" id="open-file-err" role="alert">{ t(key!("data.open_failed")) }{ " " }{ problem.render(lang) }</p>
            }
            if p.file_loaded {
                <p class="ok" role="status">{ t(key!("data.opened")) }</p>
            }
        </section>
    }
}
