//! A picture of 100 people for one outcome split (counts from the core), with its words-and-numbers equivalent.

use tfr_core::i18n::{text, Lang, Msg};
use tfr_core::key;
use tfr_core::number::fixed;
use tfr_core::outlook::IconArray;
use yew::prelude::*;

/// Fill colours and shapes per outcome position: shape differs too, so colour is never the only cue.
const STYLES: [(&str, &str); 3] = [("#1b6e3a", "circle"), ("#a4161a", "square"), ("#6b4c00", "diamond")];

fn mark(kind: &str, x: f64, y: f64, fill: &str) -> Html {
    match kind {
        "square" => {
            html! { <rect x={fixed(x - 3.6, 1)} y={fixed(y - 3.6, 1)} width="7.2" height="7.2" fill={fill.to_owned()} /> }
        }
        "diamond" => {
            html! { <polygon points={format!("{0},{1} {2},{3} {0},{4} {5},{3}", fixed(x, 1), fixed(y - 4.4, 1), fixed(x + 4.4, 1), fixed(y, 1), fixed(y + 4.4, 1), fixed(x - 4.4, 1))} fill={fill.to_owned()} /> }
        }
        _ => html! { <circle cx={fixed(x, 1)} cy={fixed(y, 1)} r="4" fill={fill.to_owned()} /> },
    }
}

/// The picture and its legend; the legend lists the same numbers in words. `id` prefixes the element ids. A plain
/// function rather than a component: it has no state, its parent view is memoised, and a component's machinery
/// costs download size.
pub fn icon_array(a: &IconArray, lang: Lang, id: &str) -> Html {
    let mut cells = Vec::with_capacity(100);
    for (i, outcome) in a.outcomes.iter().enumerate() {
        let style = STYLES.get(i).copied().unwrap_or(STYLES[0]);
        cells.extend(std::iter::repeat_n(style, usize::from(outcome.count)));
    }
    let described = a.framings.iter().map(|f| f.render(lang)).collect::<Vec<_>>().join("; ");
    let title_id = format!("{id}-title");
    html! {
        <figure class="icon-array">
            <svg viewBox="0 0 110 110" role="img" aria-labelledby={title_id.clone()} focusable="false">
                <title id={title_id}>{ Msg::new(key!("icons.alt")).with("text", described).render(lang) }</title>
                { for cells.iter().take(100).enumerate().map(|(i, (fill, kind))| {
                    #[allow(clippy::cast_precision_loss)]
                    let (x, y) = ((i % 10) as f64 * 11.0 + 5.5, (i / 10) as f64 * 11.0 + 5.5);
                    mark(kind, x, y, fill)
                }) }
            </svg>
            <figcaption>
                <ul class="legend">
                    { for a.outcomes.iter().enumerate().map(|(i, o)| {
                        let (fill, kind) = STYLES.get(i).copied().unwrap_or(STYLES[0]);
                        html! {
                            <li>
                                <svg viewBox="0 0 10 10" class="key" aria-hidden="true" focusable="false">{ mark(kind, 5.0, 5.0, fill) }</svg>
                                <strong>{ Msg::new(key!("icons.count")).with("count", o.count.to_string()).render(lang) }</strong>{ " " }{ o.label.render(lang) }
                            </li>
                        }
                    }) }
                </ul>
                <p class="hint">{ a.derivation.render(lang) }</p>
                if !a.sources.is_empty() {
                    <p class="hint">{ text(lang, key!("icons.source")) }{ " " }
                        { a.sources.iter().map(|id| tfr_core::evidence::study(id).map_or(*id, |s| s.name)).collect::<Vec<_>>().join(", ") }</p>
                }
            </figcaption>
        </figure>
    }
}
