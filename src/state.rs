//! The app's state and its reducer: every change the person makes is an `Action`; components only dispatch and render.

use std::rc::Rc;
use tfr_core::entry::PcrDraft;
use tfr_core::Lang;
use yew::Reducible;

/// One PCR row with a stable key for rendering.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PcrRow {
    /// Stable key (never reused), so inputs keep focus while rows are added or removed.
    pub key: u64,
    /// What the person typed.
    pub draft: PcrDraft,
}

/// Everything the person has entered, and the language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct State {
    /// Display language.
    pub lang: Lang,
    /// PCR rows, in the order entered.
    pub pcr: Vec<PcrRow>,
    /// Next row key.
    pub next_key: u64,
}

impl Default for State {
    fn default() -> Self {
        Self { lang: Lang::En, pcr: vec![PcrRow { key: 0, draft: PcrDraft::default() }], next_key: 1 }
    }
}

/// A field of a PCR row.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PcrField {
    /// The date.
    Date,
    /// The %IS value.
    Value,
    /// The ABL1 copies.
    Copies,
}

/// Something the person did.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Action {
    /// Switch language; nothing entered is lost.
    SetLang(Lang),
    /// Add an empty PCR row.
    AddPcr,
    /// Remove the row with this key.
    RemovePcr(u64),
    /// Change a text field of a row.
    EditPcr(u64, PcrField, String),
    /// Tick or untick "not detected".
    SetUndetectable(u64, bool),
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            Action::SetLang(lang) => next.lang = lang,
            Action::AddPcr => {
                next.pcr.push(PcrRow { key: next.next_key, draft: PcrDraft::default() });
                next.next_key += 1;
            }
            Action::RemovePcr(key) => next.pcr.retain(|r| r.key != key),
            Action::EditPcr(key, field, text) => {
                if let Some(row) = next.pcr.iter_mut().find(|r| r.key == key) {
                    match field {
                        PcrField::Date => row.draft.date = text,
                        PcrField::Value => row.draft.value = text,
                        PcrField::Copies => row.draft.copies = text,
                    }
                }
            }
            Action::SetUndetectable(key, on) => {
                if let Some(row) = next.pcr.iter_mut().find(|r| r.key == key) {
                    row.draft.undetectable = on;
                }
            }
        }
        Rc::new(next)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(actions: &[Action]) -> State {
        let mut state = Rc::new(State::default());
        for a in actions {
            state = state.reduce(a.clone());
        }
        (*state).clone()
    }

    #[test]
    fn switching_language_keeps_every_entry() {
        let s = run(&[
            Action::EditPcr(0, PcrField::Date, "2024-03-01".into()),
            Action::EditPcr(0, PcrField::Value, "abc".into()),
            Action::SetLang(Lang::Zh),
        ]);
        assert_eq!(s.lang, Lang::Zh);
        assert_eq!(s.pcr[0].draft.date, "2024-03-01");
        assert_eq!(s.pcr[0].draft.value, "abc");
    }

    #[test]
    fn removing_a_row_keeps_the_others_and_keys_are_never_reused() {
        let s = run(&[
            Action::AddPcr,
            Action::AddPcr,
            Action::EditPcr(2, PcrField::Value, "0.01".into()),
            Action::RemovePcr(1),
            Action::AddPcr,
        ]);
        let keys: Vec<u64> = s.pcr.iter().map(|r| r.key).collect();
        assert_eq!(keys, vec![0, 2, 3]);
        assert_eq!(s.pcr[1].draft.value, "0.01");
    }
}
