//! The app's state and its reducer: every change the person makes is an `Action`; components only dispatch and render.

use std::rc::Rc;
use tfr_core::entry::{parse_pasted, AttemptDraft, CourseDraft, PcrDraft, ProfileDraft};
use tfr_core::Lang;
use yew::Reducible;

/// A list row with a stable key, so inputs keep focus while rows are added or removed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Row<T> {
    /// Never reused.
    pub key: u64,
    /// What the person typed.
    pub draft: T,
}

/// The steps of the aid.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Step {
    /// Age, phase, transcript.
    #[default]
    AboutYou,
    /// TKI courses.
    Treatment,
    /// PCR results.
    Pcr,
    /// Lab, planned stop, earlier attempts, bone and joint history.
    LabAndPlan,
    /// The results.
    Results,
}

impl Step {
    /// Every step, in order.
    pub const ALL: [Step; 5] = [Step::AboutYou, Step::Treatment, Step::Pcr, Step::LabAndPlan, Step::Results];

    /// Catalogue key of its name.
    pub fn key(self) -> &'static str {
        match self {
            Step::AboutYou => "step.about_you",
            Step::Treatment => "step.treatment",
            Step::Pcr => "step.pcr",
            Step::LabAndPlan => "step.lab_plan",
            Step::Results => "step.results",
        }
    }

    /// Position, from 0.
    pub fn index(self) -> usize {
        Step::ALL.iter().position(|s| *s == self).unwrap_or(0)
    }
}

/// A single-value field of the form.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Field {
    /// Age in years.
    Age,
    /// Phase history id.
    Phase,
    /// Transcript id.
    Transcript,
    /// Lab on IS (`yes`/`no`/empty).
    LabIs,
    /// Lab detects MR4.5.
    LabMr45,
    /// Weeks until results.
    LabTurnaround,
    /// Planned stop date.
    PlannedStop,
    /// Bone or joint symptoms.
    Osteo,
}

/// A text field of a PCR row.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PcrField {
    /// The date.
    Date,
    /// The %IS value.
    Value,
    /// The ABL1 copies.
    Copies,
}

/// A field of a TKI course row.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CourseField {
    /// Drug id.
    Drug,
    /// Start date.
    Start,
    /// End date.
    End,
    /// Reason id.
    Reason,
}

/// A field of an attempt row.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AttemptField {
    /// Day stopped.
    Stopped,
    /// Day restarted.
    Restarted,
}

/// Everything the person has entered, the language and the step.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct State {
    /// Display language.
    pub lang: Lang,
    /// Current step.
    pub step: Step,
    /// Single-value fields.
    pub fields: ProfileDraft,
    /// TKI courses.
    pub courses: Vec<Row<CourseDraft>>,
    /// PCR results.
    pub pcr: Vec<Row<PcrDraft>>,
    /// Earlier TFR attempts.
    pub attempts: Vec<Row<AttemptDraft>>,
    /// Line numbers of the last paste that could not be read.
    pub paste_skipped: Vec<usize>,
    /// Next row key.
    pub next_key: u64,
}

impl Default for State {
    fn default() -> Self {
        Self {
            lang: Lang::En,
            step: Step::default(),
            fields: ProfileDraft::default(),
            courses: vec![Row { key: 0, draft: CourseDraft { ongoing: true, ..CourseDraft::default() } }],
            pcr: vec![Row { key: 1, draft: PcrDraft::default() }],
            attempts: Vec::new(),
            paste_skipped: Vec::new(),
            next_key: 2,
        }
    }
}

impl State {
    /// The whole form as the core's draft.
    pub fn draft(&self) -> ProfileDraft {
        ProfileDraft {
            courses: self.courses.iter().map(|r| r.draft.clone()).collect(),
            pcr: self.pcr.iter().map(|r| r.draft.clone()).collect(),
            attempts: self.attempts.iter().map(|r| r.draft.clone()).collect(),
            ..self.fields.clone()
        }
    }

    fn key(&mut self) -> u64 {
        let key = self.next_key;
        self.next_key += 1;
        key
    }
}

/// Something the person did.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Action {
    /// Switch language; nothing entered is lost.
    SetLang(Lang),
    /// Go to a step; nothing entered is lost.
    Go(Step),
    /// Change a single-value field.
    Set(Field, String),
    /// Add an empty TKI course.
    AddCourse,
    /// Remove a course.
    RemoveCourse(u64),
    /// Change a course field.
    EditCourse(u64, CourseField, String),
    /// Tick or untick "still taking it".
    SetOngoing(u64, bool),
    /// Add an empty PCR row.
    AddPcr,
    /// Remove a PCR row.
    RemovePcr(u64),
    /// Change a text field of a PCR row.
    EditPcr(u64, PcrField, String),
    /// Tick or untick "not detected".
    SetUndetectable(u64, bool),
    /// Add rows from text pasted from a lab report.
    PastePcr(String),
    /// Add an earlier attempt.
    AddAttempt,
    /// Remove an attempt.
    RemoveAttempt(u64),
    /// Change an attempt field.
    EditAttempt(u64, AttemptField, String),
}

