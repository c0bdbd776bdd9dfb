//! The props every step and result view shares: the state, the checked form, today, and the one dispatch callback.

use crate::state::{Action, State};
use chrono::NaiveDate;
use std::rc::Rc;
use tfr_core::entry::{DraftCheck, DraftField};
use tfr_core::i18n::{text, Key, Lang};
use yew::prelude::*;

/// Props of every step.
#[derive(Properties, PartialEq, Debug, Clone)]
pub struct StepProps {
    /// Everything entered.
    pub state: Rc<State>,
    /// The form checked by the core.
    pub check: Rc<DraftCheck>,
    /// Today on this device.
    pub today: NaiveDate,
    /// Where actions go.
    pub on: Callback<Action>,
}

impl StepProps {
    /// The language.
    pub fn lang(&self) -> Lang {
        self.state.lang
    }

    /// Catalogue text in the current language.
    pub fn t(&self, key: Key) -> AttrValue {
        AttrValue::Static(text(self.state.lang, key))
    }

    /// The problem with a field, in the current language.
    pub fn problem(&self, field: &DraftField) -> Option<String> {
        self.check.problem(field).map(|p| p.render(self.state.lang))
    }

    /// A callback that turns a value into an action.
    pub fn send<T: 'static>(&self, f: impl Fn(T) -> Action + 'static) -> Callback<T> {
        let on = self.on.clone();
        Callback::from(move |v: T| on.emit(f(v)))
    }

    /// `(value, label)` options from ids and catalogue keys.
    pub fn options(&self, items: &[(&'static str, Key)]) -> Vec<(AttrValue, AttrValue)> {
        items.iter().map(|(v, k)| (AttrValue::Static(v), self.t(*k))).collect()
    }
}
