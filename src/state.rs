//! The app's state and its reducer: every change the person makes is an `Action`; components only dispatch and render.

use crate::values_model::ValuesAnswers;
use std::rc::Rc;
use tfr_core::entry::{parse_pasted, AttemptDraft, CourseDraft, PcrDraft, ProfileDraft};
use tfr_core::i18n::Key;
use tfr_core::key;
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
    pub fn key(self) -> Key {
        match self {
            Step::AboutYou => key!("step.about_you"),
            Step::Treatment => key!("step.treatment"),
            Step::Pcr => key!("step.pcr"),
            Step::LabAndPlan => key!("step.lab_plan"),
            Step::Results => key!("step.results"),
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
#[derive(Clone, Debug, PartialEq)]
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
    /// "Remember on this device" is on (never in kiosk mode).
    pub remember: bool,
    /// Kiosk mode: nothing is stored, and everything is wiped after a time without use.
    pub kiosk: bool,
    /// The last problem with a file the person tried to open, shown beside the button.
    pub file_problem: Option<tfr_core::Problem>,
    /// A profile was just loaded from a file.
    pub file_loaded: bool,
    /// The "about this aid" page is open.
    pub about: bool,
    /// Results shown for clinicians (criteria table, numbers, citations) instead of the plain view.
    pub clinician: bool,
    /// The values exercise, SURE check and questions to bring.
    pub values: ValuesAnswers,
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
            remember: false,
            kiosk: false,
            file_problem: None,
            file_loaded: false,
            about: false,
            clinician: false,
            values: ValuesAnswers::default(),
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

    /// Replaces everything entered with a draft (a loaded file or a remembered profile), keeping the settings.
    pub fn with_draft(&self, draft: ProfileDraft) -> State {
        let mut next = State { lang: self.lang, remember: self.remember, kiosk: self.kiosk, ..State::default() };
        next.courses.clear();
        next.pcr.clear();
        for course in draft.courses.iter().cloned() {
            let key = next.key();
            next.courses.push(Row { key, draft: course });
        }
        for result in draft.pcr.iter().cloned() {
            let key = next.key();
            next.pcr.push(Row { key, draft: result });
        }
        for attempt in draft.attempts.iter().cloned() {
            let key = next.key();
            next.attempts.push(Row { key, draft: attempt });
        }
        if next.courses.is_empty() {
            let key = next.key();
            next.courses.push(Row { key, draft: CourseDraft { ongoing: true, ..CourseDraft::default() } });
        }
        if next.pcr.is_empty() {
            let key = next.key();
            next.pcr.push(Row { key, draft: PcrDraft::default() });
        }
        next.fields = ProfileDraft { courses: Vec::new(), pcr: Vec::new(), attempts: Vec::new(), ..draft };
        next
    }

    fn key(&mut self) -> u64 {
        let key = self.next_key;
        self.next_key += 1;
        key
    }
}

/// Something the person did.
#[derive(Clone, Debug, PartialEq)]
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
    /// Replace everything entered with a loaded profile.
    Load(Box<ProfileDraft>),
    /// A file could not be opened; what is on screen stays.
    FileProblem(tfr_core::Problem),
    /// Turn "remember on this device" on or off (ignored in kiosk mode).
    SetRemember(bool),
    /// Wipe everything entered and return to the start (settings such as kiosk mode stay).
    ClearAll,
    /// Open or close "about this aid".
    ShowAbout(bool),
    /// Plain view (false) or clinician view (true).
    SetClinician(bool),
    /// The values exercise changed (the whole new set of answers).
    SetValues(ValuesAnswers),
}

fn row_mut<T>(rows: &mut [Row<T>], key: u64) -> Option<&mut T> {
    rows.iter_mut().find(|r| r.key == key).map(|r| &mut r.draft)
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        if !matches!(action, Action::Load(_) | Action::FileProblem(_)) {
            next.file_problem = None;
            next.file_loaded = false;
        }
        match action {
            Action::SetLang(lang) => next.lang = lang,
            Action::Go(step) => {
                next.step = step;
                next.about = false;
            }
            Action::ShowAbout(open) => next.about = open,
            Action::SetClinician(on) => next.clinician = on,
            Action::SetValues(values) => next.values = values,
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
            Action::Load(draft) => {
                next = self.with_draft(*draft);
                next.file_loaded = true;
            }
            Action::FileProblem(problem) => {
                next.file_problem = Some(problem);
                next.file_loaded = false;
            }
            Action::SetRemember(on) => next.remember = on && !next.kiosk,
            Action::ClearAll => next = State { kiosk: self.kiosk, ..State::default() },
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
    fn loading_a_file_replaces_the_entries_and_a_bad_file_keeps_them() {
        let loaded = ProfileDraft {
            age: "61".into(),
            pcr: vec![PcrDraft { date: "2024-01-01".into(), value: "0.002".into(), ..PcrDraft::default() }],
            ..ProfileDraft::default()
        };
        let s = run(&[Action::Set(Field::Age, "40".into()), Action::FileProblem(tfr_core::Problem::UnknownFormat)]);
        assert_eq!(s.fields.age, "40");
        assert_eq!(s.file_problem, Some(tfr_core::Problem::UnknownFormat));
        let s = run(&[Action::Set(Field::Age, "40".into()), Action::SetLang(Lang::Zh), Action::Load(Box::new(loaded))]);
        assert_eq!(s.fields.age, "61");
        assert_eq!(s.lang, Lang::Zh);
        assert_eq!(s.pcr.len(), 1);
        assert_eq!(s.courses.len(), 1, "an empty course row is offered");
        assert!(s.file_loaded);
    }

    #[test]
    fn clearing_everything_keeps_kiosk_mode_and_kiosk_mode_never_remembers() {
        let mut state = Rc::new(State { kiosk: true, ..State::default() });
        for a in [
            Action::Set(Field::Age, "40".into()),
            Action::SetRemember(true),
            Action::Go(Step::Results),
            Action::ClearAll,
        ] {
            state = state.reduce(a);
        }
        assert!(state.kiosk);
        assert!(!state.remember);
        assert_eq!(state.fields.age, "");
        assert_eq!(state.step, Step::AboutYou);
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
