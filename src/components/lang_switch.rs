//! The language switch: English or Simplified Chinese, at any time, without losing input.

use tfr_core::i18n::{text, Lang};
use tfr_core::key;
use yew::prelude::*;

/// Two buttons, the current one pressed; each is labelled in its own language. A plain function rather than a
/// component: it has no state, and a component's machinery costs download size.
pub fn lang_switch(lang: Lang, on_change: &Callback<Lang>) -> Html {
    html! {
        <div class="lang" role="group" aria-label={text(lang, key!("app.language"))}>
            { for Lang::ALL.iter().map(|&l| {
                let on_change = on_change.clone();
                let name = match l { Lang::En => "English", Lang::Zh => "简体中文" };
                html! {
                    <button type="button" lang={l.tag()} aria-pressed={(l == lang).to_string()}
                        onclick={Callback::from(move |_: MouseEvent| on_change.emit(l))}>{ name }</button>
                }
            }) }
        </div>
    }
}
