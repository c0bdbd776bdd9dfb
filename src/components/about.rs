//! About this aid: what it is and is not, who made it, funding, the evidence review date and update policy, privacy, sources.

use crate::components::eligibility_view::citation;
use tfr_core::i18n::{text, Lang, Msg};
use tfr_core::sources::{EVIDENCE_REVIEWED, SOURCES};
use yew::prelude::*;

/// The about page. A plain function rather than a component: it has no state, and a component's machinery costs
/// download size.
pub fn about(lang: Lang) -> Html {
    let t = |k: &'static str| text(lang, k);
    let reviewed = tfr_core::dates::parse_iso(EVIDENCE_REVIEWED)
        .map(|d| tfr_core::i18n::format_date(lang, d))
        .unwrap_or_else(|_| EVIDENCE_REVIEWED.to_owned());
    html! {
        <>
            <h2>{ t("about.what_heading") }</h2>
            <p>{ t("about.what") }</p>
            <p>{ t("about.not") }</p>
            <h2>{ t("about.who_heading") }</h2>
            <p>{ t("about.who") }</p>
            <p>{ t("about.funding") }</p>
            <h2>{ t("about.evidence_heading") }</h2>
            <p>{ Msg::new("about.evidence").with("date", reviewed).render(lang) }</p>
            <p>{ t("about.update_policy") }</p>
            <p>{ t("about.limits") }</p>
            <h2>{ t("about.privacy_heading") }</h2>
            <p>{ t("about.privacy") }</p>
            <h2>{ t("about.sources_heading") }</h2>
            <ul class="sources">
                { for SOURCES.iter().map(|s| html! { <li><cite>{ citation(s.id) }</cite></li> }) }
            </ul>
            <p class="hint">{ Msg::new("about.version").with("version", env!("CARGO_PKG_VERSION")).render(lang) }</p>
        </>
    }
}
