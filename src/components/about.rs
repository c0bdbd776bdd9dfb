//! About this aid: what it is and is not, who made it, funding, the evidence review date and update policy, privacy, sources.

use crate::components::eligibility_view::citation;
use tfr_core::i18n::Key;
use tfr_core::i18n::{text, Lang, Msg};
use tfr_core::key;
use tfr_core::sources::{EVIDENCE_REVIEWED, SOURCES};
use yew::prelude::*;

/// The about page. A plain function rather than a component: it has no state, and a component's machinery costs
/// download size.
pub fn about(lang: Lang) -> Html {
    let t = |k: Key| text(lang, k);
    let reviewed = tfr_core::dates::parse_iso(EVIDENCE_REVIEWED)
        .map(|d| tfr_core::i18n::format_date(lang, d))
        .unwrap_or_else(|_| EVIDENCE_REVIEWED.to_owned());
    html! {
        <>
            <h2>{ t(key!("about.what_heading")) }</h2>
            <p>{ t(key!("about.what")) }</p>
            <p>{ t(key!("about.not")) }</p>
            <h2>{ t(key!("about.who_heading")) }</h2>
            <p>{ t(key!("about.who")) }</p>
            <p>{ t(key!("about.funding")) }</p>
            <h2>{ t(key!("about.evidence_heading")) }</h2>
            <p>{ Msg::new(key!("about.evidence")).with("date", reviewed).render(lang) }</p>
            <p>{ t(key!("about.update_policy")) }</p>
            <p>{ t(key!("about.limits")) }</p>
            <h2>{ t(key!("about.privacy_heading")) }</h2>
            <p>{ t(key!("about.privacy")) }</p>
            <h2>{ t(key!("about.sources_heading")) }</h2>
            <ul class="sources">
                { for SOURCES.iter().map(|s| html! { <li><cite>{ citation(s.id) }</cite></li> }) }
            </ul>
            <p class="hint">{ Msg::new(key!("about.version")).with("version", env!("CARGO_PKG_VERSION")).render(lang) }</p>
        </>
    }
}