fn row_mut<T>(rows: &mut [Row<T>], key: u64) -> Option<&mut T> {
    rows.iter_mut().find(|r| r.key == key).map(|r| &mut r.draft)
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            Action::SetLang(lang) => next.lang = lang,
            Action::Go(step) => next.step = step,
            Action::Set(field, text) => {
                let f = &mut next.fields;
                match field {
                    Field::Age => f.age = text,
                    Field::Phase => f.phase = text,
                    Field::Transcript => f.transcript = text,
                    Field::LabIs => f.lab_is = text,
                    Field::LabMr45 => f.lab_mr45 = text,
                    Field::LabTurnaround => f.lab_turnaround = text,
                    Field::PlannedStop => f.planned_stop = text,
                    Field::Osteo => f.osteo = text,
                }
            }
            Action::AddCourse => {
                let key = next.key();
                next.courses.push(Row { key, draft: CourseDraft { ongoing: true, ..CourseDraft::default() } });
                // A new course usually follows the one before: that one is no longer ongoing.
                let len = next.courses.len();
                if let Some(prev) = len.checked_sub(2).and_then(|i| next.courses.get_mut(i)) {
                    prev.draft.ongoing = false;
                }
            }
            Action::RemoveCourse(key) => next.courses.retain(|r| r.key != key),
            Action::EditCourse(key, field, text) => {
                if let Some(c) = row_mut(&mut next.courses, key) {
                    match field {
                        CourseField::Drug => c.drug = text,
                        CourseField::Start => c.start = text,
                        CourseField::End => c.end = text,
                        CourseField::Reason => c.reason = text,
                    }
                }
            }
            Action::SetOngoing(key, on) => {
                if let Some(c) = row_mut(&mut next.courses, key) {
                    c.ongoing = on;
                }
            }
            Action::AddPcr => {
                let key = next.key();
                next.pcr.push(Row { key, draft: PcrDraft::default() });
            }
            Action::RemovePcr(key) => next.pcr.retain(|r| r.key != key),
            Action::EditPcr(key, field, text) => {
                if let Some(r) = row_mut(&mut next.pcr, key) {
                    match field {
                        PcrField::Date => r.date = text,
                        PcrField::Value => r.value = text,
                        PcrField::Copies => r.copies = text,
                    }
                }
            }
            Action::SetUndetectable(key, on) => {
                if let Some(r) = row_mut(&mut next.pcr, key) {
                    r.undetectable = on;
                }
            }
            Action::PastePcr(text) => {
                let (rows, skipped) = parse_pasted(&text);
                next.pcr.retain(|r| !r.draft.is_blank());
                for draft in rows {
                    let key = next.key();
                    next.pcr.push(Row { key, draft });
                }
                next.paste_skipped = skipped;
            }
            Action::AddAttempt => {
                let key = next.key();
                next.attempts.push(Row { key, draft: AttemptDraft::default() });
            }
            Action::RemoveAttempt(key) => next.attempts.retain(|r| r.key != key),
            Action::EditAttempt(key, field, text) => {
                if let Some(a) = row_mut(&mut next.attempts, key) {
                    match field {
                        AttemptField::Stopped => a.stopped = text,
                        AttemptField::Restarted => a.restarted = text,
                    }
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
    fn switching_language_and_step_keeps_every_entry() {
        let s = run(&[
            Action::EditPcr(1, PcrField::Date, "2024-03-01".into()),
            Action::EditPcr(1, PcrField::Value, "abc".into()),
            Action::Set(Field::Age, "54".into()),
            Action::SetLang(Lang::Zh),
            Action::Go(Step::Results),
            Action::Go(Step::AboutYou),
        ]);
        assert_eq!(s.lang, Lang::Zh);
        assert_eq!(s.pcr[0].draft.date, "2024-03-01");
        assert_eq!(s.pcr[0].draft.value, "abc");
        assert_eq!(s.draft().age, "54");
    }

    #[test]
    fn removing_a_row_keeps_the_others_and_keys_are_never_reused() {
        let s = run(&[
            Action::AddPcr,
            Action::AddPcr,
            Action::EditPcr(3, PcrField::Value, "0.01".into()),
            Action::RemovePcr(2),
            Action::AddPcr,
        ]);
        let keys: Vec<u64> = s.pcr.iter().map(|r| r.key).collect();
        assert_eq!(keys, vec![1, 3, 4]);
        assert_eq!(s.pcr[1].draft.value, "0.01");
    }

    #[test]
    fn adding_a_course_ends_the_ongoing_one_before_it() {
        let s = run(&[Action::EditCourse(0, CourseField::Drug, "imatinib".into()), Action::AddCourse]);
        assert!(!s.courses[0].draft.ongoing);
        assert!(s.courses[1].draft.ongoing);
    }

    #[test]
    fn pasting_lab_lines_replaces_blank_rows_and_reports_unread_lines() {
        let s = run(&[Action::PastePcr("2024-03-01 0.0021\nhello\n2024-06-01 ND 40000".into())]);
        assert_eq!(s.pcr.len(), 2);
        assert_eq!(s.pcr[0].draft.value, "0.0021");
        assert!(s.pcr[1].draft.undetectable);
        assert_eq!(s.paste_skipped, vec![2]);
    }
}
