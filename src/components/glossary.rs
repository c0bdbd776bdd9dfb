//! The glossary: the medical words of the aid explained in plain language, as a description list whose terms other views can link to (`#glossary-mmr`).

use tfr_core::i18n::Key;
use tfr_core::i18n::{text, Lang, Msg};
use tfr_core::key;
use tfr_core::response::{MMR_MAX_PERCENT, MR45_MAX_PERCENT, MR4_MAX_PERCENT};
use yew::prelude::*;

/// A word explained in the glossary.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Term {
    /// Major molecular response.
    Mmr,
    /// MR4.
    Mr4,
    /// MR4.5.
    Mr45,
    /// Deep molecular response.
    Dmr,
    /// International Scale.
    Is,
    /// Transcript type (e13a2, e14a2).
    Transcript,
    /// Tyrosine kinase inhibitor.
    Tki,
    /// Treatment-free remission.
    Tfr,
    /// Relapse (loss of MMR).
    Relapse,
    /// Withdrawal syndrome.
    Withdrawal,
    /// The PCR test.
    Pcr,
    /// ABL1, the control gene.
    Abl1,
}

impl Term {
    /// Every term, in the order shown.
    pub const ALL: [Term; 12] = [
        Term::Mmr,
        Term::Mr4,
        Term::Mr45,
        Term::Dmr,
        Term::Is,
        Term::Transcript,
        Term::Tki,
        Term::Tfr,
        Term::Relapse,
        Term::Withdrawal,
        Term::Pcr,
        Term::Abl1,
    ];

    /// Short id: the anchor is `glossary-<id>`.
    pub fn id(self) -> &'static str {
        match self {
            Term::Mmr => "mmr",
            Term::Mr4 => "mr4",
            Term::Mr45 => "mr45",
            Term::Dmr => "dmr",
            Term::Is => "is",
            Term::Transcript => "transcript",
            Term::Tki => "tki",
            Term::Tfr => "tfr",
            Term::Relapse => "relapse",
            Term::Withdrawal => "withdrawal",
            Term::Pcr => "pcr",
            Term::Abl1 => "abl1",
        }
    }

    /// The element id of the term in the glossary, e.g. `glossary-mmr`.
    pub fn anchor(self) -> String {
        format!("glossary-{}", self.id())
    }

    /// Catalogue key of the term as shown.
    pub fn term_key(self) -> Key {
        match self {
            Term::Mmr => key!("glossary.mmr.term"),
            Term::Mr4 => key!("glossary.mr4.term"),
            Term::Mr45 => key!("glossary.mr45.term"),
            Term::Dmr => key!("glossary.dmr.term"),
            Term::Is => key!("glossary.is.term"),
            Term::Transcript => key!("glossary.transcript.term"),
            Term::Tki => key!("glossary.tki.term"),
            Term::Tfr => key!("glossary.tfr.term"),
            Term::Relapse => key!("glossary.relapse.term"),
            Term::Withdrawal => key!("glossary.withdrawal.term"),
            Term::Pcr => key!("glossary.pcr.term"),
            Term::Abl1 => key!("glossary.abl1.term"),
        }
    }

    /// Catalogue key of the explanation.
    pub fn definition_key(self) -> Key {
        match self {
            Term::Mmr => key!("glossary.mmr.def"),
            Term::Mr4 => key!("glossary.mr4.def"),
            Term::Mr45 => key!("glossary.mr45.def"),
            Term::Dmr => key!("glossary.dmr.def"),
            Term::Is => key!("glossary.is.def"),
            Term::Transcript => key!("glossary.transcript.def"),
            Term::Tki => key!("glossary.tki.def"),
            Term::Tfr => key!("glossary.tfr.def"),
            Term::Relapse => key!("glossary.relapse.def"),
            Term::Withdrawal => key!("glossary.withdrawal.def"),
            Term::Pcr => key!("glossary.pcr.def"),
            Term::Abl1 => key!("glossary.abl1.def"),
        }
    }

    /// The explanation in `lang`; the response thresholds come from the core, never retyped.
    pub fn definition(self, lang: Lang) -> String {
        let percent = match self {
            Term::Mmr | Term::Relapse => Some(MMR_MAX_PERCENT),
            Term::Mr4 => Some(MR4_MAX_PERCENT),
            Term::Mr45 => Some(MR45_MAX_PERCENT),
            _ => None,
        };
        let msg = Msg::new(self.definition_key());
        match percent {
            Some(p) => msg.with("percent", tfr_core::number::short(p)).render(lang),
            None => msg.render(lang),
        }
    }
}

/// Props of [`Glossary`].
#[derive(Properties, PartialEq, Debug)]
pub struct Props {
    /// Display language.
    pub lang: Lang,
    /// Heading level of the glossary's title (2 to 6).
    #[prop_or(2)]
    pub heading_level: u8,
}

/// The glossary as a description list; each term has the id `glossary-<id>` so a link can open it.
#[component]
pub fn Glossary(p: &Props) -> Html {
    let lang = p.lang;
    let t = |k: Key| text(lang, k);
    let heading = match p.heading_level {
        0..=2 => "h2",
        3 => "h3",
        4 => "h4",
        5 => "h5",
        _ => "h6",
    };
    html! {
        <section class="glossary" id="glossary" aria-labelledby="glossary-heading">
            <@{heading} id="glossary-heading">{ t(key!("glossary.heading")) }</@>
            <p class="hint">{ t(key!("glossary.intro")) }</p>
            <dl>
            { for Term::ALL.iter().map(|term| html! {
                <div class="glossary-entry" id={term.anchor()}>
                    <dt>{ text(lang, term.term_key()) }</dt>
                    <dd>{ term.definition(lang) }</dd>
                </div>
            }) }
            </dl>
        </section>
    }
}

/// Props of [`GlossaryLink`].
#[derive(Properties, PartialEq, Debug)]
pub struct LinkProps {
    /// The term to open.
    pub term: Term,
    /// Display language.
    pub lang: Lang,
    /// The link text; the term's short name when empty.
    #[prop_or_default]
    pub children: Html,
}

/// A link from anywhere on the page to a glossary term. It needs the [`Glossary`] to be on the same page.
#[component]
pub fn GlossaryLink(p: &LinkProps) -> Html {
    let label = if p.children == Html::default() {
        html! { { text(p.lang, p.term.term_key()) } }
    } else {
        p.children.clone()
    };
    html! {
        <a class="glossary-link" href={format!("#{}", p.term.anchor())}>
            { label }<span class="visually-hidden">{ text(p.lang, key!("glossary.link_hint")) }</span>
        </a>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_term_has_a_unique_anchor_and_texts_in_both_languages() {
        let mut anchors: Vec<String> = Term::ALL.iter().map(|t| t.anchor()).collect();
        anchors.sort();
        anchors.dedup();
        assert_eq!(anchors.len(), Term::ALL.len());
        for lang in Lang::ALL {
            for term in Term::ALL {
                assert!(!text(lang, term.term_key()).is_empty());
                let def = term.definition(lang);
                assert!(!def.contains('{') && !def.is_empty(), "{term:?} {lang:?}: {def}");
            }
        }
    }

    #[test]
    fn thresholds_in_the_definitions_come_from_the_core() {
        assert!(Term::Mmr.definition(Lang::En).contains(&format!("{MMR_MAX_PERCENT}%")));
        assert!(Term::Mr4.definition(Lang::Zh).contains(&format!("{MR4_MAX_PERCENT}%")));
        assert!(Term::Mr45.definition(Lang::En).contains("0.0032%"));
        assert!(Term::Relapse.definition(Lang::En).contains("above 0.1%"));
    }
}
