//! The language switch: English or Simplified Chinese, at any time, without losing input.

use tfr_core::i18n::{text, Lang};
use yew::prelude::*;

/// Props of [`LangSwitch`].
#[derive(Properties, PartialEq, Debug)]
pub struct Props {
    /// Current language.
    pub lang: Lang,
    /// Called with the chosen language.
    pub on_change: Callback<Lang>,
}

/// Two buttons, the current one pressed; each is labelled in its own language.
#[component]
pub fn LangSwitch(props: &Props) -> Html {
    html! {
        <div class="lang" role="group" aria-label={text(props.lang, "app.language")}>
            { for Lang::ALL.iter().map(|&l| {
                let on_change = props.on_change.clone();
                let name = match l { Lang::En => "English", Lang::Zh => "简体中文" };
                html! {
                    <button type="button" lang={l.tag()} aria-pressed={(l == props.lang).to_string()}
                        onclick={Callback::from(move |_: MouseEvent| on_change.emit(l))}>{ name }</button>
                }
            }) }
        </div>
    }
}
